// A bare number said again for a sum, its unit left off because the sum before carried it (round 25): "last year about 2.8m,
// this yr prob 3.2", "去年一千二百万 今年估计八百", "想借30万 不 40", "12 million... no wait 15": the number in the earlier sum's
// unit (3.2m, 800万, 40万, 15 million). Only after a turn to now or a correction, only when the result is of the earlier sum's
// size (a tenth to ten times it), and only when nothing counted follows (no staff, goods or period after the number).

import { note, ofKind, type Mention, type State } from '../mention';

/** The unit a sum is written in, by the words that end it: 万, 亿, m/million, k/thousand, w (万 in chat). */
const UNITS: ReadonlyArray<[RegExp, number]> = [
  [/亿\s*$/, 1e8],
  [/(?:万|w|W)\s*$/, 1e4],
  [/(?:m|mn|mil|million|millions)\s*$/i, 1e6],
  [/(?:k|K|thousand|grand)\s*$/i, 1e3],
];
/**
 * The money in hand or the part still missing said of the sum wanted (要八十万 手上有三十 还差五十: round 36, corpus convention 247):
 * the bare numbers after it are in its unit.
 */
const IN_HAND_OR_SHORT = String.raw`还差|还缺|差个|手上有|手头有|手里有|自己有|自己出|自己能凑|自己凑了?`;
/** A turn to now: 今年, 现在, "this year", "now". */
const NOW_TURN = String.raw`今年|现在|这两年|目前|\bthis (?:year|yr)\b|\bnow\b`;
/** A correction: 不对, 不是, 改成, "no", "actually", "make it", a bare 不 between figures. */
const CORRECTION_TURN = String.raw`不对|不是|哦不|嗯不|改成|应该是|其实是|\bno\b|\bnope\b|\bactually\b|\bi mean\b|\bmake (?:that|it)\b|\bor rather\b|(?<![\u4e00-\u9fff])不(?![\u4e00-\u9fff])`;
/** Between the sum and the bare number: a turn to now, a correction, or the money in hand or short, in a few words. */
const TURN = new RegExp(String.raw`^[^\d]{0,24}?(?:${IN_HAND_OR_SHORT}|${NOW_TURN}|${CORRECTION_TURN})[^\d]{0,20}$`, 'i');
/** The turn to now said right after the bare number ("2.4m, maybe 2.6 this year"; round 66, judge-238), a hedge or a pause between. */
const NO_FIGURE_BETWEEN = /^[^\d]{0,24}$/;
const NOW_TURN_AFTER = new RegExp(String.raw`^\s*(?:左右|多|ish|or so)?\s*(?:${NOW_TURN})`, 'i');
/** After the bare number: its end, a hedge or a softener, nothing counted. */
const NOTHING_COUNTED = /^\s*(?:左右|上下|多|来|吧|ish|or so|odd|the most)?\s*(?:$|[，。,.!?；;！？]|\s+(?![a-z\u4e00-\u9fff]))/i;

/**
 * A year's label right before a bare number, as owners answer the revenue asked (去年两百二 今年估计一百八, 前年三百 去年两百六,
 * 去年卖了两百八: round 37, fix37b, corpus convention 285): the number is in 万, the unit left off. Not the owner's age (我今年三十).
 */
/** A few characters of the same phrase (no figure, no break): between 一年 and its verb of selling. */
const C_UPTO_6 = String.raw`[^\d，。,.!?；;！？]{0,6}?`;
/** The goods sold named before the verb again (去年卖葡萄卖了一百五出头; round 64, found talking). */
const GOODS_SOLD = String.raw`(?:卖|做)[^\d，。,.!?；;\s]{1,4}?(?=卖|做)`;
// ...or a year's sales said with 一年 and a verb of selling (一年做得到三百五, 一年能卖两百八; round 63, found by a tester), or after the
// sales' name (营业额一年三百多; round 64).
const YEAR_LABEL_BEFORE = new RegExp(
  String.raw`(?<!我|我们|他|她|他们)(?:去年|今年|前年|上年|上一年|(?<=(?:营业额|流水|销售额|营收)\s*)(?:一年|每年)|(?:一年|每年)(?=${C_UPTO_6}(?:卖|做|营业额|流水|收入|销售额|营收)))(?:的)?\s*(?:营业额|流水|收入|销售额|营收|\b(?:turnover|revenue|sales)\b|${GOODS_SOLD})?\s*` +
    String.raw`(?:卖了|做了|卖得到|做得到|卖得了|做得了|卖个|做个|卖|做|有|估计|大概|差不多|怕是|可能|只有|就|也就|能有|能|才|\b(?:maybe|prob(?:ably)?|about|around)\b|\s)*$`,
);
/**
 * A wish to borrow right before a bare number of tens or hundreds in Chinese (想借个一百五, 贷个八十, 要借两百三; round 63, found by a tester):
 * the sum in 万, the unit left off as owners say it (no one asks to borrow 150 yuan). Not things counted after it (借一百五十个箱子).
 */
const BORROW_BEFORE = /(?:借|贷|融资|周转)(?:个|了|点|上|到)?\s*(?:大概|差不多|估计|最多|起码|至少)?\s*$/;
const BORROW_REACH = 10;
/** After the year's bare number: its end, a hedge, a pause, or the next phrase after a space (去年两百二 今年…). */
const YEAR_SUM_END = /^(?:左右|上下|多|来|出头|多点|不到|的样子)?(?:吧|嘛|哦|噶)?(?:$|[，。,.!?；;！？\s])/;
/** A year opening the phrase right before the bare number, as the revenue asked is answered (一年两百出头吧; round 64). */
const YEAR_OPENS_PHRASE = /(?:^|[\s，。,.!?；;！？])(?:一年|每年)(?:大概|差不多|估计|也就|就|能有|有)?\s*$/;
/** How far before the bare number a year's label is looked for. */
const YEAR_LABEL_REACH = 16;

function unitOf(text: string, sum: Mention): number | undefined {
  const words = text.slice(sum.start, sum.end);
  return UNITS.find(([ending]) => ending.test(words))?.[1];
}

export function unitCarried(state: State): void {
  const quantities = ofKind(state, 'quantity');
  // The unit a bare number was read in, for the bare numbers after it (手上有三十 还差五十: both in the 万 of 要八十万).
  const carried = new Map<Mention, number>();
  for (const [i, q] of quantities.entries()) {
    const n = q.value.value;
    if (q.value.kind !== 'number' || !(n > 0) || n >= 1000) continue;
    const sum = quantities.slice(0, i).findLast((m) => m.value.kind === 'money');
    if (
      n >= 10 &&
      /[一二两三四五六七八九十百千]$/.test(state.text.slice(q.start, q.end)) &&
      (YEAR_LABEL_BEFORE.test(state.text.slice(Math.max(0, q.start - YEAR_LABEL_REACH), q.start)) ||
        YEAR_OPENS_PHRASE.test(state.text.slice(0, q.start))) &&
      YEAR_SUM_END.test(state.text.slice(q.end)) &&
      (sum === undefined || carried.has(sum))
    ) {
      q.value = { kind: 'money', value: n * 1e4, currency: 'CNY', start: q.value.start, end: q.value.end };
      carried.set(q, 1e4);
      note(state, 'unitCarried', q, 'relabel', `a bare number after a year's label is in 万: ${n * 1e4}`);
      continue;
    }
    if (
      n >= 10 &&
      /[十百][一二两三四五六七八九]?$/.test(state.text.slice(q.start, q.end)) &&
      BORROW_BEFORE.test(state.text.slice(Math.max(0, q.start - BORROW_REACH), q.start)) &&
      YEAR_SUM_END.test(state.text.slice(q.end)) &&
      sum === undefined
    ) {
      q.value = { kind: 'money', value: n * 1e4, currency: 'CNY', start: q.value.start, end: q.value.end };
      carried.set(q, 1e4);
      note(state, 'unitCarried', q, 'relabel', `a bare number wished to borrow is in 万: ${n * 1e4}`);
      continue;
    }
    if (sum === undefined || sum.value.kind !== 'money') continue;
    const unit = unitOf(state.text, sum) ?? carried.get(sum);
    if (unit === undefined) continue;
    const value = n * unit;
    if (value < sum.value.value / 10 || value > sum.value.value * 10) continue;
    const turned =
      (TURN.test(state.text.slice(sum.end, q.start)) && NOTHING_COUNTED.test(state.text.slice(q.end))) ||
      (NO_FIGURE_BETWEEN.test(state.text.slice(sum.end, q.start)) && NOW_TURN_AFTER.test(state.text.slice(q.end)));
    if (!turned) continue;
    q.value = { kind: 'money', value, currency: sum.value.currency, start: q.value.start, end: q.value.end };
    carried.set(q, unit);
    note(state, 'unitCarried', q, 'relabel', `a bare number after a sum in its unit is ${value}`);
  }
}
