// Things the firm has, joined and said worth a sum in a clause of their own, beside a wish told in another (我们厂房加设备值六百来万
// 想贷两百万; round 43): the sum is the firm's total assets and the things named are their parts, no purpose and no trade of their own.
// The message that says nothing else is read so after assembly (pipeline/assets-parts.ts); this is the same reading for one clause of a
// longer message, so its worth word (值, 加起来, worth) is the sum's cue for assets.

import { ASSET_WORDS, OWNED_WORTH, WEAK_INDUSTRY_PRIORITY } from '../../lexicon/index';
import { NOT_WORTH, thingsHad, WANTED } from '../assets-parts';
import { clauseEnd, clauseStart, SPOKEN_CLAUSES } from '../clauses';
import { drop, type Mention, ofKind, type State } from '../mention';

/** The worth word first in its clause: 值, 价值, worth. */
const WORTH_OPENS = /^\s*(?:大概|差不多|估计)?\s*(?:值|价值|\bworth\b)/;
/**
 * Two things or more joined inside one clause (厂房加设备, "the warehouse and the trucks"). Not assets-parts.ts's JOINED, which counts a
 * comma: here a comma ends the clause, so one before the worth word (有个冷库，值…) joins nothing.
 */
const JOINED = /加|和|跟|\b(?:and|plus)\b|、/;

/** The clause (as owners type clauses) holding the sum, when it says things had and their worth and nothing wanted. */
function worthClause(state: State, sum: Mention): { start: number; end: number } | undefined {
  const own = clauseStart(state.text, sum.start, SPOKEN_CLAUSES);
  // The worth word opening the clause (有个冷库 值两百来万): the things are the clause's before.
  const start = WORTH_OPENS.test(state.text.slice(own)) && own > 1 ? clauseStart(state.text, own - 2, SPOKEN_CLAUSES) : own;
  const end = clauseEnd(state.text, sum.start, SPOKEN_CLAUSES);
  const said = state.text.slice(start, end);
  if (!OWNED_WORTH.test(said) || !ASSET_WORDS.test(said) || WANTED.test(said) || NOT_WORTH.test(said)) return undefined;
  return JOINED.test(said) || thingsHad(said).length > 0 ? { start, end } : undefined;
}

/** A trade read from the assets: weak (铺面, 门面), or inside the words of a thing said had (有个冷库 值: no warehousing; convention 54). */
function tradeOfTheAssets(state: State, clause: { start: number; end: number }, m: Mention): boolean {
  if (m.kind !== 'industry') return false;
  if (m.priority <= WEAK_INDUSTRY_PRIORITY) return true;
  const had = thingsHad(state.text.slice(clause.start, clause.end));
  return had.some((h) => clause.start + h.start <= m.start && m.end <= clause.start + h.end);
}

export function assetsWorth(state: State): void {
  // Only beside a wish or another figure told elsewhere: alone, the message is read whole (assets-parts.ts).
  const sums = ofKind(state, 'quantity').filter((q) => q.value.kind === 'money');
  if (sums.length < 2) return;
  for (const sum of sums) {
    const clause = worthClause(state, sum);
    if (clause === undefined) continue;
    const inside = (m: Mention) => m.start >= clause.start && m.end <= clause.end;
    drop(
      state,
      'assetsWorth',
      (m) => inside(m) && (m.kind === 'purpose' || tradeOfTheAssets(state, clause, m) || (m.kind === 'cue' && m.end <= sum.start)),
      "the assets' parts and their worth word, in a clause of their own",
    );
    const cue: Mention = { kind: 'cue', value: 'assets', start: sum.start, end: sum.start, rule: 'cue:assets (things had, worth the sum)' };
    state.mentions.splice(state.mentions.indexOf(sum), 0, cue);
  }
}
