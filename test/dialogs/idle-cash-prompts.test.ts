// Spare cash to place (purpose wealth-management, round 50): the amount is asked as what there is to place and the term as how long it
// can stay placed, not as money needed and a loan's term; a sum said to lie untouched where it is (二十来万现金 一直没动) is taken as the sum
// to place, so only the term is asked. Played through the whole engine in both languages.

import { describe, it } from 'vitest';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 1, 15, 15, 30) };

describe('spare cash to place: asked as what there is and how long it can stay', () => {
  it('en: idle cash, then its sum, then its term asked as how long it can stay placed', async () => {
    await playHandoff(
      [
        { say: 'we run a tea shop in puer, 5 staff, 1.2m a year' },
        {
          say: 'we want to put some idle cash to work',
          replies: [
            'Got it — purpose: placing idle cash.',
            'About how much spare cash do you want to place? E.g. "200k" or "1 million yuan". Reply "skip" if you are not sure.',
          ],
        },
        {
          say: 'about 300k',
          replies: [
            'Got it — amount: 300,000 yuan.',
            'How long can the money stay placed before you need it back? E.g. "3 months", "1 year". Reply "skip" if you are not sure.',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
  it('zh-CN: 二十来万现金 一直没动 is the sum to place; the term asked as how long it can stay', async () => {
    await playHandoff(
      [
        { say: '我们在丽江古城开了个银器店 三个人 一年六七十万' },
        {
          say: '店里攒了二十来万现金 一直没动 想找个地方放 吃点利息',
          replies: [
            '好的，记下了：用途：闲置资金理财；金额：20万元。',
            '这笔钱大概多久用不上、能放多久？例如“3个月”“一年”。不确定可以回复“跳过”。',
          ],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });
});
