// Who is asking: the verdicts on a WeChat request's query and body, before any work, with an
// injected clock (Rule 1 on the query alone, Rule 2 on the body).

import { describe, expect, it } from 'vitest';
import { WechatCipher } from '../../../src/channels/wechat/aes';
import { sha1Signature } from '../../../src/channels/wechat/signature';
import { WechatVerifier, type WechatQuery } from '../../../src/channels/wechat/verify';
import { parseWechatXml } from '../../../src/channels/wechat/xml';
import { fixture } from './fixtures';

const TOKEN = 'yunnanSmeBot2024';
const AES_KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
const APP_ID = 'wx2c2769f8efd9abc2';
const NOW = 1_768_464_000;
const cipher = new WechatCipher(AES_KEY, APP_ID);
const verifier = new WechatVerifier({ token: TOKEN, windowSeconds: 300, cipher, mode: 'compatible', nowSeconds: () => NOW });
const plainOnly = new WechatVerifier({ token: TOKEN, windowSeconds: 300, nowSeconds: () => NOW });

function signed(timestamp = String(NOW), nonce = '1234567'): WechatQuery {
  return { signature: sha1Signature([TOKEN, timestamp, nonce]), timestamp, nonce };
}

function encryptedQuery(encrypt: string, timestamp = String(NOW), nonce = '1234567'): WechatQuery {
  return { ...signed(timestamp, nonce), encryptType: 'aes', msgSignature: sha1Signature([TOKEN, timestamp, nonce, encrypt]) };
}

describe('the URL check (GET)', () => {
  it('answers the echostr of a signed request', () => {
    expect(verifier.urlCheck({ ...signed(), echostr: 'hello-1234' })).toEqual({ ok: true, value: 'hello-1234' });
  });

  it('answers the decrypted echostr of a WeCom check signed with msg_signature', () => {
    const echostr = cipher.encrypt('wecom-echo');
    const query = { timestamp: String(NOW), nonce: '99', msgSignature: sha1Signature([TOKEN, String(NOW), '99', echostr]), echostr };
    expect(verifier.urlCheck(query)).toEqual({ ok: true, value: 'wecom-echo' });
  });

  it('refuses a wrong signature, a stale timestamp, and a missing echostr', () => {
    expect(verifier.urlCheck({ ...signed(), signature: '0'.repeat(40), echostr: 'x' })).toEqual({
      ok: false,
      status: 401,
      reason: 'bad-signature',
    });
    expect(verifier.urlCheck({ ...signed(String(NOW - 301)), echostr: 'x' })).toEqual({
      ok: false,
      status: 401,
      reason: 'stale-timestamp',
    });
    expect(verifier.urlCheck(signed())).toEqual({ ok: false, status: 400, reason: 'missing-echostr' });
  });
});

describe('Rule 1: the query of a POST', () => {
  it('accepts in each mode only the bodies the mode sends (default: safe with an AES key, else plaintext)', () => {
    const verdicts = (v: WechatVerifier) => [v.checkQuery(signed()), v.checkQuery(encryptedQuery('abc'))];
    const accepted = (encrypted: boolean) => ({ ok: true, value: { encrypted } });
    const safe = new WechatVerifier({ token: TOKEN, windowSeconds: 300, cipher, nowSeconds: () => NOW });
    expect(verdicts(safe)).toEqual([{ ok: false, status: 401, reason: 'plaintext-in-safe-mode' }, accepted(true)]);
    const plaintext = new WechatVerifier({ token: TOKEN, windowSeconds: 300, cipher, mode: 'plaintext', nowSeconds: () => NOW });
    expect(verdicts(plaintext)).toEqual([accepted(false), { ok: false, status: 401, reason: 'encrypted-in-plaintext-mode' }]);
    expect(verdicts(verifier)).toEqual([accepted(false), accepted(true)]);
    expect(verdicts(plainOnly)).toEqual([accepted(false), { ok: false, status: 401, reason: 'no-aes-key' }]);
  });

  it('accepts a signed plaintext request and a signed encrypted one', () => {
    expect(verifier.checkQuery(signed())).toEqual({ ok: true, value: { encrypted: false } });
    expect(verifier.checkQuery(encryptedQuery('abc'))).toEqual({ ok: true, value: { encrypted: true } });
  });

  it('refuses an unsigned request, an encrypted one without msg_signature, and one it cannot decrypt', () => {
    expect(verifier.checkQuery({ timestamp: String(NOW), nonce: '1' })).toEqual({ ok: false, status: 401, reason: 'missing-parameter' });
    expect(verifier.checkQuery({ ...signed(), encryptType: 'aes' })).toEqual({ ok: false, status: 401, reason: 'missing-parameter' });
    expect(plainOnly.checkQuery(encryptedQuery('abc'))).toEqual({ ok: false, status: 401, reason: 'no-aes-key' });
  });

  it('refuses a timestamp outside the window in either direction', () => {
    expect(verifier.checkQuery(signed(String(NOW + 301)))).toEqual({ ok: false, status: 401, reason: 'stale-timestamp' });
    expect(verifier.checkQuery(signed(String(NOW - 300)))).toEqual({ ok: true, value: { encrypted: false } });
  });
});

describe('Rule 2: the body of a POST', () => {
  const xml = fixture('text-zh.xml');

  it('opens a plaintext message', () => {
    expect(verifier.openBody(xml, signed(), false)).toEqual({ ok: true, value: parseWechatXml(xml) });
  });

  it('believes the decrypted copy of a safe-mode message, not the fields beside <Encrypt>', () => {
    const encrypt = cipher.encrypt(xml);
    const body = `<xml><ToUserName><![CDATA[gh_x]]></ToUserName><FromUserName><![CDATA[attacker]]></FromUserName><Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>`;
    expect(verifier.openBody(body, encryptedQuery(encrypt), true)).toEqual({ ok: true, value: parseWechatXml(xml) });
  });

  it('checks msg_signature before decrypting: a tampered ciphertext is refused as unsigned, never as bad padding', () => {
    const encrypt = cipher.encrypt(xml);
    const tampered = `${encrypt.slice(0, -8)}AAAAAAA=`;
    const body = `<xml><Encrypt><![CDATA[${tampered}]]></Encrypt></xml>`;
    expect(verifier.openBody(body, encryptedQuery(encrypt), true)).toEqual({ ok: false, status: 401, reason: 'bad-signature' });
  });

  it('refuses malformed XML and a user id the API could not address', () => {
    expect(verifier.openBody('<xml><ToUserName>', signed(), false)).toEqual({ ok: false, status: 400, reason: 'xml-malformed' });
    const badUser = xml.replace('oUpF8uMuAJO_M2pxb1Q9zNjWeS6o', 'o/../x');
    expect(verifier.openBody(badUser, signed(), false)).toEqual({ ok: false, status: 400, reason: 'bad-user-id' });
  });

  it('refuses a message encrypted for another account (AppID inside) as unauthorised', () => {
    const other = new WechatCipher(AES_KEY, 'wxanotheraccount0');
    const encrypt = other.encrypt(xml);
    const body = `<xml><Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>`;
    expect(verifier.openBody(body, encryptedQuery(encrypt), true)).toEqual({ ok: false, status: 401, reason: 'crypto-appid-mismatch' });
  });
});

describe('the replay key', () => {
  it('is the signed query: timestamp, nonce and signature', () => {
    expect(WechatVerifier.replayKey({ timestamp: '1', nonce: '2', signature: 'abc' })).toBe('1:2:abc');
  });
});
