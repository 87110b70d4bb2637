// Run by memory-store.test.ts in a child process under `npm start`'s heap cap and flags: the NLU
// first reads a sample of the corpus (every 50th message, both languages: as after a day of owners'
// messages, nearly every matcher compiled, 110 of the 118 MB the whole corpus takes), then the app
// on STORE=memory, as main.ts builds it, takes many
// conversations over the API (each a full profile, so a ~5 KB remembered answer), puts some in
// hand-off and lists them. Prints one JSON line with what it saw; dies of heap exhaustion if the
// store is unbounded.

import { readdirSync, readFileSync } from 'node:fs';
import pino from 'pino';
import request from 'supertest';
import { conversationTtlMs, loadConfig } from '../../src/config';
import { ConversationEngine } from '../../src/conversation/engine';
import type { MemoryStore } from '../../src/conversation/stores/memory';
import { understand } from '../../src/nlu';
import { createApp } from '../../src/server';
import { createStore } from '../../src/stores';

const corpus = readdirSync('test/nlu/corpus', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => JSON.parse(readFileSync(`test/nlu/corpus/${f}`, 'utf8')) as { text: string }[]);
for (let i = 0; i < corpus.length; i += 50) understand(corpus[i]!.text);

const conversations = Number(process.argv[2] ?? 20_000);
const handoffs = Number(process.argv[3] ?? 5_000);
const warnings: string[] = [];
const logger = pino({ level: 'warn' }, { write: (line: string) => void warnings.push(line) });
// The environment may set MEMORY_MAX_* (to show what an unbounded store does); else the defaults.
const config = loadConfig({ STORE: 'memory', LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '1000000', ...process.env });
const store = (await createStore(config, logger)) as MemoryStore;
const engine = new ConversationEngine({ store, defaultLocale: 'zh-CN', conversationTtlMs: conversationTtlMs(config), logger });
const app = createApp({ config, engine, store, logger });

// One real turn gives a real record and remembered answer (a full profile: ~5 KB); the store
// then gets them for every conversation, as the engine would after each one's turn (thousands
// of real turns would take minutes of CPU and test the same store).
const text = '我们是昆明的一家茶叶加工厂，员工25人，去年营业额800万，想借100万买设备，期限两年';
const seed = await request(app).post('/api/v1/conversations/seed/messages').send({ text, messageId: 'seed' });
if (seed.status !== 200) throw new Error(`seed turn: ${seed.status}`);
const record = (await store.load('seed'))!;
const answer = (await store.getProcessed('seed', 'seed'))!;
const ttl = conversationTtlMs(config);
for (let i = 0; i < conversations; i++) {
  const stage = i >= conversations - handoffs ? 'handoff' : record.stage;
  // A string of its own per conversation, as each turn's answer is (V8 would share one copy).
  const own = Buffer.from(answer).toString();
  await store.save(`c-${i}`, { ...record, stage, updatedAt: i }, ttl, { messageId: `m-${i}`, answer: own, ttlMs: 24 * 3600_000 });
}
const after = await request(app).post('/api/v1/conversations/after/messages').send({ text, messageId: 'after' });
if (after.status !== 200) throw new Error(`turn after: ${after.status}`);
const list = await request(app).get('/api/v1/handoffs');
const last = await request(app).get(`/api/v1/conversations/c-${conversations - 1}`);
const first = await request(app).get('/api/v1/conversations/c-0');
global.gc?.();
console.log(
  JSON.stringify({
    size: store.size,
    handoffsListed: list.body.conversations.length,
    handoffsStatus: list.status,
    lastStatus: last.status,
    firstStatus: first.status,
    heapUsedMb: Math.round(process.memoryUsage().heapUsed / 1e6),
    evictionWarnings: warnings.filter((w) => w.includes('memory store full')).length,
    answerBytes: answer.length,
    recordChars: JSON.stringify(record).length,
  }),
);
await store.close();
