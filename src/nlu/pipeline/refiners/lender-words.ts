// What a lender or an agent says ("一个贷款中介说能帮我贷50万", "客户经理讲可以贷五十万，三年",
// "the bank said they can lend us 300k", "a loan agent says he can get me 500k", "the bank offered us
// 200k") is their offer, not the owner's profile: the sums, terms,
// trades, purposes and wishes to borrow inside their words are dropped. An offer's own terms are
// read apart (offer.ts) and stay.

import { TOO_MUCH } from '../../lexicon';
import { dropInside, type Mention, OWED_ASKED, type State } from '../mention';

function isTheOwnersFact(m: Mention): boolean {
  return (
    m.kind === 'quantity' ||
    // The words asking for money in their offer ("he can get me 500k"): no amount after them.
    (m.kind === 'cue' && m.value === 'amount') ||
    m.kind === 'industry' ||
    // (Not money to place: a wealth product pitched to the owner says there is money to place; round 51.)
    (m.kind === 'purpose' && m.value !== 'wealth-management') ||
    m.kind === 'purpose-detail' ||
    m.kind === 'size' ||
    (m.kind === 'flag' && m.value === 'borrow-wish') ||
    // The receivables a factor offers to buy (保理公司说可以买断我们的应收账款, "a factoring company said they can buy
    // our invoices"): their pitch, not the owner saying a buyer owes.
    (m.kind === 'flag' && m.value === 'buyer-owes')
  );
}

/** Between a sum offered and the owner's word that it is too much: "800k which feels too high", "八十万 感觉太多了". */
const OFFERED_TO_JUDGED = /^\s*(?:which|that|but|,)?\s*$/;

/**
 * The sum offered that the owner then says is too much (银行说能批八十万 感觉太多了 借五十万就够了, "the bank
 * offered 800k which feels too high, can we do 500k"): kept, so the figures set it aside as the sum not wanted
 * and read the owner's own after it.
 */
function judgedTooMuch(state: State): Mention[] {
  const judged = state.mentions.filter(
    (m) => m.kind === 'mark' && m.value === 'not-enough' && TOO_MUCH.test(state.text.slice(m.start, m.end)),
  );
  return state.mentions.filter(
    (q) => q.kind === 'quantity' && judged.some((m) => m.start >= q.end && OFFERED_TO_JUDGED.test(state.text.slice(q.end, m.start))),
  );
}

export function lenderWords(state: State): void {
  const kept = judgedTooMuch(state);
  dropInside(state, 'lenderWords', 'lender', (m) => isTheOwnersFact(m) && !kept.includes(m), "a lender's or agent's words");
}

/**
 * Before `directQuestion`: the money owed to the firm that a factor or a lender offers to take (做保理的经理讲
 * 超市欠的货款他们都能收, "a factoring company offered to take over what our buyers owe us") is their pitch, no
 * receivables question of the owner's.
 */
export function lenderPitch(state: State): void {
  dropInside(
    state,
    'lenderPitch',
    'lender',
    (m) => m.kind === 'question' && OWED_ASKED.has(String(m.value)),
    "a lender's or a factor's pitch",
  );
}
