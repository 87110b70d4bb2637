// The assets' parts named beside their worth (资产的话 设备加铺面 一百来万, "assets: the shop + a van, about 600k"): the things
// listed say what the assets are, no need to buy them and no trade of their own (round 22, fix22e).

import { ASSET_WORDS, OWNED_WORTH, THING_HAD } from '../lexicon';
import { allMatches } from './match';
import type { Money } from '../../knowledge/profile';
import { SITUATION_KEYS, type Understanding } from '../types';
import { dropFields, type Rules } from './assemble';
import { ofKind, type State } from './mention';

/** A word of wanting, buying or borrowing: with it, a thing named may still be wanted (资产两百万 想再买台设备). */
export const WANTED = /想|要|需|买|添|换新|借|贷|\b(?:need|want|buy|get|borrow|loan|new)\b/;

/** The assets named first, as the topic of the reply (资产的话, 固定资产, "assets?", "our assets:"). */
const ASSETS_OPENING = /^\s*(?:(?:our|total|fixed)\s+)*assets?\b|^\s*(?:我们的?)?(?:总|固定)?资产/;

/** A period or a running cost said: the sum is then takings or a cost, not what the things are worth. */
export const NOT_WORTH =
  /[年月天季]|工资|房租|租金|利息|成本|费|\b(?:years?|months?|weeks?|days?|yr|mo|annual(?:ly)?|monthly|rent|wages?|cost|costs|sales|revenue)\b/;

/** Two things or more joined (厂房加设备, the warehouse and the trucks): one thing alone said worth a sum (设备值100万, "our 3 trucks
 * are worth about 600k") stays the corpus's reading, nothing. */
const JOINED = /加|和|跟|\b(?:and|plus)\b|[,，]/;

/** Things a firm owns (厂房, 设备, a van, the warehouse) said with their worth and nothing else asked or wanted (round 28). */
function ownedWorth(text: string): boolean {
  return OWNED_WORTH.test(text) && ASSET_WORDS.test(text) && (JOINED.test(text) || thingsHad(text).length > 0) && !NOT_WORTH.test(text);
}

/** The things said had that are assets, each with its place (有个冷库 值两百来万, "we have a cold store worth 2m"; round 29, convention 54). */
export function thingsHad(text: string): ReturnType<typeof allMatches> {
  return allMatches(THING_HAD, text).filter((m) => ASSET_WORDS.test(m.text));
}

/**
 * The trade read only from the thing said had and worth a sum (有个冷库 值两百来万: no warehousing): every mention of it inside
 * that phrase; a trade named elsewhere too (我们是做冷库的) stands.
 */
function tradeOfTheThingHad(state: State, u: Understanding, rules: Rules): void {
  if (u.industry === undefined) return;
  const had = thingsHad(state.text);
  const ofIt = ofKind(state, 'industry').filter((m) => m.value === u.industry);
  if (had.length === 0 || ofIt.length === 0) return;
  if (!ofIt.every((m) => had.some((h) => h.start <= m.start && m.end <= h.end))) return;
  dropFields(state, u, rules, ['industry', 'industryWeak'], 'assetsParts', 'the thing said had and worth a sum, no trade');
}

/** The message's one sum of money, when nothing of the firm's or the loan's was read from it (round 28). */
function loneSum(state: State, u: Understanding): Money | undefined {
  if (SITUATION_KEYS.some((k) => u[k] !== undefined && k !== 'purpose' && k !== 'industry')) return undefined;
  const sums = ofKind(state, 'quantity').filter((m) => m.value.kind === 'money');
  const only = sums.length === 1 ? sums[0]!.value : undefined;
  return only?.kind === 'money' ? { value: only.value, currency: only.currency } : undefined;
}

/**
 * "assets? shop + van, roughly 600k": a reply opening with the assets, its one sum said with no word of its own in another
 * phrase, is their worth (the unlabelled sum would go to whatever the dialog asked).
 */
function assetsOpening(state: State, u: Understanding, rules: Rules): void {
  if (u.totalAssetsCny !== undefined || u.amount !== undefined || WANTED.test(state.text)) return;
  const owned = ownedWorth(state.text);
  // ...or the things owned said worth the sum, with no word of assets (厂房加设备差不多五百万, "the trucks are worth around 4m"):
  // the one sum said, also when its worth word (值, worth) left it no role of the firm's.
  const money = u.money ?? (owned ? loneSum(state, u) : undefined);
  if (money === undefined || money.currency !== 'CNY' || !(ASSETS_OPENING.test(state.text) || owned)) return;
  u.totalAssetsCny = money.value;
  rules.totalAssetsCny = `${rules.money ?? 'the sum'}, after the assets named first`;
  state.decisions.push({
    refiner: 'assetsParts',
    action: 'note',
    mention: `totalAssetsCny:${u.totalAssetsCny}`,
    because: 'the assets named first',
  });
  delete u.money;
  delete rules.money;
}

/**
 * The total assets read, no sum wanted and no word of wanting: a purpose read from the things named (设备, 机器, 厂房, a van) and
 * a trade read weakly from them (铺面, 门面, a shop) are the assets' parts, dropped.
 */
export function assetsParts(state: State, u: Understanding, rules: Rules): void {
  assetsOpening(state, u, rules);
  if (u.totalAssetsCny === undefined || u.amount !== undefined || WANTED.test(state.text)) return;
  tradeOfTheThingHad(state, u, rules);
  const keys = u.industryWeak === true ? (['purpose', 'industry', 'industryWeak'] as const) : (['purpose'] as const);
  dropFields(state, u, rules, keys, 'assetsParts', "the assets' parts named beside their worth");
}
