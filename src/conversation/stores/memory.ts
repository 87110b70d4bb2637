// The in-memory store: for tests and trying things out. Everything is lost when the process
// ends, and nothing is shared with another instance.

import { KeyedLock } from '../keyed-lock';
import {
  systemClock,
  TRANSCRIPT_LIMIT,
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

export class MemoryStore implements ConversationStore {
  readonly kind = 'memory' as const;
  private readonly conversations = new Map<string, Expiring<StoredConversation>>();
  private readonly processed = new Map<string, Map<string, Expiring<string>>>();
  private readonly transcripts = new Map<string, Expiring<TranscriptEntry[]>>();
  private readonly values = new Map<string, Expiring<string>>();
  private readonly hits = new Map<string, Expiring<number>>();
  private readonly lock = new KeyedLock();

  constructor(private readonly clock: Clock = systemClock) {}

  private live<T>(entry: Expiring<T> | undefined): T | undefined {
    return entry && entry.expiresAt > this.clock() ? entry.value : undefined;
  }

  async load(id: string): Promise<StoredConversation | undefined> {
    const record = this.live(this.conversations.get(id));
    if (!record) this.conversations.delete(id);
    // A copy, as a database would return: callers must not alias the stored object.
    return record ? structuredClone(record) : undefined;
  }

  async save(id: string, record: StoredConversation, ttlMs: number, processed?: ProcessedAnswer): Promise<void> {
    this.conversations.set(id, { value: structuredClone(record), expiresAt: this.clock() + ttlMs });
    if (processed) await this.rememberProcessed(id, processed.messageId, processed.answer, processed.ttlMs);
  }

  async delete(id: string): Promise<void> {
    this.conversations.delete(id);
    this.processed.delete(id);
    this.transcripts.delete(id);
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
    return this.live(this.processed.get(id)?.get(messageId));
  }

  async rememberProcessed(id: string, messageId: string, answer: string, ttlMs: number): Promise<void> {
    let byMessage = this.processed.get(id);
    if (!byMessage) {
      byMessage = new Map();
      this.processed.set(id, byMessage);
    }
    byMessage.set(messageId, { value: answer, expiresAt: this.clock() + ttlMs });
  }

  async listHandoffs(): Promise<Array<{ id: string; record: StoredConversation }>> {
    const now = this.clock();
    return [...this.conversations.entries()]
      .filter(([, e]) => e.expiresAt > now && e.value.stage === 'handoff')
      .map(([id, e]) => ({ id, record: structuredClone(e.value) }))
      .sort((a, b) => a.record.updatedAt - b.record.updatedAt);
  }

  withLock<T>(id: string, fn: () => Promise<T>): Promise<T> {
    return this.lock.run(id, fn);
  }

  async getValue(key: string): Promise<string | undefined> {
    return this.live(this.values.get(key));
  }

  async setValue(key: string, value: string, ttlMs: number): Promise<void> {
    this.values.set(key, { value, expiresAt: this.clock() + ttlMs });
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

  async ping(): Promise<boolean> {
    return true;
  }

  async close(): Promise<void> {
    this.conversations.clear();
    this.processed.clear();
    this.transcripts.clear();
    this.values.clear();
    this.hits.clear();
  }
}
