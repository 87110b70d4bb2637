// Goods the firm sells are no purpose of its own: "we sell tractors to farmers" asks for no
// equipment, "我们卖收银机给超市" for no way to collect payments. A machine, a vehicle or a till named
// right after a verb of selling is what is sold (not what is sold off: 卖掉旧设备, sell the old truck).

import { dropInside, type Mention, type State } from '../mention';

function isBoughtForUse(m: Mention): boolean {
  return m.kind === 'purpose' && (m.value === 'equipment-expansion' || m.value === 'payment-collection');
}

export function soldGoods(state: State): void {
  dropInside(state, 'soldGoods', 'sold-goods', isBoughtForUse, 'goods the firm sells');
}
