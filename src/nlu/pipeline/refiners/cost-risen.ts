// A cost said risen, told as a circumstance (房租涨了三千, 今年工资也涨了, 原材料涨价了, "rent went up 20%"; round 34, corpus
// convention 175): the cost's word inside it names no use of the money. The money said FOR the cost outside it (想借点钱付房租,
// "need 60k to pay the rent") keeps its purpose.

import { dropInside, type State } from '../mention';

export function costRisen(state: State): void {
  dropInside(
    state,
    'costRisen',
    'cost-risen',
    (m) => m.kind === 'purpose' || m.kind === 'purpose-detail',
    'a cost said risen is a circumstance, no use of the money',
  );
}
