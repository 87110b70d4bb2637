// The official sample vectors, end to end through the HTTP route (the unit tests of aes.ts and
// signature.ts check them piece by piece): WeChat's encrypted sample message is decrypted,
// answered and the answer encrypted back; WeCom's encrypted URL check is answered with its
// plaintext. Clocks are set to the vectors' own timestamps. Also: the channel as createApp mounts it.

import express from 'express';
import pino from 'pino';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { WechatCipher } from '../../../src/channels/wechat/aes';
import { createWechatChannel } from '../../../src/channels/wechat/route';
import { sha1Signature } from '../../../src/channels/wechat/signature';
import { parseWechatXml } from '../../../src/channels/wechat/xml';
import { ConversationEngine } from '../../../src/conversation/engine';
import { MemoryStore } from '../../../src/conversation/stores/memory';
import { createApp } from '../../../src/server';
import { buildTestApp, testClock } from '../../helpers/app';
import { vector } from './fixtures';

function channelAt(seconds: number, settings: { token: string; key: string; appId: string }) {
  const clock = testClock(seconds * 1000);
  const store = new MemoryStore(clock.now);
  const engine = new ConversationEngine({ store, defaultLocale: 'zh-CN', conversationTtlMs: 86_400_000, clock: clock.now });
  const channel = createWechatChannel({
    token: settings.token,
    appId: settings.appId,
    encodingAesKey: settings.key,
    defaultLocale: 'zh-CN',
    engine,
    store,
    clock: clock.now,
  });
  const app = express();
  app.use('/wechat', channel.router);
  return { app, engine, channel };
}

describe('official vectors through the route', () => {
  it('answers the official encrypted sample message (Python SDK) with an encrypted, signed reply', async () => {
    const v = vector('official_python_sample_decrypt');
    const settings = { token: v('token'), key: v('encoding_aes_key'), appId: v('appid') };
    const { app, engine, channel } = channelAt(Number(v('timestamp')), settings);
    const body = `<xml><ToUserName><![CDATA[gh_10f6c3c3ac5a]]></ToUserName><Encrypt><![CDATA[${v('encrypt')}]]></Encrypt></xml>`;
    const res = await request(app)
      .post('/wechat')
      .query({
        signature: sha1Signature([v('token'), v('timestamp'), v('nonce')]),
        timestamp: v('timestamp'),
        nonce: v('nonce'),
        openid: 'oyORnuP8q7ou2gfYjqLzSIWZf0rs',
        encrypt_type: 'aes',
        msg_signature: v('msg_signature'),
      })
      .set('Content-Type', 'text/xml')
      .send(body);
    channel.close();

    expect(res.status).toBe(200);
    const outer =
      /<Encrypt><!\[CDATA\[(.+?)\]\]><\/Encrypt><MsgSignature><!\[CDATA\[(\w+)\]\]><\/MsgSignature><TimeStamp>(\d+)<\/TimeStamp><Nonce><!\[CDATA\[(\w+)\]\]><\/Nonce>/.exec(
        res.text,
      );
    expect(outer).not.toBeNull();
    const [, encrypt = '', msgSignature, timestamp = '', nonce = ''] = outer ?? [];
    expect(msgSignature).toBe(sha1Signature([v('token'), timestamp, nonce, encrypt]));
    expect(timestamp).toBe(v('timestamp'));
    const reply = parseWechatXml(new WechatCipher(settings.key, settings.appId).decrypt(encrypt));
    expect(reply).toMatchObject({ msgType: 'text', toUserName: 'oyORnuP8q7ou2gfYjqLzSIWZf0rs', fromUserName: 'gh_10f6c3c3ac5a' });
    expect(Buffer.byteLength(reply.msgType === 'text' ? reply.content : '', 'utf8')).toBeGreaterThan(0);
    expect(Buffer.byteLength(reply.msgType === 'text' ? reply.content : '', 'utf8')).toBeLessThanOrEqual(2047);
    // The sample's words ("abcdteT") started a conversation for that user.
    expect(await engine.view('wechat:oyORnuP8q7ou2gfYjqLzSIWZf0rs')).toBeDefined();
  });

  it('answers the WeCom URL check (encrypted echostr, msg_signature) with the decrypted echostr', async () => {
    const v = vector('official_java_testVerifyUrl_wecom_style');
    const { app, channel } = channelAt(Number(v('timestamp')), { token: v('token'), key: v('encoding_aes_key'), appId: v('receiveid') });
    const query = { msg_signature: v('msg_signature'), timestamp: v('timestamp'), nonce: v('nonce'), echostr: v('echostr') };
    const res = await request(app).get('/wechat').query(query);
    expect(res.status).toBe(200);
    expect(res.text).toBe(v('echostr_plain'));

    const forged = await request(app)
      .get('/wechat')
      .query({ ...query, msg_signature: sha1Signature(['forged']) });
    expect(forged.status).toBe(401);
    expect(forged.text).toBe('');
    channel.close();
  });

  it('refuses the WeCom URL check for another CorpID', async () => {
    const v = vector('official_java_testVerifyUrl_wecom_style');
    const { app, channel } = channelAt(Number(v('timestamp')), {
      token: v('token'),
      key: v('encoding_aes_key'),
      appId: 'ww0000000000000000',
    });
    const res = await request(app)
      .get('/wechat')
      .query({ msg_signature: v('msg_signature'), timestamp: v('timestamp'), nonce: v('nonce'), echostr: v('echostr') });
    expect(res.status).toBe(401);
    expect(res.text).not.toContain(v('echostr_plain'));
    channel.close();
  });

  it('verifies the plain URL check of the wechatpy vector', async () => {
    const v = vector('wechatpy_check_signature_plain');
    const { app, channel } = channelAt(Number(v('timestamp')), {
      token: v('token'),
      key: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
      appId: 'wx1',
    });
    const res = await request(app)
      .get('/wechat')
      .query({ signature: v('signature'), timestamp: v('timestamp'), nonce: v('nonce'), echostr: 'hello' });
    expect(res.text).toBe('hello');
    channel.close();
  });
});

describe('the channel in the app (createApp)', () => {
  it('is off without WECHAT_TOKEN: /wechat does not exist, and the log says so', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });
    const { config, engine, store } = buildTestApp();
    const app = createApp({ config, engine, store, logger });
    expect((await request(app).post('/wechat').send('<xml/>')).status).toBe(404);
    expect(lines.join('')).toMatch(/WeChat channel off: set WECHAT_TOKEN/);
  });

  it('is on with WECHAT_TOKEN: the URL check answers with the real clock, and a forged one gets 401', async () => {
    const { app } = buildTestApp({ env: { WECHAT_TOKEN: 'tok' } });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const ok = await request(app)
      .get('/wechat')
      .query({ signature: sha1Signature(['tok', timestamp, '42']), timestamp, nonce: '42', echostr: 'e1' });
    expect(ok.text).toBe('e1');
    const forged = await request(app)
      .get('/wechat')
      .query({ signature: sha1Signature(['tok', timestamp, '43']), timestamp, nonce: '42', echostr: 'e1' });
    expect(forged.status).toBe(401);
  });
});
