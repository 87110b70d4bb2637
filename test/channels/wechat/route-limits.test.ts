// WeChat messages are limited like the API's: at most MAX_TEXT_CHARS characters of text (or of
// recognised speech), and WECHAT_RATE_LIMIT_PER_MINUTE messages a minute per user. Past either,
// the user gets a polite passive reply in their language and no turn runs; an unsubscribe is
// never limited (deleting one's data must always work).

import { afterEach, describe, expect, it } from 'vitest';
import { MAX_TEXT_CHARS } from '../../../src/http/limits';
import { translator } from '../../../src/i18n';
import { fixture } from './fixtures';
import { CONVERSATION, harness, message, readReply, replyText, text, type Harness } from './harness';

let h: Harness;
afterEach(() => h?.channel.close());

const TOO_MANY_ZH = '您发得太快了，这条消息我没来得及看。请稍等一分钟再发一次。';
const TOO_MANY_EN = 'You are sending messages too quickly, so I did not read this one. Please wait a minute and send it again.';
const tooLong = (locale: 'zh-CN' | 'en') => translator(locale, 'channels')('wechat.tooLong', { max: String(MAX_TEXT_CHARS) });

describe('a user sending too many messages', () => {
  it('gets the polite notice in Chinese past the limit, with no turn, and is answered again a minute later', async () => {
    h = harness({ messagesPerMinute: 3 });
    replyText(await h.post(text('我们在大理开客栈')), 'plaintext');
    replyText(await h.post(text('员工8个人')), 'plaintext');
    replyText(await h.post(text('一年营业额120万')), 'plaintext');
    const saves = h.store.saves;
    const view = await h.engine.view(CONVERSATION);
    expect([replyText(await h.post(text('想借30万周转')), 'plaintext'), replyText(await h.post(text('半年')), 'plaintext')]).toEqual([
      TOO_MANY_ZH,
      TOO_MANY_ZH,
    ]);
    expect(h.store.saves).toBe(saves);
    expect(await h.engine.view(CONVERSATION)).toEqual(view);

    h.clock.advance(60_000);
    replyText(await h.post(text('想借30万周转')), 'plaintext');
    expect((await h.engine.view(CONVERSATION))?.profile.purpose).toBe('working-capital');
  });

  it('gets it in English in an English conversation, and in safe mode encrypted', async () => {
    h = harness({ messagesPerMinute: 1 });
    replyText(await h.post(text('We run a guesthouse in Dali'), 'safe'), 'safe');
    expect(replyText(await h.post(text('8 staff'), 'safe'), 'safe')).toBe(TOO_MANY_EN);
  });

  it("counts each user on their own, and WeChat's tries of one message once", async () => {
    h = harness({ messagesPerMinute: 1 });
    const first = text('我们在大理开客栈');
    const reply = replyText(await h.post(first), 'plaintext');
    expect(replyText(await h.post(first), 'plaintext')).toBe(reply);
    expect(replyText(await h.post(text('我们在昆明开超市', 'oUpF8uMuAJO_otherUser_000000')), 'plaintext')).not.toBe(TOO_MANY_ZH);
    expect(replyText(await h.post(text('员工8个人')), 'plaintext')).toBe(TOO_MANY_ZH);
  });

  it('can still unsubscribe (the conversation is deleted) past the limit', async () => {
    h = harness({ messagesPerMinute: 1 });
    replyText(await h.post(text('我们在大理开客栈')), 'plaintext');
    expect(replyText(await h.post(text('员工8个人')), 'plaintext')).toBe(TOO_MANY_ZH);
    expect(readReply(await h.post(fixture('event-unsubscribe.xml')), 'plaintext')).toBe('success');
    expect(await h.engine.view(CONVERSATION)).toBeUndefined();
  });
});

describe('a message too long', () => {
  it("gets the notice in the conversation's language (else the message's), and runs no turn; MAX_TEXT_CHARS characters still do", async () => {
    h = harness();
    expect(replyText(await h.post(text('我'.repeat(MAX_TEXT_CHARS + 1))), 'plaintext')).toBe(tooLong('zh-CN'));
    expect(replyText(await h.post(text('word '.repeat(12_000), 'oUpF8uMuAJO_englishUser_0000')), 'plaintext')).toBe(tooLong('en'));
    expect(h.store.saves).toBe(0);
    replyText(await h.post(text('We run a guesthouse in Dali')), 'plaintext');
    // An emoji is one character, as in the API: 2,000 of them are no longer than the limit.
    const atLimit = replyText(await h.post(text('😀'.repeat(MAX_TEXT_CHARS))), 'plaintext');
    expect(atLimit).not.toBe(tooLong('en'));
    expect(h.store.saves).toBe(2);
    expect(replyText(await h.post(text(`${'a'.repeat(MAX_TEXT_CHARS)}!`)), 'plaintext')).toBe(tooLong('en'));
  });

  it('counts recognised speech the same way', async () => {
    h = harness();
    const voice = message('voice-recognition.xml').replace(
      /<Recognition><!\[CDATA\[[\s\S]*?\]\]><\/Recognition>/,
      `<Recognition><![CDATA[${'贷'.repeat(MAX_TEXT_CHARS + 1)}]]></Recognition>`,
    );
    expect(replyText(await h.post(voice), 'plaintext')).toBe(tooLong('zh-CN'));
  });
});
