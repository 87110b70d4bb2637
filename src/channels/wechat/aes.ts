// WeChat "safe mode" message encryption (also WeCom's encrypted echostr): AES-256-CBC with the
// key's first 16 bytes as IV, PKCS#7 padding to 32-byte blocks, and a plaintext framed as
// 16 random bytes + 4-byte big-endian length + message + appid (WeCom: receiveid / CorpID).
//
// There is no MAC: decrypt only what msg_signature has already authenticated (verifyRequest), so
// that an attacker can never use the distinct rejection reasons below as a padding oracle.

import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export type WechatCryptoFailure = 'bad-key' | 'bad-base64' | 'bad-length' | 'bad-padding' | 'appid-mismatch';

export class WechatCryptoError extends Error {
  readonly reason: WechatCryptoFailure;

  constructor(reason: WechatCryptoFailure, message: string) {
    super(message);
    this.name = 'WechatCryptoError';
    this.reason = reason;
  }
}

const BLOCK = 32; // WeChat pads to 32 bytes, not AES's 16.
const RANDOM_BYTES = 16;
const HEADER_BYTES = RANDOM_BYTES + 4;
const KEY_CHARS = /^[A-Za-z0-9+/]{43}$/;
// Canonical base64 only: Node's decoder silently skips junk, which would turn corruption into
// a confusing padding or appid error instead of a clear bad-base64.
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export class WechatCipher {
  private readonly key: Buffer;
  private readonly iv: Buffer;
  private readonly appId: Buffer;

  /**
   * @param encodingAesKey the 43-character EncodingAESKey from the account's server settings
   * @param appId the AppID (Official Account) or the receiveid / CorpID (WeCom)
   */
  constructor(encodingAesKey: string, appId: string) {
    const key = KEY_CHARS.test(encodingAesKey) ? Buffer.from(`${encodingAesKey}=`, 'base64') : undefined;
    if (key === undefined || key.length !== 32) {
      // Never echo the key itself: this message ends up in logs.
      throw new WechatCryptoError(
        'bad-key',
        `WECHAT_ENCODING_AES_KEY must be 43 characters of base64; copy it from the account's server settings ` +
          `(got ${encodingAesKey.length} characters)`,
      );
    }
    if (appId === '') {
      // An empty appid would make the trailing-appid check accept any sender's message.
      throw new RangeError('WechatCipher: appId must not be empty (use the AppID, or the CorpID for WeCom)');
    }
    this.key = key;
    this.iv = key.subarray(0, 16);
    this.appId = Buffer.from(appId, 'utf8');
  }

  /** Decrypts an <Encrypt> value (or an encrypted echostr); throws only WechatCryptoError. */
  decrypt(encryptB64: string): string {
    if (!BASE64.test(encryptB64)) {
      throw new WechatCryptoError('bad-base64', 'encrypted payload is not canonical base64');
    }
    const data = Buffer.from(encryptB64, 'base64');
    // Multiples of 16 are all AES needs; WeChat always sends multiples of 32, but tolerating 16
    // costs nothing since the padding check below still rejects garbage.
    if (data.length === 0 || data.length % 16 !== 0) {
      throw new WechatCryptoError('bad-length', `ciphertext length ${data.length} is not a non-zero multiple of 16`);
    }

    let plain: Buffer;
    try {
      const decipher = createDecipheriv('aes-256-cbc', this.key, this.iv);
      decipher.setAutoPadding(false);
      plain = Buffer.concat([decipher.update(data), decipher.final()]);
    } catch {
      // Unreachable with the checks above; kept so that the "only WechatCryptoError" promise
      // survives a future OpenSSL quirk.
      throw new WechatCryptoError('bad-length', 'ciphertext could not be decrypted');
    }

    const pad = plain[plain.length - 1] ?? 0;
    if (pad < 1 || pad > BLOCK || pad > plain.length) {
      throw new WechatCryptoError('bad-padding', `invalid padding byte ${pad}`);
    }
    for (let i = plain.length - pad; i < plain.length; i++) {
      if (plain[i] !== pad) throw new WechatCryptoError('bad-padding', 'inconsistent padding bytes');
    }
    const content = plain.subarray(0, plain.length - pad);

    if (content.length < HEADER_BYTES) {
      throw new WechatCryptoError('bad-length', 'decrypted content is shorter than its 20-byte header');
    }
    const msgLength = content.readUInt32BE(RANDOM_BYTES);
    if (msgLength > content.length - HEADER_BYTES) {
      throw new WechatCryptoError('bad-length', `length field ${msgLength} exceeds the decrypted data`);
    }
    const msgEnd = HEADER_BYTES + msgLength;
    if (!content.subarray(msgEnd).equals(this.appId)) {
      throw new WechatCryptoError('appid-mismatch', 'message was encrypted for another appid/receiveid');
    }
    // Lenient UTF-8 (U+FFFD for bad bytes): the appid check has authenticated the sender, and a
    // mangled character is better than losing the user's whole message.
    return content.toString('utf8', HEADER_BYTES, msgEnd);
  }

  /** Encrypts a reply (or any message); `random` is fixed only in tests against official vectors. */
  encrypt(message: string, random?: Buffer): string {
    const prefix = random ?? randomBytes(RANDOM_BYTES);
    if (prefix.length !== RANDOM_BYTES) {
      throw new RangeError(`WechatCipher.encrypt: random must be exactly ${RANDOM_BYTES} bytes`);
    }
    const msg = Buffer.from(message, 'utf8');
    const length = Buffer.alloc(4);
    length.writeUInt32BE(msg.length, 0);
    const body = Buffer.concat([prefix, length, msg, this.appId]);
    const pad = BLOCK - (body.length % BLOCK); // 1..32: a full block when already aligned
    const padded = Buffer.concat([body, Buffer.alloc(pad, pad)]);

    const cipher = createCipheriv('aes-256-cbc', this.key, this.iv);
    cipher.setAutoPadding(false);
    return Buffer.concat([cipher.update(padded), cipher.final()]).toString('base64');
  }
}
