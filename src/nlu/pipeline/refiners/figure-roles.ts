// The role of each figure (loan, revenue, price, assets, staff, term, age, rate): the cue and mark
// mentions that survived the other refiners are read around each quantity by figures.ts. Its decisions
// are recorded as notes; the slots it fills go to the assembler.

import { Marks, readSlots, type Slots } from '../figures';
import { ofKind, type State } from '../mention';

export function figureRoles(state: State): Slots {
  const quantities = ofKind(state, 'quantity').map((m) => m.value);
  const cues = ofKind(state, 'cue').map((m) => ({ slot: m.value, start: m.start, end: m.end, rule: m.rule }));
  const roles = ofKind(state, 'role').map((m) => ({ start: m.start, end: m.end, role: m.value }));
  const marks = new Marks(state.text, ofKind(state, 'mark'));
  const slots = readSlots(state.text, quantities, cues, roles, marks, (figure, because) =>
    state.decisions.push({ refiner: 'figureRoles', action: 'note', mention: figure, because }),
  );
  for (const [slot, why] of Object.entries(slots.rules)) {
    state.decisions.push({ refiner: 'figureRoles', action: 'note', mention: slot, because: why ?? '' });
  }
  return slots;
}
