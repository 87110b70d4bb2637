// A brand an impostor claims to speak for ("自称支付宝客服打电话给我", "a guy said he was from alipay
// customer service") is the scam's cover: the message asks about the fraud, not about that
// service, so a service named inside the claim is dropped.

import { EN_IMPOSTOR } from '../../lexicon/en/questions';
import { ZH_IMPOSTOR } from '../../lexicon/zh/questions';
import { drop, type State } from '../mention';

export function impostorCover(state: State): void {
  for (const re of [ZH_IMPOSTOR, EN_IMPOSTOR]) {
    for (const claim of state.text.matchAll(re)) {
      const start = claim.index;
      const end = start + claim[0].length;
      drop(
        state,
        'impostorCover',
        (m) => m.kind === 'service' && m.start >= start && m.end <= end,
        `the cover an impostor claims (${claim[0]})`,
      );
    }
  }
}
