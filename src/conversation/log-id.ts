// How logs name a conversation: its channel and a short hash of its id, never the id itself,
// which for WeChat is the user's openid (a stable personal identifier). Twelve hex digits tell
// conversations apart in a log; the hash of a known id can still be computed to find its lines.
// The WeChat channel also keys its rate limit by it on every message, so the hashes of recent ids
// are kept (a SHA-256 object per message cost more than the rest of the rate limit).

import { createHash } from 'node:crypto';

/** How many ids' hashes are kept (oldest first out): ~1 MB at most. */
const KEPT = 10_000;
const recent = new Map<string, string>();

export function logId(conversationId: string): string {
  const known = recent.get(conversationId);
  if (known !== undefined) return known;
  const colon = conversationId.indexOf(':');
  const channel = colon > 0 ? conversationId.slice(0, colon) : 'api';
  const id = `${channel}:${createHash('sha256').update(conversationId).digest('hex').slice(0, 12)}`;
  if (recent.size >= KEPT) recent.delete(recent.keys().next().value as string);
  recent.set(conversationId, id);
  return id;
}
