// Two uses of the money told, one said to take most of it (主要是周转 一部分买辆车, 大部分进货 剩下的买台冰柜, "mostly working
// capital, some for a new van"): the main one is the purpose, whatever the ranks of the word lists would pick (round 40, corpus
// convention 370). Runs after the purposes are narrowed (refinedPurpose), so a narrowed use said main stands too.

import { MAIN_SHARE } from '../../lexicon/index';
import { drop, type Mention, ofKind, type State } from '../mention';

/** How far before a use its main word may stand (主要是用来 周转). */
const MAIN_WORD_REACH = 16;

function saidMain(text: string, m: Mention): boolean {
  return MAIN_SHARE.test(text.slice(Math.max(0, m.start - MAIN_WORD_REACH), m.start));
}

export function mainPurpose(state: State): void {
  const purposes = ofKind(state, 'purpose');
  if (new Set(purposes.map((p) => p.value)).size < 2) return;
  const main = [...new Set(purposes.filter((p) => saidMain(state.text, p)).map((p) => p.value))];
  if (main.length !== 1) return;
  drop(state, 'mainPurpose', (m) => m.kind === 'purpose' && m.value !== main[0], `the main use is said (${main[0]})`);
}
