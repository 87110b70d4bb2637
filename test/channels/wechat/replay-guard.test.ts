import { describe, expect, it } from 'vitest';
import { ReplayGuard } from '../../../src/channels/wechat/replay-guard';

const key = (n: number): string => `1718263245:${n}:f21891de399b4e33a1a93c9a7b8a8fffb5a443ff`;

describe('ReplayGuard', () => {
  it('reports a key as new once, then as seen within the ttl', () => {
    const guard = new ReplayGuard({ ttlSeconds: 600 });
    expect(guard.seen(key(1), 1000)).toBe(false);
    expect(guard.seen(key(1), 1000)).toBe(true);
    expect(guard.seen(key(1), 1599)).toBe(true);
    expect(guard.seen(key(2), 1000)).toBe(false);
  });

  it('forgets a key once the ttl has passed, then records it afresh', () => {
    const guard = new ReplayGuard({ ttlSeconds: 600 });
    expect(guard.seen(key(1), 1000)).toBe(false);
    expect(guard.seen(key(1), 1600)).toBe(false);
    expect(guard.seen(key(1), 1700)).toBe(true);
  });

  it('evicts expired keys so memory follows the traffic of the last ttl', () => {
    const guard = new ReplayGuard({ ttlSeconds: 10 });
    for (let i = 0; i < 100; i++) guard.seen(key(i), 1000);
    expect(guard.size).toBe(100);
    guard.seen(key(1000), 1011);
    expect(guard.size).toBe(1);
  });

  it('stays within maxEntries by forgetting the oldest keys', () => {
    const guard = new ReplayGuard({ ttlSeconds: 600, maxEntries: 3 });
    for (let i = 0; i < 5; i++) expect(guard.seen(key(i), 1000 + i)).toBe(false);
    expect(guard.size).toBe(3);
    // 0 and 1 were evicted; 2, 3, 4 remain.
    expect(guard.seen(key(4), 1010)).toBe(true);
    expect(guard.seen(key(3), 1010)).toBe(true);
    expect(guard.seen(key(0), 1010)).toBe(false);
    expect(guard.size).toBe(3);
  });

  it('does not grow past maxEntries under a flood of distinct keys', () => {
    const guard = new ReplayGuard({ ttlSeconds: 600, maxEntries: 50 });
    for (let i = 0; i < 10_000; i++) guard.seen(key(i), 1000);
    expect(guard.size).toBe(50);
  });

  it('refuses options that would make it useless or unbounded', () => {
    expect(() => new ReplayGuard({ ttlSeconds: 0 })).toThrow(RangeError);
    expect(() => new ReplayGuard({ ttlSeconds: Number.NaN })).toThrow(RangeError);
    expect(() => new ReplayGuard({ ttlSeconds: 60, maxEntries: 0 })).toThrow(RangeError);
    expect(() => new ReplayGuard({ ttlSeconds: 60, maxEntries: 1.5 })).toThrow(RangeError);
    expect(() => new ReplayGuard({ ttlSeconds: 60 }).seen('k', Number.NaN)).toThrow(RangeError);
  });
});
