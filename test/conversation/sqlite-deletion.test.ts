// Deletion leaves nothing on disk: after DELETE (or "delete my data" confirmed), the deleted
// conversation's id, message ids and profile are in neither the SQLite file nor its WAL, while
// another conversation's still are (the search itself works).

import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/conversation/stores/sqlite';
import { buildTestApp } from '../helpers/app';

const dir = mkdtempSync(join(tmpdir(), 'sme-delete-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Whether the bytes are anywhere in the database file or its WAL (as `grep -a` would find them). */
function onDisk(path: string, text: string): boolean {
  return [path, `${path}-wal`].some((file) => existsSync(file) && readFileSync(file).includes(Buffer.from(text)));
}

const turns = ['我们在丽江古城开了一家纳西手工银器铺，员工6个人', '一年营业额90万', '想借20万进货周转，期限半年'];

describe('SQLite deletion', () => {
  it.each([
    [
      'DELETE /api/v1/conversations/{id}',
      async (app: Parameters<typeof request>[0], id: string) => {
        expect((await request(app).delete(`/api/v1/conversations/${id}`)).status).toBe(204);
      },
    ],
    [
      '删除我的数据, then 确认',
      async (app: Parameters<typeof request>[0], id: string) => {
        await request(app)
          .post(`/api/v1/conversations/${id}/messages`)
          .send({ text: '删除我的数据', messageId: `${id}-del-1` });
        const confirmed = await request(app)
          .post(`/api/v1/conversations/${id}/messages`)
          .send({ text: '确认', messageId: `${id}-del-2` });
        expect(confirmed.status).toBe(200);
        expect((await request(app).get(`/api/v1/conversations/${id}`)).status).toBe(404);
      },
    ],
  ])('leaves the deleted conversation in neither the file nor the WAL (%s)', async (_how, remove) => {
    const path = join(dir, `conversations-${Math.random().toString(36).slice(2)}.db`);
    const store = new SqliteStore(path);
    const { app } = buildTestApp({ store });
    const gone = 'gone-7d1c0a42';
    const kept = 'kept-3e9b51f0';
    for (const id of [gone, kept]) {
      for (const [i, text] of turns.entries()) {
        expect(
          (
            await request(app)
              .post(`/api/v1/conversations/${id}/messages`)
              .send({ text, messageId: `${id}-msg-${i}` })
          ).status,
        ).toBe(200);
      }
    }
    // Before: both are there, id, message ids and the profile's words in the remembered answers.
    expect(onDisk(path, gone)).toBe(true);
    expect(onDisk(path, `${gone}-msg-2`)).toBe(true);

    await remove(app, gone);
    expect(onDisk(path, gone)).toBe(false);
    expect(onDisk(path, kept)).toBe(true);
    expect(onDisk(path, `${kept}-msg-2`)).toBe(true);
    await store.close();
    expect(onDisk(path, gone)).toBe(false);
  });
});
