// The assets' parts named beside their worth (资产的话 设备加铺面 一百来万, "assets: the shop + a van, about 600k"): the things
// listed say what the assets are, no need to buy them and no trade of their own (round 22, fix22e).

import type { Understanding } from '../types';
import { dropFields, type Rules } from './assemble';
import type { State } from './mention';

/** A word of wanting, buying or borrowing: with it, a thing named may still be wanted (资产两百万 想再买台设备). */
const WANTED = /想|要|需|买|添|换新|借|贷|\b(?:need|want|buy|get|borrow|loan|new)\b/;

/** The assets named first, as the topic of the reply (资产的话, 固定资产, "assets?", "our assets:"). */
const ASSETS_OPENING = /^\s*(?:(?:our|total|fixed)\s+)*assets?\b|^\s*(?:我们的?)?(?:总|固定)?资产/;

/**
 * "assets? shop + van, roughly 600k": a reply opening with the assets, its one sum said with no word of its own in another
 * phrase, is their worth (the unlabelled sum would go to whatever the dialog asked).
 */
function assetsOpening(state: State, u: Understanding, rules: Rules): void {
  if (u.money === undefined || u.totalAssetsCny !== undefined || u.amount !== undefined || u.money.currency !== 'CNY') return;
  if (!ASSETS_OPENING.test(state.text) || WANTED.test(state.text)) return;
  u.totalAssetsCny = u.money.value;
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
  const keys = u.industryWeak === true ? (['purpose', 'industry', 'industryWeak'] as const) : (['purpose'] as const);
  dropFields(state, u, rules, keys, 'assetsParts', "the assets' parts named beside their worth");
}
