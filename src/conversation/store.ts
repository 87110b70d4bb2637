// The small interfaces the conversation stores implement (memory for tests, SQLite by default,
// Redis for several instances). Like grammY's storage adapters: a few methods each, plain
// JSON-able records, expiry handled by the store so that an idle conversation is forgotten. Each
// consumer depends on the one it uses: the engine on conversations, remembered answers, transcripts
// and locks, the help desk on conversations and transcripts, the rate limiter and the WeChat token cache on the key-value cache, /readyz on health.

import type { Stage } from '../../dialogs/types';
import type { Locale } from '../locale';
import type { ChannelName } from './types';

export interface StoredConversation {
  /** The dialog machine's schema version the snapshot was written by. */
  schemaVersion: number;
  /** XState's persisted snapshot (JSON). */
  snapshot: unknown;
  channel: ChannelName;
  /** The API client that created it (a hash of its key), when one did: only it may see it. */
  owner?: string;
  /** The agent who has taken the hand-off (desk claim); kept while it lasts, gone with it. */
  claimedBy?: string;
  locale: Locale;
  stage: Stage;
  createdAt: number;
  updatedAt: number;
}

export interface ProcessedAnswer {
  messageId: string;
  answer: string;
  ttlMs: number;
}

/** The conversations themselves: what the engine and the help-desk API read and write. */
export interface Conversations {
  /** The conversation, or undefined when unknown or expired. */
  load(id: string): Promise<StoredConversation | undefined>;
  /**
   * Saves it; it expires `ttlMs` after this save unless saved again. With `processed`, the answer
   * to a message id is remembered in the same write (one transaction), as a turn needs; with
   * `transcript`, those entries are appended to its transcript in that write too (as
   * `appendTranscript` with the same `ttlMs`): a turn is one write, whole or not at all.
   */
  save(
    id: string,
    record: StoredConversation,
    ttlMs: number,
    processed?: ProcessedAnswer,
    transcript?: readonly TranscriptEntry[],
  ): Promise<void>;
  /** Forgets everything about the conversation, remembered answers and transcript included. */
  delete(id: string): Promise<void>;
  /** Conversations waiting for a human, oldest first; the first `limit` of them when given. */
  listHandoffs(limit?: number): Promise<Array<{ id: string; record: StoredConversation }>>;
  /** How many conversations wait for a human, without reading them (for /metrics). */
  countHandoffs(): Promise<number>;
}

/** The answers given to message ids, so that a platform's retry gets the first answer again. */
export interface ProcessedMessages {
  /** The answer (JSON) given to a message id of this conversation, if remembered. */
  getProcessed(id: string, messageId: string): Promise<string | undefined>;
  rememberProcessed(id: string, messageId: string, answer: string, ttlMs: number): Promise<void>;
}

/**
 * Who wrote a transcript entry: the customer, the bot, a person at the help desk, or the desk's
 * internal note (never shown to the customer).
 */
export const TRANSCRIPT_AUTHORS = ['user', 'bot', 'agent', 'note'] as const;
export type TranscriptAuthor = (typeof TRANSCRIPT_AUTHORS)[number];

export interface TranscriptEntry {
  author: TranscriptAuthor;
  text: string;
  /** When it was written (ms since the epoch, the store's clock). */
  at: number;
  /** The channel it came in or went out on. */
  channel: ChannelName;
  /** The agent's name, on an agent's message or note. */
  agent?: string;
  /**
   * Sent without the customer asking (an agent's message, the bot's hand-back): channels that
   * only answer requests (the web page) fetch these. With an id, so a page shows each once.
   */
  unprompted?: true;
  id?: string;
  /** On the note an agent's take-over leaves: the agent who had claimed the conversation before. */
  takeOverFrom?: string;
}

/** A transcript keeps this many entries, the newest; older ones are dropped as new ones come. */
export const TRANSCRIPT_LIMIT = 200;

/**
 * What was said in a conversation, for the help desk: the customer's messages, the bot's replies
 * and the agents'. Bounded (the last TRANSCRIPT_LIMIT entries), forgotten with the conversation
 * (`delete`) and, like it, `ttlMs` after the last append.
 */
export interface Transcripts {
  /** Adds entries (oldest first) at the end of the conversation's transcript. */
  appendTranscript(id: string, entries: readonly TranscriptEntry[], ttlMs: number): Promise<void>;
  /** The transcript, oldest first; [] when unknown or expired. */
  readTranscript(id: string): Promise<TranscriptEntry[]>;
}

export interface Locks {
  /**
   * Runs `fn` while holding the key's lock, so that a conversation's messages are handled one at
   * a time, in arrival order. Across processes for stores shared between instances.
   */
  withLock<T>(id: string, fn: () => Promise<T>): Promise<T>;
}

/** A small key-value cache with expiry and counters (WeChat's access_token and pages, rate limits). */
export interface KeyValueCache {
  getValue(key: string): Promise<string | undefined>;
  setValue(key: string, value: string, ttlMs: number): Promise<void>;
  /**
   * Sets the key only if it is absent (or expired): true when this call set it. Atomic, and shared
   * by instances when the store is: a replay guard ("accept this signed query once") is one call.
   */
  setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean>;
  /**
   * Counts a hit on a rate-limit key in a fixed window that starts with the first hit; shared by
   * instances when the store is.
   */
  hit(key: string, windowMs: number): Promise<{ count: number; resetInMs: number }>;
  resetHits(key: string): Promise<void>;
}

/**
 * What a channel reads and writes before it works on a message, in one step: one transaction on
 * SQLite, where each write transaction's commit is the costly part (a WeChat message made three:
 * the replay guard, the rate limit and the turn). Stores without such a step (memory, Redis) take
 * it call by call (stores/admit-in-steps.ts), as the channel did before.
 */
export interface Admissions {
  admit<K extends string>(request: AdmissionRequest<K>): Promise<Admission<K>>;
}

export interface AdmissionRequest<K extends string> {
  /** The conversation whose remembered answers are read. */
  conversationId: string;
  /** Remembered answers to read, by a name of the caller's: name -> message id. */
  answers: Readonly<Record<K, string>>;
  /** A key set only if absent (`setIfAbsent`): the replay guard. */
  claim: { key: string; value: string; ttlMs: number };
  /**
   * A rate-limit hit (`hit`), counted only when `when` says so, given the answers read and
   * whether the claim set its key (a retry already answered, a replayed query count nothing).
   */
  hit?: { key: string; windowMs: number; when(answers: Readonly<Record<K, string | undefined>>, claimed: boolean): boolean };
}

export interface Admission<K extends string> {
  answers: Record<K, string | undefined>;
  /** True when the claim set its key (the key was absent or expired). */
  claimed: boolean;
  /** The hit's count, when it was counted. */
  hits?: { count: number; resetInMs: number };
}

export interface StoreHealth {
  readonly kind: 'memory' | 'sqlite' | 'redis';
  /** True when the store answers (for /readyz). */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * What the engine needs: the conversations, the remembered answers, the transcripts, and the
 * per-conversation lock.
 */
export type EngineStore = Conversations & ProcessedMessages & Transcripts & Locks;

/**
 * Everything a backend offers (memory, SQLite, Redis each implement all of it in one class); each
 * consumer asks only for the part it uses.
 */
export interface ConversationStore extends Conversations, ProcessedMessages, Transcripts, Locks, KeyValueCache, Admissions, StoreHealth {}

/** The store cannot be reached (Redis down): the caller should answer "try again later". */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
}

/** The clock stores and the engine read, injectable so tests need no sleeps. */
export type Clock = () => number;
export const systemClock: Clock = () => Date.now();
