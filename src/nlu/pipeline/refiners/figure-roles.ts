// The role of each figure (loan, revenue, price, assets, staff, term, age, rate): the cue and mark
// mentions that survived the other refiners are read around each quantity by figures.ts. Its decisions
// are recorded as notes; the slots it fills go to the assembler. A clause that states a cost
// (a sum read as rent, wages, a repayment, money spent) names no purpose (costsStated).

import { WANTING } from '../../lexicon/index';
import { Marks, readSlots, type Slots } from '../figures';
import { drop, ofKind, type State } from '../mention';

export function figureRoles(state: State): Slots {
  const quantities = ofKind(state, 'quantity').map((m) => m.value);
  const cues = ofKind(state, 'cue').map((m) => ({
    slot: m.value,
    start: m.start,
    end: m.end,
    rule: m.rule,
    words: state.text.slice(m.start, m.end),
  }));
  const customers = ofKind(state, 'scope').filter((s) => s.value === 'customers');
  const roles = ofKind(state, 'role').map((m) => ({
    start: m.start,
    end: m.end,
    role: m.value,
    customer: customers.some((s) => s.start <= m.start && m.end <= s.end),
  }));
  const marks = new Marks(state.text, ofKind(state, 'mark'));
  // The firm's trade named (no trade of another's: those are dropped before): a bare sum's year after it is its takings.
  const firmNamed = ofKind(state, 'industry').length > 0;
  const slots = readSlots(
    state.text,
    quantities,
    cues,
    roles,
    marks,
    (figure, because) => state.decisions.push({ refiner: 'figureRoles', action: 'note', mention: figure, because }),
    firmNamed,
  );
  costsStated(state, slots.costs);
  for (const [slot, why] of Object.entries(slots.rules)) {
    state.decisions.push({ refiner: 'figureRoles', action: 'note', mention: slot, because: why ?? '' });
  }
  return slots;
}

/**
 * A clause that states a cost names no purpose ("房租一年两万", "we spent 400k on renovation, now
 * need 200k working capital"), unless the message asks for money and gives no other reason
 * ("每月工资支出10万，需要借30万": the wages are what the loan is for). A start-up is no use of
 * money but the firm's state: a rent stated ("还没开起来 ... 一个月租金六千") leaves it not open.
 */
function costsStated(state: State, clauses: Slots['costs']): void {
  if (clauses.length === 0) return;
  const inCost = (m: { start: number; end: number }) => clauses.some((c) => m.start >= c.start && m.end <= c.end);
  const purposes = state.mentions.filter((m) => m.kind === 'purpose' || m.kind === 'purpose-detail');
  // A bare verb of wanting asks for nothing ("房租一年五万 要准备不少钱").
  const asks = ofKind(state, 'cue').some((c) => c.value === 'amount' && !inCost(c) && !WANTING.has(state.text.slice(c.start, c.end)));
  if (asks && !purposes.some((m) => !inCost(m))) return;
  for (const c of clauses) {
    drop(
      state,
      'figureRoles',
      (m) => (m.kind === 'purpose' || m.kind === 'purpose-detail') && m.value !== 'startup' && m.start >= c.start && m.end <= c.end,
      `in a clause that states a cost (${c.rule})`,
    );
  }
}
