// The in-memory store: for tests and trying things out. Everything is lost when the process
// ends, and nothing is shared with another instance.
//
// Bounded, so that `npm start` with STORE=memory survives any number of users within its heap cap
// (256 MB): conversations and remembered answers expire (a sweep every minute drops what reads
// already ignore) and are capped (MEMORY_MAX_CONVERSATIONS, MEMORY_MAX_ANSWERS): past the cap the
// oldest idle one is evicted, with a log line. Records are kept as JSON text (about a third of
// the heap the parsed objects take), which also gives callers a copy on every load.

import type { Logger } from 'pino';
import { admitInSteps } from './admit-in-steps';
import { KeyedLock } from '../keyed-lock';
import {
  systemClock,
  TRANSCRIPT_LIMIT,
  type Admission,
  type AdmissionRequest,
  type Clock,
  type ConversationStore,
  type ProcessedAnswer,
  type StoredConversation,
  type TranscriptEntry,
} from '../store';

interface Expiring<T> {
  value: T;
  expiresAt: number;
}

interface Kept {
  json: string;
  stage: StoredConversation['stage'];
  updatedAt: number;
  expiresAt: number;
}

export interface MemoryStoreOptions {
  clock?: Clock;
  /** Conversations kept at most; past it the one idle longest is forgotten. */
  maxConversations?: number;
  /** Remembered answers (for safe retries) kept at most; past it the oldest is forgotten. */
  maxAnswers?: number;
  /** Where evictions are reported (warn, at most once a minute with a count). */
  logger?: Pick<Logger, 'warn'>;
}

export const MEMORY_MAX_CONVERSATIONS = 10_000;
export const MEMORY_MAX_ANSWERS = 5_000;
const SWEEP_EVERY_MS = 60_000;
const EVICTION_LOG_EVERY_MS = 60_000;

export class MemoryStore implements ConversationStore {
  readonly kind = 'memory' as const;
  /** In order of last save: the first is the one idle longest. */
  private readonly conversations = new Map<string, Kept>();
  private readonly handoffIds = new Set<string>();
  /** Remembered answers by `<conversation id>\u0000<message id>`, oldest first. */
  private readonly answers = new Map<string, Expiring<string>>();
  private readonly answersOf = new Map<string, Set<string>>();
  private readonly transcripts = new Map<string, Expiring<TranscriptEntry[]>>();
  private readonly values = new Map<string, Expiring<string>>();
  private readonly hits = new Map<string, Expiring<number>>();
  private readonly lock = new KeyedLock();
  private readonly clock: Clock;
  private readonly maxConversations: number;
  private readonly maxAnswers: number;
  private readonly logger?: Pick<Logger, 'warn'>;
  private readonly sweepTimer: NodeJS.Timeout;
  private evicted = { conversations: 0, answers: 0, loggedAt: -Infinity };

  constructor(options: Clock | MemoryStoreOptions = {}) {
    const o: MemoryStoreOptions = typeof options === 'function' ? { clock: options } : options;
    this.clock = o.clock ?? systemClock;
    this.maxConversations = o.maxConversations ?? MEMORY_MAX_CONVERSATIONS;
    this.maxAnswers = o.maxAnswers ?? MEMORY_MAX_ANSWERS;
    this.logger = o.logger;
    this.sweepTimer = setInterval(() => this.sweep(), SWEEP_EVERY_MS);
    this.sweepTimer.unref();
  }

  /** How many conversations and remembered answers are held (for tests and the log). */
  get size(): { conversations: number; answers: number; values: number; hits: number } {
    return { conversations: this.conversations.size, answers: this.answers.size, values: this.values.size, hits: this.hits.size };
  }

  private live<T>(entry: Expiring<T> | undefined): T | undefined {
    return entry && entry.expiresAt > this.clock() ? entry.value : undefined;
  }

  /** Drops everything expired; returns how many entries went. */
  sweep(): number {
    const now = this.clock();
    let n = 0;
    for (const [id, kept] of this.conversations) {
      if (kept.expiresAt > now) continue;
      this.forgetConversation(id);
      n++;
    }
    for (const [key, entry] of this.answers) {
      if (entry.expiresAt > now) continue;
      this.forgetAnswer(key);
      n++;
    }
    for (const map of [this.values, this.hits] as Array<Map<string, Expiring<unknown>>>) {
      for (const [key, entry] of map) {
        if (entry.expiresAt > now) continue;
        map.delete(key);
        n++;
      }
    }
    return n;
  }

  private forgetConversation(id: string): void {
    this.conversations.delete(id);
    this.handoffIds.delete(id);
    for (const key of this.answersOf.get(id) ?? []) this.answers.delete(key);
    this.answersOf.delete(id);
    this.transcripts.delete(id);
  }

  private forgetAnswer(key: string): void {
    this.answers.delete(key);
    const id = key.slice(0, key.indexOf('\u0000'));
    const keys = this.answersOf.get(id);
    keys?.delete(key);
    if (keys?.size === 0) this.answersOf.delete(id);
  }

  /**
   * Past a cap the oldest goes, and the log says so. The map's first entry is the one saved
   * longest ago, so with one TTL for all, expired conversations go before live ones.
   */
  private evict(): void {
    let over = this.conversations.size - this.maxConversations;
    for (const id of this.conversations.keys()) {
      if (over-- <= 0) break;
      this.forgetConversation(id);
      this.evicted.conversations++;
    }
    let extra = this.answers.size - this.maxAnswers;
    for (const key of this.answers.keys()) {
      if (extra-- <= 0) break;
      this.forgetAnswer(key);
      this.evicted.answers++;
    }
    const now = Date.now();
    if ((this.evicted.conversations || this.evicted.answers) && now - this.evicted.loggedAt >= EVICTION_LOG_EVERY_MS) {
      this.logger?.warn(
        { evictedConversations: this.evicted.conversations, evictedAnswers: this.evicted.answers, ...this.size },
        'memory store full: the conversations idle longest (and the oldest remembered answers) were forgotten; raise MEMORY_MAX_CONVERSATIONS / MEMORY_MAX_ANSWERS or use STORE=sqlite',
      );
      this.evicted = { conversations: 0, answers: 0, loggedAt: now };
    }
  }

  async load(id: string): Promise<StoredConversation | undefined> {
    const kept = this.conversations.get(id);
    if (!kept) return undefined;
    if (kept.expiresAt <= this.clock()) {
      this.forgetConversation(id);
      return undefined;
    }
    // A copy, as a database would return: callers must not alias the stored object.
    return JSON.parse(kept.json) as StoredConversation;
  }

  async save(
    id: string,
    record: StoredConversation,
    ttlMs: number,
    processed?: ProcessedAnswer,
    transcript?: readonly TranscriptEntry[],
  ): Promise<void> {
    // Delete first, so that the map's order stays the order of last saves (oldest idle first).
    this.conversations.delete(id);
    this.conversations.set(id, {
      json: JSON.stringify(record),
      stage: record.stage,
      updatedAt: record.updatedAt,
      expiresAt: this.clock() + ttlMs,
    });
    if (record.stage === 'handoff') this.handoffIds.add(id);
    else this.handoffIds.delete(id);
    if (processed) this.remember(id, processed.messageId, processed.answer, processed.ttlMs);
    if (transcript) await this.appendTranscript(id, transcript, ttlMs);
    this.evict();
  }

  async delete(id: string): Promise<void> {
    this.forgetConversation(id);
  }

  async appendTranscript(id: string, entries: readonly TranscriptEntry[], ttlMs: number): Promise<void> {
    if (entries.length === 0) return;
    const kept = this.live(this.transcripts.get(id)) ?? [];
    const value = [...kept, ...structuredClone(entries)].slice(-TRANSCRIPT_LIMIT);
    this.transcripts.set(id, { value, expiresAt: this.clock() + ttlMs });
  }

  async readTranscript(id: string): Promise<TranscriptEntry[]> {
    return structuredClone(this.live(this.transcripts.get(id)) ?? []);
  }

  async getProcessed(id: string, messageId: string): Promise<string | undefined> {
    return this.live(this.answers.get(`${id}\u0000${messageId}`));
  }

  private remember(id: string, messageId: string, answer: string, ttlMs: number): void {
    const key = `${id}\u0000${messageId}`;
    this.answers.delete(key);
    this.answers.set(key, { value: answer, expiresAt: this.clock() + ttlMs });
    const keys = this.answersOf.get(id) ?? new Set<string>();
    this.answersOf.set(id, keys);
    keys.add(key);
  }

  async rememberProcessed(id: string, messageId: string, answer: string, ttlMs: number): Promise<void> {
    this.remember(id, messageId, answer, ttlMs);
    this.evict();
  }

  async listHandoffs(limit?: number): Promise<Array<{ id: string; record: StoredConversation }>> {
    const now = this.clock();
    const waiting = [...this.handoffIds]
      .map((id) => ({ id, kept: this.conversations.get(id)! }))
      .filter(({ kept }) => kept.expiresAt > now)
      .sort((a, b) => a.kept.updatedAt - b.kept.updatedAt);
    // Only the page asked for is parsed: a long list costs a sort of ids, not of records.
    return waiting.slice(0, limit ?? waiting.length).map(({ id, kept }) => ({ id, record: JSON.parse(kept.json) as StoredConversation }));
  }

  async countHandoffs(): Promise<number> {
    const now = this.clock();
    let n = 0;
    for (const id of this.handoffIds) if (this.conversations.get(id)!.expiresAt > now) n++;
    return n;
  }

  withLock<T>(id: string, fn: () => Promise<T>): Promise<T> {
    return this.lock.run(id, fn);
  }

  async getValue(key: string): Promise<string | undefined> {
    return this.live(this.values.get(key));
  }

  async setValue(key: string, value: string, ttlMs: number): Promise<void> {
    this.values.delete(key);
    this.values.set(key, { value, expiresAt: this.clock() + ttlMs });
    // Values (tokens, a channel's pages) are capped like conversations: the oldest go first.
    for (const oldest of this.values.keys()) {
      if (this.values.size <= this.maxConversations) break;
      this.values.delete(oldest);
    }
  }

  async setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean> {
    if (this.live(this.values.get(key)) !== undefined) return false;
    await this.setValue(key, value, ttlMs);
    return true;
  }

  async hit(key: string, windowMs: number): Promise<{ count: number; resetInMs: number }> {
    const now = this.clock();
    const entry = this.hits.get(key);
    const live = entry && entry.expiresAt > now ? entry : { value: 0, expiresAt: now + windowMs };
    live.value += 1;
    this.hits.set(key, live);
    return { count: live.value, resetInMs: live.expiresAt - now };
  }

  async resetHits(key: string): Promise<void> {
    this.hits.delete(key);
  }

  admit<K extends string>(request: AdmissionRequest<K>): Promise<Admission<K>> {
    return admitInSteps(this, request);
  }

  async ping(): Promise<boolean> {
    return true;
  }

  async close(): Promise<void> {
    clearInterval(this.sweepTimer);
    this.conversations.clear();
    this.handoffIds.clear();
    this.answers.clear();
    this.answersOf.clear();
    this.transcripts.clear();
    this.values.clear();
    this.hits.clear();
  }
}
