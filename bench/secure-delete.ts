// The cost of deletion that leaves nothing (SQLite secure_delete and a WAL checkpoint after each
// deletion), against the store without them: time per save (a turn's write) and per delete, on
// N conversations of a real size. Run: npx tsx bench/secure-delete.ts [conversations]
// Figures go to docs/benchmarks.md ("Deletion that leaves nothing").

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../src/conversation/stores/sqlite';
import type { StoredConversation } from '../src/conversation/store';

const n = Number(process.argv[2] ?? 2000);
const dir = mkdtempSync(join(tmpdir(), 'sme-secure-delete-'));
const record: StoredConversation = {
  schemaVersion: 1,
  snapshot: { status: 'active', value: 'advising', context: { text: '茶叶加工'.repeat(200) } },
  channel: 'api',
  locale: 'zh-CN',
  stage: 'advising',
  createdAt: 1,
  updatedAt: 1,
};
const answer = JSON.stringify({ replies: ['根据您的情况'.repeat(300)] });

async function run(secure: boolean): Promise<{ saveUs: number; deleteUs: number }> {
  const store = new SqliteStore(join(dir, `${secure ? 'secure' : 'plain'}.db`));
  const db = (store as unknown as { db: import('better-sqlite3').Database }).db;
  if (!secure) {
    db.pragma('secure_delete = OFF');
    // The plain delete, without the checkpoint, as before.
    store.delete = async (id: string) => {
      db.prepare('DELETE FROM conversations WHERE id = ?').run(id);
      db.prepare('DELETE FROM processed WHERE conversation_id = ?').run(id);
    };
  }
  let t = performance.now();
  for (let i = 0; i < n; i++) await store.save(`c${i}`, record, 3_600_000, { messageId: 'm', answer, ttlMs: 3_600_000 });
  const saveUs = ((performance.now() - t) * 1000) / n;
  t = performance.now();
  for (let i = 0; i < n; i++) await store.delete(`c${i}`);
  const deleteUs = ((performance.now() - t) * 1000) / n;
  await store.close();
  return { saveUs: Math.round(saveUs), deleteUs: Math.round(deleteUs) };
}

const plain = await run(false);
const secure = await run(true);
console.log(JSON.stringify({ conversations: n, plain, secure }));
rmSync(dir, { recursive: true, force: true });
