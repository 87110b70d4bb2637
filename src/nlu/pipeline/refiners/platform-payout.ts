// A platform's settlement cycle told (抖音结算要七天, 淘宝回款慢, 在 shopee 上卖 … 回款慢得很, "tiktok pays us out after 2 weeks"): the
// shop's takings wait in the platform until it settles, which is no buyer owing the firm (round 31, convention 77). Read as
// buyerOwes, the advice gave an online shop supply-chain finance "a buyer owes you money" and the receivables registry, neither
// of which lends on a platform's settlement. The buyer-owes flag, and a receivables question read from the same words, are
// dropped when a platform stands in the flag's sentence near it and no buyer is named between (超市那边回款慢 stays owed); a receivables
// question read from the platform's money held (主要是回款慢 平台压款, 平台还压着两个礼拜的货款 … 咋个办) asks its early payout instead.

import { BUYERS_NAMED, PLATFORM_PAYERS } from '../../lexicon';
import { clauseEnd, clauseStart, DEBT_SENTENCE } from '../clauses';
import { drop, type Mention, note, ofKind, OWED_ASKED, type State } from '../mention';

/** How far before the flag the platform may stand (在 shopee 上卖 卖到泰国 马来西亚 然后回款慢得很), and after it (回款慢 平台压着). */
const REACH_BEFORE = 48;
const REACH_AFTER = 16;

/** Whether a platform stands near the flag in its sentence with no buyer named between them or in the flag's own words. */
function paidByPlatform(text: string, flag: Mention): boolean {
  if (BUYERS_NAMED.test(text.slice(flag.start, flag.end))) return false;
  // A dot inside a platform's name (trip.com, booking.com; round 33, fix33c) ends no sentence: read as a letter, the same length.
  const named = text.replace(/(?<=[a-z])\.(?=[a-z])/gi, '_');
  const from = Math.max(clauseStart(named, flag.start, DEBT_SENTENCE), flag.start - REACH_BEFORE);
  const to = Math.min(clauseEnd(named, flag.end, DEBT_SENTENCE), flag.end + REACH_AFTER);
  for (const m of text.slice(from, to).matchAll(PLATFORM_PAYERS)) {
    const start = from + (m.index ?? 0);
    const end = start + m[0].length;
    const between = end <= flag.start ? text.slice(end, flag.start) : start >= flag.end ? text.slice(flag.end, start) : '';
    if (!BUYERS_NAMED.test(between)) return true;
    if (start >= flag.end) break;
  }
  return false;
}

/** Money told held: the buyer-owes flag, or a receivables question read from a plea over money held (平台还压着两个礼拜的货款 … 咋个办). */
function heldMoney(m: Mention): boolean {
  return (m.kind === 'flag' && m.value === 'buyer-owes') || (m.kind === 'question' && OWED_ASKED.has(String(m.value)));
}

export function platformPayout(state: State): void {
  for (const held of state.mentions.filter(heldMoney)) {
    if (!paidByPlatform(state.text, held)) continue;
    // What to do about the platform's money held, asked (主要是回款慢 平台压款, 手头莫得钱进货了 咋个办): its early payout.
    const asked = held.kind === 'question' && !ofKind(state, 'question').some((q) => q.value === 'platform-early-payout');
    if (asked) {
      held.value = 'platform-early-payout';
      note(state, 'platformPayout', held, 'relabel', 'the platform’s takings held, asked about: its early payout');
      continue;
    }
    drop(state, 'platformPayout', (m) => m === held, 'a platform’s settlement cycle, no buyer owing');
  }
}
