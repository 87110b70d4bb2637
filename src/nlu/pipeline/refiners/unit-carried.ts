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
/** Between the sum and the bare number: a turn to now or a correction, in a few words. */
const TURN =
  /^[^\d]{0,24}?(?:今年|现在|这两年|目前|不对|不是|哦不|嗯不|改成|应该是|其实是|\bthis (?:year|yr)\b|\bnow\b|\bno\b|\bnope\b|\bactually\b|\bi mean\b|\bmake (?:that|it)\b|\bor rather\b|(?<![\u4e00-\u9fff])不(?![\u4e00-\u9fff]))[^\d]{0,12}$/i;
/** After the bare number: its end, a hedge or a softener, nothing counted. */
const NOTHING_COUNTED = /^\s*(?:左右|上下|多|来|吧|ish|or so|odd|the most)?\s*(?:$|[，。,.!?；;！？]|\s+(?![a-z\u4e00-\u9fff]))/i;

function unitOf(text: string, sum: Mention): number | undefined {
  const words = text.slice(sum.start, sum.end);
  return UNITS.find(([ending]) => ending.test(words))?.[1];
}

export function unitCarried(state: State): void {
  const quantities = ofKind(state, 'quantity');
  for (const [i, q] of quantities.entries()) {
    const n = q.value.value;
    if (q.value.kind !== 'number' || !(n > 0) || n >= 1000) continue;
    const sum = quantities.slice(0, i).findLast((m) => m.value.kind === 'money');
    if (sum === undefined || sum.value.kind !== 'money') continue;
    const unit = unitOf(state.text, sum);
    if (unit === undefined) continue;
    const value = n * unit;
    if (value < sum.value.value / 10 || value > sum.value.value * 10) continue;
    if (!TURN.test(state.text.slice(sum.end, q.start)) || !NOTHING_COUNTED.test(state.text.slice(q.end))) continue;
    q.value = { kind: 'money', value, currency: sum.value.currency, start: q.value.start, end: q.value.end };
    note(state, 'unitCarried', q, 'relabel', `a bare number after a sum in its unit is ${value}`);
  }
}
