// A platform named as where an offer or a claim was seen or heard ("抖音上说不要资料五分钟放款", "a guy
// on douyin says i can get 50w, real?") is the source of what the owner asks about, not a place the
// firm sells: the online-sales mention is dropped, unless the message says the firm sells
// ("我们在抖音卖茶, 抖音上有人说…" keeps it). Without this, asking whether an ad is a fraud set the
// firm's online sales, and the advice changed because of a question.

import { HEARD_ON_AFTER, HEARD_ON_BEFORE, OWN_SELLING } from '../../lexicon/index';
import { drop, isFlag, type Mention, type State } from '../mention';

/** How far on either side a word of hearing is looked for. */
const REACH = 24;

function isSource(text: string, m: Mention): boolean {
  return HEARD_ON_AFTER.test(text.slice(m.end, m.end + REACH)) || HEARD_ON_BEFORE.test(text.slice(Math.max(0, m.start - REACH), m.start));
}

export function platformAsSource(state: State): void {
  if (OWN_SELLING.test(state.text)) return;
  drop(
    state,
    'platformAsSource',
    (m) => isFlag(m, 'online-sales') && isSource(state.text, m),
    'the platform where a claim was seen or heard, not where the firm sells',
  );
}
