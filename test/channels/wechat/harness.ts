// A WeChat message server under test: the channel's router on its own express app, a memory store
// that counts turns and can hold them back, a controllable clock, and helpers that sign, encrypt
// and send messages the way WeChat does in each mode, and read the replies the way WeChat would
// (every reply checked: valid XML, correctly signed and encrypted, Content within 2,047 bytes).

import express from 'express';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import request from 'supertest';
import { expect } from 'vitest';
import { WechatCipher } from '../../../src/channels/wechat/aes';
import { createWechatChannel, type WechatChannelOptions } from '../../../src/channels/wechat/route';
import { sha1Signature } from '../../../src/channels/wechat/signature';
import { parseWechatXml } from '../../../src/channels/wechat/xml';
import { ConversationEngine } from '../../../src/conversation/engine';
import type { StoredConversation } from '../../../src/conversation/store';
import { MemoryStore } from '../../../src/conversation/stores/memory';
import { testClock } from '../../helpers/app';
import { fixture } from './fixtures';

export const TOKEN = 'yunnanSmeBot2024';
export const AES_KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
export const APP_ID = 'wx2c2769f8efd9abc2';
export const ACCOUNT = 'gh_3c884a361561';
export const OPENID = 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o';
export const CONVERSATION = `wechat:${OPENID}`;
export const MAX_REPLY_BYTES = 2047;

export const MODES = ['plaintext', 'compatible', 'safe'] as const;
export type Mode = (typeof MODES)[number];

const DAY = 86_400_000;

/** A memory store that counts saved turns and can hold turns back until released. */
export class TestStore extends MemoryStore {
  saves = 0;
  private gate: Promise<void> | undefined;
  private open: (() => void) | undefined;

  /** Turns started from now on wait (in load) until release(). */
  hold(): void {
    this.gate = new Promise((resolve) => (this.open = resolve));
  }

  release(): void {
    this.open?.();
    this.gate = undefined;
  }

  override async load(id: string): Promise<StoredConversation | undefined> {
    if (this.gate) await this.gate;
    return super.load(id);
  }

  override async save(...args: Parameters<MemoryStore['save']>): Promise<void> {
    this.saves++;
    return super.save(...args);
  }
}

export type HarnessOptions = Partial<
  Pick<
    WechatChannelOptions,
    | 'appSecret'
    | 'apiBase'
    | 'menuLinks'
    | 'windowSeconds'
    | 'replyDeadlineMs'
    | 'retryGraceMs'
    | 'defaultLocale'
    | 'encodingAesKey'
    | 'appId'
    | 'mode'
    | 'messagesPerMinute'
  >
>;

export function harness(options: HarnessOptions = {}) {
  const clock = testClock();
  const store = new TestStore(clock.now);
  const engine = new ConversationEngine({
    store,
    defaultLocale: options.defaultLocale ?? 'zh-CN',
    conversationTtlMs: 30 * DAY,
    clock: clock.now,
  });
  const channel = createWechatChannel({
    token: TOKEN,
    appId: APP_ID,
    encodingAesKey: AES_KEY,
    defaultLocale: 'zh-CN',
    // Every body accepted, so that one server serves the tests of all three modes; the modes'
    // refusals have tests of their own (route-modes.test.ts).
    mode: 'compatible',
    ...options,
    engine,
    store,
    clock: clock.now,
  });
  const app = express();
  app.use('/wechat', channel.router);
  const cipher = new WechatCipher(AES_KEY, APP_ID);
  let nonces = 0;

  const nowSeconds = () => String(Math.floor(clock.now() / 1000));

  /** The query WeChat would send with this body (signature, and msg_signature when encrypted). */
  function signedQuery(mode: Mode, encrypt: string | undefined, over: Partial<Record<string, string>> = {}) {
    const timestamp = over.timestamp ?? nowSeconds();
    const nonce = over.nonce ?? String(1_000_000 + ++nonces);
    const query: Record<string, string> = {
      signature: sha1Signature([TOKEN, timestamp, nonce]),
      timestamp,
      nonce,
      openid: OPENID,
    };
    if (mode !== 'plaintext' && encrypt !== undefined) {
      query.encrypt_type = 'aes';
      query.msg_signature = sha1Signature([TOKEN, timestamp, nonce, encrypt]);
    }
    return { ...query, ...over };
  }

  /** The body WeChat would post for this message XML in this mode. */
  function envelope(xml: string, mode: Mode, encrypt = cipher.encrypt(xml)): string {
    if (mode === 'plaintext') return xml;
    if (mode === 'compatible') return xml.replace(/<\/xml>\s*$/, `<Encrypt><![CDATA[${encrypt}]]></Encrypt>\n</xml>`);
    return `<xml><ToUserName><![CDATA[${ACCOUNT}]]></ToUserName><Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>`;
  }

  /**
   * Posts a message the way WeChat does. `query` overrides single parameters (a wrong signature,
   * an old timestamp, a reused nonce); `encrypt` replaces the ciphertext (already signed over).
   */
  function post(xml: string, mode: Mode = 'plaintext', over: { query?: Partial<Record<string, string>>; encrypt?: string } = {}) {
    const encrypt = mode === 'plaintext' ? undefined : (over.encrypt ?? cipher.encrypt(xml));
    const query = signedQuery(mode, encrypt, over.query);
    return request(app)
      .post('/wechat')
      .query(query)
      .set('Content-Type', 'text/xml')
      .send(envelope(xml, mode, encrypt));
  }

  return { app, channel, engine, store, clock, cipher, post, signedQuery, envelope, nowSeconds };
}

export type Harness = ReturnType<typeof harness>;

/** A fixture with another user, message id or event key: still WeChat's real shape. */
export function message(
  name: string,
  changes: { openid?: string; msgId?: string; content?: string; eventKey?: string; createTime?: string } = {},
): string {
  let xml = fixture(name);
  if (changes.openid) xml = xml.replace(OPENID, changes.openid);
  if (changes.msgId) xml = xml.replace(/<MsgId>\d+<\/MsgId>/, `<MsgId>${changes.msgId}</MsgId>`);
  if (changes.content !== undefined)
    xml = xml.replace(/<Content><!\[CDATA\[[\s\S]*?\]\]><\/Content>/, `<Content><![CDATA[${changes.content}]]></Content>`);
  if (changes.eventKey !== undefined)
    xml = xml.replace(/<EventKey><!\[CDATA\[[\s\S]*?\]\]><\/EventKey>/, `<EventKey><![CDATA[${changes.eventKey}]]></EventKey>`);
  if (changes.createTime) xml = xml.replace(/<CreateTime>\d+<\/CreateTime>/, `<CreateTime>${changes.createTime}</CreateTime>`);
  return xml;
}

let textMessages = 0;
/** A text message as WeChat posts it, with a fresh MsgId. */
export function text(content: string, openid = OPENID): string {
  textMessages++;
  return message('text-zh.xml', { content, openid, msgId: String(24587700000000000n + BigInt(textMessages)) });
}

const replyParser = new XMLParser({ parseTagValue: false, trimValues: false });

export interface ReadReply {
  content: string;
  toUserName: string;
  fromUserName: string;
}

/**
 * What WeChat makes of a response: 'success' (nothing shown), or the text reply, after checking
 * everything WeChat would check. Every passive reply in these tests goes through here.
 */
export function readReply(res: { status: number; text: string; headers: Record<string, string> }, mode: Mode): ReadReply | 'success' {
  expect(res.status).toBe(200);
  if (res.text === 'success') return 'success';
  expect(res.headers['content-type']).toMatch(/xml/);
  expect(XMLValidator.validate(res.text)).toBe(true);
  let inner = res.text;
  if (mode !== 'plaintext') {
    const outer = replyParser.parse(res.text) as { xml?: Record<string, unknown> };
    const env = outer.xml ?? {};
    const encrypt = String(env['Encrypt']);
    const timestamp = String(env['TimeStamp']);
    const nonce = String(env['Nonce']);
    expect(Object.keys(env).sort()).toEqual(['Encrypt', 'MsgSignature', 'Nonce', 'TimeStamp']);
    expect(env['MsgSignature']).toBe(sha1Signature([TOKEN, timestamp, nonce, encrypt]));
    inner = new WechatCipher(AES_KEY, APP_ID).decrypt(encrypt);
    expect(XMLValidator.validate(inner)).toBe(true);
  }
  const parsed = parseWechatXml(inner);
  if (parsed.msgType !== 'text') throw new Error(`expected a text reply, got ${parsed.msgType}`);
  expect(Buffer.byteLength(parsed.content, 'utf8')).toBeLessThanOrEqual(MAX_REPLY_BYTES);
  return { content: parsed.content, toUserName: parsed.toUserName, fromUserName: parsed.fromUserName };
}

/** The text of a reply that must be a text reply. */
export function replyText(res: { status: number; text: string; headers: Record<string, string> }, mode: Mode): string {
  const reply = readReply(res, mode);
  if (reply === 'success') throw new Error('expected a text reply, got success');
  expect(reply.toUserName).not.toBe(ACCOUNT);
  return reply.content;
}
