// Follow-ups after the advice that change nothing: the owner repeats a figure already given ("借半年"
// after "周转半年"). The advice is not sent again (a phone screen of text the owner has just read);
// the bot says nothing changed and offers what can be done next.

import { describe, expect, it } from 'vitest';
import { lastTurn, TWO_ITEM_MENU as MENU } from './last-turn';

// A noodle shop's working capital: the bank's operating loan with the service-sector subsidy first.

describe('a follow-up that changes nothing', () => {
  it('in Chinese: says so and offers the menu, without the advice again', async () => {
    expect(await lastTurn('zh-CN', ['开了家米线店，3个员工，年营业额60万，想借5万周转半年', '借半年'])).toEqual([
      { text: '您的情况没有变化，上面的推荐不变。', choices: [] },
      { text: '还有什么想了解的？回复编号查看服务详情，或选择下面的操作：', choices: MENU },
    ]);
  });

  it('in English: says so and offers the menu, without the advice again', async () => {
    expect(
      await lastTurn('en', ['We run a noodle shop, 3 staff, revenue 600k a year, need 50k working capital for 6 months', 'for 6 months']),
    ).toEqual([
      { text: 'Nothing has changed in your details, so the advice above stands.', choices: [] },
      { text: 'Anything else? Reply with a number to see a service in detail, or choose one of these:', choices: MENU },
    ]);
  });
});
