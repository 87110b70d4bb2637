// Shared by the dialog tests that pin whole replies: a fresh conversation played through the engine, the last message's replies
// as their text and choice ids; and the choices the advice shows when it lists two services (the bank's loan, the online banks).

import { ConversationEngine } from '../../src/conversation/engine';
import { MemoryStore } from '../../src/conversation/stores/memory';
import type { Locale } from '../../src/locale';
import { onAdviceDay } from '../helpers/advice-day';

export async function lastTurn(locale: Locale, messages: string[]): Promise<Array<{ text: string; choices: string[] }>> {
  const engine = new ConversationEngine({
    store: new MemoryStore(onAdviceDay),
    clock: onAdviceDay,
    defaultLocale: locale,
    conversationTtlMs: 86_400_000,
  });
  let replies: Array<{ text: string; choices: string[] }> = [];
  for (const text of messages) {
    const result = await engine.handle({ conversationId: 'last-turn', channel: 'api', text });
    replies = result.replies.map((r) => ({ text: r.text, choices: r.choices.map((c) => c.id) }));
  }
  return replies;
}

/** The commands the advice's menu ends with, after the services it lists. */
export const ADVICE_COMMANDS = ['cmd:risks', 'cmd:platform-check', 'cmd:summary', 'cmd:human', 'cmd:restart'];

/** The advice's menu when it lists the bank's operating loan and big-data finance. */
export const TWO_ITEM_MENU = ['service:online-financial-institution', 'service:big-data-finance', ...ADVICE_COMMANDS];

/** The choices after an answer given once the advice stands. */
export const AFTER_ANSWER = ['cmd:advice', 'cmd:risks', 'cmd:platform-check', 'cmd:human'];

/** The purpose menu the profile asks when the trade and size are known. */
export const PURPOSE_MENU = [
  'purpose:working-capital',
  'purpose:equipment-expansion',
  'purpose:product-innovation',
  'purpose:payment-collection',
  'purpose:cross-border-settlement',
  'purpose:wealth-management',
  'purpose:information',
];
