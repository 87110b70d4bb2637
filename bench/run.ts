// npm run bench: how close the whole pipeline comes to the cost of merely receiving a WeChat
// message. Drives POST /wechat with signed text messages from thousands of distinct users, each
// walking through a whole conversation (autocannon, every request generated), against
//   (a) the bot on SQLite, (b) the bot on Redis (a redis-server of the benchmark's own),
//   (c) the bare yardstick (bench/yardstick.ts),
// each in its own process, in the same run. Prints turns/s, p50/p99 latency, the ratio to the
// yardstick, peak RSS, the stored size of one conversation, and RSS after 100,000 conversations.
// Options: --duration <s> (default 20), --connections <n> (default 32), --users <n> (5000),
// --conversations <n> (100000; 0 skips that phase), --targets yardstick,sqlite,redis (all three),
// --cpu-prof <dir> (the bot's processes write V8 CPU profiles there, to find hot spots).

import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { Redis } from 'ioredis';
// The same spare-port and own-redis-server helpers the tests use.
import { OwnRedis, freePort } from '../test/helpers/redis';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '20' },
    connections: { type: 'string', default: '32' },
    users: { type: 'string', default: '5000' },
    conversations: { type: 'string', default: '100000' },
    targets: { type: 'string', default: 'yardstick,sqlite,redis' },
    'cpu-prof': { type: 'string' },
  },
});
const DURATION = Number(values.duration);
const CONNECTIONS = Number(values.connections);
const USERS = Number(values.users);
const CONVERSATIONS = Number(values.conversations);
const TARGETS = new Set(values.targets.split(','));
/** V8 flags that make a server write a CPU profile when it exits (--cpu-prof <dir>). */
const PROFILE_FLAGS = values['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${values['cpu-prof']}`] : [];
const TOKEN = 'bench-token';

/** One conversation, as people type it: profile in several messages, advice, follow-ups. */
const SCRIPT = [
  '你好',
  '我们在大理开客栈',
  '员工8个人，一年营业额120万',
  '1',
  '30万',
  '半年',
  '2',
  '风险',
  '其实我们有30个人',
  '总结',
  'English',
  'what about P2P?',
  '重新开始',
];

async function waitFor(url: string, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not come up`);
}

function memory(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

interface Target {
  name: string;
  port: number;
  child: ChildProcess;
}

/** The V8 flags `npm start` runs the bot with (package.json), so the benchmark measures the same. */
function startFlags(): string[] {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { scripts: { start: string } };
  const flags = pkg.scripts.start.split(/\s+/).filter((word) => /^--max-[a-z-]+=\d+$/.test(word));
  return [...flags, ...PROFILE_FLAGS];
}

function startNode(name: string, script: string, env: Record<string, string>, flags: string[] = []): Promise<Target> {
  return freePort().then(async (port) => {
    const child = spawn(process.execPath, [...flags, '--import', 'tsx', script], {
      env: { ...process.env, ...env, PORT: String(port), LOG_LEVEL: 'warn', NODE_ENV: 'production' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    await waitFor(`http://127.0.0.1:${port}/healthz`).catch(async () => waitFor(`http://127.0.0.1:${port}/wechat`));
    return { name, port, child };
  });
}

function sign(timestamp: string, nonce: string): string {
  return createHash('sha1').update([TOKEN, timestamp, nonce].sort().join('')).digest('hex');
}

/** A request generator: user i's next line of the script, signed, with a unique MsgId. */
function conversationRequests(users: number, oneMessageEach = false) {
  const step = new Map<number, number>();
  let next = 0;
  let msgId = BigInt(Date.now()) * 1000n;
  return (req: autocannon.Request) => {
    const user = next++ % users;
    const s = step.get(user) ?? 0;
    step.set(user, s + 1);
    const text = oneMessageEach ? '我们是做茶叶加工的，员工25人，年营业额800万，想借100万买设备，期限两年' : SCRIPT[s % SCRIPT.length]!;
    const timestamp = String(Math.floor(Date.now() / 1000));
    const nonce = randomBytes(6).toString('hex');
    const openid = `o${user.toString(36).padStart(8, '0')}bench`;
    msgId += 1n;
    const xml = `<xml><ToUserName><![CDATA[gh_bench]]></ToUserName><FromUserName><![CDATA[${openid}]]></FromUserName><CreateTime>${timestamp}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[${text}]]></Content><MsgId>${msgId}</MsgId></xml>`;
    return {
      ...req,
      method: 'POST' as const,
      path: `/wechat?signature=${sign(timestamp, nonce)}&timestamp=${timestamp}&nonce=${nonce}&openid=${openid}`,
      headers: { 'content-type': 'text/xml' },
      body: xml,
    };
  };
}

interface Figures {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  rssMb: number;
  peakMb: number;
}

async function drive(target: Target, opts: { duration?: number; amount?: number; users: number; oneMessageEach?: boolean }) {
  const result = await autocannon({
    url: `http://127.0.0.1:${target.port}`,
    connections: CONNECTIONS,
    ...(opts.amount ? { amount: opts.amount } : { duration: opts.duration ?? DURATION }),
    requests: [{ setupRequest: conversationRequests(opts.users, opts.oneMessageEach) }],
  });
  return result;
}

async function measure(target: Target): Promise<Figures> {
  // Warm-up: JIT, prepared statements, connection pools.
  await drive(target, { duration: 3, users: USERS });
  const r = await drive(target, { users: USERS });
  const mem = memory(target.child.pid!);
  return {
    name: target.name,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    ...mem,
  };
}

function storedSizeSqlite(path: string): number {
  const db = new Database(path, { readonly: true });
  const row = db.prepare('SELECT avg(length(record)) AS avg FROM conversations').get() as { avg: number | null };
  db.close();
  return row.avg ?? NaN;
}

async function storedSizeRedis(url: string): Promise<number> {
  const redis = new Redis(url);
  const keys = (await redis.keys('sme:conv:*')).slice(0, 500);
  const sizes = await Promise.all(keys.map((k) => redis.strlen(k)));
  redis.disconnect();
  return sizes.reduce((a, b) => a + b, 0) / Math.max(sizes.length, 1);
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

const fmt = (n: number, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sme-bench-'));
  const sqlitePath = join(dir, 'bench.db');
  const botEnv = { WECHAT_TOKEN: TOKEN, API_KEYS: 'bench', RATE_LIMIT_PER_MINUTE: '1000000' };
  console.log(`machine: ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${fmt(totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
  console.log(`load: ${CONNECTIONS} connections, ${DURATION} s per target after a 3 s warm-up, ${fmt(USERS)} users walking a ${SCRIPT.length}-message conversation\n`);

  const results: Figures[] = [];
  if (TARGETS.has('yardstick')) {
    const yard = await startNode('yardstick', 'bench/yardstick.ts', { WECHAT_TOKEN: TOKEN }, PROFILE_FLAGS);
    results.push(await measure(yard));
    await stop(yard.child);
  }

  const flags = startFlags();
  console.log(`bot started as npm start does: node ${[...flags, '--import', 'tsx'].join(' ')} src/main.ts\n`);
  let sqliteSize = NaN;
  if (TARGETS.has('sqlite')) {
    const sqlite = await startNode('bot, SQLite', 'src/main.ts', { ...botEnv, STORE: 'sqlite', SQLITE_PATH: sqlitePath }, flags);
    results.push(await measure(sqlite));
    sqliteSize = storedSizeSqlite(sqlitePath);
    await stop(sqlite.child);
  }

  let redisSize = NaN;
  const redis = !TARGETS.has('redis') ? undefined : await OwnRedis.start({ persistent: false }).catch((error: Error) => {
    console.warn(`skipping the Redis target: ${error.message}`);
    return undefined;
  });
  if (redis) {
    const bot = await startNode('bot, Redis', 'src/main.ts', { ...botEnv, STORE: 'redis', REDIS_URL: redis.url }, flags);
    results.push(await measure(bot));
    redisSize = await storedSizeRedis(redis.url);
    await stop(bot.child);
    await redis.stop();
  }

  const base = results.find((r) => r.name === 'yardstick')?.rps ?? NaN;
  console.log('| target | turns/s | ratio to yardstick | p50 ms | p99 ms | errors | non-2xx | RSS MB | peak RSS MB |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of results) {
    console.log(
      `| ${r.name} | ${fmt(r.rps)} | ${Number.isNaN(base) ? '-' : `${fmt((r.rps / base) * 100)}%`} | ${fmt(r.p50, 1)} | ${fmt(r.p99, 1)} | ${r.errors} | ${r.non2xx} | ${fmt(r.rssMb)} | ${fmt(r.peakMb)} |`,
    );
  }
  console.log(`\nstored size of one conversation: SQLite ${fmt(sqliteSize)} bytes, Redis ${fmt(redisSize)} bytes (mean over stored conversations)`);

  if (CONVERSATIONS > 0) {
    rmSync(sqlitePath, { force: true });
    const many = await startNode('bot, SQLite', 'src/main.ts', { ...botEnv, STORE: 'sqlite', SQLITE_PATH: join(dir, 'many.db') }, flags);
    const started = Date.now();
    const r = await drive(many, { amount: CONVERSATIONS, users: CONVERSATIONS, oneMessageEach: true });
    const mem = memory(many.child.pid!);
    console.log(
      `after ${fmt(CONVERSATIONS)} conversations (one full-profile message each, ${fmt((Date.now() - started) / 1000, 1)} s, ${fmt(r.requests.average)} turns/s, ${r.non2xx} non-2xx): RSS ${fmt(mem.rssMb)} MB, peak ${fmt(mem.peakMb)} MB`,
    );
    await stop(many.child);
  }
  rmSync(dir, { recursive: true, force: true });
}

void main().catch((error) => {
  console.error(error);
  process.exit(1);
});
