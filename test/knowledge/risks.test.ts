// The risk module's cross-references: the advice given for "what does it cost?" is the paper's
// own (actions of the risks it names), so a renamed or dropped action fails here, not in a reply.

import { describe, expect, it } from 'vitest';
import { COST_ACTIONS, RISKS } from '../../src/knowledge/risks';

describe('COST_ACTIONS', () => {
  it('names only actions the risks have', () => {
    expect(COST_ACTIONS.length).toBeGreaterThan(0);
    for (const { risk, action } of COST_ACTIONS) expect(RISKS[risk].actions, `${risk}.${action}`).toContain(action);
  });

  it('draws on risks the paper places in §3.1 (the price of money)', () => {
    for (const { risk } of COST_ACTIONS) expect(RISKS[risk].citations).toContain('§3.1');
  });
});
