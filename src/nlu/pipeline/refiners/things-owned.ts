// Machines the firm counts among what it has ("our bakery has 5 ovens", "工厂 有 30 台 machines", 机器十五台, 我们有六台冷藏车,
// "20 machinists, 50 sewing machines"): a fact about the firm, like its staff, not what money is
// for. An equipment purpose counted, with no word of getting it (buy, for, need, 买, 要, 新) in
// its clause before the count, is dropped; so is a machine said to stand idle ("the forklift is sitting
// idle", "our excavator is parked since the project stopped"): one the firm has, no getting in its clause.
// A machine said to be imported (咖啡机是从意大利进口的, 买了台进口的机器, "an imported german oven") came from
// abroad once: its 进口/import is no trade across the border, and the machine so described is one had.

import { GETTING_WORDS } from '../../lexicon/index';
import { clauseStart, PUNCTUATION } from '../clauses';
import { drop, isFlag, type Mention, type State } from '../mention';

/** A count right before the thing, perhaps with a measure word and two words qualifying it ("two imported japanese machines"; not a sum: "400k for a new oven"). */
const COUNTED =
  /(?:\d+|[一二两三四五六七八九十百几]+|\b(?:two|three|four|five|six|seven|eight|nine|ten))\s*(?:台|部|辆|套|个|条|座|架)?\s*(?:(?!(?:k|m|w|mil|million|grand|thousand|yuan|rmb|usd)\b)[a-z-]+\s+){0,2}$/;
/** A count right after the thing by its measure word (机器十五台, 缝纫机三十来台, "machines 二十台"): had, as counted before. */
const COUNTED_AFTER = /^\s*(?:有|是|一共|共|大概|差不多)?\s*(?:\d+|[一二两三四五六七八九十百几]+)\s*[多来余]?\s*(?:台|部|辆|套|架)/;
/** A count opening the purpose's own words (六台冷藏车: the count read inside the thing's mention). */
const COUNT_OPENS = /^(?:有\s*)?(?:\d+|[一二两三四五六七八九十百几]+)\s*[多来余]?\s*(?:台|部|辆|套|架)/;
/** The firm's having said right before (我们有, 自己有, 已经有, 都有; round 35, fix35c) or opening the words (有十台车): had, not wanted. */
const HAD_BEFORE = /(?:有|拥有|自有)\s*$/;
const HAD_OPENS = /^有/;
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
/** A machine right before its origin (咖啡机是从意大利, machine是德国, "the oven was imported from"). */
const MACHINE_BEFORE =
  /(?:机器?|器|设备|炉|柜|箱|\b(?:machines?|machinery|equipment|ovens?|excavators?|tractors?|roasters?)\b)\s*(?:[都也]?是|\b(?:is|are|was|were)\b)?\s*(?:从|\bfrom\b)?\s*[^，。,.;!?\s]{0,6}\s*$/;
/** A machine right after (进口的机器, 进口咖啡机, "imported german ovens"). */
const MACHINE_AFTER =
  /^\s*的?\s*[^\s，。,.;!?\d]{0,4}?(?:机器?|器|设备|炉|柜|箱)|^\s+(?:[a-z]+\s+)?(?:machines?|machinery|equipment|ovens?|excavators?|tractors?|roasters?)\b/;
/** Words of a trade in the clause before: 做进口机械的, 我们进口咖啡机来卖, "we import machines" are the trade. */
const TRADE_BEFORE = /做|卖|搞|代理|经销|批发|(?:我们|我|公司|主要|专门|都)\s*$|\b(?:sell\w*|trade|trading|deal\w*|we|i|they)\s*$/;
const FROM_AFTER = /^\s+from\s+[a-z]+(?:\s+[a-z]+)?/;
const IMPORT_WORD = /^(?:进口|import\w*)$/;

/** The things had said worn and to be replaced after them (有三台电动三轮太旧了 想换新的, "3 vans, all worn out, want to replace them"). */
const REPLACED_AFTER = /想换|要换|得换|换(?:台|个|辆|几台|几辆)?新|想买|要买|再买|\b(?:replace|replacing|new ones?|buy new)\b/;

function isSum(state: State, at: number): boolean {
  return state.mentions.some((q) => q.kind === 'quantity' && q.value.kind === 'money' && q.start <= at && at < q.end);
}

export function thingsOwned(state: State): void {
  const { text } = state;
  drop(
    state,
    'thingsOwned',
    (m) => {
      if (m.kind !== 'purpose' || m.value !== 'equipment-expansion') return false;
      const from = clauseStart(text, m.start, PUNCTUATION);
      const before = text.slice(from, m.start);
      const count = COUNTED.exec(before);
      // The purpose's own words may say the getting: "for a new oven".
      if (GETTING_WORDS.test(text.slice(m.start, m.end))) return false;
      // A sum is no count (the 000 of "borrow 300,000 to renovate", its clause cut at the thousands' comma).
      if (count !== null && isSum(state, from + count.index)) return false;
      if (count !== null && !GETTING_WORDS.test(before.slice(0, count.index))) return true;
      if (COUNTED_AFTER.test(text.slice(m.end)) && !GETTING_WORDS.test(before)) return true;
      // The count inside the thing's own words, the having right before it (我们有六台冷藏车 融资租赁跟银行贷款哪个划算).
      const own = text.slice(m.start, m.end);
      const had = HAD_BEFORE.test(before) || HAD_OPENS.test(own);
      if (COUNT_OPENS.test(own) && had && !GETTING_WORDS.test(before) && !REPLACED_AFTER.test(text.slice(m.end))) return true;
      return IDLE_AFTER.test(text.slice(m.end)) && !GETTING_WORDS.test(before);
    },
    'machines counted or idle: what the firm has, with no word of getting them',
  );
  importedMachine(state);
}

/**
 * Whether a 进口/import word tells where a machine came from: the stretch from the machine named before
 * it (烤箱是日本进口的: the country between is the machine's origin too), or the word alone when the
 * machine follows (进口的机器); null when it does not.
 */
function machineImported(text: string, m: Mention): { from: number; machineFirst: boolean } | null {
  if (!IMPORT_WORD.test(text.slice(m.start, m.end))) return null;
  const start = clauseStart(text, m.start, PUNCTUATION);
  const before = text.slice(start, m.start);
  if (TRADE_BEFORE.test(before)) return null;
  if (MACHINE_AFTER.test(text.slice(m.end))) return { from: m.start, machineFirst: false };
  const machine = MACHINE_BEFORE.exec(before);
  return machine === null ? null : { from: start + machine.index, machineFirst: true };
}

function importedMachine(state: State): void {
  const { text } = state;
  const stretches: { from: number; to: number; machineFirst: boolean }[] = [];
  for (const m of state.mentions) {
    if (!isFlag(m, 'cross-border') && !(m.kind === 'industry' && m.value === 'wholesale')) continue;
    const found = machineImported(text, m);
    if (found === null) continue;
    // "the oven was imported from japan": the country after is the machine's origin too.
    const from = found.machineFirst ? FROM_AFTER.exec(text.slice(m.end)) : null;
    stretches.push({ ...found, to: m.end + (from?.[0].length ?? 0) });
  }
  if (stretches.length === 0) return;
  drop(
    state,
    'thingsOwned',
    (m) =>
      (isFlag(m, 'cross-border') || (m.kind === 'industry' && m.value === 'wholesale')) &&
      stretches.some((s) => m.start >= s.from && m.end <= s.to),
    'a machine said to be imported: where it came from, no trade',
  );
  // "我们的machine是德国import的": the machine described is one the firm has.
  drop(
    state,
    'thingsOwned',
    (m) =>
      m.kind === 'purpose' &&
      m.value === 'equipment-expansion' &&
      stretches.some(
        (s) => s.machineFirst && clauseStart(text, s.to, PUNCTUATION) === clauseStart(text, m.start, PUNCTUATION) && m.end <= s.to,
      ) &&
      !GETTING_WORDS.test(text.slice(clauseStart(text, m.start, PUNCTUATION), m.end)),
    'a machine said to be imported, had',
  );
}
