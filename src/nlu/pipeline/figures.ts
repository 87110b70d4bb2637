// The role of each figure: reads the cue mentions around each quantity, within its clause, to
// tell revenue from assets from the sum needed, staff from customers, a loan's term from the
// firm's age or a rate. Quantities nothing explains stay as `money` for the dialog to place.
// Every slot it fills records the rule that decided it.

import type { Money } from '../../knowledge/profile';
import {
  AGE_AFTER,
  AGE_BEFORE,
  type MoneySlot,
  NOT_STAFF_BEFORE,
  PEOPLE_LABEL_BEFORE,
  PER_YEAR_AFTER,
  NOT_ENOUGH_AFTER,
  TOTAL_BEFORE,
  DENIED_BEFORE,
  STRICTLY_BELOW_BEFORE,
  PER_DAY,
  PER_MONTH,
  RATE_AFTER,
  RATE_BEFORE,
  TERM_AFTER,
  TERM_BEFORE,
} from '../lexicon/index';
import type { Quantity } from '../numbers';

export interface Slots {
  employees?: number;
  annualRevenueCny?: number;
  totalAssetsCny?: number;
  amount?: Money;
  money?: Money;
  /** A sum the message says is wrong; the dialog corrects the figure that held it. */
  deniedMoney?: Money;
  termMonths?: number;
  /** The rule behind each slot filled. */
  rules: Partial<Record<SlotName, string>>;
}
export type SlotName = 'employees' | 'annualRevenueCny' | 'totalAssetsCny' | 'amount' | 'money' | 'deniedMoney' | 'termMonths';

export interface Cue {
  slot: MoneySlot;
  start: number;
  end: number;
  rule: string;
}

// Clauses end at punctuation; "," and "." inside a number ("800,000", "1.5") do not count.
const CLAUSE_END = /[,.;!?。；！？、\n]/g;
/** How far back from a number its cues are read: a clause's tail, never a whole essay. */
const WINDOW = 24;
/** A bare number ("营业额800000") takes a money cue only when the cue is this close. */
const BARE_CUE_DISTANCE = 8;
/**
 * ...and only from this value up: "营业额300" may be 300 yuan or 300万 (people drop the 万 when
 * the question asked in 万). Not guessed here; the dialog asks again.
 */
const BARE_MONEY_FROM = 1000;
/** Between a sum and a duration that is its rate ("1.2 million yuan a year", "800万/年"). */
const RATE_GAP = /^(?:\s*\/\s*)?$/;

function clauseBounds(text: string, quantities: readonly Quantity[]): number[] {
  const bounds: number[] = [];
  let qi = 0;
  CLAUSE_END.lastIndex = 0;
  for (let m = CLAUSE_END.exec(text); m !== null; m = CLAUSE_END.exec(text)) {
    const at = m.index;
    // Quantities are in text order: skip those that end before this mark.
    while (qi < quantities.length && (quantities[qi]?.end ?? 0) <= at) qi += 1;
    const q = quantities[qi];
    if (q === undefined || at < q.start) bounds.push(at);
  }
  return bounds;
}

function clauseOf(bounds: readonly number[], textLength: number, at: number): [number, number] {
  let start = 0;
  let end = textLength;
  for (const b of bounds) {
    if (b < at) start = b + 1;
    else {
      end = b;
      break;
    }
  }
  return [start, end];
}

/** A head count, one fewer when the message says "fewer than" it ("不到10个人" is at most 9). */
function headCount(value: number, before: string): number {
  const n = Math.round(value); // "七八个人" is 8, not 7.5
  return STRICTLY_BELOW_BEFORE.test(before) && n > 1 ? n - 1 : n;
}

/**
 * The cue nearest to a quantity within its clause and WINDOW, before or after it (before wins a
 * tie), not reaching across another sum of money: in "营业额800万想借100万" the 100万 is the loan's.
 * `previousSumEnd`/`nextSumStart` bound the stretch of text that belongs to this quantity.
 */
function nearestCue(
  q: Quantity,
  cues: readonly Cue[],
  clause: [number, number],
  previousSumEnd: number,
  nextSumStart: number,
): { cue: Cue; distance: number } | undefined {
  const from = Math.max(clause[0], previousSumEnd);
  const to = Math.min(clause[1], nextSumStart);
  let best: { cue: Cue; distance: number } | undefined;
  for (const cue of cues) {
    if (cue.start >= to || cue.start > q.end + WINDOW) break;
    if (cue.start < from || cue.end > to || cue.end < q.start - WINDOW) continue;
    let distance: number;
    if (cue.end <= q.start) distance = q.start - cue.end;
    else if (cue.start >= q.end) distance = cue.start - q.end + 0.5;
    else continue;
    if (best === undefined || distance < best.distance) best = { cue, distance };
  }
  return best;
}

function annualize(value: number, clauseText: string): number {
  if (PER_MONTH.test(clauseText)) return value * 12;
  if (PER_DAY.test(clauseText)) return value * 365;
  return value;
}

function setMoney(slots: Slots, slot: MoneySlot | undefined, money: Money, clauseText: string, why: string): void {
  const cny = money.currency === 'CNY';
  // Revenue and assets are kept in yuan; with no exchange rates in a pure function, a foreign
  // currency revenue is left as plain `money` for the dialog to ask about.
  if (slot === 'revenue' && cny) {
    if (slots.annualRevenueCny !== undefined) return;
    slots.annualRevenueCny = Math.round(annualize(money.value, clauseText) * 100) / 100;
    slots.rules.annualRevenueCny = why;
  } else if (slot === 'assets' && cny) {
    if (slots.totalAssetsCny !== undefined) return;
    slots.totalAssetsCny = money.value;
    slots.rules.totalAssetsCny = why;
  } else if (slot === 'amount') {
    if (slots.amount !== undefined) return;
    slots.amount = money;
    slots.rules.amount = why;
  } else if (slot === 'other' || slot === 'price') {
    // Unit prices, rent, profit, costs: true sums, but not ones the profile keeps.
  } else {
    if (slots.money !== undefined) return;
    slots.money = money;
    slots.rules.money = why;
  }
}

/** A staff role word's span ("厨师", "drivers"). */
export interface RoleSpan {
  start: number;
  end: number;
  role: string;
}
/** How close a role word stands to its head count: "厨师四个", "四个厨师", "8 drivers", "3 office staff". */
const ROLE_REACH = 2;

function roleOf(q: Quantity, roles: readonly RoleSpan[]): string | undefined {
  for (const r of roles) {
    if (r.start < q.end && q.start < r.end) return r.role;
    if (r.end <= q.start && q.start - r.end <= ROLE_REACH) return r.role;
    if (r.start >= q.end && r.start - q.end <= ROLE_REACH) return r.role;
  }
  return undefined;
}

/**
 * The staff: a head count said to be the total ("一共6个人"); else head counts given by role
 * ("厨师四个、服务员五个", "8 drivers and 3 office staff") summed; else the largest.
 */
function staff(heads: readonly Head[]): Head | undefined {
  const total = heads.find((h) => h.total);
  if (total !== undefined) return total;
  const byRole = heads.filter((h) => h.role !== undefined);
  if (byRole.length >= 2) {
    return {
      value: byRole.reduce((sum, h) => sum + h.value, 0),
      total: false,
      why: `figure:staff summed by role: ${byRole.map((h) => h.why).join(' + ')}`,
    };
  }
  return heads.reduce<Head | undefined>((a, h) => (a && a.value >= h.value ? a : h), undefined);
}

interface Head {
  value: number;
  total: boolean;
  why: string;
  role?: string;
}

export function readSlots(text: string, quantities: readonly Quantity[], cues: readonly Cue[], roles: readonly RoleSpan[] = []): Slots {
  const slots: Slots = { rules: {} };
  if (quantities.length === 0) return slots;
  const bounds = clauseBounds(text, quantities);
  const sums = quantities.filter((q) => q.kind === 'money');
  let sumIndex = 0;
  let term: { value: number; why: string } | undefined;
  let termWithCue: { value: number; why: string } | undefined;
  let deniedPeople = false;
  /** Head counts in the message ("2个厨师，3个服务员，一共6个人"): the total, else the largest. */
  const heads: Head[] = [];
  /** What a denied sum was ("营业额不是300万"): the sum that corrects it is the same figure. */
  let deniedCue: MoneySlot | undefined;

  for (const q of quantities) {
    const clause = clauseOf(bounds, text.length, q.start);
    const before = text.slice(Math.max(clause[0], q.start - WINDOW), q.start);
    const after = text.slice(q.end, Math.min(clause[1], q.end + WINDOW));
    const clauseText = text.slice(clause[0], clause[1]);
    // Sums before and after this quantity: a cue never reaches across them.
    while (sumIndex < sums.length && (sums[sumIndex]?.start ?? 0) < q.start) sumIndex += 1;
    const previousSumEnd = sums[sumIndex - 1]?.end ?? 0;
    const nextSum = sums[sumIndex] === q ? sums[sumIndex + 1] : sums[sumIndex];
    const nextSumStart = nextSum?.start ?? text.length;
    if (DENIED_BEFORE.test(before) || (q.kind === 'money' && NOT_ENOUGH_AFTER.test(text.slice(q.end)))) {
      if (q.kind === 'money') {
        if (slots.deniedMoney === undefined) {
          slots.deniedMoney = { value: q.value, currency: q.currency };
          slots.rules.deniedMoney = `figure:denied "${text.slice(q.start, q.end)}"`;
        }
        deniedCue ??= nearestCue(q, cues, clause, previousSumEnd, nextSumStart)?.cue.slot;
      }
      // "员工不是5个，是8个", "not 5 staff but 8": the number that follows is the head count.
      if (q.kind === 'people' || (q.kind === 'number' && PEOPLE_LABEL_BEFORE.test(before.replace(DENIED_BEFORE, '')))) deniedPeople = true;
      continue;
    }

    switch (q.kind) {
      case 'money': {
        const near = nearestCue(q, cues, clause, previousSumEnd, nextSumStart);
        // No cue of its own: the figure it corrects, or "600k a year" is a year's revenue.
        const slot = near?.cue.slot ?? deniedCue ?? (PER_YEAR_AFTER.test(after) ? 'revenue' : undefined);
        const why =
          near !== undefined
            ? `figure:${slot} "${text.slice(q.start, q.end)}" by ${near.cue.rule}`
            : `figure:${slot ?? 'unlabelled'} "${text.slice(q.start, q.end)}"${slot === undefined ? '' : deniedCue !== undefined ? ' corrects a denied figure' : ' a year'}`;
        setMoney(slots, slot, { value: q.value, currency: q.currency }, clauseText, why);
        break;
      }
      case 'people': {
        const role = roleOf(q, roles);
        // A role decides ("服务员五个" is staff, though 服务 before a count is usually customers served).
        if (role !== undefined || !NOT_STAFF_BEFORE.test(before))
          heads.push({
            value: headCount(q.value, before),
            total: TOTAL_BEFORE.test(before),
            why: `figure:staff "${text.slice(q.start, q.end)}"${role === undefined ? '' : ` ${role}`}`,
            role,
          });
        break;
      }
      case 'number': {
        const role = roleOf(q, roles);
        if (role !== undefined) {
          heads.push({
            value: headCount(Math.round(q.value), before),
            total: TOTAL_BEFORE.test(before),
            why: `figure:staff "${text.slice(q.start, q.end)}" ${role}`,
            role,
          });
          break;
        }
        if (PEOPLE_LABEL_BEFORE.test(before) || deniedPeople) {
          heads.push({
            value: headCount(Math.round(q.value), before),
            total: TOTAL_BEFORE.test(before),
            why: `figure:staff "${text.slice(q.start, q.end)}" by a head-count label`,
          });
          break;
        }
        const near = nearestCue(q, cues, clause, previousSumEnd, nextSumStart);
        if (near !== undefined && near.distance <= BARE_CUE_DISTANCE && q.value >= BARE_MONEY_FROM) {
          setMoney(
            slots,
            near.cue.slot,
            { value: q.value, currency: 'CNY' },
            clauseText,
            `figure:${near.cue.slot} bare "${text.slice(q.start, q.end)}" by ${near.cue.rule}`,
          );
        }
        break;
      }
      case 'duration': {
        if (AGE_BEFORE.test(before) || AGE_AFTER.test(after)) break;
        if (RATE_BEFORE.test(before) || RATE_AFTER.test(after)) break;
        // "800万一年", "800万/年", "1.2 million yuan a year"; not "借20万 一年" (a space, then a term).
        const gap = text.slice(previousSumEnd, q.start);
        const sumJustBefore =
          previousSumEnd > 0 &&
          (RATE_GAP.test(gap) || (/^\s+$/.test(gap) && /^(?:a|an|per|each|every)\b/i.test(text.slice(q.start, q.end))));
        if (sumJustBefore) break;
        // "一年1500万流水", "一个月3万多营业额": the period of the revenue that follows, no term.
        const periodOfRevenue =
          nextSum !== undefined &&
          /^\s*$/.test(text.slice(q.end, nextSum.start)) &&
          cues.some((c) => c.slot === 'revenue' && c.start >= nextSum.end && c.start - nextSum.end <= 1);
        if (periodOfRevenue) break;
        if (q.value <= 0) break;
        term ??= { value: q.value, why: `figure:term "${text.slice(q.start, q.end)}"` };
        if (TERM_BEFORE.test(before) || TERM_AFTER.test(after))
          termWithCue ??= { value: q.value, why: `figure:term "${text.slice(q.start, q.end)}" by a term word` };
        break;
      }
    }
  }
  const total = staff(heads);
  if (total !== undefined) {
    slots.employees = total.value;
    slots.rules.employees = total.why;
  }
  const termMonths = termWithCue ?? term;
  if (termMonths !== undefined) {
    slots.termMonths = termMonths.value;
    slots.rules.termMonths = termMonths.why;
  }
  return slots;
}
