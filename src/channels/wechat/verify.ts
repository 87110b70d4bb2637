// Who is asking, and what they sent: the checks of a WeChat request before any work, as functions
// of the query, the body and an injected clock (no express, no I/O), each answering a verdict.
//
//   Rule 1 (query only, before a byte of the body is read): `signature` over token, timestamp and
//   nonce, with the timestamp inside the window; an encrypted message needs `msg_signature` and
//   the AES key; the account's mode (WECHAT_MODE) says which bodies are accepted at all:
//   plaintext only plaintext, safe only encrypted (a plaintext body is a downgrade: refused, as
//   anyone holding one captured query could write it), compatible either.
//   Rule 2 (the body): in safe/compatible mode `msg_signature` over <Encrypt>, checked BEFORE
//   decrypting so that the decryption's distinct failures can never serve as a padding oracle;
//   the decrypted copy is the one believed, never the plaintext fields beside <Encrypt>.
// A replayed query (a captured request sent again with another body) is the ReplayGuard's
// business, consulted by the route for messages seen for the first time.

import { type WechatCipher, WechatCryptoError } from './aes';
import { verifyRequest } from './signature';
import { WechatXmlError, parseEncryptedEnvelope, parseWechatXml, type WechatInbound } from './xml';

/** The query parameters WeChat signs a request with. */
export interface WechatQuery {
  signature?: string;
  msgSignature?: string;
  timestamp?: string;
  nonce?: string;
  echostr?: string;
  encryptType?: string;
}

/** The account's message encryption mode (WECHAT_MODE), as set in its server settings. */
export const WECHAT_MODES = ['plaintext', 'compatible', 'safe'] as const;
export type WechatMode = (typeof WECHAT_MODES)[number];

export type Refusal = { ok: false; status: 400 | 401; reason: string };
export type Verdict<T> = { ok: true; value: T } | Refusal;

export interface VerifierOptions {
  token: string;
  windowSeconds: number;
  /** Present when WECHAT_ENCODING_AES_KEY and WECHAT_APP_ID are set. */
  cipher?: WechatCipher;
  /** Which bodies are accepted; default `safe` with a cipher, else `plaintext`. */
  mode?: WechatMode;
  /** Unix seconds. */
  nowSeconds: () => number;
}

// An openid is 28 characters of [A-Za-z0-9_-]; a WeCom userid may also hold dots. Anything else
// would make a conversation id the help-desk API cannot address.
const USER_ID = /^[A-Za-z0-9_.-]{1,100}$/;

const refuse = (status: 400 | 401, reason: string): Refusal => ({ ok: false, status, reason });

function cryptoRefusal(error: WechatCryptoError, prefix: string): Refusal {
  return refuse(error.reason === 'appid-mismatch' ? 401 : 400, `${prefix}${error.reason}`);
}

export class WechatVerifier {
  constructor(private readonly options: VerifierOptions) {}

  /** The key under which the ReplayGuard remembers a signed query. */
  static replayKey(query: WechatQuery): string {
    return `${query.timestamp ?? ''}:${query.nonce ?? ''}:${query.signature ?? ''}`;
  }

  /** GET: the URL check. The text to answer (the echostr, decrypted for WeCom), or the refusal. */
  urlCheck(query: WechatQuery): Verdict<string> {
    const { cipher } = this.options;
    if (query.msgSignature !== undefined) {
      // WeCom: the echostr is encrypted and signed with msg_signature; answer its plaintext.
      if (!cipher) return refuse(401, 'no-aes-key');
      const verified = this.check(query.msgSignature, query, query.echostr ?? '');
      if (!verified.ok) return refuse(401, verified.reason);
      try {
        return { ok: true, value: cipher.decrypt(query.echostr ?? '') };
      } catch (error) {
        if (error instanceof WechatCryptoError) return cryptoRefusal(error, '');
        throw error;
      }
    }
    const verified = this.check(query.signature, query);
    if (!verified.ok) return refuse(401, verified.reason);
    if (!query.echostr) return refuse(400, 'missing-echostr');
    return { ok: true, value: query.echostr };
  }

  /** POST, Rule 1, from the query alone: whether the body will be encrypted, or the refusal. */
  checkQuery(query: WechatQuery): Verdict<{ encrypted: boolean }> {
    const { signature, msgSignature } = query;
    const encrypted = query.encryptType === 'aes' || msgSignature !== undefined;
    if (signature === undefined && msgSignature === undefined) return refuse(401, 'missing-parameter');
    if (encrypted && msgSignature === undefined) return refuse(401, 'missing-parameter');
    if (signature !== undefined || !encrypted) {
      const verified = this.check(signature, query);
      if (!verified.ok) return refuse(401, verified.reason);
    }
    if (encrypted && !this.options.cipher) return refuse(401, 'no-aes-key');
    const mode = this.options.mode ?? (this.options.cipher ? 'safe' : 'plaintext');
    if (mode === 'safe' && !encrypted) return refuse(401, 'plaintext-in-safe-mode');
    if (mode === 'plaintext' && encrypted) return refuse(401, 'encrypted-in-plaintext-mode');
    return { ok: true, value: { encrypted } };
  }

  /** POST, Rule 2: the message in the body (decrypted when `encrypted`), or the refusal. */
  openBody(body: string, query: WechatQuery, encrypted: boolean): Verdict<WechatInbound> {
    const { cipher } = this.options;
    try {
      let inbound: WechatInbound;
      if (encrypted && cipher) {
        const envelope = parseEncryptedEnvelope(body);
        const verified = this.check(query.msgSignature, query, envelope.encrypt);
        if (!verified.ok) return refuse(401, verified.reason);
        inbound = parseWechatXml(cipher.decrypt(envelope.encrypt));
      } else {
        inbound = parseWechatXml(body);
      }
      if (!USER_ID.test(inbound.fromUserName)) return refuse(400, 'bad-user-id');
      return { ok: true, value: inbound };
    } catch (error) {
      if (error instanceof WechatXmlError) return refuse(400, `xml-${error.reason}`);
      if (error instanceof WechatCryptoError) return cryptoRefusal(error, 'crypto-');
      throw error;
    }
  }

  private check(signature: string | undefined, query: WechatQuery, encrypted?: string) {
    return verifyRequest({
      token: this.options.token,
      timestamp: query.timestamp ?? '',
      nonce: query.nonce ?? '',
      signature: signature ?? '',
      ...(encrypted !== undefined ? { encrypted } : {}),
      nowSeconds: this.options.nowSeconds(),
      windowSeconds: this.options.windowSeconds,
    });
  }
}
