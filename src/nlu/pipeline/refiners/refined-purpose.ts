// Narrows a broad purpose into the knowledge module's finer ids: starting a firm that has no
// revenue yet (`startup`: no trading history to lend on, so the startup guaranteed loan) and
// renovating the premises (`renovation`: there is nothing to lease). Only the broad readings of
// the same words are narrowed (working capital, equipment, or no purpose at all for a start-up);
// renovating narrows a purpose already read, since 装修 alone is also a trade ("做装修的"). The
// bare word 装修 is read both ways (tradeOrPurpose): as a purpose it is renovation, so that an owner
// who answers the purpose question with 装修 gets renovation, not equipment.

import {
  COST_AFTER_TRADE_ZH,
  COST_TO_OPEN_ZH,
  PLAN_TO_SET_UP_ZH,
  RAISED_IN_PLAN_ZH,
  STARTUP_PROGRAMME_ZH,
} from '../../lexicon/zh/questions';
import { note, ofKind, scopes, type Mention, type MentionOf, type State } from '../mention';

/** The purposes a detail may narrow (undefined: none read). */
const REFINABLE: ReadonlySet<string | undefined> = new Set([undefined, 'equipment-expansion', 'working-capital']);

function firstPurpose(state: State): MentionOf<'purpose'> | undefined {
  let best: MentionOf<'purpose'> | undefined;
  for (const m of ofKind(state, 'purpose')) if (best === undefined || m.rank < best.rank) best = m;
  return best;
}

/** How far after a plan's verb the trade planned may start (想在镇上开个早点铺: 早点铺 right after 开个). */
const PLANNED_TRADE_WITHIN = 6;

/**
 * A plan to set up a firm with money wanted for it (我刚从广东打工回来 想在老家开个小卖部 大概要五万, 打算在村里弄个农家乐 要二十万左右,
 * 退伍回来想搞个养鸡场 能贷创业担保贷款吗; round 36, fix36e, convention 259): a start-up. The trade must be named right after the verb
 * (搞个 alone is no firm), no trade of an existing firm told before it (开服装店的 想开个网店: the firm trades), and a sum wanted (a cue
 * of the amount) or a start-up programme named beside it.
 */
/**
 * The trade a plan to set up names right after its verb (想搞个养鸡场: 养鸡), the firm to be: no kind of firm asked about. `saying`: only
 * a plan whose own words say it (想众筹开个咖啡馆: money raised in it, RAISED_IN_PLAN_ZH; round 40).
 */
export function plannedTrade(text: string, m: Mention, saying?: RegExp): boolean {
  for (const p of text.matchAll(PLAN_TO_SET_UP_ZH)) {
    if (saying !== undefined && !saying.test(p[0])) continue;
    const end = p.index + p[0].length;
    if (m.start >= p.index && m.start <= end + PLANNED_TRADE_WITHIN) return true;
  }
  return false;
}

function plannedFirm(state: State): Mention | undefined {
  const industries = ofKind(state, 'industry');
  const wanted = ofKind(state, 'cue').some((c) => c.value === 'amount') || STARTUP_PROGRAMME_ZH.test(state.text);
  for (const m of state.text.matchAll(PLAN_TO_SET_UP_ZH)) {
    // ...or the money raised in the plan's own words (想众筹开个咖啡馆; round 40, convention 369).
    if (!wanted && !RAISED_IN_PLAN_ZH.test(m[0])) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (industries.some((i) => i.end <= start)) return undefined;
    const trade = industries.find((i) => i.start >= start && i.start <= end + PLANNED_TRADE_WITHIN);
    if (trade === undefined) continue;
    return planned(state, start, trade);
  }
  // What opening one costs, no wish said (开个火锅店总共要四十万): the cost right after the trade.
  for (const m of state.text.matchAll(COST_TO_OPEN_ZH)) {
    const start = m.index;
    const end = start + m[0].length;
    if (industries.some((i) => i.end <= start)) return undefined;
    const trade = industries.filter((i) => i.start >= start && i.start <= end + PLANNED_TRADE_WITHIN).sort((a, b) => b.end - a.end)[0];
    if (trade === undefined || !COST_AFTER_TRADE_ZH.test(state.text.slice(trade.end))) continue;
    return planned(state, start, trade);
  }
  return undefined;
}

function planned(state: State, start: number, trade: Mention): Mention {
  return {
    kind: 'purpose-detail',
    value: 'startup',
    start,
    end: trade.end,
    rule: `purpose-detail:startup (a firm planned, money wanted) "${state.text.slice(start, trade.end)}"`,
  };
}

/**
 * The detail that narrows: a start-up first, unless the premises are redone in a firm already trading, its licence's youth only told (执照办下来才两个月
 * 想借五万把瑜伽馆的地板换了: renovation; round 45, convention 275 narrows working capital or equipment); a firm planned stays a start-up.
 */
function narrowest(
  details: readonly MentionOf<'purpose-detail'>[],
  purpose: Mention | undefined,
  planned: Mention | undefined,
): MentionOf<'purpose-detail'> | undefined {
  const startup = details.find((d) => d.value === 'startup');
  const renovation = details.find((d) => d.value === 'renovation');
  if (startup !== undefined && renovation !== undefined && purpose !== undefined && startup !== planned && onlyYoung(startup))
    return renovation;
  return startup ?? (purpose === undefined ? undefined : details[0]);
}

/** A start-up read from a licence's young age alone (执照才下来两个月, "got our licence 2 months ago"), not a firm yet to open. */
function onlyYoung(startup: Mention): boolean {
  return LICENCE_AGE.test(startup.rule) && !NOT_YET.test(startup.rule);
}
const LICENCE_AGE = /执照|licen[cs]e/i;
const NOT_YET = /还没|没办|未|还在|\bnot\b|pending|waiting|still/i;

/** Words that make what follows a thing done in passing: 顺便, 顺带, 顺手, "while we're at it". */
const IN_PASSING = /顺便|顺带|顺手|捎带|\bwhile (?:we['’]re|we are|i['’]m|i am) at it\b/;
/** A new branch or another shop opened: 分店, 第二家, 再开个店, "a second shop", "new branch". */
const A_NEW_BRANCH = /分店|分号|第[二三两]家|再开|新店|\b(?:another|second|2nd|new) (?:shop|branch|store|outlet|location)\b/;

export function refinedPurpose(state: State): void {
  let planned: Mention | undefined;
  if (!ofKind(state, 'purpose-detail').some((d) => d.value === 'startup')) {
    planned = plannedFirm(state);
    if (planned !== undefined) state.mentions.push(planned);
  }
  const details = ofKind(state, 'purpose-detail');
  if (details.length === 0) return;
  const purpose = firstPurpose(state);
  if (!REFINABLE.has(purpose?.value)) return;
  const detail = narrowest(details, purpose, planned);
  if (detail === undefined) return;
  // Premises taken over and fitted out (把隔壁铺面盘下来 再装修一下, "take over the unit next door and
  // renovate it"): the money makes more room, expansion; the fitting out is part of it.
  const takenOver = scopes(state, 'more-premises')[0];
  if (detail.value === 'renovation' && purpose?.value === 'equipment-expansion' && takenOver !== undefined) {
    note(state, 'refinedPurpose', detail, 'note', `premises taken over (${takenOver.rule}): expansion, not renovation`);
    return;
  }
  // A doing-up said in passing after a thing bought (换两台新烤炉 顺便把门口装修一下; round 61): the purchase is the need, not narrowed.
  if (
    detail.value === 'renovation' &&
    purpose !== undefined &&
    purpose.end <= detail.start &&
    IN_PASSING.test(state.text.slice(purpose.end, detail.start))
  ) {
    note(state, 'refinedPurpose', detail, 'note', `a doing-up in passing after ${purpose.rule}: not narrowed`);
    return;
  }
  // ...and so is a new branch fitted out (想再开个分店 装修加设备要个二十来万, "open a second shop, renovation and equipment"; round 61).
  if (detail.value === 'renovation' && purpose !== undefined && A_NEW_BRANCH.test(state.text.slice(purpose.start, purpose.end))) {
    note(state, 'refinedPurpose', detail, 'note', `a new branch opened (${purpose.rule}): expansion, not renovation`);
    return;
  }
  // Ranked before every purpose of the word lists: the narrower reading of the same words.
  const narrowed: MentionOf<'purpose'> = {
    kind: 'purpose',
    value: detail.value,
    rank: -1,
    start: detail.start,
    end: detail.end,
    rule: detail.rule,
  };
  state.mentions.push(narrowed);
  note(state, 'refinedPurpose', narrowed, 'relabel', purpose === undefined ? 'no purpose read: narrowed' : `narrows ${purpose.rule}`);
}
