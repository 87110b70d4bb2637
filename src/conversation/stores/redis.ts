// The shared store for several instances behind a load balancer (STORE=redis, REDIS_URL).
// Conversations, remembered answers, the hand-off list, cached values and the per-conversation
// lock all live in Redis, so a WeChat retry landing on another instance finds the first answer
// and two instances never run turns of one conversation at once.
//
// Keys (prefix `sme:`): conv:<id> and kv:<key> (JSON { value, expiresAt }), proc:<id> (hash
// messageId -> JSON { answer, expiresAt }), handoffs (sorted set by updatedAt) with handoffx (the
// same ids by expiresAt, to count the live ones without reading them), lock:<id>,
// hits:<key> (hash count, windowEnd), once:<key> ("<expiresAt>|<value>", setIfAbsent),
// readyz:probe (the /readyz write probe), tr:<id> (list of JSON transcript entries, the last
// TRANSCRIPT_LIMIT) with trx:<id> (when it expires, ms). Expiry is decided by the injected clock (expiresAt), like the
// other stores, so one contract test suite serves all three; Redis' own PX expiry only removes
// what is no longer needed.
//
// The lock: SET lock:<id> <random token> NX PX 10000, released by a Lua script that deletes the key
// only if it still holds our token. We chose a lock over compare-and-set on a version because a
// turn is not a pure read-modify-write of one key: it reads the remembered answer, the snapshot,
// writes both and may delete; retrying that whole turn on a version conflict would also re-run
// its side effects (a WeChat customer-service message, a log line). The lock's expiry bounds the
// damage of a crashed instance (10 s, against turns of ~1 ms); the token makes sure an instance
// whose lock expired cannot release the next holder's. Within one process a local mutex queues
// the waiters first, so only one of them polls Redis and local arrival order is kept.

import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { KeyedLock } from '../keyed-lock';
import {
  StoreUnavailableError,
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

const LOCK_TTL_MS = 10_000;
/** Give up waiting for another instance's lock after this long (it would have expired by then). */
const LOCK_WAIT_MS = 12_000;
/** How long a command waits for a connection being (re)established before failing politely. */
const READY_WAIT_MS = 1000;
/** Defaults of REDIS_CONNECT_TIMEOUT_MS and REDIS_COMMAND_TIMEOUT_MS (config.ts). */
export const REDIS_CONNECT_TIMEOUT_MS = 2000;
export const REDIS_COMMAND_TIMEOUT_MS = 2000;

const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;
/** Counts a hit in a fixed window that starts with its first hit. ARGV: now, windowMs. */
const HIT = `local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local finish = tonumber(redis.call('hget', KEYS[1], 'windowEnd') or '0')
local n
if now >= finish then
  finish = now + window
  n = 1
  redis.call('hset', KEYS[1], 'count', 1, 'windowEnd', finish)
else
  n = redis.call('hincrby', KEYS[1], 'count', 1)
end
redis.call('pexpire', KEYS[1], window)
return { n, finish - now }`;

/**
 * Sets KEYS[1] to "<expiresAt>|<value>" unless it holds an entry that has not expired by the
 * caller's clock (ARGV: now, expiresAt, value, ttlMs); 1 when set. One script: atomic.
 */
const SET_IF_ABSENT = `local held = redis.call('get', KEYS[1])
if held then
  local expires = tonumber(string.match(held, '^(%d+)|'))
  if expires and expires > tonumber(ARGV[1]) then return 0 end
end
redis.call('set', KEYS[1], ARGV[2] .. '|' .. ARGV[3], 'PX', ARGV[4])
return 1`;

/**
 * Appends to a transcript in one round-trip. KEYS: tr:<id>, trx:<id>; ARGV: now, expiresAt, ttlMs,
 * limit, entries... A transcript expired by the clock but still in Redis starts over.
 */
const APPEND_TRANSCRIPT = `local now = tonumber(ARGV[1])
local expires = tonumber(redis.call('get', KEYS[2]) or '0')
if expires <= now then redis.call('del', KEYS[1]) end
for i = 5, #ARGV do redis.call('rpush', KEYS[1], ARGV[i]) end
redis.call('ltrim', KEYS[1], -tonumber(ARGV[4]), -1)
redis.call('pexpire', KEYS[1], ARGV[3])
redis.call('set', KEYS[2], ARGV[2], 'PX', ARGV[3])
return 1`;

interface Expiring<T> {
  value: T;
  expiresAt: number;
}

export class RedisStore implements ConversationStore {
  readonly kind = 'redis' as const;
  private readonly local = new KeyedLock();

  private constructor(
    private readonly redis: Redis,
    private readonly clock: Clock,
    private readonly prefix: string,
  ) {}

  /**
   * Connects lazily: the process starts (and /readyz says 503) even when Redis is down, and
   * ioredis reconnects by itself. Commands fail fast while disconnected (no offline queue), so a
   * turn answers "try again" at once instead of hanging.
   */
  static connect(
    url: string,
    options: { clock?: Clock; prefix?: string; connectTimeoutMs?: number; commandTimeoutMs?: number } = {},
  ): RedisStore {
    const redis = new Redis(url, {
      lazyConnect: false,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: options.connectTimeoutMs ?? REDIS_CONNECT_TIMEOUT_MS,
      // A Redis that accepts but does not answer (frozen, swapping, a stuck proxy) fails the
      // command after this long: the turn answers "not saved, send again" instead of hanging.
      commandTimeout: options.commandTimeoutMs ?? REDIS_COMMAND_TIMEOUT_MS,
      retryStrategy: (times) => Math.min(50 * times, 1000),
    });
    // Errors surface through commands; an unhandled 'error' event would crash the process.
    redis.on('error', () => undefined);
    redis.defineCommand('releaseLock', { numberOfKeys: 1, lua: RELEASE });
    redis.defineCommand('hit', { numberOfKeys: 1, lua: HIT });
    redis.defineCommand('setIfAbsent', { numberOfKeys: 1, lua: SET_IF_ABSENT });
    redis.defineCommand('appendTranscript', { numberOfKeys: 2, lua: APPEND_TRANSCRIPT });
    return new RedisStore(redis, options.clock ?? systemClock, options.prefix ?? 'sme:');
  }

  /** Waits up to `READY_WAIT_MS` for a connection that is (re)connecting; false if none comes. */
  private ready(): Promise<boolean> {
    if (this.redis.status === 'ready') return Promise.resolve(true);
    return new Promise((resolve) => {
      const done = (ok: boolean) => {
        clearTimeout(timer);
        this.redis.off('ready', onReady);
        resolve(ok);
      };
      const onReady = () => done(true);
      const timer = setTimeout(() => done(false), READY_WAIT_MS);
      this.redis.once('ready', onReady);
    });
  }

  private async run<T>(work: () => Promise<T>): Promise<T> {
    try {
      if (!(await this.ready())) throw new Error(`not connected (${this.redis.status})`);
      const result = await work();
      // A transaction's commands can fail one by one (OOM, WRONGTYPE) while EXEC itself succeeds.
      if (Array.isArray(result)) {
        for (const entry of result) if (Array.isArray(entry) && entry[0] instanceof Error) throw entry[0];
      }
      return result;
    } catch (error) {
      throw new StoreUnavailableError(`redis: ${(error as Error).message}`, { cause: error });
    }
  }

  private live<T>(raw: string | null | undefined): T | undefined {
    if (!raw) return undefined;
    const entry = JSON.parse(raw) as Expiring<T>;
    return entry.expiresAt > this.clock() ? entry.value : undefined;
  }

  private expiring<T>(value: T, ttlMs: number): string {
    return JSON.stringify({ value, expiresAt: this.clock() + ttlMs } satisfies Expiring<T>);
  }

  async load(id: string): Promise<StoredConversation | undefined> {
    return this.live<StoredConversation>(await this.run(() => this.redis.get(`${this.prefix}conv:${id}`)));
  }

  async save(
    id: string,
    record: StoredConversation,
    ttlMs: number,
    processed?: ProcessedAnswer,
    transcript?: readonly TranscriptEntry[],
  ): Promise<void> {
    const multi = this.redis.multi().set(`${this.prefix}conv:${id}`, this.expiring(record, ttlMs), 'PX', ttlMs);
    if (record.stage === 'handoff') {
      multi.zadd(`${this.prefix}handoffs`, record.updatedAt, id).zadd(`${this.prefix}handoffx`, this.clock() + ttlMs, id);
    } else multi.zrem(`${this.prefix}handoffs`, id).zrem(`${this.prefix}handoffx`, id);
    if (processed) {
      const key = `${this.prefix}proc:${id}`;
      multi
        .hset(key, processed.messageId, JSON.stringify({ answer: processed.answer, expiresAt: this.clock() + processed.ttlMs }))
        .pexpire(key, processed.ttlMs);
    }
    if (transcript && transcript.length > 0) {
      (multi as typeof multi & { appendTranscript(...args: Array<string | number>): typeof multi }).appendTranscript(
        ...this.appendArgs(id, transcript, ttlMs),
      );
    }
    await this.run(() => multi.exec());
  }

  async delete(id: string): Promise<void> {
    await this.run(() =>
      this.redis
        .multi()
        .del(`${this.prefix}conv:${id}`, `${this.prefix}proc:${id}`, `${this.prefix}tr:${id}`, `${this.prefix}trx:${id}`)
        .zrem(`${this.prefix}handoffs`, id)
        .zrem(`${this.prefix}handoffx`, id)
        .exec(),
    );
  }

  async appendTranscript(id: string, entries: readonly TranscriptEntry[], ttlMs: number): Promise<void> {
    if (entries.length === 0) return;
    await this.run(() =>
      (this.redis as Redis & { appendTranscript(...args: Array<string | number>): Promise<number> }).appendTranscript(
        ...this.appendArgs(id, entries, ttlMs),
      ),
    );
  }

  /** The APPEND_TRANSCRIPT script's keys and arguments. */
  private appendArgs(id: string, entries: readonly TranscriptEntry[], ttlMs: number): Array<string | number> {
    const now = this.clock();
    return [
      `${this.prefix}tr:${id}`,
      `${this.prefix}trx:${id}`,
      now,
      now + ttlMs,
      ttlMs,
      TRANSCRIPT_LIMIT,
      ...entries.map((entry) => JSON.stringify(entry)),
    ];
  }

  async readTranscript(id: string): Promise<TranscriptEntry[]> {
    const [[, expires], [, raws]] = (await this.run(() =>
      this.redis.multi().get(`${this.prefix}trx:${id}`).lrange(`${this.prefix}tr:${id}`, 0, -1).exec(),
    )) as [[null, string | null], [null, string[]]];
    if (!expires || Number(expires) <= this.clock()) return [];
    return raws.map((raw) => JSON.parse(raw) as TranscriptEntry);
  }

  async getProcessed(id: string, messageId: string): Promise<string | undefined> {
    const raw = await this.run(() => this.redis.hget(`${this.prefix}proc:${id}`, messageId));
    if (!raw) return undefined;
    const entry = JSON.parse(raw) as { answer: string; expiresAt: number };
    return entry.expiresAt > this.clock() ? entry.answer : undefined;
  }

  async rememberProcessed(id: string, messageId: string, answer: string, ttlMs: number): Promise<void> {
    const key = `${this.prefix}proc:${id}`;
    const entry = JSON.stringify({ answer, expiresAt: this.clock() + ttlMs });
    // The hash lives as long as its newest entry; older entries are checked by their expiresAt.
    await this.run(() => this.redis.multi().hset(key, messageId, entry).pexpire(key, ttlMs).exec());
  }

  async listHandoffs(limit?: number): Promise<Array<{ id: string; record: StoredConversation }>> {
    const key = `${this.prefix}handoffs`;
    const found: Array<{ id: string; record: StoredConversation }> = [];
    // Page through the set (oldest first) until `limit` live ones are found: expired entries
    // met on the way are removed from the set, which shifts what follows down.
    for (let start = 0; ; ) {
      const want = limit === undefined ? undefined : limit - found.length;
      const ids = await this.run(() => this.redis.zrange(key, start, want === undefined ? -1 : start + want - 1));
      if (ids.length === 0) break;
      const raws = await this.run(() => this.redis.mget(ids.map((id) => `${this.prefix}conv:${id}`)));
      const gone: string[] = [];
      ids.forEach((id, i) => {
        const record = this.live<StoredConversation>(raws[i]);
        if (!record) gone.push(id);
        else if (record.stage === 'handoff') found.push({ id, record });
      });
      if (gone.length > 0)
        await this.run(() =>
          this.redis
            .multi()
            .zrem(key, ...gone)
            .zrem(`${this.prefix}handoffx`, ...gone)
            .exec(),
        );
      start += ids.length - gone.length;
      if (want === undefined || ids.length < want || found.length >= (limit ?? Infinity)) break;
    }
    return found;
  }

  /**
   * The hand-offs that have not expired by the clock: a count over the set by expiry (ZCOUNT is
   * O(log n); /metrics must not read every record). Expired ones are pruned by the next listing.
   */
  async countHandoffs(): Promise<number> {
    return this.run(() => this.redis.zcount(`${this.prefix}handoffx`, `(${this.clock()}`, '+inf'));
  }

  async setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean> {
    const now = this.clock();
    const set = await this.run(() =>
      (
        this.redis as Redis & { setIfAbsent(key: string, now: number, expiresAt: number, value: string, ttlMs: number): Promise<number> }
      ).setIfAbsent(`${this.prefix}once:${key}`, now, now + ttlMs, value, ttlMs),
    );
    return set === 1;
  }

  /**
   * The answers read in one round trip (HMGET), then the key claimed and the hit counted as their
   * own calls: three round trips where the separate calls made four.
   */
  async admit<K extends string>(request: AdmissionRequest<K>): Promise<Admission<K>> {
    const names = Object.keys(request.answers) as K[];
    const raws =
      names.length === 0
        ? []
        : await this.run(() =>
            this.redis.hmget(`${this.prefix}proc:${request.conversationId}`, ...names.map((name) => request.answers[name])),
          );
    const now = this.clock();
    const answers = {} as Record<K, string | undefined>;
    names.forEach((name, i) => {
      const entry = raws[i] ? (JSON.parse(raws[i]) as { answer: string; expiresAt: number }) : undefined;
      answers[name] = entry && entry.expiresAt > now ? entry.answer : undefined;
    });
    const { claim, hit } = request;
    const claimed = await this.setIfAbsent(claim.key, claim.value, claim.ttlMs);
    if (!hit?.when(answers, claimed)) return { answers, claimed };
    return { answers, claimed, hits: await this.hit(hit.key, hit.windowMs) };
  }

  withLock<T>(id: string, fn: () => Promise<T>): Promise<T> {
    return this.local.run(id, async () => {
      const key = `${this.prefix}lock:${id}`;
      const token = randomBytes(16).toString('hex');
      const deadline = Date.now() + LOCK_WAIT_MS;
      let wait = 2;
      const release = () =>
        (this.redis as Redis & { releaseLock(key: string, token: string): Promise<number> }).releaseLock(key, token).catch(() => undefined);
      for (;;) {
        let ok: string | null;
        try {
          ok = await this.run(() => this.redis.set(key, token, 'PX', LOCK_TTL_MS, 'NX'));
        } catch (error) {
          // A SET that timed out may still run when a frozen Redis wakes: the release queued
          // behind it on the same connection undoes it, instead of a stale lock for 10 s.
          void release();
          throw error;
        }
        if (ok === 'OK') break;
        if (Date.now() > deadline) throw new StoreUnavailableError(`redis: lock on ${id} not acquired`);
        await new Promise((resolve) => setTimeout(resolve, wait + Math.random() * wait));
        wait = Math.min(wait * 2, 50);
      }
      try {
        return await fn();
      } finally {
        await release();
      }
    });
  }

  async getValue(key: string): Promise<string | undefined> {
    return this.live<string>(await this.run(() => this.redis.get(`${this.prefix}kv:${key}`)));
  }

  async setValue(key: string, value: string, ttlMs: number): Promise<void> {
    await this.run(() => this.redis.set(`${this.prefix}kv:${key}`, this.expiring(value, ttlMs), 'PX', ttlMs));
  }

  async hit(key: string, windowMs: number): Promise<{ count: number; resetInMs: number }> {
    const [count, resetInMs] = await this.run(() =>
      (this.redis as Redis & { hit(key: string, now: number, windowMs: number): Promise<[number, number]> }).hit(
        `${this.prefix}hits:${key}`,
        this.clock(),
        windowMs,
      ),
    );
    return { count, resetInMs };
  }

  async resetHits(key: string): Promise<void> {
    await this.run(() => this.redis.del(`${this.prefix}hits:${key}`));
  }

  /** True when Redis answers and takes a write (out of memory, it refuses writes but answers PING). */
  async ping(): Promise<boolean> {
    try {
      return (await this.run(() => this.redis.set(`${this.prefix}readyz:probe`, String(this.clock()), 'PX', 60_000))) === 'OK';
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }

  /** For tests: remove every key under this store's prefix (tests use a prefix of their own). */
  async flushForTests(): Promise<void> {
    const keys = await this.redis.keys(`${this.prefix}*`);
    if (keys.length > 0) await this.redis.del(...keys);
  }
}
