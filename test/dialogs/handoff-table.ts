// Plays a conversation through the real engine (NLU, machine, renderer) on a fake clock and checks
// each reply exactly: the table tests of the hand-off, one file per locale.

import { expect } from 'vitest';
import { ConversationEngine } from '../../src/conversation/engine';
import { MemoryStore } from '../../src/conversation/stores/memory';
import type { ConversationView } from '../../src/conversation/types';
import { parseDeskHours, type DeskSchedule } from '../../src/desk/hours';
import type { Locale } from '../../src/locale';
import { testClock } from '../helpers/app';

export interface HandoffStep {
  say: string;
  /** Time passes before the message (ms). */
  after?: number;
  /** Every reply's text, exactly. */
  replies?: string[];
  /** The last reply's choice labels, exactly. */
  choices?: string[];
  stage?: ConversationView['stage'];
  /** The view's contact, exactly (null: none). */
  contact?: ConversationView['contact'] | null;
  /** The view's profile, exactly. */
  profile?: ConversationView['profile'];
  /** The first reply's text, exactly (when the rest is long and checked elsewhere). */
  first?: string;
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

/** A moment given in Beijing time (UTC+8). */
export function beijing(y: number, mo: number, d: number, h: number, mi = 0): number {
  return Date.UTC(y, mo - 1, d, h - 8, mi);
}

export function schedule(text: string): DeskSchedule {
  const parsed = parseDeskHours(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.schedule;
}

export async function playHandoff(
  steps: HandoffStep[],
  options: { start: number; locale?: Locale; hours?: string },
): Promise<ConversationEngine> {
  const clock = testClock(options.start);
  const engine = new ConversationEngine({
    store: new MemoryStore(clock.now),
    defaultLocale: options.locale ?? 'zh-CN',
    conversationTtlMs: 30 * 24 * HOUR,
    clock: clock.now,
    deskHours: schedule(options.hours ?? 'Mon-Fri 09:00-17:30'),
  });
  for (const [i, step] of steps.entries()) {
    if (step.after) clock.advance(step.after);
    const result = await engine.handle({ conversationId: 'desk-table', channel: 'webchat', text: step.say });
    const where = `step ${i + 1} "${step.say}"`;
    if (step.replies)
      expect(
        result.replies.map((r) => r.text),
        where,
      ).toEqual(step.replies);
    if (step.choices)
      expect(
        result.replies.at(-1)?.choices.map((c) => c.label),
        where,
      ).toEqual(step.choices);
    if (step.stage) expect(result.view.stage, where).toBe(step.stage);
    if (step.profile) expect(result.view.profile, where).toEqual(step.profile);
    if (step.first !== undefined) expect(result.replies[0]?.text, where).toBe(step.first);
    if (step.contact !== undefined) expect(result.view.contact, where).toEqual(step.contact ?? undefined);
  }
  return engine;
}
