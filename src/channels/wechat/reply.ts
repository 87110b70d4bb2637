// The passive reply to one delivery: the answer as WeChat's XML (encrypted in safe and compatible
// mode, signed with msg_signature), or the bare `success` that tells WeChat there is nothing to
// show (or that the reply follows as a customer-service message).

import { randomInt } from 'node:crypto';
import type { WechatCipher } from './aes';
import { buildEncryptedReply, buildTextReply } from './reply-xml';
import { sha1Signature } from './signature';
import type { WechatInbound } from './xml';

/**
 * `remembered`: the engine keeps this answer under the message's id (a turn with a messageId), so
 * a retry gets it from the engine again and the channel need not store it a second time.
 * `transient`: the answer must not be stored at all: the answer to a deletion (nothing of the user
 * may be left), an apology for a store failure (nothing was saved: a retry should try again), a
 * rate-limit notice.
 */
export type Answer = { kind: 'text'; content: string; remembered?: true; transient?: true } | { kind: 'success'; transient?: true };
export const SUCCESS: Answer = { kind: 'success' };

export interface ReplyBody {
  contentType: 'text/plain' | 'application/xml';
  body: string;
}

export interface ReplyOptions {
  token: string;
  /** The request came encrypted: the reply goes back encrypted with this cipher. */
  cipher?: WechatCipher;
  /** Unix seconds. */
  nowSeconds: number;
  /** The reply's nonce; random unless a test gives one. */
  nonce?: string;
}

export function replyBody(answer: Answer, inbound: WechatInbound, options: ReplyOptions): ReplyBody {
  if (answer.kind === 'success') return { contentType: 'text/plain', body: 'success' };
  const xml = buildTextReply({
    toUserName: inbound.fromUserName,
    fromUserName: inbound.toUserName,
    createTime: options.nowSeconds,
    content: answer.content,
  });
  const { cipher } = options;
  if (!cipher) return { contentType: 'application/xml', body: xml };
  const encrypt = cipher.encrypt(xml);
  const timestamp = String(options.nowSeconds);
  const nonce = options.nonce ?? String(randomInt(100_000_000, 1_000_000_000));
  const msgSignature = sha1Signature([options.token, timestamp, nonce, encrypt]);
  return { contentType: 'application/xml', body: buildEncryptedReply({ encrypt, msgSignature, timestamp, nonce }) };
}
