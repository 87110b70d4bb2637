// Round 21 conventions on a season of the trade's work named (corpus README, "Conventions decided in round 21"): a need said
// for it, and a count said with more in it. The season itself (采茶季, the walnut buying season) names no trade: its scope
// (`season`, extract.ts) drops what the produce or the buying inside it would name (trade-scopes.ts).

import { MONEY_NEEDED, PEAK_SEASON, SEASON_NEED_LEAD } from '../lexicon';
import type { Understanding } from '../types';
import { dropFields, type Rules } from './assemble';
import { breakBetween, PUNCTUATION, SENTENCES } from './clauses';
import { ofKind, scopes, type State } from './mention';

/** How near the season stands to the sum it is said for, in characters ("800k during the walnut buying season"). */
const NEAR = 12;

/**
 * "need 1.5m during picking season", "收菌子的季节要周转八十万", "采茶季要一笔钱": a need said for a season of buying is working
 * capital (the season's stock and hands), also when a question follows it (how long does approval take); a thing named to buy
 * (采茶季前买台炒茶机) keeps its own purpose (round 21, convention 7).
 */
export function seasonNeed(state: State, u: Understanding, rules: Rules): void {
  if (u.purpose !== undefined || u.hypothetical === true) return;
  if (u.amount === undefined) {
    seasonMoneyNeeded(state, u, rules);
    return;
  }
  // The season said beside the sum (need 1.5m during picking season, 收菌子的季节要周转八十万), no clause mark between.
  const sums = ofKind(state, 'quantity').filter((q) => q.value.kind === 'money' && q.value.value === u.amount?.value);
  const season = scopes(state, 'season').find((s) =>
    sums.some((q) => {
      const [from, to] = q.start >= s.end ? [s.end, q.start] : [q.end, s.start];
      return to - from <= NEAR && !breakBetween(state.text, from, to, PUNCTUATION);
    }),
  );
  const said = season ?? seasonBuying(state, sums) ?? seasonNeedLead(state, sums);
  if (said === undefined) return;
  u.purpose = 'working-capital';
  rules.purpose = `a need for a season of work (${said.rule})`;
  state.decisions.push({ refiner: 'seasonNeed', action: 'note', mention: 'purpose:working-capital', because: said.rule });
}

/** A cue of goods bought by their value (一天要进十几万的货, 收好几万的货, "we buy about 50k of mushrooms a day"). */
const BUYING_CUE = /^(?:进|收|采购|购进|拿|buy|buys|buying|purchas)/;

/**
 * "收菌子的时候一天要进十几万的货 想贷个八十万", "during mushroom season we buy about 50k of mushrooms a day, want to borrow 1 million":
 * the season's buying told by its value, then the loan in the same sentence: the need is the season's, working capital (round 29;
 * the daily sum is no sum wanted: the `other` cues of goods bought by their value).
 */
function seasonBuying(state: State, sums: readonly { start: number }[]): { rule: string } | undefined {
  const buying = ofKind(state, 'cue').filter((c) => c.value === 'other' && BUYING_CUE.test(state.text.slice(c.start, c.end)));
  return [...scopes(state, 'season'), ...busySeasons(state)].find((s) =>
    sums.some(
      (q) =>
        q.start >= s.end &&
        !breakBetween(state.text, s.end, q.start, SENTENCES) &&
        buying.some((c) => c.end <= q.start && !breakBetween(state.text, c.end, q.start, SENTENCES)),
    ),
  );
}

/**
 * "我们合作社 旺季要一百五十万 大概用半年", "收购季要三百万用三个月", "during the season we need about 2 million for 3 months", "busy season
 * needs around 2m": a season named, then its need said right up to the sum wanted, with nothing it buys named: the season's working
 * capital, the term said after it kept (round 32, corpus convention 115). The lead is read in the sum's own sentence.
 */
function seasonNeedLead(state: State, sums: readonly { start: number }[]): { rule: string } | undefined {
  for (const q of sums) {
    const before = state.text.slice(0, q.start);
    const from = Math.max(...[...'。.!?？！\n'].map((c) => before.lastIndexOf(c))) + 1;
    const lead = SEASON_NEED_LEAD.exec(before.slice(from));
    if (lead !== null) return { rule: `a season's need "${lead[0].trim()}"` };
  }
  return undefined;
}

/**
 * The busy season named by its word alone (旺季, 忙的时候, "in peak season"): before the season's buying told by its value and the
 * loan ("在文山开三七收购站的 旺季每天要收十几万的货 想贷一百五十万"), it times the need as a season of work does (round 31, fix31c).
 */
function busySeasons(state: State): { start: number; end: number; rule: string }[] {
  PEAK_SEASON.lastIndex = 0;
  return [...state.text.matchAll(PEAK_SEASON)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    rule: `busy season "${m[0]}"`,
  }));
}

/**
 * "收松茸的时候要一笔钱", "we need cash when we buy up the coffee cherries in the harvest season": money said needed with no sum
 * beside a season of buying is that season's working capital too (round 28), when no sum or other figure is said.
 */
function seasonMoneyNeeded(state: State, u: Understanding, rules: Rules): void {
  if (u.money !== undefined || u.question !== undefined || u.command !== undefined) return;
  const season = scopes(state, 'season')[0];
  const need = MONEY_NEEDED.exec(state.text);
  if (season === undefined || need === null) return;
  u.purpose = 'working-capital';
  rules.purpose = `money needed for a season of work (${season.rule})`;
  state.decisions.push({
    refiner: 'seasonNeed',
    action: 'note',
    mention: 'purpose:working-capital',
    because: `${season.rule}, "${need[0]}"`,
  });
}

/** More said of the season: more, a few more, 多些, 多点, 多几个, 更多. */
const MORE = /\bmore\b|多些|多点|多一些|多几个|更多|多得多/;

/**
 * "about a dozen, more during tea picking season", "十来个 采茶的时候多些": a count with more said of a season after it is the
 * staff asked, the regular count; the season's words name no trade and no purpose (round 21, convention 8).
 */
export function seasonCount(state: State, u: Understanding, rules: Rules): void {
  if (u.amount !== undefined || u.money !== undefined) return;
  // "五六个 农忙时候要请二十多个", "三四个 旺季要多请十来个": the season's hires read as its staff after a bare count: the count
  // before them is the regular one (round 23), as when the season's count is said without a verb of hiring.
  if (u.employees !== undefined && !seasonHiresAfterCount(state, u, rules)) return;
  if (u.number === undefined) {
    seasonSecondCount(state, u, rules);
    return;
  }
  PEAK_SEASON.lastIndex = 0;
  const season = PEAK_SEASON.exec(state.text) ?? scopes(state, 'season')[0];
  if (season === null || season === undefined || !MORE.test(state.text)) return;
  u.employees = u.number;
  rules.employees = `${rules.number ?? 'the count'}, the regular staff beside a season's more`;
  dropFields(state, u, rules, NOT_BESIDE_COUNT, 'seasonCount', 'a count beside a season');
}

/** Between the two ends of a range of counts: "-", "~", "or", 到. */
const RANGE_JOIN = /^\s*(?:-|~|to|or|到)\s*$/;

/**
 * "十二三个吧 忙的时候二十来个", "十个左右 peak season 二十多个": a bare count, then a season named and its own count after it: the first
 * is the staff asked, the regular count (round 21, convention 8, with the season's count said instead of "more").
 */
function seasonSecondCount(state: State, u: Understanding, rules: Rules): void {
  const all = ofKind(state, 'quantity').filter((q) => q.value.kind === 'number' || q.value.kind === 'people');
  // A range said first ("6 or 7 most of the year, about 20 when we're picking", "6-7 …"; round 63): its upper end, as "6 or 7 staff" reads.
  const [low, high] = all;
  const ranged = all.length === 3 && low !== undefined && high !== undefined && RANGE_JOIN.test(state.text.slice(low.end, high.start));
  const counts = ranged ? all.slice(1) : all;
  const [first, second] = counts;
  if (counts.length !== 2 || first === undefined || second === undefined) return;
  const between = state.text.slice(first.end, second.start);
  PEAK_SEASON.lastIndex = 0;
  // ...or a season named after the second count ("about 5, we hire 20 or so at harvest": round 23).
  const season =
    PEAK_SEASON.exec(between)?.[0] ??
    scopes(state, 'season')
      .filter((s) => s.start >= second.end)
      .map((s) => state.text.slice(s.start, s.end))[0] ??
    busySeasonRightAfter(state.text.slice(second.end));
  if (season === undefined) return;
  u.employees = first.value.value;
  rules.employees = `the count "${state.text.slice(first.start, first.end)}", the regular staff beside a season's ("${season}")`;
  state.decisions.push({ refiner: 'seasonCount', action: 'note', mention: `employees:${u.employees}`, because: season });
  dropFields(state, u, rules, NOT_BESIDE_COUNT, 'seasonCount', 'a count beside a season');
}

/** Only a count's word between the second count and the busy season named after it ("maybe 25 in peak season", "up to 14 over the summer"). */
const COUNT_WORD_ONLY = /^\s*(?:个|人|people|staff|workers?|guys)?\s*$/;

/** The weekends or the holidays named right after the second count ("10 normally, 16 on weekends"): the busy days. */
const BUSY_DAYS_AFTER = /^\s*(?:people|staff)?\s*(?:on|at|over|during)\s+(?:the\s+)?(?:weekends?|holidays)\b/;

/**
 * The busy season named right after the second count ("around 15, maybe 25 in peak season", "8 most of the year, up to 14 over the
 * summer": round 36, corpus convention 244): the second is the season's count, the first the regular one.
 */
function busySeasonRightAfter(after: string): string | undefined {
  const days = BUSY_DAYS_AFTER.exec(after);
  if (days !== null) return days[0].trim();
  PEAK_SEASON.lastIndex = 0;
  const season = PEAK_SEASON.exec(after);
  return season !== null && COUNT_WORD_ONLY.test(after.slice(0, season.index)) ? season[0] : undefined;
}

/**
 * The staff read is a season's hires (figures.ts marks them "(peak season)"), the second of two counts, the first bare (or
 * the owner counted into it) and before it: the season's hires after the regular count.
 */
function seasonHiresAfterCount(state: State, u: Understanding, rules: Rules): boolean {
  const counts = ofKind(state, 'quantity').filter((q) => q.value.kind === 'number' || q.value.kind === 'people');
  const [first, second] = counts;
  return (
    counts.length === 2 &&
    // ...the first bare, or the owner counted into it (算上我十来个 采茶的时候要多请二十几个临时工; round 25).
    (first?.value.kind === 'number' || (first?.value.kind === 'people' && first.value.value !== u.employees)) &&
    second?.value.value === u.employees &&
    (rules.employees ?? '').endsWith('(peak season)')
  );
}

/** What a count beside a season does not say: the bare number (now the staff), a trade or a purpose from the season's words. */
const NOT_BESIDE_COUNT = ['number', 'industry', 'industryWeak', 'purpose'] as const;

/** The regular count's words (usually 6, normally 4 of us, 平时五个, 平常就四个人). */
const USUAL = /\b(?:usually|normally|regularly|most of the year|day to day)\b|平时|平常|一般/;

/**
 * "usually 6, about 20 during harvest", "normally 4 of us, about 15 at harvest time": two counts, the first said as usual and
 * the second in a season, with nothing else read: the regular count is the staff (round 21, convention 8, with the season's
 * count said instead of "more").
 */
export function usualCount(state: State, u: Understanding, rules: Rules): void {
  if (Object.keys(u).some((k) => k !== 'language' && k !== 'rules' && k !== 'number')) return;
  const usual = USUAL.exec(state.text);
  if (usual === null) return;
  const counts = ofKind(state, 'quantity').filter(
    (q) => (q.value.kind === 'number' || q.value.kind === 'people') && q.start >= usual.index,
  );
  const [regular, seasonal] = counts;
  if (regular === undefined || seasonal === undefined || regular.start - (usual.index + usual[0].length) > NEAR) return;
  PEAK_SEASON.lastIndex = 0;
  const peak = PEAK_SEASON.exec(state.text);
  const season = peak !== null ? peak.index : scopes(state, 'season')[0]?.start;
  if (season === undefined || season < regular.end) return;
  u.employees = regular.value.value;
  rules.employees = `the usual count "${state.text.slice(regular.start, regular.end)}", the regular staff beside a season's count`;
  delete u.number;
  delete rules.number;
  state.decisions.push({
    refiner: 'usualCount',
    action: 'note',
    mention: `employees:${u.employees}`,
    because: 'a usual count beside a season',
  });
}
