// A goodbye gets a goodbye (found by an owner-tester, November 2026: 再见 and "bye" were answered
// 不客气！/ "You're welcome!"). Thanks alone still gets "you're welcome"; thanks with a goodbye word
// is a goodbye. Whole replies, both languages.

import { describe, it } from 'vitest';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 1, 15, 15, 30) };

describe('a goodbye answered with a goodbye, no menu after it', () => {
  it('zh-CN: 谢了哈 拜拜 after the advice', async () => {
    await playHandoff(
      [
        { say: '我们开米线店的，5个人，一年营业额80万，想借10万周转，一年' },
        { say: '谢了哈 拜拜', replies: ['再见！祝生意兴隆，有需要随时再来问我。'] },
      ],
      AT,
    );
  });

  it('en: thanks, bye after the advice', async () => {
    await playHandoff(
      [
        { say: 'we run a noodle shop, 5 staff, revenue 800k, need 100k working capital for 1 year' },
        { say: 'thanks, bye', replies: ['Goodbye, and good luck with the business! Come back whenever you need to.'] },
      ],
      { ...AT, locale: 'en' },
    );
  });
});

describe("thanks alone: still you're welcome", () => {
  it('zh-CN: 多谢', async () => {
    await playHandoff(
      [
        { say: '我们开米线店的，5个人，一年营业额80万，想借10万周转，一年' },
        { say: '多谢', replies: ['不客气！有需要随时再来问我。', '还有什么想了解的？回复编号查看服务详情，或选择下面的操作：'] },
      ],
      AT,
    );
  });

  it('en: thank you', async () => {
    await playHandoff(
      [
        { say: 'we run a noodle shop, 5 staff, revenue 800k, need 100k working capital for 1 year' },
        {
          say: 'thank you',
          replies: [
            "You're welcome! Ask me again whenever you need to.",
            'Anything else? Reply with a number to see a service in detail, or choose one of these:',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});
