// "Which is best" asked before the advice: the owner has often given most of the profile already
// (trade, size, amount), so the answer must not ask for it again; it says what is missing is the
// question that follows, and that question comes right after.

import { describe, expect, it } from 'vitest';
import { lastTurn, PURPOSE_MENU as PURPOSES } from './last-turn';

describe('which is best, asked before the advice', () => {
  it('in Chinese: does not ask again for the trade, size and amount given, and asks the purpose', async () => {
    const replies = await lastTurn('zh-CN', ['在斗南卖鲜花 批发的 一年营业额500多万 员工8个 要借80w', '哪个平台最好嘛']);
    expect(replies.map((r) => r.text.split('\n')[0])).toEqual([
      '还差一点情况：回答完下面的问题，我就能说哪一种最适合您。',
      '这次主要想解决什么问题？请回复编号：',
    ]);
    expect(replies[1]?.choices).toEqual(PURPOSES);
  });

  it('in English: the same', async () => {
    const replies = await lastTurn('en', ['flower wholesaler, revenue 5 mil a year, 8 staff, need 800k', 'which one is best']);
    expect(replies.map((r) => r.text.split('\n')[0])).toEqual([
      'A little more first: answer the question below and I can say which fits you best.',
      'What do you mainly need help with? Reply with a number:',
    ]);
    expect(replies[1]?.choices).toEqual(PURPOSES);
  });
});
