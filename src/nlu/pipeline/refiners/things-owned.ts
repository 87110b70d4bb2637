// Machines the firm counts among what it has ("our bakery has 5 ovens", "工厂 有 30 台 machines",
// "20 machinists, 50 sewing machines"): a fact about the firm, like its staff, not what money is
// for. An equipment purpose counted, with no word of getting it (buy, for, need, 买, 要, 新) in
// its clause before the count, is dropped; so is a machine said to stand idle ("the forklift is sitting
// idle", "our excavator is parked since the project stopped"): one the firm has, no getting in its clause.

import { GETTING_WORDS } from '../../lexicon/index';
import { drop, type State } from '../mention';

/** A count right before the thing, perhaps with a measure word and one word qualifying it (not a sum: "400k for a new oven"). */
const COUNTED =
  /(?:\d+|[一二两三四五六七八九十百几]+|\b(?:two|three|four|five|six|seven|eight|nine|ten))\s*(?:台|部|辆|套|个)?\s*(?:(?!(?:k|m|w|mil|million|grand|thousand|yuan|rmb|usd)\b)[a-z-]+\s+)?$/;
/** Verbs and adverbs that may stand before the state: "is", "has been", "just", "mostly". */
const STATE_FILLERS_EN = [
  ...['is', 'are', 'was', 'were', 'has been', 'have been', 'been'],
  ...['just', 'still', 'all', 'mostly', 'now', 'often', 'always', 'usually', 'only'],
];
/** States of a machine not used: "sitting", "stands", "parked", "not being used". */
const UNUSED_STATES_EN = [
  ...['sitting', 'sits', 'sit', 'standing', 'stands', 'stand', 'lying', 'lies', 'lie'],
  ...['idle', 'idling', 'parked', 'unused', 'doing nothing', 'not (?:being )?used'],
];
/** The same adverbs in Chinese: 现在, 一直, 基本. */
const STATE_FILLERS_ZH = ['现在', '一直', '都', '还', '就', '也', '基本', '经常'];
/** The same states in Chinese: 闲置, 放着, 趴窝. */
const UNUSED_STATES_ZH = ['闲置', '闲着', '放着', '停着', '趴窝', '搁着'];
/** A state of a machine had and not used, right after it: "is sitting idle", "just sit there", "are parked", "lying unused". */
const IDLE_AFTER = new RegExp(
  String.raw`^\s*(?:(?:${STATE_FILLERS_EN.join('|')})\s+)*(?:${UNUSED_STATES_EN.join('|')})\b` +
    String.raw`|^\s*(?:(?:${STATE_FILLERS_ZH.join('|')})\s*)*(?:${UNUSED_STATES_ZH.join('|')})`,
);
const CLAUSE_BREAK = /[,，。.;；!?！？\n](?!\d)/g;

function clauseStart(text: string, at: number): number {
  let start = 0;
  for (const m of text.slice(0, at).matchAll(CLAUSE_BREAK)) start = (m.index ?? 0) + 1;
  return start;
}

export function thingsOwned(state: State): void {
  const { text } = state;
  drop(
    state,
    'thingsOwned',
    (m) => {
      if (m.kind !== 'purpose' || m.value !== 'equipment-expansion') return false;
      const before = text.slice(clauseStart(text, m.start), m.start);
      const count = COUNTED.exec(before);
      // The purpose's own words may say the getting: "for a new oven".
      if (GETTING_WORDS.test(text.slice(m.start, m.end))) return false;
      if (count !== null && !GETTING_WORDS.test(before.slice(0, count.index))) return true;
      return IDLE_AFTER.test(text.slice(m.end)) && !GETTING_WORDS.test(before);
    },
    'machines counted or idle: what the firm has, with no word of getting them',
  );
}
