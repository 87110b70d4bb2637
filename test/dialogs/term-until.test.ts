// The money's term said by a date (round 52): the NLU reads the month (`termUntil`), dialogs/term-until.ts counts the months from the
// day of the message in Beijing time, and the conversation takes it as the term, in both languages.

import { describe, expect, it } from 'vitest';
import { monthsUntil, withDatedTerm } from '../../dialogs/term-until';
import { beijing, playHandoff } from './handoff-table';

describe('monthsUntil: whole months from the message to the month named', () => {
  const cases: [string, { month: number; nextYear?: true }, number, number][] = [
    ['April, said in mid-January', { month: 4 }, beijing(2026, 1, 15, 10), 3],
    ['March, said in December: next year’s', { month: 3 }, beijing(2026, 12, 5, 10), 3],
    ['the year’s end, said in December: this month’s end, one month', { month: 12 }, beijing(2026, 12, 5, 10), 1],
    ['next year’s March (明年三月), said in January', { month: 3, nextYear: true }, beijing(2026, 1, 15, 10), 14],
    ['next year’s March, said on 31 December at 23:30 Beijing (15:30 UTC)', { month: 3, nextYear: true }, beijing(2026, 12, 31, 23, 30), 3],
    ['December, said on 1 January at 00:10 Beijing (still December 31 in UTC)', { month: 12 }, beijing(2027, 1, 1, 0, 10), 11],
  ];
  for (const [name, until, at, months] of cases) {
    it(name, () => expect(monthsUntil(until, at)).toBe(months));
  }
  it('keeps a term said in months, and drops the date', () => {
    expect(withDatedTerm({ language: 'zh-CN', termMonths: 12, termUntil: { month: 4 } }, beijing(2026, 1, 15, 10))).toEqual({
      language: 'zh-CN',
      termMonths: 12,
    });
    expect(withDatedTerm({ language: 'en', termUntil: { month: 4 } }, beijing(2026, 1, 15, 10))).toEqual({ language: 'en', termMonths: 3 });
  });
});

/** A Kunming bakery's profile before its term (the oven an asset bought). */
const BAKERY = {
  industry: 'catering',
  employees: 6,
  annualRevenueCny: 1_200_000,
  sizeClass: 'micro',
  sizeClassSource: 'standard',
  purpose: 'equipment-expansion',
  assetBought: true,
  amount: { value: 200_000, currency: 'CNY' },
} as const;

describe('a term by a date in the conversation', () => {
  it('zh-CN: 借到明年三月, said in January, is fourteen months', async () => {
    await playHandoff(
      [
        { say: '我们在昆明开面包店 六个人 年营业额一百二十万' },
        { say: '想借二十万进设备' },
        { say: '借到明年三月', first: '好的，记下了：期限：14个月。', profile: { ...BAKERY, termMonths: 14 }, stage: 'advising' },
      ],
      { start: beijing(2026, 1, 15, 15, 30), locale: 'zh-CN' },
    );
  });
  it('en: "we can pay it back by april", said in January, is three months', async () => {
    await playHandoff(
      [
        { say: 'we run a bakery in kunming, 6 staff, revenue 1.2m' },
        { say: 'need 200k for a new oven' },
        { say: 'we can pay it back by april', first: 'Got it — term: 3 months.', profile: { ...BAKERY, termMonths: 3 }, stage: 'advising' },
      ],
      { start: beijing(2026, 1, 15, 15, 30), locale: 'en' },
    );
  });
});
