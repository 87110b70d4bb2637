// A direct question or a loan offer is the whole of what a message says: "有人说先交8000块手续费就能
// 放款50万" asks whether that is a fraud, it does not make the amount 50万; "借10万，每月还9000"
// states an offer to cost, not the firm's need. Every mention that would set a profile field is
// dropped (the service named, the command and a wish to borrow stay); a question also outranks
// an offer it mentions. "Does it fit us?" is a question only about a service the message names;
// a question about a word's meaning (a term) stands only when nothing else is asked, or when it is
// asked of a requirement just stated ("they want a guarantor, what does that mean"): then it wins.

import { drop, ofKind, type Mention, type State } from '../mention';

/** Mentions that only ever feed the profile. */
const PROFILE_KINDS: ReadonlySet<Mention['kind']> = new Set([
  'quantity',
  'cue',
  'industry',
  'purpose',
  'purpose-detail',
  'size',
  'role',
  'scope',
]);

function isProfile(m: Mention): boolean {
  return PROFILE_KINDS.has(m.kind) || (m.kind === 'flag' && m.value !== 'borrow-wish');
}

export function directQuestion(state: State): void {
  // The meaning asked of a requirement just stated ("they want a guarantor, what does that mean"): no question of its own.
  const pointed = ofKind(state, 'term').find((t) => t.pointed === true);
  if (pointed !== undefined) {
    drop(state, 'directQuestion', (m) => m.kind === 'question' && m.start >= pointed.start && m.end <= pointed.end, 'its meaning is asked');
  }
  if (ofKind(state, 'service').length === 0) {
    drop(state, 'directQuestion', (m) => m.kind === 'question' && m.value === 'does-it-fit', 'whether it fits asks about no named service');
  }
  const question = ofKind(state, 'question')[0];
  if (question !== undefined) drop(state, 'directQuestion', (m) => m.kind === 'offer', `a question outranks an offer (${question.rule})`);
  const asked = question ?? ofKind(state, 'offer')[0];
  if (asked === undefined) return;
  drop(
    state,
    'directQuestion',
    (m) => m.kind === 'term',
    `${asked.kind === 'question' ? 'a direct question' : 'an offer'} outranks a word's meaning`,
  );
  drop(state, 'directQuestion', isProfile, `${asked.kind === 'question' ? 'a direct question' : 'an offer'} sets no profile field`);
}
