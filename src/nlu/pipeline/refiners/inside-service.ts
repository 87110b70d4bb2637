// A service's name is one thing: the words inside it ("支付" in 微信支付, "借" in 借呗, "租赁" in
// 融资租赁, the "2" in p2p) say nothing else, so every other mention touching it is dropped. A
// scope is dropped only when its own words are in the name: one that merely runs across a
// service ("我姐开饭店的 她说借呗好用") still holds, and so does a question or an offer about the
// service ("P2P的钱还要还吗", "is equity crowdfunding allowed?"), and a question about its meaning ("什么是众筹"),
// and a lender named by its service (保理公司说可以买断我们的应收账款: the factor's words).

import { drop, ofKind, overlaps, type Mention, type State } from '../mention';

function inName(m: Mention, name: Mention): boolean {
  if (m.kind === 'service' || m.kind === 'question' || m.kind === 'offer' || m.kind === 'term') return false;
  // A lender named by the service it offers (保理公司说…, 网贷平台讲…, "a factoring company said"): the words are theirs all the same.
  if (m.kind === 'scope') return m.value !== 'lender' && m.start >= name.start && m.start < name.end;
  // A purpose or a firm planned (a purpose's detail, round 40, convention 369) reaching past the name keeps its words:
  const aUse = m.kind === 'purpose' || m.kind === 'purpose-detail';
  // ...running on past it ("lease a truck": the thing got keeps its purpose, round 21; "crowdfund to open a cafe": a start-up);
  if (aUse && m.start >= name.start && m.end > name.end) return false;
  // ...or wrapping it, a debt paid off (round 27: "pay off a high interest online loan", 把网贷还清: the new money's use, the service
  // only the debt's kind) or a plan ("want to crowdfund 200k to open a bakery").
  if (aUse && m.start < name.start && m.end >= name.end) return false;
  return overlaps(name, m);
}

export function insideService(state: State): void {
  const names = ofKind(state, 'service');
  if (names.length === 0) return;
  drop(state, 'insideService', (m) => names.some((s) => inName(m, s)), 'inside the name of a service');
}
