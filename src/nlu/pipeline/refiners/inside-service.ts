// A service's name is one thing: the words inside it ("支付" in 微信支付, "借" in 借呗, "租赁" in
// 融资租赁, the "2" in p2p) say nothing else, so every other mention inside it is dropped.

import { drop, ofKind, overlaps, type State } from '../mention';

export function insideService(state: State): void {
  const names = ofKind(state, 'service');
  if (names.length === 0) return;
  drop(state, 'insideService', (m) => m.kind !== 'service' && names.some((s) => overlaps(s, m)), 'inside the name of a service');
}
