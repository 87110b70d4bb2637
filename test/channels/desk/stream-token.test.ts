// The event stream's one-use tokens (src/channels/desk/stream-token.ts): made by the desk, good
// once, for 60 s, on any instance with the same DESK_KEYS; anything else is refused.

import { describe, expect, it } from 'vitest';
import { STREAM_TOKEN_TTL_MS, StreamTokens } from '../../../src/channels/desk/stream-token';
import { MemoryStore } from '../../../src/conversation/stores/memory';
import { testClock } from '../../helpers/app';

function tokens(deskKeys: string[], clock = testClock(), store = new MemoryStore(clock.now)) {
  return { tokens: new StreamTokens({ deskKeys, store, clock: clock.now }), clock, store };
}

describe('stream tokens', () => {
  it('open one stream: the second use of a token is refused', async () => {
    const { tokens: t, clock } = tokens(['desk-1']);
    const { token, expiresAt } = t.issue();
    expect(expiresAt).toBe(new Date(clock.now() + STREAM_TOKEN_TTL_MS).toISOString());
    expect([await t.redeem(token), await t.redeem(token)]).toEqual([true, false]);
  });

  it('are good for 60 s and no longer', async () => {
    const { tokens: t, clock } = tokens(['desk-1']);
    const early = t.issue().token;
    const late = t.issue().token;
    clock.advance(STREAM_TOKEN_TTL_MS);
    expect(await t.redeem(early)).toBe(true);
    clock.advance(1);
    expect(await t.redeem(late)).toBe(false);
  });

  it('work on another instance with the same desk keys (a shared store), not with other keys', async () => {
    const first = tokens(['desk-2', 'desk-1']);
    const same = new StreamTokens({ deskKeys: ['desk-1', 'desk-2'], store: first.store, clock: first.clock.now });
    const other = new StreamTokens({ deskKeys: ['desk-3'], store: first.store, clock: first.clock.now });
    const a = first.tokens.issue().token;
    const b = first.tokens.issue().token;
    expect([await other.redeem(a), await same.redeem(a), await first.tokens.redeem(a), await same.redeem(b)]).toEqual([
      false,
      true,
      false,
      true,
    ]);
  });

  it('refuse a token whose expiry or signature was changed, and anything not a token', async () => {
    const { tokens: t, clock } = tokens(['desk-1']);
    const [expiry, nonce, signature] = t.issue().token.split('.') as [string, string, string];
    const later = (Number.parseInt(expiry, 36) + 1).toString(36);
    const flipped = `${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`;
    const far = (clock.now() + 10 * STREAM_TOKEN_TTL_MS).toString(36);
    const forged = [`${later}.${nonce}.${signature}`, `${expiry}.${nonce}.${flipped}`, `${far}.${nonce}.${signature}`, '', 'desk-1', '..'];
    expect(await Promise.all(forged.map((x) => t.redeem(x)))).toEqual(forged.map(() => false));
    expect(await t.redeem(`${expiry}.${nonce}.${signature}`)).toBe(true);
  });
});
