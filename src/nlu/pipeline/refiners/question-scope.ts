// Questions never change the profile: a message that asks what a word means or whether a thing
// is allowed ("租赁是哪样意思", "什么是众筹", "is leasing legal?") says nothing about the firm, so
// the profile's mentions inside the question's scope are dropped. The service asked about stays
// (the dialog answers "什么是众筹" as `details` of crowdfunding). Asked whether a kind of firm may
// borrow or what it counts as ("个体户能贷款吗", "can a guesthouse apply?"), the trade and the size
// class asked about are dropped; a sum in the same question ("借30万能贷吗") still stands.

import { dropInside, type Mention, type State } from '../mention';

const PROFILE_KINDS: ReadonlySet<Mention['kind']> = new Set(['industry', 'purpose', 'size', 'quantity', 'cue']);

function isProfile(m: Mention): boolean {
  return PROFILE_KINDS.has(m.kind) || (m.kind === 'flag' && (m.value === 'cross-border' || m.value === 'online-sales'));
}

/** What a question whether a kind of firm may borrow names: the trade, the size class, its markets asked about. */
function isFirmKind(m: Mention): boolean {
  return m.kind === 'industry' || m.kind === 'size' || (m.kind === 'flag' && (m.value === 'cross-border' || m.value === 'online-sales'));
}

/** What might be, asked: the firm's facts (its trade, size, markets, people) are none of the firm's; the loan's sum and term stand. */
function isFirmFact(m: Mention): boolean {
  return isFirmKind(m) || (m.kind === 'quantity' && m.value.kind === 'people');
}

export function questionScope(state: State): void {
  dropInside(state, 'questionScope', 'what-if', isFirmFact, 'what might be, asked: no fact of the firm');
  dropInside(state, 'questionScope', 'question', isProfile, 'the topic of a question, not a fact about the firm');
  dropInside(state, 'questionScope', 'eligibility', isFirmKind, 'a kind of firm asked about, not the firm');
}
