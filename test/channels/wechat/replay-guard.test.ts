// The replay guard over the store's setIfAbsent: a signed query is new once, then seen until the
// ttl has passed, for every instance sharing the store. (Restarts and Redis: route-modes.test.ts.)

import { describe, expect, it } from 'vitest';
import { ReplayGuard } from '../../../src/channels/wechat/replay-guard';
import { MemoryStore } from '../../../src/conversation/stores/memory';
import { testClock } from '../../helpers/app';

const key = (n: number): string => `1718263245:${n}:f21891de399b4e33a1a93c9a7b8a8fffb5a443ff`;

describe('ReplayGuard', () => {
  it('reports a key as new once, then as seen within the ttl', async () => {
    const clock = testClock();
    const guard = new ReplayGuard(new MemoryStore(clock.now), 600_000);
    expect(await guard.seen(key(1))).toBe(false);
    expect(await guard.seen(key(1))).toBe(true);
    clock.advance(599_000);
    expect(await guard.seen(key(1))).toBe(true);
    expect(await guard.seen(key(2))).toBe(false);
  });

  it('forgets a key once the ttl has passed, then records it afresh', async () => {
    const clock = testClock();
    const guard = new ReplayGuard(new MemoryStore(clock.now), 600_000);
    expect(await guard.seen(key(1))).toBe(false);
    clock.advance(600_000);
    expect(await guard.seen(key(1))).toBe(false);
    clock.advance(100_000);
    expect(await guard.seen(key(1))).toBe(true);
  });

  it('is shared by guards on one store (two instances, or one after a restart)', async () => {
    const store = new MemoryStore();
    expect(await new ReplayGuard(store, 600_000).seen(key(1))).toBe(false);
    expect(await new ReplayGuard(store, 600_000).seen(key(1))).toBe(true);
  });

  it('refuses a ttl that is not a positive number', () => {
    expect(() => new ReplayGuard(new MemoryStore(), 0)).toThrow(RangeError);
    expect(() => new ReplayGuard(new MemoryStore(), Number.NaN)).toThrow(RangeError);
  });
});
