// Money named as the firm's suppliers' (供应商的货款拖了两个月, 我们给供应商的货款经常拖, "our supplier's invoice is 2 months overdue";
// round 39): what the firm owes, never a buyer's debt to it, so a buyer-owes flag or a receivables question read from those words
// (货款拖了, 货款还没付, "invoice is overdue") is dropped; with no wish to borrow in the message the words name no need either (a debt
// told, as 欠了供货的老板二十几万货款 reads: no purpose), while 想借三十万付供应商的货款 keeps its working capital. One refiner over two
// word lists (`suppliersMoney`, `suppliersDebt` in lexicon/*/markets.ts).

import { SUPPLIERS_DEBT, SUPPLIERS_MONEY } from '../../lexicon';
import { allMatches } from '../match';
import { drop, OWED_ASKED, type State } from '../mention';

export function ownPayable(state: State): void {
  // A wish to borrow or a sum wanted anywhere (想借, need a 250k loan): the debt is what the money is for.
  const wish = state.mentions.some((m) => (m.kind === 'flag' && m.value === 'borrow-wish') || (m.kind === 'cue' && m.value === 'amount'));
  for (const { start, end } of allMatches(SUPPLIERS_MONEY, state.text)) {
    drop(
      state,
      'ownPayable',
      (m) =>
        ((m.kind === 'flag' && m.value === 'buyer-owes') || (m.kind === 'question' && OWED_ASKED.has(String(m.value)))) &&
        m.start >= start &&
        m.start < end,
      'the money is the firm’s suppliers’: its own to pay, no buyer’s debt',
    );
  }
  if (wish) return;
  // A debt told (欠了供应商的货款), not a payment to make (要付供应商的货款 差二十万: working capital).
  for (const { start, end } of allMatches(SUPPLIERS_DEBT, state.text)) {
    drop(state, 'ownPayable', (m) => m.kind === 'purpose' && m.start < end && m.end > start, 'a debt to the suppliers told: no need named');
  }
}
