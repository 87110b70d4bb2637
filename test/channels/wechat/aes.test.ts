import { createCipheriv } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WechatCipher, WechatCryptoError } from '../../../src/channels/wechat/aes';
import type { WechatCryptoFailure } from '../../../src/channels/wechat/aes';
import { vector } from './fixtures';

const KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
const APPID = 'wx2c2769f8efd9abc2';

/** Encrypts an arbitrary, possibly malformed, plaintext frame with the cipher's key and IV. */
function rawEncrypt(key: string, plain: Buffer): string {
  const k = Buffer.from(`${key}=`, 'base64');
  const c = createCipheriv('aes-256-cbc', k, k.subarray(0, 16));
  c.setAutoPadding(false);
  return Buffer.concat([c.update(plain), c.final()]).toString('base64');
}

/**
 * 16 random + length + msg + appid, padded to a multiple of 32 as WeChat does; `length` and
 * `padValue` falsify one field at a time so that each rejection is reached on its own.
 */
function frame(opts: { msg: Buffer; appid: string; length?: number; padValue?: number }): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(opts.length ?? opts.msg.length, 0);
  const body = Buffer.concat([Buffer.alloc(16, 0x61), len, opts.msg, Buffer.from(opts.appid)]);
  const pad = 32 - (body.length % 32);
  return Buffer.concat([body, Buffer.alloc(pad, opts.padValue ?? pad)]);
}

function reasonOf(fn: () => unknown): WechatCryptoFailure | 'no-throw' | 'other-error' {
  try {
    fn();
    return 'no-throw';
  } catch (err) {
    return err instanceof WechatCryptoError ? err.reason : 'other-error';
  }
}

describe('WechatCipher against the official vectors', () => {
  it('decrypts the official Python sample, appid included', () => {
    const v = vector('official_python_sample_decrypt');
    expect(v('appid_in_plaintext')).toBe(v('appid'));
    const cipher = new WechatCipher(v('encoding_aes_key'), v('appid'));
    expect(cipher.decrypt(v('encrypt'))).toBe(v('plaintext_msg'));
  });

  it('refuses the official Python sample under another appid', () => {
    const v = vector('official_python_sample_decrypt');
    const cipher = new WechatCipher(v('encoding_aes_key'), 'wx0000000000000000');
    expect(reasonOf(() => cipher.decrypt(v('encrypt')))).toBe('appid-mismatch');
  });

  it.each(['official_java_testAesEncrypt', 'official_java_testAesEncrypt2'])(
    'reproduces the published ciphertext of %s with its fixed random, and decrypts it back',
    (name) => {
      const v = vector(name);
      const cipher = new WechatCipher(v('encoding_aes_key'), v('appid'));
      expect(cipher.encrypt(v('plaintext_msg'), Buffer.from(v('random'), 'utf8'))).toBe(v('encrypt'));
      expect(cipher.decrypt(v('encrypt'))).toBe(v('plaintext_msg'));
    },
  );

  it('decrypts the WeCom echostr with the receiveid as appid', () => {
    const v = vector('official_java_testVerifyUrl_wecom_style');
    const cipher = new WechatCipher(v('encoding_aes_key'), v('receiveid'));
    expect(cipher.decrypt(v('echostr'))).toBe(v('echostr_plain'));
    expect(reasonOf(() => new WechatCipher(v('encoding_aes_key'), 'ww0000000000000000').decrypt(v('echostr')))).toBe('appid-mismatch');
  });
});

describe('WechatCipher keys', () => {
  it.each([
    ['too short', KEY.slice(0, 42)],
    ['too long', `${KEY}H`],
    ['padded', `${KEY.slice(0, 42)}=`],
    ['non-base64 character', `${KEY.slice(0, 42)}!`],
    ['url-safe alphabet', `${KEY.slice(0, 41)}-_`],
    ['surrounding whitespace', ` ${KEY}`],
    ['empty', ''],
  ])('refuses a key that is %s, telling the operator what to do', (_label, key) => {
    let error: unknown;
    try {
      new WechatCipher(key, APPID);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(WechatCryptoError);
    if (error instanceof WechatCryptoError) {
      expect(error.reason).toBe('bad-key');
      expect(error.message).toContain('WECHAT_ENCODING_AES_KEY must be 43 characters of base64');
      expect(error.message).toContain("copy it from the account's server settings");
      if (key.length > 8) expect(error.message).not.toContain(key);
    }
  });

  it('accepts the non-canonical published keys (lenient trailing bits)', () => {
    expect(() => new WechatCipher(KEY, APPID)).not.toThrow();
    expect(() => new WechatCipher('jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C', 'wx5823bf96d3bd56c7')).not.toThrow();
  });

  it('refuses an empty appid, which would accept any sender', () => {
    expect(() => new WechatCipher(KEY, '')).toThrow(RangeError);
  });
});

describe('WechatCipher.decrypt rejections', () => {
  const cipher = new WechatCipher(KEY, APPID);
  // A fixed random prefix: the url-safe case below needs a '+' or '/' to replace, which a random
  // prefix leaves out now and then (the case then decrypted fine: a flaky failure seen in round 10).
  const good = cipher.encrypt('<xml><Content><![CDATA[你好]]></Content></xml>', Buffer.alloc(16, 7));

  it.each([
    ['not base64 at all', '这不是密文', 'bad-base64'],
    ['a stray character', `${good.slice(0, 10)}!${good.slice(11)}`, 'bad-base64'],
    ['whitespace inside', `${good.slice(0, 10)} ${good.slice(10)}`, 'bad-base64'],
    ['url-safe alphabet', good.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''), 'bad-base64'],
    ['a truncated base64 quantum', good.slice(0, -1), 'bad-base64'],
    ['empty input', '', 'bad-length'],
    ['a ciphertext shorter than a block', Buffer.alloc(15).toString('base64'), 'bad-length'],
    [
      'a ciphertext that is not a multiple of 16',
      Buffer.concat([Buffer.from(good, 'base64'), Buffer.alloc(8)]).toString('base64'),
      'bad-length',
    ],
  ] as const)('rejects %s', (_label, input, reason) => {
    expect(reasonOf(() => cipher.decrypt(input))).toBe(reason);
  });

  it('rejects a ciphertext with its first block cut off', () => {
    // The remaining blocks still decrypt, but to garbage: which check trips first depends on the
    // bytes, what must hold is a WechatCryptoError rather than a crash or a wrong message.
    const cut = Buffer.from(good, 'base64').subarray(16).toString('base64');
    expect(['bad-padding', 'bad-length', 'appid-mismatch']).toContain(reasonOf(() => cipher.decrypt(cut)));
  });

  it('rejects a pad byte of 0', () => {
    const enc = rawEncrypt(KEY, frame({ msg: Buffer.from('hi'), appid: APPID, padValue: 0 }));
    expect(reasonOf(() => cipher.decrypt(enc))).toBe('bad-padding');
  });

  it('rejects a pad byte above 32', () => {
    const enc = rawEncrypt(KEY, frame({ msg: Buffer.from('hi'), appid: APPID, padValue: 33 }));
    expect(reasonOf(() => cipher.decrypt(enc))).toBe('bad-padding');
  });

  it('rejects inconsistent padding bytes', () => {
    const plain = frame({ msg: Buffer.from('hi'), appid: APPID });
    plain[plain.length - 2] = 0x01; // the last byte still gives the count, the one before disagrees
    expect(reasonOf(() => cipher.decrypt(rawEncrypt(KEY, plain)))).toBe('bad-padding');
  });

  it('rejects a frame that is all padding (no header left)', () => {
    // 32 bytes whose last byte is 32: all padding, leaving no header at all.
    const enc = rawEncrypt(KEY, Buffer.alloc(32, 32));
    expect(reasonOf(() => cipher.decrypt(enc))).toBe('bad-length');
  });

  it('rejects content shorter than the 20-byte header', () => {
    const enc = rawEncrypt(KEY, Buffer.concat([Buffer.alloc(10, 0x61), Buffer.alloc(22, 22)]));
    expect(reasonOf(() => cipher.decrypt(enc))).toBe('bad-length');
  });

  it('rejects a length field larger than the data', () => {
    const enc = rawEncrypt(KEY, frame({ msg: Buffer.from('hi'), appid: APPID, length: 0xffff }));
    expect(reasonOf(() => cipher.decrypt(enc))).toBe('bad-length');
  });

  it('rejects a length field of 2^32 - 1 without overflowing', () => {
    const enc = rawEncrypt(KEY, frame({ msg: Buffer.from('hi'), appid: APPID, length: 0xffffffff }));
    expect(reasonOf(() => cipher.decrypt(enc))).toBe('bad-length');
  });

  it('rejects a length field one byte too short (the appid no longer matches)', () => {
    const enc = rawEncrypt(KEY, frame({ msg: Buffer.from('hi'), appid: APPID, length: 1 }));
    expect(reasonOf(() => cipher.decrypt(enc))).toBe('appid-mismatch');
  });

  it('rejects a message for another appid, including a prefix or extension of ours', () => {
    for (const other of ['wx0000000000000000', APPID.slice(0, -1), `${APPID}0`]) {
      const enc = new WechatCipher(KEY, other).encrypt('hi');
      expect(reasonOf(() => cipher.decrypt(enc))).toBe('appid-mismatch');
    }
  });

  it('rejects a message encrypted with another key', () => {
    const enc = new WechatCipher('jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C', APPID).encrypt('hi');
    expect(['bad-padding', 'bad-length', 'appid-mismatch']).toContain(reasonOf(() => cipher.decrypt(enc)));
  });

  it('throws only WechatCryptoError for arbitrary input strings and byte strings', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b).toString('base64')),
        ),
        (input) => {
          const got = reasonOf(() => cipher.decrypt(input));
          expect(got).not.toBe('other-error');
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('WechatCipher round trips', () => {
  const cipher = new WechatCipher(KEY, APPID);

  it('returns any unicode message unchanged (random prefix)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (message) => {
        expect(cipher.decrypt(cipher.encrypt(message))).toBe(message);
      }),
      { numRuns: 300 },
    );
  });

  it('returns any message unchanged with any fixed 16-byte random', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 100 }), fc.uint8Array({ minLength: 16, maxLength: 16 }), (message, random) => {
        const enc = cipher.encrypt(message, Buffer.from(random));
        expect(Buffer.from(enc, 'base64').length % 32).toBe(0);
        expect(cipher.decrypt(enc)).toBe(message);
      }),
      { numRuns: 200 },
    );
  });

  it('pads an already aligned frame with a full 32-byte block', () => {
    // 16 + 4 + msg + 18 (appid) = 64 when msg is 26 bytes.
    const enc = cipher.encrypt('a'.repeat(26), Buffer.alloc(16));
    expect(Buffer.from(enc, 'base64').length).toBe(96);
    expect(cipher.decrypt(enc)).toBe('a'.repeat(26));
  });

  it('uses a fresh random prefix when none is given', () => {
    expect(cipher.encrypt('same')).not.toBe(cipher.encrypt('same'));
  });

  it('refuses a random prefix that is not 16 bytes', () => {
    expect(() => cipher.encrypt('x', Buffer.alloc(15))).toThrow(RangeError);
  });
});
