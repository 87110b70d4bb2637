// One mutex per conversation within this process, created on demand and dropped when idle, so
// that two messages of one conversation never run their turns at the same time (no lost update)
// and run in arrival order (async-mutex queues waiters first in, first out).

import { Mutex } from 'async-mutex';

export class KeyedLock {
  private readonly locks = new Map<string, { mutex: Mutex; holders: number }>();

  async run<T>(key: string, fn: () => Promise<T>): Promise<T> {
    let entry = this.locks.get(key);
    if (!entry) {
      entry = { mutex: new Mutex(), holders: 0 };
      this.locks.set(key, entry);
    }
    entry.holders += 1;
    try {
      return await entry.mutex.runExclusive(fn);
    } finally {
      entry.holders -= 1;
      if (entry.holders === 0) this.locks.delete(key);
    }
  }

  /** Keys with a turn running or waiting (for tests and graceful shutdown). */
  get size(): number {
    return this.locks.size;
  }
}
