// The contract's stage of a conversation, decided in one place from the machine's state tags.

import { describe, expect, it } from 'vitest';
import { STATE_NAMES, stageOf } from '../../dialogs/machine';
import type { DialogContext } from '../../dialogs/types';

const fresh: DialogContext = {
  locale: 'zh-CN',
  profile: {},
  awaiting: null,
  skipped: [],
  choices: [],
  choiceMode: 'number',
  listed: [],
  handoff: false,
  greeted: true,
};
const complete: DialogContext = {
  ...fresh,
  profile: {
    industry: 'accommodation',
    employees: 8,
    annualRevenueCny: 1_200_000,
    sizeClass: 'micro',
    purpose: 'working-capital',
    amount: { value: 300_000, currency: 'CNY' },
    termMonths: 6,
  },
};

describe('the stage', () => {
  it('reads the state names from the machine', () => {
    expect(STATE_NAMES).toEqual(['collecting', 'advising', 'handoff', 'confirmingDelete']);
  });

  it('follows each state, and while a deletion is confirmed, whether the profile is complete', () => {
    const table = STATE_NAMES.flatMap((state) => [
      [state, 'fresh', stageOf(fresh, state)],
      [state, 'complete', stageOf(complete, state)],
      [state, 'in hand-off', stageOf({ ...complete, handoff: true }, state)],
    ]);
    expect(table).toEqual([
      ['collecting', 'fresh', 'collecting'],
      ['collecting', 'complete', 'collecting'],
      ['collecting', 'in hand-off', 'handoff'],
      ['advising', 'fresh', 'advising'],
      ['advising', 'complete', 'advising'],
      ['advising', 'in hand-off', 'handoff'],
      ['handoff', 'fresh', 'handoff'],
      ['handoff', 'complete', 'handoff'],
      ['handoff', 'in hand-off', 'handoff'],
      ['confirmingDelete', 'fresh', 'collecting'],
      ['confirmingDelete', 'complete', 'advising'],
      ['confirmingDelete', 'in hand-off', 'handoff'],
    ]);
  });
});
