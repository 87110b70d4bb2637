// The default store: one SQLite file (better-sqlite3, WAL), created on first start, so a fresh
// machine needs no server. Good for one process; several instances need the Redis store.
// better-sqlite3 is synchronous: each call is a few microseconds on a local file, cheaper than
// the promise around it.

import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { KeyedLock } from '../keyed-lock';
import { BACKSTOP_PAGES, BackgroundCheckpoints } from './sqlite-checkpoints';
import {
  StoreUnavailableError,
  systemClock,
  TRANSCRIPT_LIMIT,
  type Clock,
  type Admission,
  type AdmissionRequest,
  type ConversationStore,
  type ProcessedAnswer,
  type StoredConversation,
  type TranscriptEntry,
} from '../store';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS conversations (
  id TEXT PRIMARY KEY,
  record TEXT NOT NULL,
  stage TEXT NOT NULL,
  updated_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
);
-- Only conversations in hand-off are indexed: every turn rewrites its row, and each index a turn
-- touches costs a write (the hourly purge scans instead; see PURGE_EVERY_MS).
DROP INDEX IF EXISTS conversations_stage;
DROP INDEX IF EXISTS conversations_expiry;
DROP INDEX IF EXISTS processed_expiry;
CREATE INDEX IF NOT EXISTS conversations_handoff ON conversations(updated_at) WHERE stage = 'handoff';
CREATE TABLE IF NOT EXISTS processed (
  conversation_id TEXT NOT NULL,
  message_id TEXT NOT NULL,
  answer TEXT NOT NULL,
  expires_at INTEGER NOT NULL,
  PRIMARY KEY (conversation_id, message_id)
);
-- A transcript: its entries numbered in order (only the last TRANSCRIPT_LIMIT are kept), and one
-- row saying the next number, the first one of the live transcript (one that expired before the
-- purge removed it starts over there) and when it expires. Not WITHOUT ROWID: entries are large
-- (a reply is up to a few KB), and measured so the append cost 2.4 times as much CPU.
CREATE TABLE IF NOT EXISTS transcripts (
  conversation_id TEXT PRIMARY KEY,
  first_seq INTEGER NOT NULL,
  next_seq INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS transcript_entries (
  conversation_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  entry TEXT NOT NULL,
  PRIMARY KEY (conversation_id, seq)
);
CREATE TABLE IF NOT EXISTS hits (
  key TEXT PRIMARY KEY,
  count INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS kv (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  expires_at INTEGER NOT NULL
);
`;

/** How often expired rows are purged (reads already ignore them); a scan of ~20 ms per 100,000 rows. */
const PURGE_EVERY_MS = 60 * 60 * 1000;
/**
 * A write that failed this recently (disk full, I/O error) makes `ping` false until a write
 * succeeds: /readyz then takes the instance out of the balancer while writes fail, even though
 * reads and the probe's small rewrite may still work on a full disk.
 */
const WRITE_FAILURE_WINDOW_MS = 30_000;

/**
 * Runs a statement: SQLite's own errors (SQLITE_FULL, SQLITE_IOERR, SQLITE_BUSY past the busy
 * timeout, a closed database) become StoreUnavailableError, which every caller answers politely
 * (503 store_unavailable, "not saved, please send again").
 */
function guarded<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof Database.SqliteError || (error instanceof TypeError && /database connection is not open/.test(error.message))) {
      const code = (error as { code?: string }).code ?? 'closed';
      throw new StoreUnavailableError(`sqlite: ${code}`, { cause: error });
    }
    throw error;
  }
}

export class SqliteStore implements ConversationStore {
  readonly kind = 'sqlite' as const;
  private readonly db: Database.Database;
  private readonly lock = new KeyedLock();
  private readonly purgeTimer: NodeJS.Timeout;
  private readonly stmt;
  /** A turn's write in one transaction: the conversation, its remembered answer, its transcript entries. */
  private readonly saveTurn: (
    id: string,
    record: string,
    stage: string,
    updatedAt: number,
    expiresAt: number,
    now: number,
    processed: ProcessedAnswer | undefined,
    entries: readonly TranscriptEntry[],
  ) => void;
  private readonly appendEntries: (id: string, entries: readonly TranscriptEntry[], now: number, expiresAt: number) => void;
  /** A message's admission (`admit`) in one transaction. */
  private readonly admission: (request: AdmissionRequest<string>, now: number) => Admission<string>;

  /** The worker that checkpoints the WAL, when `checkpointInBackground` started it. */
  private checkpoints: BackgroundCheckpoints | undefined;

  /** When the last write failed (0: the last write succeeded), for `ping`. */
  private lastWriteFailure = 0;

  constructor(
    path: string,
    private readonly clock: Clock = systemClock,
  ) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    // Deleted and overwritten rows are zeroed in the file, not left in free space for `grep -a`
    // to find (a deletion must leave nothing); WAL frames are cleared by the checkpoint in delete().
    this.db.pragma('secure_delete = ON');
    this.db.exec(SCHEMA);
    this.stmt = {
      load: this.db.prepare<[string, number], { record: string }>('SELECT record FROM conversations WHERE id = ? AND expires_at > ?'),
      save: this.db.prepare(
        `INSERT INTO conversations (id, record, stage, updated_at, expires_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET record = excluded.record, stage = excluded.stage,
           updated_at = excluded.updated_at, expires_at = excluded.expires_at`,
      ),
      deleteConversation: this.db.prepare('DELETE FROM conversations WHERE id = ?'),
      deleteProcessed: this.db.prepare('DELETE FROM processed WHERE conversation_id = ?'),
      // One statement reserves the numbers and renews the expiry (SET reads the row as it was).
      reserveTranscript: this.db.prepare<
        [{ id: string; n: number; now: number; expires: number }],
        { first_seq: number; next_seq: number }
      >(
        `INSERT INTO transcripts (conversation_id, first_seq, next_seq, expires_at) VALUES (@id, 0, @n, @expires)
         ON CONFLICT(conversation_id) DO UPDATE SET
           first_seq = CASE WHEN expires_at > @now THEN first_seq ELSE next_seq END,
           next_seq = next_seq + @n,
           expires_at = @expires
         RETURNING first_seq, next_seq`,
      ),
      putTranscriptEntry: this.db.prepare('INSERT OR REPLACE INTO transcript_entries (conversation_id, seq, entry) VALUES (?, ?, ?)'),
      trimTranscript: this.db.prepare('DELETE FROM transcript_entries WHERE conversation_id = ? AND seq < ?'),
      readTranscript: this.db.prepare<[string, number], { entry: string }>(
        `SELECT e.entry FROM transcript_entries e JOIN transcripts t ON t.conversation_id = e.conversation_id
         WHERE e.conversation_id = ? AND t.expires_at > ? AND e.seq >= t.first_seq ORDER BY e.seq`,
      ),
      deleteTranscript: this.db.prepare('DELETE FROM transcripts WHERE conversation_id = ?'),
      deleteTranscriptEntries: this.db.prepare('DELETE FROM transcript_entries WHERE conversation_id = ?'),
      getProcessed: this.db.prepare<[string, string, number], { answer: string }>(
        'SELECT answer FROM processed WHERE conversation_id = ? AND message_id = ? AND expires_at > ?',
      ),
      putProcessed: this.db.prepare(
        'INSERT OR REPLACE INTO processed (conversation_id, message_id, answer, expires_at) VALUES (?, ?, ?, ?)',
      ),
      handoffs: this.db.prepare<[number, number], { id: string; record: string }>(
        "SELECT id, record FROM conversations WHERE stage = 'handoff' AND expires_at > ? ORDER BY updated_at LIMIT ?",
      ),
      countHandoffs: this.db.prepare<[number], { n: number }>(
        "SELECT count(*) AS n FROM conversations WHERE stage = 'handoff' AND expires_at > ?",
      ),
      setIfAbsent: this.db.prepare(
        `INSERT INTO kv (key, value, expires_at) VALUES (@key, @value, @expiresAt)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at WHERE kv.expires_at <= @now`,
      ),
      getValue: this.db.prepare<[string, number], { value: string }>('SELECT value FROM kv WHERE key = ? AND expires_at > ?'),
      setValue: this.db.prepare('INSERT OR REPLACE INTO kv (key, value, expires_at) VALUES (?, ?, ?)'),
      hit: this.db.prepare<[{ key: string; now: number; window: number }], { count: number; expires_at: number }>(
        `INSERT INTO hits (key, count, expires_at) VALUES (@key, 1, @now + @window)
         ON CONFLICT(key) DO UPDATE SET
           count = CASE WHEN expires_at > @now THEN count + 1 ELSE 1 END,
           expires_at = CASE WHEN expires_at > @now THEN expires_at ELSE @now + @window END
         RETURNING count, expires_at`,
      ),
      resetHits: this.db.prepare('DELETE FROM hits WHERE key = ?'),
      ping: this.db.prepare('SELECT 1 AS ok'),
      probe: this.db.prepare("INSERT OR REPLACE INTO kv (key, value, expires_at) VALUES ('readyz:probe', ?, ?)"),
      purge: [
        this.db.prepare('DELETE FROM conversations WHERE expires_at <= ?'),
        this.db.prepare('DELETE FROM processed WHERE expires_at <= ?'),
        // Entries first, while their transcript's row still says it expired.
        this.db.prepare(
          'DELETE FROM transcript_entries WHERE conversation_id IN (SELECT conversation_id FROM transcripts WHERE expires_at <= ?)',
        ),
        this.db.prepare('DELETE FROM transcripts WHERE expires_at <= ?'),
        this.db.prepare('DELETE FROM kv WHERE expires_at <= ?'),
        this.db.prepare('DELETE FROM hits WHERE expires_at <= ?'),
      ],
    };
    const append = (id: string, entries: readonly TranscriptEntry[], now: number, expiresAt: number): void => {
      if (entries.length === 0) return;
      const { first_seq: live, next_seq: next } = this.stmt.reserveTranscript.get({ id, n: entries.length, now, expires: expiresAt })!;
      const first = next - entries.length;
      entries.forEach((entry: TranscriptEntry, i: number) => {
        this.stmt.putTranscriptEntry.run(id, first + i, JSON.stringify(entry));
      });
      // Entries of an expired transcript, and those beyond the limit, go.
      const keepFrom = Math.max(live, next - TRANSCRIPT_LIMIT);
      if (keepFrom > 0 && (live === first || next - TRANSCRIPT_LIMIT > 0)) this.stmt.trimTranscript.run(id, keepFrom);
    };
    this.saveTurn = this.db.transaction((id, record, stage, updatedAt, expiresAt, now, processed, entries) => {
      this.stmt.save.run(id, record, stage, updatedAt, expiresAt);
      if (processed) this.stmt.putProcessed.run(id, processed.messageId, processed.answer, now + processed.ttlMs);
      append(id, entries, now, expiresAt);
    });
    this.appendEntries = this.db.transaction(append);
    this.admission = this.db.transaction((request: AdmissionRequest<string>, now: number): Admission<string> => {
      const answers: Record<string, string | undefined> = {};
      for (const [name, messageId] of Object.entries(request.answers)) {
        answers[name] = this.stmt.getProcessed.get(request.conversationId, messageId, now)?.answer;
      }
      const { claim, hit } = request;
      const claimed = this.stmt.setIfAbsent.run({ key: claim.key, value: claim.value, expiresAt: now + claim.ttlMs, now }).changes === 1;
      if (!hit?.when(answers, claimed)) return { answers, claimed };
      const row = this.stmt.hit.get({ key: hit.key, now, window: hit.windowMs })!;
      return { answers, claimed, hits: { count: row.count, resetInMs: row.expires_at - now } };
    });
    this.purge();
    // A purge on a full disk fails like any write; it must not take the process down (next hour).
    this.purgeTimer = setInterval(() => {
      try {
        this.write(() => this.purge());
      } catch {
        // Remembered by write(): /readyz reports it.
      }
    }, PURGE_EVERY_MS);
    this.purgeTimer.unref();
  }

  /**
   * Moves the WAL's checkpoints (and their fsyncs) off the event loop to a worker thread
   * (sqlite-checkpoints.ts). `npm start` does; tests need not (nothing to wait for there).
   */
  checkpointInBackground(everyMs = 100): void {
    if (this.checkpoints || this.db.memory) return;
    this.db.pragma(`wal_autocheckpoint = ${BACKSTOP_PAGES}`);
    this.checkpoints = new BackgroundCheckpoints(this.db.name, everyMs);
  }

  /** A write: its failure is remembered for `ping`, its success clears that. */
  private write<T>(work: () => T): T {
    try {
      const result = guarded(work);
      this.lastWriteFailure = 0;
      return result;
    } catch (error) {
      if (error instanceof StoreUnavailableError) this.lastWriteFailure = Date.now();
      throw error;
    }
  }

  /** Deletes expired rows; returns how many went. */
  purge(): number {
    const now = this.clock();
    return this.stmt.purge.reduce((n, s) => n + s.run(now).changes, 0);
  }

  async load(id: string): Promise<StoredConversation | undefined> {
    const row = guarded(() => this.stmt.load.get(id, this.clock()));
    return row ? (JSON.parse(row.record) as StoredConversation) : undefined;
  }

  async save(
    id: string,
    record: StoredConversation,
    ttlMs: number,
    processed?: ProcessedAnswer,
    transcript: readonly TranscriptEntry[] = [],
  ): Promise<void> {
    const now = this.clock();
    if (!processed && transcript.length === 0) {
      this.write(() => this.stmt.save.run(id, JSON.stringify(record), record.stage, record.updatedAt, now + ttlMs));
      return;
    }
    // One transaction, one commit: the turn's state, its remembered answer and its transcript together.
    this.write(() => this.saveTurn(id, JSON.stringify(record), record.stage, record.updatedAt, now + ttlMs, now, processed, transcript));
  }

  /**
   * Deletes the conversation and its remembered answers, then checkpoints the WAL and truncates
   * it: the rows' earlier versions in WAL frames would otherwise stay readable in the -wal file
   * until the next automatic checkpoint (cost: docs/benchmarks.md, "Deletion that leaves nothing").
   */
  async delete(id: string): Promise<void> {
    this.write(() =>
      this.db.transaction(() => {
        this.stmt.deleteConversation.run(id);
        this.stmt.deleteProcessed.run(id);
        this.stmt.deleteTranscript.run(id);
        this.stmt.deleteTranscriptEntries.run(id);
      })(),
    );
    this.write(() => this.db.pragma('wal_checkpoint(TRUNCATE)'));
  }

  async appendTranscript(id: string, entries: readonly TranscriptEntry[], ttlMs: number): Promise<void> {
    if (entries.length === 0) return;
    const now = this.clock();
    this.write(() => this.appendEntries(id, entries, now, now + ttlMs));
  }

  async readTranscript(id: string): Promise<TranscriptEntry[]> {
    return guarded(() => this.stmt.readTranscript.all(id, this.clock())).map((row) => JSON.parse(row.entry) as TranscriptEntry);
  }

  async getProcessed(id: string, messageId: string): Promise<string | undefined> {
    return guarded(() => this.stmt.getProcessed.get(id, messageId, this.clock()))?.answer;
  }

  async rememberProcessed(id: string, messageId: string, answer: string, ttlMs: number): Promise<void> {
    this.write(() => this.stmt.putProcessed.run(id, messageId, answer, this.clock() + ttlMs));
  }

  async listHandoffs(limit?: number): Promise<Array<{ id: string; record: StoredConversation }>> {
    return guarded(() => this.stmt.handoffs.all(this.clock(), limit ?? -1)).map((row) => ({
      id: row.id,
      record: JSON.parse(row.record) as StoredConversation,
    }));
  }

  async countHandoffs(): Promise<number> {
    return guarded(() => this.stmt.countHandoffs.get(this.clock()))?.n ?? 0;
  }

  async setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean> {
    const now = this.clock();
    return this.write(() => this.stmt.setIfAbsent.run({ key, value, expiresAt: now + ttlMs, now })).changes === 1;
  }

  withLock<T>(id: string, fn: () => Promise<T>): Promise<T> {
    return this.lock.run(id, fn);
  }

  /**
   * The answers read, the key claimed and the hit counted in one transaction: one commit where
   * separate calls made two, and the reads share its snapshot.
   */
  async admit<K extends string>(request: AdmissionRequest<K>): Promise<Admission<K>> {
    const now = this.clock();
    return this.write(() => this.admission(request, now) as Admission<K>);
  }

  async getValue(key: string): Promise<string | undefined> {
    return guarded(() => this.stmt.getValue.get(key, this.clock()))?.value;
  }

  async setValue(key: string, value: string, ttlMs: number): Promise<void> {
    this.write(() => this.stmt.setValue.run(key, value, this.clock() + ttlMs));
  }

  async hit(key: string, windowMs: number): Promise<{ count: number; resetInMs: number }> {
    const now = this.clock();
    const row = this.write(() => this.stmt.hit.get({ key, now, window: windowMs }))!;
    return { count: row.count, resetInMs: row.expires_at - now };
  }

  async resetHits(key: string): Promise<void> {
    this.write(() => this.stmt.resetHits.run(key));
  }

  /** True when the file answers and takes writes: a write probe, and no write failed lately. */
  async ping(): Promise<boolean> {
    if (this.lastWriteFailure && Date.now() - this.lastWriteFailure < WRITE_FAILURE_WINDOW_MS) return false;
    try {
      if (!this.db.open || this.stmt.ping.get() === undefined) return false;
      const now = this.clock();
      this.write(() => this.stmt.probe.run(String(now), now + 60_000));
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    clearInterval(this.purgeTimer);
    await this.checkpoints?.close();
    if (this.db.open) this.db.close();
  }
}
