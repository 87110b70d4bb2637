// A "no" to a question of the firm (改天再说, 不用了, "nah maybe another time"): while collecting, the bot asks no
// yes-or-no question, so a no declines the open question; it is skipped as "跳过" would skip it and the next one is
// asked, instead of "好的" and the same question again. Played through the whole engine, whole replies checked.

import { describe, it } from 'vitest';
import { PURPOSES_EN } from '../helpers/choices';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 1, 15, 15, 30) };

describe('a no while a question of the firm is open: that question skipped, the next asked', () => {
  it('zh-CN: 改天再说 when asked what the money is for, then 不用了 when asked how much', async () => {
    await playHandoff(
      [
        { say: '我们在瑞丽做玉石批发的 12个人 一年四百来万' },
        {
          say: '改天再说',
          replies: ['好的，这一项先跳过。', '大概需要多少资金？例如“50万”“200万”。不需要借钱或不确定，可以回复“跳过”。'],
          choices: ['跳过'],
        },
        {
          say: '不用了',
          replies: ['好的，这一项先跳过。', '这笔资金大概要用多久？例如“6个月”“一年”“三年”。不确定可以回复“跳过”。'],
          choices: ['跳过'],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });
  it('en: "nah maybe another time" when asked the size', async () => {
    await playHandoff(
      [
        { say: 'we run a printing shop in kunming' },
        {
          say: 'nah maybe another time',
          replies: ["Fine, let's skip that one.", 'What do you mainly need help with? Reply with a number:'],
          choices: PURPOSES_EN,
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});
