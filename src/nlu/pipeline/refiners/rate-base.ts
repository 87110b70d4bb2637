// A collecting fee told as a charge on a base is no figure of the profile (round 50): in "POS机每刷一万块要扣六十块 这个费率算高不"
// and "微信收款每一万扣六十块" the 一万 is the base of a rate and 六十 its charge, the fee asked (cost) and nothing else; "they take
// 60 for every 10k" likewise, the charge before its base.

import { drop, isMoney, type Mention, type State } from '../mention';

/** 每 and a verb of taking or paying before the sum (每刷, 每收, 每笔, 每转), or "for every", "per". */
const BASE_BEFORE = /(?:每\s*(?:刷|收|转|扫|笔|单|交易|进)?\s*(?:一)?\s*|\b(?:for|on|per) every\s+|\bper\s+)$/;
/** A charge word: 扣, 收, 抽, 手续费, take, charge, fee. */
const CHARGE = /扣|收|抽|手续费|费率|\b(?:fees?|charges?|charging|takes?|taking|cut)\b/;
/** How far a base and its charge may stand apart, in one clause. */
const REACH = 14;
const BREAK = /[，。,.!?；;]/;

export function rateBase(state: State): void {
  const { text } = state;
  const sums = state.mentions.filter(isMoney);
  const between = (a: Mention, b: Mention) => text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start));
  // The base: a sum after 每 or "for every" with another sum and a charge word beside it in the clause.
  const pairs = sums.flatMap((base) => {
    if (!BASE_BEFORE.test(text.slice(Math.max(0, base.start - 12), base.start))) return [];
    const charge = sums.find(
      (c) =>
        c !== base &&
        between(base, c).length <= REACH &&
        !BREAK.test(between(base, c)) &&
        CHARGE.test(between(base, c) + text.slice(Math.max(0, c.start - 4), c.start)),
    );
    if (charge !== undefined) return [base, charge];
    // ...or the charge a bare number before it ("they take 60 for every 10k").
    const clauseBefore =
      text
        .slice(Math.max(0, base.start - 2 * REACH), base.start)
        .split(BREAK)
        .at(-1) ?? '';
    return CHARGE.test(clauseBefore) ? [base] : [];
  });
  drop(state, 'rateBase', (m) => pairs.includes(m), 'a fee told as a charge on a base, no figure');
}
