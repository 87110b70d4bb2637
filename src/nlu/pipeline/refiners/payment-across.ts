// Whether a payment service can carry money across the border ("可以用支付宝付给越南吗", "can our
// lao buyers pay us by wechat pay?") asks how to pay or get paid across the border, not whether
// the service fits the firm's loan: the answer is that trade money across the border goes through the
// banks' cross-border settlement or a licensed payment institution (current-finance.md), the
// `wallet-across-border` question. Runs before directQuestion, which drops
// the cross-border mention the decision needs.

import { note, ofKind, type State } from '../mention';

export function paymentAcross(state: State): void {
  const fits = ofKind(state, 'question').find((q) => q.value === 'does-it-fit');
  if (fits === undefined) return;
  if (!ofKind(state, 'service').some((s) => s.value === 'third-party-payment')) return;
  if (!ofKind(state, 'flag').some((f) => f.value === 'cross-border')) return;
  fits.value = 'wallet-across-border';
  fits.rule = `${fits.rule} across the border`;
  note(state, 'paymentAcross', fits, 'relabel', 'a payment service asked about for money across the border');
}
