// The per-conversation queue: one piece of work per key at a time, in arrival order, a failure
// not blocking the next, different keys not waiting for each other, nothing kept when idle.

import { describe, expect, it } from 'vitest';
import { KeyedLock } from '../../src/conversation/keyed-lock';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('KeyedLock', () => {
  it('runs the work of one key one at a time, in arrival order, whatever the earlier work did', async () => {
    const lock = new KeyedLock();
    const log: string[] = [];
    const gate = deferred();
    const first = lock.run('c1', async () => {
      log.push('first starts');
      await gate.promise;
      log.push('first ends');
      throw new Error('first fails');
    });
    const second = lock.run('c1', async () => {
      log.push('second runs');
      return 2;
    });
    const other = lock.run('c2', async () => {
      log.push('other key runs');
      return 'c2';
    });
    expect(await other).toBe('c2');
    gate.resolve();
    await expect(first).rejects.toThrow('first fails');
    expect(await second).toBe(2);
    expect(log).toEqual(['first starts', 'other key runs', 'first ends', 'second runs']);
  });

  it('keeps nothing once the work of a key is done', async () => {
    const lock = new KeyedLock();
    await Promise.all([lock.run('a', async () => 1), lock.run('a', async () => 2), lock.run('b', async () => 3)]);
    await Promise.resolve();
    expect(lock.size).toBe(0);
  });

  it('turns a synchronous throw into a rejection', async () => {
    const lock = new KeyedLock();
    await expect(
      lock.run('a', () => {
        throw new Error('sync');
      }),
    ).rejects.toThrow('sync');
  });
});
