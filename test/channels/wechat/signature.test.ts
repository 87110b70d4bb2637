import { describe, expect, it } from 'vitest';
import { sha1Signature, verifyRequest } from '../../../src/channels/wechat/signature';
import { vector } from './fixtures';

const WINDOW = 300;

describe('sha1Signature', () => {
  it('matches the wechatpy plain-signature vector', () => {
    const v = vector('wechatpy_check_signature_plain');
    expect(sha1Signature([v('token'), v('timestamp'), v('nonce')])).toBe(v('signature'));
  });

  it('matches the official msg_signature over the <Encrypt> element', () => {
    const v = vector('official_python_sample_decrypt');
    expect(sha1Signature([v('token'), v('timestamp'), v('nonce'), v('encrypt')])).toBe(v('msg_signature'));
  });

  it('matches the WeCom msg_signature over the encrypted echostr', () => {
    const v = vector('official_java_testVerifyUrl_wecom_style');
    expect(sha1Signature([v('token'), v('timestamp'), v('nonce'), v('echostr')])).toBe(v('msg_signature'));
  });

  it('matches the signatures derived for both Java encrypt vectors', () => {
    for (const name of ['official_java_testAesEncrypt', 'official_java_testAesEncrypt2']) {
      const v = vector(name);
      expect(sha1Signature([v('token'), v('timestamp'), v('nonce'), v('encrypt')])).toBe(v('msg_signature_DERIVED_not_published'));
    }
  });

  it('is independent of argument order and leaves the caller array untouched', () => {
    const parts = ['nonce', 'token', '1409735669'];
    const copy = [...parts];
    expect(sha1Signature(parts)).toBe(sha1Signature(['1409735669', 'nonce', 'token']));
    expect(parts).toEqual(copy);
  });
});

describe('verifyRequest', () => {
  const plain = vector('wechatpy_check_signature_plain');
  const base = {
    token: plain('token'),
    timestamp: plain('timestamp'),
    nonce: plain('nonce'),
    signature: plain('signature'),
    nowSeconds: Number(plain('timestamp')),
    windowSeconds: WINDOW,
  };

  it('accepts the official plain signature', () => {
    expect(verifyRequest(base)).toEqual({ ok: true });
  });

  it('accepts the official msg_signature with the encrypted body', () => {
    const v = vector('official_python_sample_decrypt');
    const result = verifyRequest({
      token: v('token'),
      timestamp: v('timestamp'),
      nonce: v('nonce'),
      signature: v('msg_signature'),
      encrypted: v('encrypt'),
      nowSeconds: Number(v('timestamp')) + 10,
      windowSeconds: WINDOW,
    });
    expect(result).toEqual({ ok: true });
  });

  it('accepts the WeCom echostr msg_signature', () => {
    const v = vector('official_java_testVerifyUrl_wecom_style');
    const result = verifyRequest({
      token: v('token'),
      timestamp: v('timestamp'),
      nonce: v('nonce'),
      signature: v('msg_signature'),
      encrypted: v('echostr'),
      nowSeconds: Number(v('timestamp')),
      windowSeconds: WINDOW,
    });
    expect(result).toEqual({ ok: true });
  });

  it('refuses a msg_signature checked without the encrypted part, and vice versa', () => {
    const v = vector('official_python_sample_decrypt');
    const common = {
      token: v('token'),
      timestamp: v('timestamp'),
      nonce: v('nonce'),
      nowSeconds: Number(v('timestamp')),
      windowSeconds: WINDOW,
    };
    expect(verifyRequest({ ...common, signature: v('msg_signature') })).toEqual({ ok: false, reason: 'bad-signature' });
    expect(verifyRequest({ ...common, signature: v('msg_signature'), encrypted: `${v('encrypt')}x` })).toEqual({
      ok: false,
      reason: 'bad-signature',
    });
  });

  it('accepts timestamps exactly at either edge of the window', () => {
    const ts = Number(base.timestamp);
    expect(verifyRequest({ ...base, nowSeconds: ts + WINDOW })).toEqual({ ok: true });
    expect(verifyRequest({ ...base, nowSeconds: ts - WINDOW })).toEqual({ ok: true });
  });

  it('refuses stale and future timestamps', () => {
    const ts = Number(base.timestamp);
    expect(verifyRequest({ ...base, nowSeconds: ts + WINDOW + 1 })).toEqual({ ok: false, reason: 'stale-timestamp' });
    expect(verifyRequest({ ...base, nowSeconds: ts - WINDOW - 1 })).toEqual({ ok: false, reason: 'stale-timestamp' });
  });

  it('checks staleness before the signature (Bolt rule 1 before rule 2)', () => {
    const ts = Number(base.timestamp);
    expect(verifyRequest({ ...base, signature: '0'.repeat(40), nowSeconds: ts + 3600 })).toEqual({
      ok: false,
      reason: 'stale-timestamp',
    });
  });

  it.each([' 1410685589', '1410685589 ', '-1410685589', '1.4e9', '0x5413', '１４１０６８５５８９', 'abc', '9'.repeat(30)])(
    'refuses the non-decimal or unsafe timestamp %j',
    (timestamp) => {
      expect(verifyRequest({ ...base, timestamp })).toEqual({ ok: false, reason: 'bad-timestamp' });
    },
  );

  it('refuses a wrong signature of the right length', () => {
    const wrong = base.signature.replace(/.$/, (c) => (c === '0' ? '1' : '0'));
    expect(verifyRequest({ ...base, signature: wrong })).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('refuses an uppercase rendering of the right signature (exact comparison)', () => {
    expect(verifyRequest({ ...base, signature: base.signature.toUpperCase() })).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it.each([base.signature.slice(0, 39), `${base.signature}0`, 'x', '签名'.repeat(20)])(
    'refuses a signature of another length without throwing: %j',
    (signature) => {
      expect(verifyRequest({ ...base, signature })).toEqual({ ok: false, reason: 'bad-signature' });
    },
  );

  it('refuses a wrong token', () => {
    expect(verifyRequest({ ...base, token: 'other' })).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it.each(['token', 'timestamp', 'nonce', 'signature'] as const)('refuses an empty %s as missing', (key) => {
    expect(verifyRequest({ ...base, [key]: '' })).toEqual({ ok: false, reason: 'missing-parameter' });
  });

  it('refuses an empty encrypted part as missing', () => {
    expect(verifyRequest({ ...base, encrypted: '' })).toEqual({ ok: false, reason: 'missing-parameter' });
  });

  it('throws on a clock or window that would disable the staleness rule', () => {
    expect(() => verifyRequest({ ...base, nowSeconds: Number.NaN })).toThrow(RangeError);
    expect(() => verifyRequest({ ...base, windowSeconds: Number.NaN })).toThrow(RangeError);
    expect(() => verifyRequest({ ...base, windowSeconds: -1 })).toThrow(RangeError);
  });
});
