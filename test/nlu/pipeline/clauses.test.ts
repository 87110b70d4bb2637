// What a clause is (src/nlu/pipeline/clauses.ts): each named set of breaks, as whole clause lists and
// exact boundaries, over normalized text.

import { describe, expect, it } from 'vitest';
import {
  breakBetween,
  type ClauseBreaks,
  clauseEnd,
  clauseStart,
  clausesOf,
  FIGURE_CLAUSES,
  isClauseBreak,
  PUNCTUATION,
  SENTENCES,
  SPOKEN_CLAUSES,
} from '../../../src/nlu/pipeline/clauses';

const texts = (text: string, breaks: ClauseBreaks): string[] => clausesOf(text, breaks).map((c) => c.text);

describe('clauses', () => {
  it('the named sets: which marks each holds, and whether a space beside Chinese ends a clause', () => {
    expect([PUNCTUATION, SPOKEN_CLAUSES, FIGURE_CLAUSES, SENTENCES]).toEqual([
      { marks: ',;.!?。', chineseSpace: false },
      { marks: ',;.!?。、', chineseSpace: true },
      { marks: ',;.!?。、', chineseSpace: false },
      { marks: '.!?。', chineseSpace: false },
    ]);
  });

  it('PUNCTUATION: any comma, semicolon or sentence end; the list comma and spaces are inside a clause', () => {
    expect(clausesOf('做餐饮、零售的 能贷吗?我们,想借;三万. ok!好。', PUNCTUATION)).toEqual([
      { start: 0, text: '做餐饮、零售的 能贷吗' },
      { start: 12, text: '我们' },
      { start: 15, text: '想借' },
      { start: 18, text: '三万' },
      { start: 21, text: ' ok' },
      { start: 25, text: '好' },
    ]);
  });

  it('a decimal point is no break, in every set; a full stop after a digit is', () => {
    expect(texts('年化4.8%和借呗比. 3.', PUNCTUATION)).toEqual(['年化4.8%和借呗比', ' 3']);
    expect(texts('开了1.5年 能贷款吗', SPOKEN_CLAUSES)).toEqual(['开了1.5年', '能贷款吗']);
    expect(texts('rate 3.5% vs weilidai. ok', SENTENCES)).toEqual(['rate 3.5% vs weilidai', ' ok']);
    expect(texts('1.5万,2万', FIGURE_CLAUSES)).toEqual(['1.5万', '2万']);
  });

  it('SPOKEN_CLAUSES: a space beside Chinese and the list comma end a clause, a space between English words does not', () => {
    expect(texts('我们开客栈的 有8个员工、格有哪样贷款 which is best', SPOKEN_CLAUSES)).toEqual([
      '我们开客栈的',
      '有8个员工',
      '格有哪样贷款',
      'which is best',
    ]);
    expect(texts('we run a shop, which is best', SPOKEN_CLAUSES)).toEqual(['we run a shop', ' which is best']);
  });

  it('FIGURE_CLAUSES: each item of a list of figures is its own clause; a space is not a break', () => {
    expect(texts('厨师3个、服务员5个 收银1个,营业额50万', FIGURE_CLAUSES)).toEqual(['厨师3个', '服务员5个 收银1个', '营业额50万']);
  });

  it('SENTENCES: only a sentence end; commas and semicolons stay inside', () => {
    expect(texts('bank or jiebei, which is cheaper? ours said no; sadly.', SENTENCES)).toEqual([
      'bank or jiebei, which is cheaper',
      ' ours said no; sadly',
    ]);
  });

  it('clauseStart and clauseEnd: right after the last break before a place, and the first break at or after it', () => {
    const text = '想借钱周转;客人都是扫码付的.谢谢';
    // 扫 at 10: the clause 客人都是扫码付的 runs from 6 up to the full stop at 14.
    expect([clauseStart(text, 10, PUNCTUATION), clauseEnd(text, 10, PUNCTUATION)]).toEqual([6, 14]);
    // A break at the place itself ends the clause there; none before it starts it at 0.
    expect([clauseStart(text, 3, PUNCTUATION), clauseEnd(text, 5, PUNCTUATION), clauseEnd(text, 15, PUNCTUATION)]).toEqual([0, 5, 17]);
    // A space beside Chinese only for SPOKEN_CLAUSES.
    expect([clauseStart('开饭店的 想借钱', 6, SPOKEN_CLAUSES), clauseStart('开饭店的 想借钱', 6, PUNCTUATION)]).toEqual([5, 0]);
  });

  it('isClauseBreak and breakBetween: one place, and a stretch between two', () => {
    const text = '收银:3个 厨师、2个';
    expect([...text].map((_, i) => isClauseBreak(text, i, FIGURE_CLAUSES))).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      true,
      false,
      false,
    ]);
    // A colon stands between a role and its count (收银:3个): no break.
    expect(breakBetween(text, 2, 3, PUNCTUATION)).toBe(false);
    // The list comma parts 厨师 from 2个 for a figure's role (FIGURE_CLAUSES), not for PUNCTUATION.
    expect([breakBetween(text, 8, 9, FIGURE_CLAUSES), breakBetween(text, 8, 9, PUNCTUATION)]).toEqual([true, false]);
    expect(breakBetween('银行3.5%和借呗', 0, 9, SENTENCES)).toBe(false);
  });
});
