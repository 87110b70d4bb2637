// A count with nothing counted after a request for money is a sum in 万: owners say "五十个" for
// 50万 ("想搞点钱进货 五十个左右 半年", "need cash for stock, 二十个 够了"). Only a bare count of 个
// (no staff, people or goods named in the message), after a money cue or a wish to borrow, or a 要 after the need it is for.

import { preceding } from '../../numbers';
import { note, ofKind, type State } from '../mention';

/** A count said with 个 and nothing after it ("五十个", "二十个左右"). */
const BARE_GE = /个\s*$/;
/** Words that make 个 count people or things: staff, heads, goods (进了五十个货柜 is no sum). */
const COUNTED = /人|员工|工人|伙计|staff|people|workers?|employees?/;
/** A request for money names it, in its words or right after (搞点钱, 借, 贷款, need cash): a bare 要 (忙的时候要二十个) asks for people as well. */
const MONEY_WORD = /钱|借|贷|融|资金|cash|money|loan|borrow|fund/;
/**
 * A noun of takings right before the count (一年流水七八百个, 营业额两百个左右): the sum of takings in 万, whoever is
 * named elsewhere; not a verb of selling (一年卖七八百个 counts goods).
 */
const TAKINGS_NOUN = /^(?:流水|营业额|营收|销售额|收入|产值|生意额|营业收入|销售收入)$/;
/** Fillers, and the takings' period (营业额一年三百个左右), between the noun and the count. */
const TAKINGS_GAP = /^(?:大概|大约|约|差不多|有|能有|也就|才|就|都|能|么|嘛|[一每]年|[一每]个?月|\s)*$/;
/** Things had, not money asked: 店里有十五个. */
const HAD_BEFORE = /有\s*$/;

/** A bare count of 个 said as takings (一年流水七八百个): the sum in 万. */
function takingsInWan(state: State): void {
  const nouns = ofKind(state, 'cue').filter((m) => m.value === 'revenue' && TAKINGS_NOUN.test(state.text.slice(m.start, m.end)));
  if (nouns.length === 0) return;
  for (const q of ofKind(state, 'quantity')) {
    const n = q.value.value;
    if (q.value.kind !== 'number' || !Number.isInteger(n) || n < 1 || n > 9999) continue;
    if (!BARE_GE.test(state.text.slice(q.start, q.end))) continue;
    if (!nouns.some((c) => c.end <= q.start && TAKINGS_GAP.test(state.text.slice(c.end, q.start)))) continue;
    q.value = { kind: 'money', value: n * 10000, currency: 'CNY', start: q.value.start, end: q.value.end };
    note(state, 'countedInWan', q, 'relabel', `a bare count said as takings is ${n}万`);
  }
}

export function countedInWan(state: State): void {
  takingsInWan(state);
  // A need named before a bare 要 (进货 要八十个, 换设备要三十个左右) says the 要 is for money (round 36).
  const needs = ofKind(state, 'purpose');
  const asked = [...ofKind(state, 'cue'), ...ofKind(state, 'flag')].filter(
    (m) =>
      (m.value === 'amount' || m.value === 'borrow-wish') &&
      (MONEY_WORD.test(state.text.slice(m.start, m.end + 6)) || needs.some((p) => p.end <= m.start)),
  );
  if (asked.length === 0 || COUNTED.test(state.text) || ofKind(state, 'role').length > 0) return;
  for (const q of ofKind(state, 'quantity')) {
    const n = q.value.value;
    if (q.value.kind !== 'number' || !Number.isInteger(n) || n < 1 || n > 999) continue;
    if (!BARE_GE.test(state.text.slice(q.start, q.end)) || !asked.some((a) => a.end <= q.start)) continue;
    if (HAD_BEFORE.test(preceding(state.text, q.start, 3))) continue;
    q.value = { kind: 'money', value: n * 10000, currency: 'CNY', start: q.value.start, end: q.value.end };
    note(state, 'countedInWan', q, 'relabel', `a bare count after a request for money is ${n}万`);
  }
}
