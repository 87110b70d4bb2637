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
  // Round 56, found talking: told while the size was asked, the sum had been dropped (neither revenue nor asked about), echoing only
  // the purpose and the term (明年三月 from January 2026 is fourteen months).
  it('zh-CN: 手头有四十来万 到明年三月才用得着 while the revenue is asked keeps the sum to place', async () => {
    await playHandoff(
      [
        { say: '你好 我们在弥勒种葡萄 是个合作社' },
        {
          say: '手头有四十来万 到明年三月才用得着',
          replies: [
            '好的，记下了：用途：闲置资金理财；金额：40万元；期限：14个月。',
            '为了按国家标准判断企业规模，请告诉我去年的营业收入，例如：“年营业额150万”。也可以直接说您是微型、小型还是中型企业；不方便透露可以回复“跳过”。',
          ],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });
  it('en: idle cash told with the month it is needed, while the size is asked, keeps the sum to place', async () => {
    await playHandoff(
      [
        { say: 'we run a noodle shop in kunming' },
        {
          say: 'got about 400k sitting idle, wont need it till june',
          replies: [
            'Got it — purpose: placing idle cash; amount: 400,000 yuan; term: 5 months.',
            'To size your business by the national standard, please tell me how many employees you have and last year\'s revenue, e.g. "12 employees, revenue 1.5 million yuan". Or just say whether you are a micro, small or medium enterprise; reply "skip" if you would rather not say.',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});
