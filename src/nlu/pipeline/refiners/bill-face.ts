// A bill of exchange's own figures are no figure of the profile (round 37, fix37f, corpus convention 317): in "手上有张五十万的商票
// 六个月到期 贴现要扣好多" the 五十万 is the bill's face value and 六个月 its maturity; "the developer paid us with a 500k commercial
// acceptance bill due in 6 months" likewise. A sum or a while said elsewhere (想贷五十万 贷一年) stays the owner's.

import { BILL_AFTER_SUM_EN, MATURES_BEFORE_WHILE_EN, PAID_WITH_BILL_EN, WHILE_OF_BILL_EN } from '../../lexicon/en/bills';
import { BILL_AFTER_SUM, MATURES_AFTER_WHILE, PAID_WITH_BILL, WHILE_OF_BILL } from '../../lexicon/zh/bills';
import { drop, type State } from '../mention';

const SUM_OF_BILL = new RegExp(`${BILL_AFTER_SUM}|${BILL_AFTER_SUM_EN}`, 'i');
const WHILE_AFTER = new RegExp(`${MATURES_AFTER_WHILE}|${WHILE_OF_BILL}|${WHILE_OF_BILL_EN}`, 'i');
const WHILE_BEFORE = new RegExp(MATURES_BEFORE_WHILE_EN, 'i');
const PAID_WITH = new RegExp(`${PAID_WITH_BILL}|${PAID_WITH_BILL_EN}`, 'gi');

type Figure = { kind: string; value: unknown; start: number; end: number };
const quantityOf = (m: Figure, kind: string): boolean => m.kind === 'quantity' && (m.value as { kind?: string }).kind === kind;

export function billFace(state: State): void {
  const after = (m: Figure) => state.text.slice(m.end);
  const before = (m: Figure) => state.text.slice(0, m.start);
  drop(state, 'billFace', (m) => quantityOf(m, 'money') && SUM_OF_BILL.test(after(m)), "the bill's face value, no figure");
  drop(
    state,
    'billFace',
    (m) => quantityOf(m, 'duration') && (WHILE_AFTER.test(after(m)) || WHILE_BEFORE.test(before(m))),
    "the bill's maturity, no term",
  );
  // The buyer's payment the bill stands for (拿承兑汇票付的货款): no purpose read from it.
  const paid = [...state.text.matchAll(PAID_WITH)].map((p) => ({ start: p.index ?? 0, end: (p.index ?? 0) + p[0].length }));
  if (paid.length === 0) return;
  drop(
    state,
    'billFace',
    (m) => m.kind === 'purpose' && paid.some((p) => m.start >= p.start && m.end <= p.end),
    'the payment a bill stands for, no purpose',
  );
}
