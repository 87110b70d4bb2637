// The work for one WeChat message, without HTTP: which messages are turns (and under which id the
// engine remembers them), which get a notice, and how a request for the next page is served.

import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { WechatPages } from '../../../src/channels/wechat/pages';
import { renderPages } from '../../../src/channels/wechat/render';
import { WechatResponder, engineMessageId, messageKey } from '../../../src/channels/wechat/respond';
import { parseWechatXml } from '../../../src/channels/wechat/xml';
import { ConversationEngine } from '../../../src/conversation/engine';
import { MemoryStore } from '../../../src/conversation/stores/memory';
import { translator } from '../../../src/i18n';
import { testClock } from '../../helpers/app';
import { fixture } from './fixtures';
import { OPENID, message } from './harness';

function responder() {
  const clock = testClock();
  const store = new MemoryStore(clock.now);
  const engine = new ConversationEngine({ store, defaultLocale: 'zh-CN', conversationTtlMs: 86_400_000, clock: clock.now });
  const pages = new WechatPages(store, false);
  return {
    engine,
    pages,
    store,
    responder: new WechatResponder({
      engine,
      pages,
      cache: store,
      messagesPerMinute: 1000,
      defaultLocale: 'zh-CN',
      log: pino({ level: 'silent' }),
    }),
  };
}

const inbound = (name: string, changes: Parameters<typeof message>[1] = {}) => parseWechatXml(message(name, changes));
const t = translator('zh-CN', 'channels');

describe('the keys of a message', () => {
  it('remembers text and voice turns by MsgId, clicks by user, time and key; other events are no turn', () => {
    expect(
      ['text-zh.xml', 'voice-recognition.xml', 'event-click.xml', 'event-subscribe.xml', 'image.xml'].map((name) => {
        const m = parseWechatXml(fixture(name));
        return [name, engineMessageId(m) ?? null, messageKey(m)];
      }),
    ).toEqual([
      ['text-zh.xml', 'wechat:24587621931849537', `${OPENID}:24587621931849537`],
      ['voice-recognition.xml', 'wechat:24587624419375616', `${OPENID}:24587624419375616`],
      ['event-click.xml', `${OPENID}:1718262105:MENU_START`, `${OPENID}:1718262105:CLICK:MENU_START`],
      ['event-subscribe.xml', null, `${OPENID}:1718262001:subscribe:`],
      ['image.xml', null, `${OPENID}:24587625743219823`],
    ]);
  });
});

describe('the answer to one message', () => {
  it('answers what it cannot read with a notice naming the kind, and an empty recognition with a request to repeat', async () => {
    const { responder: r } = responder();
    expect(await r.respond(parseWechatXml(fixture('image.xml')))).toEqual({
      kind: 'text',
      content: t('wechat.unsupported', { kind: t('wechat.kinds.image') }),
    });
    expect(await r.respond(parseWechatXml(fixture('voice-empty-recognition.xml')))).toEqual({
      kind: 'text',
      content: t('wechat.voiceNotRecognised'),
    });
    expect(await r.respond(inbound('text-zh.xml', { content: '   ' }))).toEqual({ kind: 'text', content: t('wechat.empty') });
  });

  it('says nothing to a VIEW event and forgets the user who unsubscribes', async () => {
    const { responder: r, engine } = responder();
    await r.respond(inbound('text-zh.xml', { content: '我们在大理开客栈' }));
    expect(await r.respond(parseWechatXml(fixture('event-view.xml')))).toEqual({ kind: 'success' });
    // transient: the answer to an unsubscribe is not remembered, since the conversation is gone.
    expect(await r.respond(parseWechatXml(fixture('event-unsubscribe.xml')))).toEqual({ kind: 'success', transient: true });
    expect(await engine.view(`wechat:${OPENID}`)).toBeUndefined();
  });

  it('serves the next stored page for 更多 without a turn, and a turn once the pages are shown', async () => {
    const { responder: r, pages, engine } = responder();
    // The advice now fits one page; the risks reply (two pages) is what 更多 continues.
    await r.respond(
      inbound('text-zh.xml', { content: '我们是做茶叶加工的，员工25人，年营业额800万，想借100万买设备，期限两年', msgId: '1' }),
    );
    const first = await r.respond(inbound('text-zh.xml', { content: '风险', msgId: '2' }));
    const stored = await pages.load(OPENID);
    expect(stored.length).toBeGreaterThan(0);
    const before = await engine.view(`wechat:${OPENID}`);
    const shown = [first];
    for (let i = 0; i < stored.length; i++) shown.push(await r.respond(inbound('text-zh.xml', { content: '更多', msgId: String(10 + i) })));
    expect(shown.slice(1)).toEqual(stored.map((content) => ({ kind: 'text', content })));
    expect(await engine.view(`wechat:${OPENID}`)).toEqual(before);
    // No page left: 更多 is an ordinary message, answered by the machine ("nothing more").
    const last = await r.respond(inbound('text-zh.xml', { content: '更多', msgId: '99' }));
    expect(last.kind === 'text' && last.content.startsWith(translator('zh-CN')('more.none'))).toBe(true);
  });

  it("lays out a turn's replies once: the first page answers, the rest are kept", async () => {
    const { responder: r, pages, engine } = responder();
    await r.respond(
      inbound('text-zh.xml', { content: '我们是做茶叶加工的，员工25人，年营业额800万，想借100万买设备，期限两年', msgId: '5' }),
    );
    const answer = await r.respond(inbound('text-zh.xml', { content: '风险', msgId: '6' }));
    const again = await engine.handle({ conversationId: `wechat:${OPENID}`, channel: 'wechat', text: 'x', messageId: `wechat:6` });
    const expected = renderPages(again.replies, again.locale, { menuLinks: false });
    expect({ answer, kept: await pages.load(OPENID) }).toEqual({
      answer: { kind: 'text', content: expected[0], remembered: true },
      kept: expected.slice(1),
    });
  });
});
