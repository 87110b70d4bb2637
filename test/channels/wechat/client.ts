// WeChat as a client of a whole app (createApp, as `npm start` builds it): the environment that
// turns the channel on in a mode, and posts signed (and encrypted) the way WeChat sends them. The
// app's channel reads the real clock, so timestamps are now's. (harness.ts serves the channel alone.)

import request from 'supertest';
import { WechatCipher } from '../../../src/channels/wechat/aes';
import { sha1Signature } from '../../../src/channels/wechat/signature';
import { ACCOUNT, AES_KEY, APP_ID, TOKEN, type Mode } from './harness';

/** The environment of an account in this mode (plaintext: no AES key at all). */
export function wechatEnv(mode: Mode, extra: Record<string, string> = {}): Record<string, string> {
  const keys: Record<string, string> = mode === 'plaintext' ? {} : { WECHAT_APP_ID: APP_ID, WECHAT_ENCODING_AES_KEY: AES_KEY };
  return { WECHAT_TOKEN: TOKEN, ...keys, WECHAT_MODE: mode, ...extra };
}

const cipher = new WechatCipher(AES_KEY, APP_ID);
let nonces = 0;

/** The query WeChat signs a body with (msg_signature over the ciphertext when encrypted). */
export function signedQuery(encrypt?: string): Record<string, string> {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const nonce = String(5_000_000 + ++nonces);
  const query: Record<string, string> = { signature: sha1Signature([TOKEN, timestamp, nonce]), timestamp, nonce };
  if (encrypt !== undefined)
    Object.assign(query, { encrypt_type: 'aes', msg_signature: sha1Signature([TOKEN, timestamp, nonce, encrypt]) });
  return query;
}

/** The body WeChat posts in safe mode. */
export function safeBody(encrypt: string): string {
  return `<xml><ToUserName><![CDATA[${ACCOUNT}]]></ToUserName><Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>`;
}

type App = Parameters<typeof request>[0];

/**
 * Posts a message as WeChat does in `mode` (compatible and safe: encrypted, in safe mode's
 * envelope); `captured` sends it with a query and ciphertext made beforehand.
 */
export function postWechat(app: App, xml: string, mode: Mode, captured?: { query: Record<string, string>; encrypt?: string }) {
  const encrypt = mode === 'plaintext' ? undefined : (captured?.encrypt ?? cipher.encrypt(xml));
  return request(app)
    .post('/wechat')
    .query(captured?.query ?? signedQuery(encrypt))
    .set('Content-Type', 'text/xml')
    .send(encrypt === undefined ? xml : safeBody(encrypt));
}

export { cipher as wechatCipher };
