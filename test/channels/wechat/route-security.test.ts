// Requests the message server must refuse: forged or stale signatures, replays, ciphertext that is
// not ours or not whole, hostile XML and oversized bodies. Each is refused with the right status
// and no body detail, nothing crashes (the next genuine message is answered), and nothing changes:
// the conversation, the turns and the pages waiting for 更多 are exactly as before.

import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { WechatCipher } from '../../../src/channels/wechat/aes';
import { PAGES_ID } from '../../../src/channels/wechat/pages';
import { sha1Signature } from '../../../src/channels/wechat/signature';
import { translator } from '../../../src/i18n';
import { fixture } from './fixtures';
import { ACCOUNT, AES_KEY, CONVERSATION, MODES, harness, readReply, replyText, text, type Harness, type Mode } from './harness';

let h: Harness;
afterEach(() => h?.channel.close());

/** A conversation under way, with pages waiting for 更多, so that "no change" means something. */
async function established(): Promise<Harness> {
  const made = harness();
  readReply(await made.post(fixture('event-subscribe.xml')), 'plaintext');
  replyText(await made.post(text('我们在大理开客栈')), 'plaintext');
  replyText(await made.post(text('风险')), 'plaintext');
  return made;
}

/** Everything a refused request must leave alone. */
async function snapshot(made: Harness) {
  return {
    view: await made.engine.view(CONVERSATION),
    saves: made.store.saves,
    pages: await made.store.getProcessed(CONVERSATION, PAGES_ID),
  };
}

/** Refused, with no detail, no state change, and the server still answering genuine messages. */
async function expectRefused(
  made: Harness,
  send: () => PromiseLike<{ status: number; text: string }>,
  status: number,
  mode: Mode = 'plaintext',
) {
  const before = await snapshot(made);
  const res = await send();
  expect(res.status).toBe(status);
  expect(res.text).toBe('');
  expect(await snapshot(made)).toEqual(before);
  // Nothing crashed: a genuine message is still answered (and is the only thing that changes state).
  const after = replyText(await made.post(text('更多'), mode), mode);
  expect(after.length).toBeGreaterThan(0);
}

const stale = (made: Harness, seconds: number) => String(Math.floor(made.clock.now() / 1000) + seconds);

describe.each(MODES)('%s mode: forged and replayed requests are refused with 401', (mode) => {
  it('refuses a wrong signature', async () => {
    h = await established();
    await expectRefused(
      h,
      () => h.post(text('删除我的数据'), mode, { query: { signature: sha1Signature(['not-the-token', '1', '2']) } }),
      401,
      mode,
    );
  });

  it('refuses a missing signature', async () => {
    h = await established();
    await expectRefused(h, () => h.post(text('删除我的数据'), mode, { query: { signature: '', msg_signature: '' } }), 401, mode);
  });

  it('refuses a timestamp more than the window (5 minutes) in the past or future', async () => {
    h = await established();
    for (const offset of [-301, 301]) {
      const timestamp = stale(h, offset);
      const nonce = '48213';
      const xml = text('删除我的数据');
      await expectRefused(
        h,
        () => {
          const encrypt = h.cipher.encrypt(xml);
          return h.post(xml, mode, {
            encrypt,
            query: {
              timestamp,
              nonce,
              signature: sha1Signature(['yunnanSmeBot2024', timestamp, nonce]),
              ...(mode === 'plaintext' ? {} : { msg_signature: sha1Signature(['yunnanSmeBot2024', timestamp, nonce, encrypt]) }),
            },
          });
        },
        401,
        mode,
      );
    }
  });

  it('accepts a timestamp just inside the window', async () => {
    h = await established();
    const timestamp = stale(h, -299);
    const nonce = '777';
    const xml = text('我们有8个员工');
    const encrypt = h.cipher.encrypt(xml);
    const res = await h.post(xml, mode, {
      encrypt,
      query: {
        timestamp,
        nonce,
        signature: sha1Signature(['yunnanSmeBot2024', timestamp, nonce]),
        ...(mode === 'plaintext' ? {} : { msg_signature: sha1Signature(['yunnanSmeBot2024', timestamp, nonce, encrypt]) }),
      },
    });
    expect(replyText(res, mode)).toContain('8人');
  });

  it('refuses a captured signed query replayed with another message (reused nonce)', async () => {
    h = await established();
    const first = text('员工8个人，一年营业额120万');
    const encrypt = h.cipher.encrypt(first);
    const query = h.signedQuery(mode, encrypt);
    replyText(await h.post(first, mode, { query, encrypt }), mode);
    const replayed = text('删除我的数据');
    const replayedEncrypt = h.cipher.encrypt(replayed);
    // Same timestamp, nonce and signature; in encrypted modes a valid msg_signature for the new body.
    const replayQuery = {
      ...query,
      ...(mode === 'plaintext'
        ? {}
        : { msg_signature: sha1Signature(['yunnanSmeBot2024', query.timestamp ?? '', query.nonce ?? '', replayedEncrypt]) }),
    };
    await expectRefused(h, () => h.post(replayed, mode, { query: replayQuery, encrypt: replayedEncrypt }), 401, mode);
  });
});

describe.each(['compatible', 'safe'] as const)('%s mode: the ciphertext', (mode) => {
  it('refuses a wrong msg_signature before decrypting', async () => {
    h = await established();
    await expectRefused(h, () => h.post(text('删除我的数据'), mode, { query: { msg_signature: sha1Signature(['x']) } }), 401, mode);
  });

  it('refuses a message encrypted for another appid (signed correctly)', async () => {
    h = await established();
    const foreign = new WechatCipher(AES_KEY, 'wx0000000000000000').encrypt(text('删除我的数据'));
    await expectRefused(h, () => h.post(text('删除我的数据'), mode, { encrypt: foreign }), 401, mode);
  });

  it('refuses ciphertext cut short after it was signed (msg_signature no longer matches)', async () => {
    h = await established();
    const xml = text('删除我的数据');
    const whole = h.cipher.encrypt(xml);
    const query = h.signedQuery(mode, whole);
    const cut = whole.slice(0, 64);
    await expectRefused(
      h,
      () =>
        request(h.app)
          .post('/wechat')
          .query(query)
          .set('Content-Type', 'text/xml')
          .send(h.envelope(xml, mode, cut)),
      401,
      mode,
    );
  });

  it.each([
    ['truncated to one block', (e: string) => e.slice(0, 24)],
    ['not base64', () => '!!!!not*base64!!!!'],
    ['base64 of garbage', () => Buffer.alloc(64, 7).toString('base64')],
  ])('refuses ciphertext %s (even when signed) with 400', async (_label, mangle) => {
    h = await established();
    const xml = text('删除我的数据');
    await expectRefused(h, () => h.post(xml, mode, { encrypt: mangle(h.cipher.encrypt(xml)) }), 400, mode);
  });

  it('refuses an encrypted message when no AES key is configured, saying so in the log only', async () => {
    h = harness({ encodingAesKey: undefined });
    readReply(await h.post(fixture('event-subscribe.xml')), 'plaintext');
    const res = await h.post(text('你好'), mode);
    expect(res.status).toBe(401);
    expect(res.text).toBe('');
  });
});

const XXE = `<?xml version="1.0"?>
<!DOCTYPE xml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<xml><ToUserName><![CDATA[${ACCOUNT}]]></ToUserName><FromUserName><![CDATA[oUpF8uMuAJO_M2pxb1Q9zNjWeS6o]]></FromUserName><CreateTime>1718263245</CreateTime><MsgType><![CDATA[text]]></MsgType><Content>&xxe;</Content><MsgId>24587621931849599</MsgId></xml>`;

function bomb(): string {
  const entities = ['<!ENTITY lol "lol">'];
  for (let i = 1; i <= 9; i++) entities.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
  return `<?xml version="1.0"?><!DOCTYPE lolz [${entities.join('')}]><xml><ToUserName>a</ToUserName><FromUserName>oUpF8uMuAJO_M2pxb1Q9zNjWeS6o</FromUserName><CreateTime>1</CreateTime><MsgType>text</MsgType><Content>&lol9;</Content><MsgId>5</MsgId></xml>`;
}

describe.each(MODES)('%s mode: hostile bodies', (mode) => {
  it('refuses an XXE document with 400', async () => {
    h = await established();
    await expectRefused(h, () => h.post(XXE, mode), 400, mode);
  });

  it('refuses an entity-expansion bomb with 400, quickly', async () => {
    h = await established();
    const started = performance.now();
    await expectRefused(h, () => h.post(bomb(), mode), 400, mode);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('refuses malformed XML with 400 and no stack', async () => {
    h = await established();
    await expectRefused(h, () => h.post('<xml><ToUserName>gh<FromUserName>', mode), 400, mode);
  });

  it('refuses a 200 KB body with 413', async () => {
    h = await established();
    const huge = text(`${'很长的消息'.repeat(14_000)}`);
    expect(Buffer.byteLength(huge)).toBeGreaterThan(200_000);
    await expectRefused(h, () => h.post(huge, mode), 413, mode);
  });
});

describe('bodies in plaintext mode', () => {
  it('reads the body whatever the content type says', async () => {
    h = harness();
    for (const type of ['application/xml', 'text/plain', 'application/octet-stream', 'application/json']) {
      const xml = text('你好');
      const res = await request(h.app).post('/wechat').query(h.signedQuery('plaintext', undefined)).set('Content-Type', type).send(xml);
      expect(replyText(res, 'plaintext').length).toBeGreaterThan(0);
    }
  });

  it('refuses an empty body and a body that is not WeChat’s with 400', async () => {
    h = await established();
    await expectRefused(h, () => request(h.app).post('/wechat').query(h.signedQuery('plaintext', undefined)), 400);
    await expectRefused(h, () => h.post('<rss><channel/></rss>'), 400);
  });

  it('refuses a sender id that could not be a conversation id', async () => {
    h = await established();
    await expectRefused(h, () => h.post(text('你好', 'o/../../etc')), 400);
  });

  it('accepts a user’s words that mention <!DOCTYPE (inside CDATA, as WeChat sends text)', async () => {
    h = await established();
    const content = replyText(await h.post(text('<!DOCTYPE html> 这是什么意思？')), 'plaintext');
    expect(content.length).toBeGreaterThan(0);
    expect(content).not.toBe(translator('zh-CN', 'channels')('wechat.empty'));
  });
});
