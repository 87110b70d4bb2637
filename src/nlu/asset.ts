// What the money buys, beside the Understanding (round 24): an equipment purpose read from an asset bought (想借30万买个冷库,
// "need a new oven", 添两辆冷链车) rather than premises, a branch or land (开第二家店, "open a second branch"). Leasing
// finances the asset itself whatever the trade (src/knowledge/services.ts, leasing-needs-machine-trade), so the dialog keeps
// it with the purpose. Read from the words the purpose came from (the rule `understand(text, { explain: true })` records),
// not a field of the Understanding: the corpus and the API keep its shape.

import { ASSET_WORDS } from './lexicon';
import type { Understanding } from './types';

/** The words quoted in a rule: `purpose:equipment-expansion "买个冷"` → 买个冷. */
const QUOTED = /"([^"]*)"/;

/** Whether the message's purpose is an asset bought: an equipment purpose whose words name a machine, a vehicle or a cold room. */
export function assetNamed(u: Understanding): boolean {
  if (u.purpose !== 'equipment-expansion') return false;
  const words = QUOTED.exec(u.rules?.purpose ?? '')?.[1];
  return words !== undefined && ASSET_WORDS.test(words);
}
