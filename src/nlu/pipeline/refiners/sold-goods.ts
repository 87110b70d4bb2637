// Goods the firm sells are no purpose of its own: "we sell tractors to farmers" asks for no
// equipment, "我们卖收银机给超市" for no way to collect payments. A machine, a vehicle or a till named
// right after a verb of selling is what is sold (not what is sold off: 卖掉旧设备, sell the old truck).
// A food made (鲜花饼, flower cakes: manufacturing named alone) named there is sold, not made: the
// selling trade reads it ("we sell flower cakes online" is an online shop).

import { dropInside, type Mention, type State } from '../mention';

function isBoughtForUse(m: Mention): boolean {
  return m.kind === 'purpose' && (m.value === 'equipment-expansion' || m.value === 'payment-collection');
}

/** A food made, named alone (industries.ts, priority 19): manufacturing, unless it is what is sold. */
const FOOD_MADE_PRIORITY = 19;

function isFoodMade(m: Mention): boolean {
  return m.kind === 'industry' && m.value === 'industry' && m.priority === FOOD_MADE_PRIORITY;
}

/** A processed product named (industries.ts, priority 24: "dried mushrooms"): manufacturing, unless the firm sells it at home. */
const PROCESSED_PRIORITY = 24;

function isProcessed(m: Mention): boolean {
  return m.kind === 'industry' && m.value === 'industry' && m.priority === PROCESSED_PRIORITY;
}

export function soldGoods(state: State): void {
  dropInside(state, 'soldGoods', 'sold-goods', isBoughtForUse, 'goods the firm sells');
  dropInside(state, 'soldGoods', 'sold-goods', isFoodMade, 'a food the firm sells, not one it makes');
  // "we sell dried mushrooms and flowers online on taobao" is a shop, as 在网上卖干菌子 reads (round 63, found by a tester); sold
  // abroad, the processed goods still name the maker ("selling dried mushrooms to malaysia online", corpus convention).
  if (!state.mentions.some((m) => m.kind === 'flag' && m.value === 'cross-border')) {
    dropInside(state, 'soldGoods', 'sold-goods', isProcessed, 'a processed product the firm sells at home, not one it makes');
  }
}
