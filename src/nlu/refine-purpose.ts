// Refines the purpose the pipeline read into the knowledge module's finer ids: renovating the
// premises (`renovation`: there is nothing to lease) and starting a firm that has no revenue yet
// (`startup`: no trading history to lend on, so the startup guaranteed loan). Word lists in
// lexicon/{zh,en}/questions.ts. A firm that does renovation as its trade keeps its purpose.

import type { PurposeId } from '../knowledge/ids';
import { EN_REFINED_PURPOSES } from './lexicon/en/questions';
import { ZH_REFINED_PURPOSES } from './lexicon/zh/questions';
import type { Understanding } from './types';

/** Purposes a refinement may replace: the broad readings of the same words. */
const REFINABLE: ReadonlySet<PurposeId | undefined> = new Set([undefined, 'equipment-expansion', 'working-capital']);

/** `text` is the message as normalize() left it (understand normalizes once for every step). */
export function refinePurpose(text: string, u: Understanding): Understanding {
  if (!REFINABLE.has(u.purpose) || u.tradeOrPurpose) return u;
  if (ZH_REFINED_PURPOSES.startup.test(text) || EN_REFINED_PURPOSES.startup.test(text)) return { ...u, purpose: 'startup' };
  // Renovating refines a purpose already read (装修 is also a trade: "做装修的" is no purpose).
  if (u.purpose !== undefined && (ZH_REFINED_PURPOSES.renovation.test(text) || EN_REFINED_PURPOSES.renovation.test(text))) {
    return { ...u, purpose: 'renovation' };
  }
  return u;
}
