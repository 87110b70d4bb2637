// The WeChat message server as WeChat and its users see it: real message XML in plaintext,
// compatible and safe mode, the replies they get, and what happens to the conversation.
// Security refusals: route-security.test.ts; retries and the 5-second rule: route-retries.test.ts.

import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { renderPages } from '../../../src/channels/wechat/render';
import { choiceLabel } from '../../../src/conversation/render';
import { translator } from '../../../src/i18n';
import { fixture } from './fixtures';
import { ACCOUNT, CONVERSATION, MODES, OPENID, harness, message, readReply, replyText, text, type Harness } from './harness';

const zh = translator('zh-CN', 'channels');
const en = translator('en', 'channels');

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The last line of a page that has a next one: the generic hint, or what the next page holds. */
const moreLine = (t: typeof zh) =>
  new RegExp(`\n\n(?:${escapeRe(t('wechat.moreHint'))}|${escapeRe(t('wechat.moreHintWith', { contents: '' }))}[^\n]+)$`);

let h: Harness;
afterEach(() => h?.channel.close());

describe.each(MODES)('%s mode: what each kind of message gets', (mode) => {
  it('answers a Chinese text with a turn, in Chinese, addressed back to the user', async () => {
    h = harness();
    const res = await h.post(fixture('text-zh.xml'), mode);
    const reply = readReply(res, mode);
    expect(reply).toMatchObject({ toUserName: OPENID, fromUserName: ACCOUNT });
    const content = replyText(res, mode);
    expect(content).toContain('好的，记下了：行业：餐饮业；金额：30万元。');
    // Waiting for a figure: the choices are words, since "2" would mean two.
    expect(content).toContain('可回复：微型企业 / 小型企业 / 中型企业 / 跳过');
    expect(content).not.toMatch(/^1\. /m);
    const view = await h.engine.view(CONVERSATION);
    expect(view).toMatchObject({ locale: 'zh-CN', awaiting: 'size', profile: { industry: 'catering', amount: { value: 300_000 } } });
  });

  it('answers an English text in English', async () => {
    h = harness();
    const content = replyText(await h.post(fixture('text-en.xml'), mode), mode);
    expect(content).toContain('Got it — industry: retail; purpose: collecting payments.');
    const sizes = (['size:micro', 'size:small', 'size:medium', 'skip'] as const).map((id) => choiceLabel('en', id));
    expect(content).toContain(en('wechat.textChoices', { choices: sizes.join(' / ') }));
    expect((await h.engine.view(CONVERSATION))?.locale).toBe('en');
  });

  it('takes the recognised words of a voice message as the user’s turn', async () => {
    h = harness();
    const content = replyText(await h.post(fixture('voice-recognition.xml'), mode), mode);
    expect(content).toContain('创业担保贷款：政府担保、财政贴息的创业贷款');
    // Asking for the industry: numbered choices, each on its own line.
    expect(content).toContain('\n1. 种植养殖（茶、咖啡、花卉、菌子、水果）\n2. 加工制造\n');
    expect((await h.engine.view(CONVERSATION))?.profile.purpose).toBeUndefined();
  });

  it('asks the user to type or speak again when the voice was not recognised, without a turn', async () => {
    h = harness();
    const content = replyText(await h.post(fixture('voice-empty-recognition.xml'), mode), mode);
    expect(content).toBe(zh('wechat.voiceNotRecognised'));
    expect(h.store.saves).toBe(0);
    expect(await h.engine.view(CONVERSATION)).toBeUndefined();
  });

  it.each([
    ['image.xml', '图片'],
    ['location.xml', '位置'],
    ['link.xml', '链接'],
    ['video.xml', '视频'],
    ['shortvideo.xml', '小视频'],
    ['file.xml', '文件'],
  ])('answers %s politely, saying the bot reads text and voice, without a turn', async (name, kind) => {
    h = harness();
    const content = replyText(await h.post(fixture(name), mode), mode);
    expect(content).toBe(zh('wechat.unsupported', { kind }));
    expect(content).toContain('文字和语音');
    expect(h.store.saves).toBe(0);
  });

  it('welcomes a new follower with the first question', async () => {
    h = harness();
    const content = replyText(await h.post(fixture('event-subscribe.xml'), mode), mode);
    expect(content).toMatch(/^您好！我是小微企业互联网金融服务顾问。/);
    expect(content).toContain('请问贵企业属于哪个行业？');
    expect(content).toContain('\n11. 其他行业');
    expect(await h.engine.view(CONVERSATION)).toMatchObject({ stage: 'collecting', awaiting: 'industry' });
  });

  it('forgets the conversation when the user unfollows, and answers success', async () => {
    h = harness();
    replyText(await h.post(text('我们在大理开客栈'), mode), mode);
    expect(await h.engine.view(CONVERSATION)).toBeDefined();
    expect(readReply(await h.post(fixture('event-unsubscribe.xml'), mode), mode)).toBe('success');
    expect(await h.engine.view(CONVERSATION)).toBeUndefined();
  });

  it('runs the menu command of a CLICK (MENU_START greets and asks the first question)', async () => {
    h = harness();
    const content = replyText(await h.post(fixture('event-click.xml'), mode), mode);
    expect(content).toMatch(/^您好！/);
    expect(content).toContain('\n1. 种植养殖');
    // A menu key is not words: a new conversation keeps the default language.
    expect((await h.engine.view(CONVERSATION))?.locale).toBe('zh-CN');
  });

  it.each(['event-view.xml', 'event-location.xml'])('answers %s with success and no turn', async (name) => {
    h = harness();
    expect(readReply(await h.post(fixture(name), mode), mode)).toBe('success');
    expect(h.store.saves).toBe(0);
  });
});

describe('the user’s language in notices', () => {
  it('asks an English-speaking user in English to speak again', async () => {
    h = harness();
    replyText(await h.post(fixture('text-en.xml')), 'plaintext');
    expect(replyText(await h.post(fixture('voice-empty-recognition.xml')), 'plaintext')).toBe(en('wechat.voiceNotRecognised'));
    expect(replyText(await h.post(fixture('image.xml')), 'plaintext')).toBe(en('wechat.unsupported', { kind: 'picture' }));
  });

  it('uses the default language for someone the bot does not know yet', async () => {
    h = harness({ defaultLocale: 'en' });
    expect(replyText(await h.post(fixture('location.xml')), 'plaintext')).toBe(en('wechat.unsupported', { kind: 'location' }));
  });

  it('answers a message type WeChat may add later like the ones it cannot read', async () => {
    h = harness();
    const xml = message('image.xml').replace('<![CDATA[image]]>', '<![CDATA[miniprogrampage]]>');
    expect(replyText(await h.post(xml), 'plaintext')).toBe(zh('wechat.unsupported', { kind: '消息' }));
  });
});

/** A follower: the welcome is behind them, so answers are the command's own. */
async function follower(options: Parameters<typeof harness>[0] = {}): Promise<Harness> {
  const made = harness(options);
  readReply(await made.post(fixture('event-subscribe.xml')), 'plaintext');
  return made;
}

describe('menu commands (CLICK EventKey)', () => {
  const click = (key: string, createTime: string) => message('event-click.xml', { eventKey: key, createTime });

  it('MENU_RISKS shows the risks, paginated, with the more hint', async () => {
    h = await follower();
    const content = replyText(await h.post(click('MENU_RISKS', '1718262201')), 'plaintext');
    expect(content).toContain('信用风险');
    expect(content).toMatch(moreLine(zh));
  });

  it('MENU_MORE shows the next page without a turn', async () => {
    h = await follower();
    replyText(await h.post(click('MENU_RISKS', '1718262201')), 'plaintext');
    const saves = h.store.saves;
    const next = replyText(await h.post(click('MENU_MORE', '1718262202')), 'plaintext');
    expect(next).not.toContain(zh('wechat.moreHint'));
    expect(h.store.saves).toBe(saves);
  });

  it('MENU_HUMAN hands the conversation to a person; MENU_RESUME brings the bot back', async () => {
    h = await follower();
    replyText(await h.post(click('MENU_HUMAN', '1718262201')), 'plaintext');
    expect((await h.engine.view(CONVERSATION))?.stage).toBe('handoff');
    replyText(await h.post(click('MENU_RESUME', '1718262202')), 'plaintext');
    expect((await h.engine.view(CONVERSATION))?.stage).not.toBe('handoff');
  });

  it('MENU_LANG_TOGGLE switches to the other language each time; MENU_LANG_ZH and MENU_LANG_EN pick one', async () => {
    h = await follower();
    const locale = async () => (await h.engine.view(CONVERSATION))?.locale;
    replyText(await h.post(click('MENU_LANG_TOGGLE', '1718262201')), 'plaintext');
    expect(await locale()).toBe('en');
    replyText(await h.post(click('MENU_LANG_TOGGLE', '1718262202')), 'plaintext');
    expect(await locale()).toBe('zh-CN');
    replyText(await h.post(click('MENU_LANG_EN', '1718262203')), 'plaintext');
    expect(await locale()).toBe('en');
    replyText(await h.post(click('MENU_LANG_ZH', '1718262204')), 'plaintext');
    expect(await locale()).toBe('zh-CN');
  });

  it('treats two different buttons tapped in the same second as two messages', async () => {
    h = await follower();
    const risks = replyText(await h.post(click('MENU_RISKS', '1718262201')), 'plaintext');
    const regulation = replyText(await h.post(click('MENU_REGULATION', '1718262201')), 'plaintext');
    expect(regulation).not.toBe(risks);
  });

  it('answers an unknown key with the help text rather than silence', async () => {
    h = await follower();
    const content = replyText(await h.post(click('MENU_NO_SUCH_KEY', '1718262201')), 'plaintext');
    expect(content).toContain('我可以帮您');
  });
});

describe('long answers: pages of at most 2,047 bytes, the rest on 更多 / MORE', () => {
  it('serves the remaining pages in order on 更多, without asking the engine, then the engine again', async () => {
    h = await follower();
    const hint = moreLine(zh);
    const first = replyText(await h.post(text('风险')), 'plaintext');
    expect(first).toMatch(hint);
    const saves = h.store.saves;

    const pages = [first];
    while (pages.length < 10 && hint.test(pages.at(-1) ?? '')) pages.push(replyText(await h.post(text('更多')), 'plaintext'));
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.at(-1)).not.toMatch(hint);
    expect(h.store.saves).toBe(saves);

    // Together the pages are exactly the whole answer, and each was cut at a line or sentence end.
    const other = harness();
    await other.engine.start('x', 'wechat');
    const turn = await other.engine.handle({ conversationId: 'x', channel: 'wechat', text: '风险' });
    other.channel.close();
    const whole = renderPages(turn.replies, 'zh-CN', { menuLinks: false, maxBytes: 1_000_000 })[0] ?? '';
    const bodies = pages.map((p) => p.replace(hint, ''));
    expect(bodies.join('').replace(/\s/g, '')).toBe(whole.replace(/\s/g, ''));
    for (const body of bodies.slice(0, -1)) {
      expect(whole.includes(`${body}\n`) || /[。！？；]$/.test(body)).toBe(true);
    }

    // No pages left: 更多 is the engine's again.
    replyText(await h.post(text('更多')), 'plaintext');
    expect(h.store.saves).toBe(saves + 1);
  });

  it('understands MORE in English', async () => {
    h = await follower();
    replyText(await h.post(message('event-click.xml', { eventKey: 'MENU_LANG_EN', createTime: '1718262300' })), 'plaintext');
    const first = replyText(await h.post(text('risks')), 'plaintext');
    expect(first).toMatch(moreLine(en));
    const saves = h.store.saves;
    const second = replyText(await h.post(text('MORE')), 'plaintext');
    expect(second).not.toBe(first);
    expect(h.store.saves).toBe(saves);
  });

  it('drops the pages not yet shown when a new message starts a new answer', async () => {
    h = await follower();
    replyText(await h.post(text('风险')), 'plaintext');
    replyText(await h.post(text('我们在大理开客栈')), 'plaintext');
    const saves = h.store.saves;
    replyText(await h.post(text('更多')), 'plaintext');
    expect(h.store.saves).toBe(saves + 1);
  });

  it('forgets the pages when the user unfollows', async () => {
    h = await follower();
    replyText(await h.post(text('风险')), 'plaintext');
    readReply(await h.post(fixture('event-unsubscribe.xml')), 'plaintext');
    // A new conversation begins: the welcome, not the rest of the risks.
    expect(replyText(await h.post(text('更多')), 'plaintext')).toMatch(/^您好！/);
  });
});

describe('URL verification (GET)', () => {
  it('echoes echostr unchanged, as plain text, for a valid signature', async () => {
    h = harness();
    const res = await request(h.app)
      .get('/wechat')
      .query({ ...h.signedQuery('plaintext', undefined), echostr: '5837461920384756' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.text).toBe('5837461920384756');
  });

  it.each([
    ['a wrong signature', { signature: '0'.repeat(40) }],
    ['a stale timestamp', { timestamp: String(Math.floor(Date.UTC(2026, 0, 15, 7, 0, 0) / 1000)) }],
    ['no signature', { signature: '' }],
  ])('refuses %s with 401 and never echoes', async (_label, over) => {
    h = harness();
    const query = { ...h.signedQuery('plaintext', undefined), echostr: 'echo-me', ...over };
    const res = await request(h.app).get('/wechat').query(query);
    expect(res.status).toBe(401);
    expect(res.text).toBe('');
  });
});
