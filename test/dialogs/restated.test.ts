// A figure put right to the value already noted ("哦说错了 是五六十万" after 五六十个 was taken as 55万; "sorry i
// meant 500k"): the owner is told it stands, instead of the next question alone as if nothing was heard. Played
// through the whole engine, whole replies checked.

import { describe, it } from 'vitest';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 1, 15, 15, 30) };

describe('a figure said again unchanged: said to stand, then the next question', () => {
  it('zh-CN: 哦说错了 是五六十万 after 大概五六十个 was noted as 55万', async () => {
    await playHandoff(
      [
        { say: '在西双版纳开民宿的 员工8个 一年一百五十来万' },
        { say: '想装修一哈房间' },
        {
          say: '大概五六十个',
          replies: ['好的，记下了：金额：55万元。', '这笔资金大概要用多久？例如“6个月”“一年”“三年”。不确定可以回复“跳过”。'],
        },
        {
          say: '哦说错了 是五六十万',
          replies: ['好的，没有变：金额：55万元。', '这笔资金大概要用多久？例如“6个月”“一年”“三年”。不确定可以回复“跳过”。'],
          choices: ['跳过'],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });
  it('en: "sorry i meant 500k, not less" after around 500k', async () => {
    await playHandoff(
      [
        { say: 'we run a guesthouse in dali, 8 staff, about 1.5 million a year' },
        { say: 'want to renovate the rooms' },
        { say: 'around 500k' },
        {
          say: 'sorry i meant 500k, not less',
          replies: [
            'OK — that stands: amount: 500,000 yuan.',
            'For how long will you need the money? E.g. "6 months", "1 year", "3 years". Reply "skip" if you are not sure.',
          ],
          choices: ['Skip'],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});
