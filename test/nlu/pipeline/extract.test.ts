// Extractors: what each finds in a message, as exact mentions (kind, value, span, rule).

import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/nlu/normalize';
import { EXTRACTORS, type Extractor } from '../../../src/nlu/pipeline/extract';
import type { Mention, State } from '../../../src/nlu/pipeline/mention';

function run(names: readonly string[], raw: string): Mention[] {
  const state: State = { text: normalize(raw), mentions: [], decisions: [] };
  for (const name of names) {
    const extract = EXTRACTORS.find(([n]) => n === name)?.[1] as Extractor;
    extract(state);
  }
  return state.mentions;
}

describe('extractors', () => {
  it('industries: every word of every rule, with its priority', () => {
    expect(run(['industries'], '我姐开饭店，我自己做五金')).toEqual([
      { kind: 'industry', value: 'catering', priority: 25, start: 3, end: 5, rule: 'industry:catering@25 "饭店"' },
      { kind: 'industry', value: 'retail', priority: 11, start: 2, end: 5, rule: 'industry:retail@11 "开饭店"' },
      { kind: 'industry', value: 'retail', priority: 10, start: 10, end: 12, rule: 'industry:retail@10 "五金"' },
    ]);
  });

  it('services: one mention per name, the words inside it are no other mention', () => {
    expect(run(['services'], '用微信支付和借呗')).toEqual([
      { kind: 'service', value: 'third-party-payment', start: 1, end: 5, rule: 'service:third-party-payment "微信支付"' },
      { kind: 'service', value: 'big-data-finance', start: 6, end: 8, rule: 'service:big-data-finance "借呗"' },
    ]);
  });

  it('questions: the scope covers the topic asked about, within its clause', () => {
    expect(run(['questions'], '我们开客栈的，租赁是哪样意思')).toEqual([
      { kind: 'scope', value: 'question', start: 7, end: 14, rule: 'scope:question "租赁是哪样意思"' },
    ]);
    expect(run(['questions'], 'what is crowdfunding?')).toEqual([
      { kind: 'scope', value: 'question', start: 0, end: 20, rule: 'scope:question "what is crowdfunding"' },
    ]);
  });

  it('scopes: a denial of a fact runs to the end of its clause (a space before a Chinese phrase ends it)', () => {
    expect(run(['scopes'], '我没得京东的单子 咋个整')).toEqual([
      { kind: 'scope', value: 'denial', start: 1, end: 8, rule: 'scope:denial "没得京东的单子"' },
    ]);
  });

  it('scopes: a relative and their business', () => {
    expect(run(['scopes'], '我哥在昆明开物流公司，我在大理开民宿')).toEqual([
      { kind: 'scope', value: 'relative', start: 1, end: 10, rule: 'scope:relative "哥在昆明开物流公司"' },
    ]);
  });

  it('cues: a unit price is a cue of its own', () => {
    expect(run(['cues'], '每袋卖60元，想借20万')).toEqual([
      { kind: 'cue', value: 'price', start: 0, end: 3, rule: 'cue:price "每袋卖"' },
      { kind: 'cue', value: 'amount', start: 8, end: 9, rule: 'cue:amount "借"' },
    ]);
  });

  it('roles: staff roles in both languages', () => {
    expect(run(['roles'], '8 drivers and 3 office staff')).toEqual([
      { kind: 'role', value: 'drivers', start: 2, end: 9, rule: 'role "drivers"' },
      { kind: 'role', value: 'office staff', start: 16, end: 28, rule: 'role "office staff"' },
    ]);
  });

  it('roleCounts: a count after a role that the number grammar leaves', () => {
    const mentions = run(['quantities', 'roles', 'roleCounts'], '保安二十个加上保洁十个');
    expect(mentions.filter((m) => m.kind === 'quantity')).toEqual([
      { kind: 'quantity', value: { kind: 'people', value: 20, start: 2, end: 5 }, start: 2, end: 5, rule: 'count by role "二十个"' },
      { kind: 'quantity', value: { kind: 'people', value: 10, start: 9, end: 11 }, start: 9, end: 11, rule: 'count by role "十个"' },
    ]);
  });

  it('roleCounts: adds nothing where the number grammar already read the count', () => {
    const mentions = run(['quantities', 'roles', 'roleCounts'], '司机5个');
    expect(mentions.filter((m) => m.kind === 'quantity')).toEqual([
      { kind: 'quantity', value: { kind: 'people', value: 5, start: 2, end: 4 }, start: 2, end: 4, rule: 'number:people "5个"' },
    ]);
  });
});
