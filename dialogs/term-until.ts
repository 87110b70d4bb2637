// The money's term said by a date (借到明年三月, 用到年底, "pay it back by april", "wont need it till march"; round 52): the NLU, which
// knows no date, reads the month it ends (`termUntil`); this turns it into whole months from the day of the message, in Beijing time,
// so the rest of the dialog sees a term like any other. Pure: the moment is given.

import { localMonth } from '../src/desk/hours';
import type { Understanding } from '../src/nlu/types';

/**
 * Whole months from the message's month to the month named: a month still ahead this year is this year's, one passed is next
 * year's (said in December, "by march" is three months), this very month is its end (one month); "next year's" (明年三月) always is
 * next year's. At least one month.
 */
export function monthsUntil(until: { month: number; nextYear?: true }, at: number): number {
  const ahead = until.month - localMonth(at);
  const months = until.nextYear ? 12 + ahead : ahead >= 0 ? ahead : 12 + ahead;
  return Math.max(1, months);
}

/** The understanding with a term by a date turned into months (`termMonths`), when no term was said in months. */
export function withDatedTerm(understanding: Understanding, at: number): Understanding {
  const { termUntil, ...rest } = understanding;
  if (termUntil === undefined) return understanding;
  return rest.termMonths !== undefined ? rest : { ...rest, termMonths: monthsUntil(termUntil, at) };
}
