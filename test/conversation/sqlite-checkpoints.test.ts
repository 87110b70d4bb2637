// WAL checkpoints in a worker thread (npm start's SQLite store): the database file receives the
// turns' pages without the store's own commits checkpointing, what was saved reads back after a
// restart, and a deletion still leaves nothing of the conversation in the file or its WAL.

import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { StoredConversation } from '../../src/conversation/store';
import { SqliteStore } from '../../src/conversation/stores/sqlite';

const dir = mkdtempSync(join(tmpdir(), 'sme-checkpoints-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const record = (n: number): StoredConversation => ({
  schemaVersion: 1,
  snapshot: { value: 'collecting', context: { note: `丽江银器铺 ${n} ${'x'.repeat(2000)}` } },
  channel: 'api',
  locale: 'zh-CN',
  stage: 'collecting',
  createdAt: n,
  updatedAt: n,
});

async function until(check: () => boolean, ms = 10_000): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return true;
}

describe('SQLite checkpoints in the background', () => {
  it('copies the WAL into the database file from the worker, and what was saved reads back after a restart', async () => {
    const path = join(dir, 'background.db');
    const store = new SqliteStore(path);
    store.checkpointInBackground(10);
    const before = statSync(path).size;
    // 200 pages or so: far below the store's own threshold, so only the worker checkpoints them.
    for (let n = 0; n < 200; n++) await store.save(`c${n}`, record(n), 60_000);
    expect(await until(() => statSync(path).size > before + 200 * 2000)).toBe(true);
    await store.close();
    const again = new SqliteStore(path);
    expect([await again.load('c0'), await again.load('c199')]).toEqual([record(0), record(199)]);
    await again.close();
  });

  it('still leaves nothing of a deleted conversation in the file or its WAL', async () => {
    const path = join(dir, 'deletion.db');
    const store = new SqliteStore(path);
    store.checkpointInBackground(10);
    const onDisk = (text: string) => [path, `${path}-wal`].some((f) => existsSync(f) && readFileSync(f).includes(Buffer.from(text)));
    for (let n = 0; n < 50; n++) await store.save(`c${n}`, record(n), 60_000);
    await store.delete('c7');
    expect({ deleted: onDisk('丽江银器铺 7 '), kept: onDisk('丽江银器铺 8 ') }).toEqual({ deleted: false, kept: true });
    await store.close();
  });
});
