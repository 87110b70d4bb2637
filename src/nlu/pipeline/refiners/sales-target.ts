// Sales hoped for or aimed at ("明年争取做到两百万", "一年能走个八九十万 明年想冲到一百五十万", "hope to hit 2m
// next year", "we want to grow to 5m next year", "明年想做到五百万"): the sum is what the owner wants to sell one day,
// neither the revenue now nor a sum wanted. Wanting (想, want) makes no loan: only a word of borrowing (借, 贷,
// loan, borrow, finance) in the same phrase does ("明年想借到五十万", "want to hit 2m next year and borrow 200k"),
// and then only the sum nearest to it is the one wanted; the target beside it is still none.

import { TARGET_BORROWING } from '../../lexicon';
import { drop, isMoney, type Mention, overlaps, scopes, type State } from '../mention';

/** The sums hoped for, their period (目标是一年五百万) and their cues. */
const isSalesFigure = (m: Mention): boolean =>
  (m.kind === 'quantity' && (m.value.kind === 'money' || m.value.kind === 'duration')) ||
  (m.kind === 'cue' && (m.value === 'revenue' || m.value === 'other'));

/** How far a mention lies from another (0 when they touch or overlap). */
const distance = (a: Mention, b: Mention): number => Math.max(0, a.start - b.end, b.start - a.end);

/**
 * Sales so far in a firm's first months or year (开业快半年了 一共卖了二十来万, "first year of business, revenue so far about 200k"; round 36,
 * fix36e, convention 263): a total over part of a year, no year's revenue; a sum wanted beside it stands.
 */
export function salesSoFar(state: State): void {
  for (const span of scopes(state, 'sales-so-far')) {
    drop(
      state,
      'salesSoFar',
      (m) => overlaps(span, m) && ((m.kind === 'quantity' && m.value.kind === 'money') || (m.kind === 'cue' && m.value === 'revenue')),
      'sold so far in the first months: no year’s revenue',
    );
  }
}

export function salesTarget(state: State): void {
  for (const span of scopes(state, 'sales-target')) {
    const inSpan = state.mentions.filter((m) => overlaps(span, m));
    const borrowing = inSpan.filter(
      (m) => m.kind === 'cue' && m.value === 'amount' && TARGET_BORROWING.test(state.text.slice(m.start, m.end)),
    );
    // The sums a word of borrowing names: the nearest to each.
    const sums = inSpan.filter(isMoney);
    const wanted = new Set<Mention>();
    for (const cue of borrowing) {
      const nearest = [...sums].sort((a, b) => distance(a, cue) - distance(b, cue))[0];
      if (nearest !== undefined) wanted.add(nearest);
    }
    drop(
      state,
      'salesTarget',
      (m) =>
        overlaps(span, m) &&
        !wanted.has(m) &&
        !borrowing.includes(m) &&
        (isSalesFigure(m) || (wanted.size === 0 && m.kind === 'cue' && m.value === 'amount')),
      'sales hoped for or aimed at: no revenue now, no sum wanted (only a word of borrowing names one)',
    );
  }
}
