// interpret(): what a message means where the conversation stands. The conversation tables cover
// the common paths; these are the edges a table would not show.

import { describe, expect, it } from 'vitest';
import { choiceIntent, interpret } from '../../dialogs/interpret';
import { applyUnderstanding } from '../../dialogs/slots';
import type { ChoiceId, DialogContext } from '../../dialogs/types';

const context = (over: Partial<DialogContext> = {}): DialogContext => ({
  locale: 'zh-CN',
  profile: {},
  awaiting: null,
  skipped: [],
  choices: [],
  choiceMode: 'number',
  listed: [],
  handoff: false,
  greeted: true,
  ...over,
});

describe('interpret', () => {
  it('reads a number as a choice while choices are numbered, as a figure while a figure is awaited', () => {
    const asking = context({ awaiting: 'purpose', choices: ['purpose:working-capital', 'purpose:equipment-expansion'] });
    expect(interpret(asking, { language: null, number: 2 })).toEqual({
      type: 'intent.answer',
      understanding: { language: null, purpose: 'equipment-expansion' },
    });
    const sizing = context({ awaiting: 'size', profile: { industry: 'retail' }, choices: ['size:micro', 'skip'], choiceMode: 'text' });
    expect(interpret(sizing, { language: null, number: 2 })).toMatchObject({ type: 'intent.answer', understanding: { number: 2 } });
  });

  it('lets a deletion request win over everything else the message says', () => {
    expect(interpret(context(), { language: null, command: 'delete-data', industry: 'retail', number: 1 })).toEqual({
      type: 'intent.delete',
    });
  });

  it('answers a question about risks even when the message also carries a slot', () => {
    expect(interpret(context(), { language: null, command: 'risks', declaredSize: 'small' })).toEqual({ type: 'intent.risks' });
  });

  it('reads "details 2" as the second service of the last advice', () => {
    const advised = context({ listed: ['financial-leasing', 'crowdfunding'], choices: ['service:financial-leasing', 'cmd:risks'] });
    expect(interpret(advised, { language: null, number: 2, command: 'details' })).toEqual({
      type: 'intent.service',
      serviceId: 'crowdfunding',
    });
  });

  it('asks a question of the item of the advice it names by its number (第二个要准备哪些材料, "the first one, where do we apply")', () => {
    const advised = context({ listed: ['financial-leasing', 'crowdfunding'], choices: ['service:financial-leasing', 'cmd:risks'] });
    expect(interpret(advised, { language: 'zh-CN', question: 'what-to-bring', number: 2 })).toEqual({
      type: 'intent.question',
      question: 'what-to-bring',
      serviceId: 'crowdfunding',
    });
    expect(interpret(advised, { language: 'en', question: 'where-to-apply', number: 1 })).toEqual({
      type: 'intent.question',
      question: 'where-to-apply',
      serviceId: 'financial-leasing',
    });
  });

  it('weighs the items of the advice named by their places (第一个跟第二个哪个好); one place beyond the list weighs nothing', () => {
    const advised = context({ listed: ['financial-leasing', 'crowdfunding'], choices: ['service:financial-leasing', 'cmd:risks'] });
    expect(interpret(advised, { language: 'zh-CN', question: 'which-is-best', items: [2, 1] })).toEqual({
      type: 'intent.question',
      question: 'which-is-best',
      compared: ['crowdfunding', 'financial-leasing'],
    });
    expect(interpret(advised, { language: 'zh-CN', question: 'which-is-best', items: [2, 3] })).toEqual({
      type: 'intent.question',
      question: 'which-is-best',
    });
  });
});

describe('choiceIntent', () => {
  it.each<[string, string]>([
    ['cmd:toString', 'intent.unknown'],
    ['cmd:constructor', 'intent.unknown'],
    ['size:gigantic', 'intent.unknown'],
    ['industry:piracy', 'intent.unknown'],
    ['service:p2p-lending', 'intent.service'],
    ['cmd:p2p', 'intent.service'],
    ['cmd:risks', 'intent.risks'],
    ['cmd:restart', 'intent.restart'],
  ])('maps %s (even one from a tampered snapshot) to %s', (choice, type) => {
    expect(choiceIntent(choice as ChoiceId, { language: null }).type).toBe(type);
  });
  it('asks whether a bare 1 to 5 for the term is months or years; takes 6 and up as months, 1.5 as a year and a half', () => {
    const terming = context({ awaiting: 'term', profile: { industry: 'catering' }, choices: ['skip'], choiceMode: 'text' });
    expect(interpret(terming, { language: 'zh-CN', number: 2 })).toEqual({ type: 'intent.place-term', number: 2 });
    expect(interpret(terming, { language: 'zh-CN', number: 12 })).toEqual({
      type: 'intent.answer',
      understanding: { language: 'zh-CN', number: 12 },
    });
    expect(interpret(terming, { language: 'zh-CN', number: 2, industry: 'retail' })).toEqual({
      type: 'intent.answer',
      understanding: { language: 'zh-CN', number: 2, industry: 'retail' },
    });
    const picked = (choice: ChoiceId) => choiceIntent(choice, { language: 'en' });
    expect([picked('term:3'), picked('term:36')]).toEqual([
      { type: 'intent.answer', understanding: { language: null, termMonths: 3 } },
      { type: 'intent.answer', understanding: { language: null, termMonths: 36 } },
    ]);
    const half = (n: number) =>
      applyUnderstanding({ industry: 'catering' }, { language: 'zh-CN', number: n }, 'term', 'zh-CN').profile.termMonths;
    expect([half(1.5), half(0.5), half(2), half(18)]).toEqual([18, 6, undefined, 18]);
  });
});
