// The two yardsticks the bot is measured against in the same run (npm run bench):
//   bare     (YARDSTICK=bare, the default): the least a WeChat message server can do. express 5 +
//            fast-xml-parser; checks the signature, parses the message, answers a fixed text.
//   durable  (YARDSTICK=durable): the least a durable bot must do per message. The same, plus
//            read the user's state row, write it back with the answer remembered for retries in
//            ONE SQLite transaction (WAL, synchronous=NORMAL, as the bot's store), and a 1 KB reply.
// Neither understands or decides anything: what the bot adds above the durable one is its own work.

import { createHash, timingSafeEqual } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import express from 'express';
import { XMLParser } from 'fast-xml-parser';

const token = process.env.WECHAT_TOKEN ?? 'bench-token';
const port = Number(process.env.PORT ?? 3999);
const durable = process.env.YARDSTICK === 'durable';
const parser = new XMLParser({ processEntities: false, parseTagValue: false });
const app = express();

/** About 1 KB of UTF-8: what a bot's answer to a question weighs. */
const ANSWER = '根据您的情况，推荐以下互联网金融服务：大数据金融小额贷款模式。平台有自己的信用数据，凭经营记录就能申请。'
  .repeat(7)
  .slice(0, 340);

interface State {
  step: number;
  lastMessageId: string;
  createdAt: number;
  profile: Record<string, unknown>;
}

/** Reads the user's state, returns the answer; the state and the answer are written in one transaction. */
function durableTurn(): ((openid: string, messageId: string) => string) | undefined {
  if (!durable) return undefined;
  const path = process.env.SQLITE_PATH ?? './data/yardstick.db';
  mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(`
    CREATE TABLE IF NOT EXISTS state (id TEXT PRIMARY KEY, record TEXT NOT NULL, expires_at INTEGER NOT NULL);
    CREATE TABLE IF NOT EXISTS processed (id TEXT NOT NULL, message_id TEXT NOT NULL, answer TEXT NOT NULL,
      expires_at INTEGER NOT NULL, PRIMARY KEY (id, message_id));
  `);
  const load = db.prepare<[string, number], { record: string }>('SELECT record FROM state WHERE id = ? AND expires_at > ?');
  const save = db.prepare(
    'INSERT INTO state (id, record, expires_at) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET record = excluded.record, expires_at = excluded.expires_at',
  );
  const remember = db.prepare('INSERT OR REPLACE INTO processed (id, message_id, answer, expires_at) VALUES (?, ?, ?, ?)');
  const write = db.transaction((id: string, record: string, messageId: string, answer: string, now: number) => {
    save.run(id, record, now + 30 * 86_400_000);
    remember.run(id, messageId, answer, now + 86_400_000);
  });
  return (openid, messageId) => {
    const now = Date.now();
    const row = load.get(openid, now);
    const state: State = row ? (JSON.parse(row.record) as State) : { step: 0, lastMessageId: '', createdAt: now, profile: {} };
    state.step += 1;
    state.lastMessageId = messageId;
    state.profile = { ...state.profile, [`q${state.step % 7}`]: state.step };
    const answer = `${ANSWER}（${state.step}）`;
    write(openid, JSON.stringify(state), messageId, JSON.stringify({ replies: [answer] }), now);
    return answer;
  };
}

const turn = durableTurn();

app.post('/wechat', express.text({ type: () => true, limit: '64kb' }), (req, res) => {
  const { signature = '', timestamp = '', nonce = '' } = req.query as Record<string, string>;
  const expected = createHash('sha1').update([token, timestamp, nonce].sort().join('')).digest();
  const given = Buffer.from(String(signature), 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    res.status(401).end();
    return;
  }
  const msg = (parser.parse(String(req.body)) as { xml?: Record<string, string> }).xml ?? {};
  const content = turn ? turn(String(msg.FromUserName), String(msg.MsgId)) : '收到';
  const now = Math.floor(Date.now() / 1000);
  res
    .type('application/xml')
    .send(
      `<xml><ToUserName><![CDATA[${msg.FromUserName}]]></ToUserName><FromUserName><![CDATA[${msg.ToUserName}]]></FromUserName><CreateTime>${now}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[${content}]]></Content></xml>`,
    );
});

app.listen(port, () => console.log(`${durable ? 'durable' : 'bare'} yardstick listening on ${port}`));

// A clean exit on the benchmark's SIGTERM, so that a --cpu-prof run writes its profile.
process.on('SIGTERM', () => process.exit(0));
