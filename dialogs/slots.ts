// Slot filling: what a message adds to or corrects in the profile, how the size class follows
// from the figures (2011 standard), and which question comes next. Pure functions.

import { PURPOSES_WITHOUT_FUNDING, type PurposeId, type QuestionId } from '../src/knowledge/ids';
import type { EnterpriseProfile, Money } from '../src/knowledge/profile';
import { belowMediumBy, classifySize, measuresFor, type SizeMeasure, type SizeResult, sizeInputOf } from '../src/knowledge/sme-size';
import type { Locale } from '../src/locale';
import type { Understanding } from '../src/nlu/types';
import type { DialogContext, ProfileChange, RecentAnswer, Slot, SumToPlace } from './types';

/**
 * Whether to ask the amount and the term: for a purpose that raises money, and when the owner
 * skipped the purpose (most who ask an adviser need money; the amount can be skipped too).
 */
export function needsFunding(profile: EnterpriseProfile, skipped: readonly Slot[] = []): boolean {
  if (profile.purpose === undefined) return skipped.includes('purpose');
  return !PURPOSES_WITHOUT_FUNDING.includes(profile.purpose);
}

/** The size class from the figures, when the industry is known. */
export function sizeFromFigures(profile: EnterpriseProfile): SizeResult | undefined {
  const input = sizeInputOf(profile);
  return input && classifySize(input);
}

/** Figures the industry's row still needs to decide the class ([] when decided or no industry). */
export function missingSizeFigures(profile: EnterpriseProfile): SizeMeasure[] {
  const result = sizeFromFigures(profile);
  return result && !result.decided ? result.missing : [];
}

/**
 * The figure that keeps an undecided firm below the medium class when only its total assets are
 * missing: the class matters no further to the advice, so the assets are only offered, once, and
 * never block it (the standard's own rule: sme-size.ts belowMediumBy). Undefined when the class is
 * decided, could still be medium, or a figure other than the assets is missing.
 */
export function smallOrMicroBy(profile: EnterpriseProfile): SizeMeasure | undefined {
  const input = sizeInputOf(profile);
  const result = input && classifySize(input);
  if (!input || !result || result.decided || result.missing.some((m) => m !== 'assets')) return undefined;
  return belowMediumBy(input);
}

export function hasSizeFigures(profile: EnterpriseProfile): boolean {
  return profile.employees !== undefined || profile.annualRevenueCny !== undefined || profile.totalAssetsCny !== undefined;
}

/**
 * Questions that, said when the bot asks what the money is for, state the need as well: buyers
 * paying late (回款慢) is money tied up, working capital (and money a buyer owes, noted with it:
 * machine.ts takePurposeOfQuestion); how to get paid from abroad is settling across the border.
 * The question is answered, and the purpose noted.
 */
const PURPOSE_OF_QUESTION: Partial<Record<QuestionId, PurposeId>> = {
  receivables: 'working-capital',
  'receivables-loan': 'working-capital',
  // The platform's takings held (主要是回款慢 平台压款, round 31): money short for the shop's running, as a buyer's debt is.
  'platform-early-payout': 'working-capital',
  'currency-exchange': 'cross-border-settlement',
  'lock-exchange-rate': 'cross-border-settlement',
  'wallet-across-border': 'cross-border-settlement',
  // A collection fee weighed (刷卡机费率千分之六 格正常, round 38): collecting the takings is what the firm is about.
  'collection-fee': 'payment-collection',
};

/** The purpose a question states, when the bot is asking for the purpose and has none. */
export function purposeStatedBy(context: Pick<DialogContext, 'awaiting' | 'profile'>, question: QuestionId): PurposeId | undefined {
  if (context.awaiting !== 'purpose' || context.profile.purpose !== undefined) return undefined;
  return PURPOSE_OF_QUESTION[question];
}

/** The next question, or null when the profile is enough to advise. */
export function nextSlot(profile: EnterpriseProfile, skipped: readonly Slot[]): Slot | null {
  const open = (slot: Slot) => !skipped.includes(slot);
  if (!profile.industry && open('industry')) return 'industry';
  // Without an industry the figures cannot be classified; once given, size is as answered as it
  // can be, and asking again would loop.
  if (!profile.sizeClass && open('size') && (profile.industry || !hasSizeFigures(profile)) && smallOrMicroBy(profile) === undefined) {
    return 'size';
  }
  if (!profile.purpose && open('purpose')) return 'purpose';
  if (needsFunding(profile, skipped)) {
    if (!profile.amount && open('amount')) return 'amount';
    if (profile.termMonths === undefined && open('term')) return 'term';
  }
  return null;
}

export function profileComplete(context: Pick<DialogContext, 'profile' | 'skipped'>): boolean {
  return nextSlot(context.profile, context.skipped) === null;
}

/** Which of the profile's sums equals `money` (the one a "不是X，是Y" corrects). */
function figureHolding(profile: EnterpriseProfile, money: Money): 'amount' | 'revenue' | 'assets' | undefined {
  if (profile.amount && profile.amount.value === money.value && profile.amount.currency === money.currency) return 'amount';
  const cny = toCny(money);
  if (cny === undefined) return undefined;
  if (profile.annualRevenueCny === cny) return 'revenue';
  if (profile.totalAssetsCny === cny) return 'assets';
  return undefined;
}

/** The largest bare number for a term that could be months or years ("2": asked which, interpret.ts). */
export const TERM_UNIT_UNSAID_MAX = 5;

/**
 * A bare number or an unlabelled sum means what the bot just asked for: "30" after "how many
 * employees?" is 30 people; "50" after "how much?" is 50万 to a Chinese speaker (the question
 * asks in 万), 50 yuan otherwise, which the caller re-asks about.
 */
function attributeUnlabelled(
  u: Understanding,
  awaiting: Slot | null,
  profile: EnterpriseProfile,
  locale: Locale,
  recent?: RecentAnswer,
): Partial<Understanding> {
  const out: Partial<Understanding> = {};
  const missing = missingSizeFigures(profile);
  const corrects = u.deniedMoney && figureHolding(profile, u.deniedMoney);
  // A sum put right that no figure holds (刚才说错了 报价是58万 不是68, of a machine's quoted price; round 66, a tester): none of the
  // profile's figures, unless the sum is what is asked (it had replaced the revenue).
  const strayCorrection = u.deniedMoney !== undefined && !corrects && awaiting !== 'amount';
  const place = corrects || (u.money && !strayCorrection ? unlabelledSumSlot(u, awaiting, profile, recent) : undefined);
  if (u.money && place !== undefined && place !== 'ask') {
    // "不是30万，是50万": the figure that was 30万 becomes 50万.
    if (place === 'amount') out.amount = u.money;
    else if (place === 'revenue') out.annualRevenueCny = toCny(u.money);
    else out.totalAssetsCny = toCny(u.money);
  }
  // "第一个手续费好多", "第二个要准备哪样材料" while a figure is asked: the number points at an item of the advice, asked of or
  // costed, never the figure (round 62, found by a tester: 第一个手续费好多 had become an amount of 1万元).
  const itemPointed = u.command === 'cost' || u.command === 'details' || u.question !== undefined;
  if (u.number !== undefined && !itemPointed) {
    if (u.correcting && profile.employees !== undefined && awaiting !== 'amount' && awaiting !== 'term') {
      // "说错了 是十二个", "sorry, 14 not 40" after the head count was given: the count corrected,
      // not the revenue still asked for.
      out.employees = u.number;
    } else if (awaiting === 'size') {
      // A bare number for size is a head count unless only a money figure is missing.
      if (missing.length > 0 && !missing.includes('employees')) {
        const wan = u.number * 10_000;
        if (missing[0] === 'assets') out.totalAssetsCny = wan;
        else out.annualRevenueCny = wan;
      } else {
        out.employees = u.number;
      }
    } else if (awaiting === 'amount') {
      // "50" asked in Chinese means 50万; "五千" or "8000" is yuan (5000万 is no small firm's loan).
      if (locale === 'zh-CN' && u.number < 1_000) out.amount = { value: u.number * 10_000, currency: 'CNY' };
      else if (u.number >= 1_000) out.amount = { value: u.number, currency: 'CNY' };
    } else if (awaiting === 'term' && u.number > TERM_UNIT_UNSAID_MAX && u.number <= 360) {
      // "12" for the term is twelve months; "2" could be months or years (asked: interpret.ts).
      out.termMonths = u.number;
    } else if (awaiting === 'term' && u.number > 0 && !Number.isInteger(u.number)) {
      // "1.5", "0.5": a year and a half, half a year (a month and a half is no loan's term).
      out.termMonths = Math.round(u.number * 12);
    }
  }
  return out;
}

type SumSlot = 'amount' | 'revenue' | 'assets';

/** The sum fields a message can have just given, latest in the profile's order last. */
const SUM_CHANGES: ReadonlyArray<[ProfileChange['slot'], SumSlot]> = [
  ['amount', 'amount'],
  ['annualRevenueCny', 'revenue'],
  ['totalAssetsCny', 'assets'],
];

/**
 * Where a sum said with no word for it goes ('ask' when it could be the loan's amount or a size
 * figure and nothing tells which):
 * - "不是，是八十万", "no, 800k" (a figure put right): the sum the last answer gave;
 * - while the size still needs a money figure: that figure, unless a need is named with no sum for
 *   it yet, or the owner has just asked to borrow ("借钱" then "5万": asked); then the price of what the owner has just named ("整几辆大巴车" then "三百五十万"), or,
 *   named earlier, asked;
 * - right after a reply to the size question that gave the head count but not the revenue it asked
 *   for ("18 ppl" then "2.5 million"): the revenue;
 * - else the amount, when it is asked or not given yet, or put right ("actually make it 2 million").
 */
function unlabelledSumSlot(
  u: Understanding,
  awaiting: Slot | null,
  profile: EnterpriseProfile,
  recent?: RecentAnswer,
): SumSlot | 'ask' | undefined {
  const justGiven = recent ? SUM_CHANGES.find(([change]) => recent.changed.includes(change))?.[1] : undefined;
  if (u.replacing && justGiven && u.amount === undefined) return justGiven;
  const noSumYet = !profile.amount && u.amount === undefined;
  if (awaiting === 'size') {
    // The money figure the size still needs; revenue when none was given yet. A revenue already
    // given is not overwritten by a sum sent while only the head count is missing.
    const missing = missingSizeFigures(profile);
    const measure = missing.find((m) => m !== 'employees') ?? (profile.annualRevenueCny === undefined ? 'revenue' : undefined);
    if (measure === undefined) return noSumYet ? 'amount' : undefined;
    // "借钱" then "5万" while the revenue is asked: the loan's sum or the revenue, asked, not taken as the revenue.
    if (noSumYet && recent?.wantsLoan && u.purpose === undefined) return 'ask';
    if (noSumYet && needsAmount(profile) && u.purpose === undefined) {
      return recent?.changed.includes('purpose') ? 'amount' : 'ask';
    }
    // Money to place named with its sum (手头有四十来万 到明年三月才用得着) is that money, never a revenue; a sum said with its term
    // (三十五万 借两年) is the need's: neither asked (round 56).
    if (noSumYet && (u.purpose === 'wealth-management' || u.termMonths !== undefined || u.termUntil !== undefined)) return 'amount';
    // A need named in the same message as the sum ("getting a bigger roaster, about 350k"): the thing's price
    // or the revenue asked for; asked, not guessed.
    if (noSumYet && u.purpose !== undefined && !PURPOSES_WITHOUT_FUNDING.includes(u.purpose)) return 'ask';
    return measure;
  }
  const revenueAskedWithCount =
    recent?.asked === 'size' &&
    recent.changed.includes('employees') &&
    profile.annualRevenueCny === undefined &&
    profile.industry !== undefined &&
    measuresFor(profile.industry).includes('revenue');
  if (revenueAskedWithCount && awaiting !== 'amount' && awaiting !== 'term' && u.amount === undefined && u.purpose === undefined)
    return 'revenue';
  if (awaiting === 'amount' || noSumYet) return 'amount';
  if (u.replacing && profile.amount) return 'amount';
  // Once every slot is filled ("the dealer quoted 620k actually" after the advice), a sum alone may be a new need or a
  // figure: asked, not dropped as not understood (round 25).
  if (awaiting === null && u.amount === undefined && u.purpose === undefined) return 'ask';
  return undefined;
}

/** A need that raises money is named, with no sum for it yet. */
function needsAmount(profile: EnterpriseProfile): boolean {
  return profile.purpose !== undefined && !PURPOSES_WITHOUT_FUNDING.includes(profile.purpose) && !profile.amount;
}

/**
 * A sum the bot should ask about before placing it: sent while the size asks for a money figure,
 * with a need named earlier and no sum for it ("350万是买车的钱，还是企业的资产总额？").
 */
export function sumToPlace(
  u: Understanding,
  awaiting: Slot | null,
  profile: EnterpriseProfile,
  recent?: RecentAnswer,
): SumToPlace | undefined {
  if (!u.money || (u.deniedMoney && figureHolding(profile, u.deniedMoney))) return undefined;
  // A need named beside the sum is taken with it (interpret.ts); any other figure places the sum itself.
  if (givesFigure({ ...u, purpose: undefined }) || u.industry !== undefined) return undefined;
  if (unlabelledSumSlot(u, awaiting, profile, recent) !== 'ask') return undefined;
  const missing = missingSizeFigures(profile);
  const figure = missing.includes('assets') ? 'assets' : 'revenue';
  return { money: u.money, figure };
}

/** How many times smaller than the sum held a new sum must be to be asked whether it is a part of the need. */
const PART_OF_THE_NEED = 5;

/**
 * A sum much smaller than the loan's sum held, sent once nothing is asked ("厂家那边说冰柜一台要八千", "the dealer says
 * a freezer is 8k" once 30万 is held for a branch; or while the use is asked): the price of a part of the need, or a new, smaller need. Asked,
 * not taken as the new sum (it had replaced 30万 with 8,000), unless the message says it puts the sum right
 * (replacing, correcting, a sum denied), gives any other figure, asks a question or names a service.
 */
export function partOfTheNeed(u: Understanding, awaiting: Slot | null, profile: EnterpriseProfile): SumToPlace | undefined {
  const sum = u.amount ?? u.money;
  const held = profile.amount;
  // (...or while the use is asked, which no sum answers: "around 60k" at the purpose prompt; round 43.)
  if ((awaiting !== null && awaiting !== 'purpose') || !sum || !held || sum.currency !== held.currency) return undefined;
  if (sum.value * PART_OF_THE_NEED > held.value) return undefined;
  if (u.replacing || u.correcting || u.deniedMoney || u.hypothetical || u.command || u.question || u.offer) return undefined;
  // A service, a word or another's firm named with it ("打算众筹30万开新店"): that is answered, not the sum asked about.
  if (u.service || u.term || u.about || u.yesNo || u.number !== undefined) return undefined;
  if (givesFigure({ ...u, amount: undefined, money: undefined, purpose: undefined }) || u.industry !== undefined) return undefined;
  return { money: sum, figure: 'part' };
}

/** Money figures for the size standard are in yuan; a sum in another currency is not converted. */
function toCny(money: Money): number | undefined {
  return money.currency === 'CNY' ? money.value : undefined;
}

export interface Applied {
  profile: EnterpriseProfile;
  changes: ProfileChange[];
  /** Something the user had already told us was changed. */
  corrected: boolean;
  /** Every field the message gave, changed or said again. */
  said: ProfileChange['slot'][];
  /** The fields said again with the value they already had ("说错了 是五六十万" when 55万 was noted). */
  restated: ProfileChange[];
}

/** What a message can tell of the profile besides the industry. */
const PROFILE_FIGURES = [
  'employees',
  'annualRevenueCny',
  'totalAssetsCny',
  'declaredSize',
  'purpose',
  'amount',
  'termMonths',
  'crossBorder',
  'onlineSales',
  'buyerOwes',
] as const satisfies ReadonlyArray<keyof Understanding>;

function givesFigure(u: Partial<Understanding>): boolean {
  return PROFILE_FIGURES.some((key) => u[key] !== undefined);
}

/** Whether the message gives any profile figure or choice besides the industry (an unlabelled sum counts). */
function saysMoreThanIndustry(given: Partial<Understanding>): boolean {
  return given.money !== undefined || givesFigure(given);
}

/** Applies everything a message says to the profile, recomputing the size class. */
export function applyUnderstanding(
  profile: EnterpriseProfile,
  u: Understanding,
  awaiting: Slot | null,
  locale: Locale,
  recent?: RecentAnswer,
): Applied {
  const given: Partial<Understanding> = { ...attributeUnlabelled(u, awaiting, profile, locale, recent), ...definedOnly(u) };
  // "你好，我想了解一哈": an opening, not the need. Just looking is a purpose when the owner answers
  // the purpose question with it (or changes the need to it), not said before anything is asked.
  if (given.purpose === 'information' && awaiting !== 'purpose' && profile.purpose === undefined) delete given.purpose;
  // "刚准备开…想借二十万装修": the fit-out, stock or equipment of a firm not open yet is its
  // start-up money; the start-up stays unless the owner says it was wrong.
  if (
    profile.purpose === 'startup' &&
    given.purpose !== undefined &&
    STARTUP_SPENDING.includes(given.purpose) &&
    given.correcting !== true
  ) {
    delete given.purpose;
  }
  if (given.tradeOrPurpose) {
    if (awaiting === 'industry') delete given.purpose;
    else delete given.industry;
  }
  const next: EnterpriseProfile = { ...profile };
  const changes: ProfileChange[] = [];
  const said: ProfileChange['slot'][] = [];
  const restated: ProfileChange[] = [];
  let corrected = false;

  const set = <K extends keyof EnterpriseProfile>(key: K, value: EnterpriseProfile[K] | undefined, change: () => ProfileChange) => {
    if (value === undefined) return;
    said.push(change().slot);
    const before = next[key];
    if (JSON.stringify(before) === JSON.stringify(value)) {
      restated.push(change());
      return;
    }
    if (before !== undefined) corrected = true;
    next[key] = value;
    changes.push(change());
  };

  // A product named in passing does not overturn the industry given ("2 million to buy raw tea
  // before the harvest" from a tea exporter); said on its own ("其实我们是做茶叶的") it does.
  // A side line never replaces it; a weak hint does only when said on its own or as a correction.
  const inPassing =
    profile.industry !== undefined &&
    (given.industryAlso === true || (given.industryWeak === true && saysMoreThanIndustry(given) && given.correcting !== true));
  if (!inPassing) set('industry', given.industry, () => ({ slot: 'industry', value: given.industry! }));
  set('employees', given.employees, () => ({ slot: 'employees', value: given.employees! }));
  set('annualRevenueCny', given.annualRevenueCny, () => ({ slot: 'annualRevenueCny', value: given.annualRevenueCny! }));
  set('totalAssetsCny', given.totalAssetsCny, () => ({ slot: 'totalAssetsCny', value: given.totalAssetsCny! }));
  set('purpose', given.purpose, () => ({ slot: 'purpose', value: given.purpose! }));
  set('amount', given.amount, () => ({ slot: 'amount', value: given.amount! }));
  set('termMonths', given.termMonths, () => ({ slot: 'termMonths', value: given.termMonths! }));
  set('crossBorder', given.crossBorder, () => ({ slot: 'crossBorder', value: given.crossBorder! }));
  set('onlineSales', given.onlineSales, () => ({ slot: 'onlineSales', value: given.onlineSales! }));
  set('buyerOwes', given.buyerOwes, () => ({ slot: 'buyerOwes', value: true }));

  // The standard decides over a declaration once the figures are enough; a declaration stands
  // until then (and replaces an earlier declaration or an undecided class).
  const fromFigures = sizeFromFigures(next);
  const before = { sizeClass: next.sizeClass, source: next.sizeClassSource };
  if (fromFigures?.decided) {
    next.sizeClass = fromFigures.sizeClass;
    next.sizeClassSource = 'standard';
  } else if (given.declaredSize) {
    next.sizeClass = given.declaredSize;
    next.sizeClassSource = 'declared';
  } else if (next.sizeClassSource === 'standard') {
    // The figures changed and no longer decide (e.g. a new industry needs another figure).
    delete next.sizeClass;
    delete next.sizeClassSource;
  }
  if (next.sizeClass && (next.sizeClass !== before.sizeClass || next.sizeClassSource !== before.source)) {
    if (before.sizeClass !== undefined && before.sizeClass !== next.sizeClass) corrected = true;
    changes.push({ slot: 'sizeClass', value: next.sizeClass, declared: next.sizeClassSource === 'declared' });
  }
  return { profile: next, changes, corrected, said, restated };
}

function definedOnly(u: Understanding): Partial<Understanding> {
  return Object.fromEntries(Object.entries(u).filter(([, v]) => v !== undefined)) as Partial<Understanding>;
}

/** Whether the message carries anything for the profile (beyond commands and choices). */
export function carriesSlots(
  u: Understanding,
  awaiting: Slot | null,
  profile: EnterpriseProfile,
  locale: Locale,
  recent?: RecentAnswer,
): boolean {
  const direct = u.industry !== undefined || givesFigure(u);
  return direct || Object.keys(attributeUnlabelled(u, awaiting, profile, locale, recent)).length > 0;
}

/** What a firm not open yet spends its start-up money on: noted as the start-up, not instead of it. */
const STARTUP_SPENDING: readonly PurposeId[] = ['renovation', 'equipment-expansion', 'working-capital'];

/** Which measures of the industry's row the question about size should name ([] without industry). */
export function sizeQuestionMeasures(profile: EnterpriseProfile): SizeMeasure[] {
  const missing = missingSizeFigures(profile);
  if (missing.length > 0) return missing;
  return profile.industry ? measuresFor(profile.industry) : [];
}

/**
 * What the money buys after a message (rounds 24, 25): with a purpose said, what its words say was bought (an asset, true;
 * premises, false); the same purpose said again without either keeps what was said before (想借钱扩大生产 after 买冷库); another
 * purpose, or none said of it, drops it. A message with no purpose changes nothing.
 */
export function boughtWith(profile: EnterpriseProfile, purpose: PurposeId | undefined, bought: boolean | undefined): boolean | undefined {
  if (purpose === undefined) return profile.assetBought;
  if (bought !== undefined) return bought;
  return purpose === profile.purpose ? profile.assetBought : undefined;
}
