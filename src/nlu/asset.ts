// What the money buys, beside the Understanding (round 24, premises round 25): an equipment purpose read from an asset bought
// (想借30万买个冷库, "need a new oven", 添两辆冷链车), from premises opened instead (开第二家店, "open a second branch"), or
// neither said (扩大生产, "expand"). Leasing finances the asset itself whatever the trade, and never a shop or a branch
// (src/knowledge/services.ts, leasing-needs-machine-trade, leasing-not-for-premises), so the dialog keeps it with the purpose.
// Read from the words the purpose came from (the rule `understand(text, { explain: true })` records), not a field of the
// Understanding: the corpus and the API keep its shape.

import { ASSET_WORDS, PREMISES_WORDS } from './lexicon';
import type { Understanding } from './types';

/** The words quoted in a rule: `purpose:equipment-expansion "买个冷"` → 买个冷. */
const QUOTED = /"([^"]*)"/;

/**
 * Whether the message's equipment purpose is an asset bought (true: a machine, a vehicle, a cold room), premises opened
 * (false: another shop, a branch), or neither said (undefined); an asset among the words wins over the premises.
 */
export function assetNamed(u: Understanding): boolean | undefined {
  if (u.purpose !== 'equipment-expansion') return undefined;
  const words = QUOTED.exec(u.rules?.purpose ?? '')?.[1];
  if (words === undefined) return undefined;
  if (ASSET_WORDS.test(words)) return true;
  return PREMISES_WORDS.test(words) ? false : undefined;
}
