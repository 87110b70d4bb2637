// A thing the firm has, offered as the loan's pledge (三年 我们厂房跟设备都可以抵押, 我们有个仓库可以抵押, "we have a warehouse we can
// pledge", "our trucks as collateral"; round 43): what the loan would stand on, told as a fact. It names no purpose (设备 is not bought)
// and no trade (仓库 is not the warehousing trade), unless a word of getting stands before it in its clause (想买台挖机 挖机可以抵押: the
// first is wanted). Asked ("厂房能不能抵押"), the question drops them anyway; this is the pledge stated.

import { GETTING_WORDS, PLEDGED_AFTER, PLEDGED_BEFORE } from '../../lexicon/index';
import { clauseStart, SPOKEN_CLAUSES } from '../clauses';
import { drop, type Mention, type State } from '../mention';

function pledged(state: State, m: Mention): boolean {
  if (m.kind !== 'purpose' && m.kind !== 'industry') return false;
  if (!PLEDGED_AFTER.test(state.text.slice(m.end))) return false;
  const before = state.text.slice(clauseStart(state.text, m.start, SPOKEN_CLAUSES), m.start);
  // Taken to be pledged (想用厂房抵押贷两百万): the wish is the loan's, the thing is had.
  return PLEDGED_BEFORE.test(before) || !GETTING_WORDS.test(before);
}

export function thingsPledged(state: State): void {
  drop(state, 'thingsPledged', (m) => pledged(state, m), 'a thing the firm has, pledged: no purpose, no trade');
}
