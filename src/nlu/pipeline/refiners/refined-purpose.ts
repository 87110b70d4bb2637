// Narrows a broad purpose into the knowledge module's finer ids: starting a firm that has no
// revenue yet (`startup`: no trading history to lend on, so the startup guaranteed loan) and
// renovating the premises (`renovation`: there is nothing to lease). Only the broad readings of
// the same words are narrowed (working capital, equipment, or no purpose at all for a start-up);
// renovating narrows a purpose already read, since 装修 alone is also a trade ("做装修的"). The
// bare word 装修 is read both ways (tradeOrPurpose): as a purpose it is renovation, so that an owner
// who answers the purpose question with 装修 gets renovation, not equipment.

import { note, ofKind, scopes, type MentionOf, type State } from '../mention';

/** The purposes a detail may narrow (undefined: none read). */
const REFINABLE: ReadonlySet<string | undefined> = new Set([undefined, 'equipment-expansion', 'working-capital']);

function firstPurpose(state: State): MentionOf<'purpose'> | undefined {
  let best: MentionOf<'purpose'> | undefined;
  for (const m of ofKind(state, 'purpose')) if (best === undefined || m.rank < best.rank) best = m;
  return best;
}

export function refinedPurpose(state: State): void {
  const details = ofKind(state, 'purpose-detail');
  if (details.length === 0) return;
  const purpose = firstPurpose(state);
  if (!REFINABLE.has(purpose?.value)) return;
  const detail = details.find((d) => d.value === 'startup') ?? (purpose === undefined ? undefined : details[0]);
  if (detail === undefined) return;
  // Premises taken over and fitted out (把隔壁铺面盘下来 再装修一下, "take over the unit next door and
  // renovate it"): the money makes more room, expansion; the fitting out is part of it.
  const takenOver = scopes(state, 'more-premises')[0];
  if (detail.value === 'renovation' && purpose?.value === 'equipment-expansion' && takenOver !== undefined) {
    note(state, 'refinedPurpose', detail, 'note', `premises taken over (${takenOver.rule}): expansion, not renovation`);
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
