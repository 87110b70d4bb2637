// A SQLite store whose disk is full: the file is capped at its size and every table's pages are
// filled, so each write that needs room fails with SQLITE_FULL, as on a real full disk. Shared by
// the API's and the WeChat channel's store-failure tests.

import type Database from 'better-sqlite3';
import { expect } from 'vitest';
import type { SqliteStore } from '../../src/conversation/stores/sqlite';

/** The SQLite handle inside the store. */
export function dbOf(store: SqliteStore): Database.Database {
  return (store as unknown as { db: Database.Database }).db;
}

/** Caps the file at its size and fills every table's pages, down to small rows. */
export function fillDisk(store: SqliteStore): void {
  const db = dbOf(store);
  db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
  const inserts = [
    db.prepare('INSERT INTO kv (key, value, expires_at) VALUES (?, ?, 0)'),
    db.prepare('INSERT INTO hits (key, count, expires_at) VALUES (?, length(?), 0)'),
    db.prepare("INSERT INTO conversations (id, record, stage, updated_at, expires_at) VALUES (?, ?, 'collecting', 0, 0)"),
    db.prepare("INSERT INTO processed (conversation_id, message_id, answer, expires_at) VALUES ('filler', ?, ?, 0)"),
  ];
  let i = 0;
  for (const insert of inserts) {
    for (const size of [2000, 200, 20, 1]) {
      for (;;) {
        try {
          insert.run(`filler:${i++}`, 'x'.repeat(size));
        } catch (error) {
          expect((error as { code?: string }).code).toBe('SQLITE_FULL');
          break;
        }
      }
    }
  }
}
