// A request for the next page (更多 / MORE) while a channel holds pages: the engine recognises it
// (the channel runs no NLU of its own) and runs no turn; otherwise it is an ordinary message.

import { describe, expect, it } from 'vitest';
import { ConversationEngine } from '../../src/conversation/engine';
import { MemoryStore } from '../../src/conversation/stores/memory';
import { emptyView } from '../../src/conversation/view';
import { translator } from '../../src/i18n';
import { testClock } from '../helpers/app';

const DAY = 86_400_000;

async function started() {
  const clock = testClock();
  const store = new MemoryStore(clock.now);
  const engine = new ConversationEngine({ store, defaultLocale: 'zh-CN', conversationTtlMs: 30 * DAY, clock: clock.now });
  await engine.handle({ conversationId: 'wechat:u1', channel: 'wechat', text: '我们在大理开客栈' });
  return { engine, store };
}

describe('a request for the next page', () => {
  it('runs no turn when the channel holds pages, in either language, and leaves the conversation as it was', async () => {
    const { engine, store } = await started();
    const before = await store.load('wechat:u1');
    for (const text of ['更多', 'MORE', '下一页']) {
      const result = await engine.handle({
        conversationId: 'wechat:u1',
        channel: 'wechat',
        text,
        morePending: true,
        messageId: `m-${text}`,
      });
      expect(result).toEqual({
        locale: 'zh-CN',
        view: emptyView('wechat:u1', 'zh-CN'),
        replies: [],
        deleted: false,
        duplicate: false,
        nextPage: true,
      });
    }
    expect(await store.load('wechat:u1')).toEqual(before);
    expect(await engine.remembers('wechat:u1', 'm-更多')).toBe(false);
  });

  it('is an ordinary message when the channel holds no pages: the machine says there is nothing more', async () => {
    const { engine } = await started();
    const result = await engine.handle({ conversationId: 'wechat:u1', channel: 'wechat', text: '更多' });
    expect(result.nextPage).toBeUndefined();
    expect(result.replies[0]).toEqual({ text: translator('zh-CN')('more.none'), choices: [], choiceMode: 'number' });
  });

  it('takes a long message that mentions "more" as a message, not a page request', async () => {
    const text = '员工8个人，一年营业额120万，想多借一点，还有更多要问的吗';
    const withPages = await (await started()).engine.handle({ conversationId: 'wechat:u1', channel: 'wechat', text, morePending: true });
    const without = await (await started()).engine.handle({ conversationId: 'wechat:u1', channel: 'wechat', text });
    expect({ ...withPages }).toEqual({ ...without });
    expect(withPages.view.profile.employees).toBe(8);
  });
});
