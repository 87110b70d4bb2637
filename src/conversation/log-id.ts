// How logs name a conversation: its channel and a short hash of its id, never the id itself,
// which for WeChat is the user's openid (a stable personal identifier). Twelve hex digits tell
// conversations apart in a log; the hash of a known id can still be computed to find its lines.

import { createHash } from 'node:crypto';

export function logId(conversationId: string): string {
  const colon = conversationId.indexOf(':');
  const channel = colon > 0 ? conversationId.slice(0, colon) : 'api';
  return `${channel}:${createHash('sha256').update(conversationId).digest('hex').slice(0, 12)}`;
}
