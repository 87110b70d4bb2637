// The Bot Framework edge's translations, pure: a channel's conversation id to ours, a channel's
// locale tag to one of our two languages, and the engine's replies to message activities with
// suggested actions (imBack, so a tap sends the choice's label, which the engine matches).

import { createHash } from 'node:crypto';
import { ActionTypes, MessageFactory, TextFormatTypes, type Activity, type CardAction } from 'botbuilder';
import type { Reply } from '../../conversation/types';
import type { Locale } from '../../locale';

const SAFE_ID = /^[A-Za-z0-9_.:-]+$/;
const MAX_ID = 128;

/**
 * `bf:<the channel's conversation id>`, so that an agent can look the conversation up through the
 * help-desk API. Channels' ids often do not fit the API's `[A-Za-z0-9_.:-]{1,128}` (the Emulator's
 * end in `|livechat`, Teams' carry `@` and `;` and can be long): those keep a readable prefix and
 * gain a digest of the whole id, so two different ids never meet.
 */
export function conversationIdFor(channelConversationId: string): string {
  const direct = `bf:${channelConversationId}`;
  if (direct.length <= MAX_ID && SAFE_ID.test(channelConversationId)) return direct;
  const digest = createHash('sha256').update(channelConversationId).digest('base64url').slice(0, 27);
  const readable = channelConversationId.replace(/[^A-Za-z0-9_.:-]+/g, '_').slice(0, 64);
  return `bf:${readable}.${digest}`;
}

/** A channel's BCP 47 tag ("zh-CN", "zh-Hans", "en-US") as our locale; others say nothing. */
export function localeFromTag(tag: string | undefined | null): Locale | undefined {
  const t = (tag ?? '').trim().toLowerCase();
  if (t === 'zh' || t.startsWith('zh-') || t.startsWith('zh_')) return 'zh-CN';
  if (t === 'en' || t.startsWith('en-') || t.startsWith('en_')) return 'en';
  return undefined;
}

/**
 * One message activity per reply. Choices become suggested actions; when the bot asks for a
 * number ("reply with a number") the numbered list is also in the text, as in the other channels,
 * because several Bot Framework channels (Teams group chats, Direct Line clients, SMS) show no
 * suggested actions at all.
 */
export function replyActivity(reply: Reply, locale: Locale): Partial<Activity> {
  const lines = [reply.text];
  if (reply.choiceMode === 'number' && reply.choices.length > 0) {
    lines.push('', ...reply.choices.map((c, i) => `${i + 1}. ${c.label}`));
  }
  const text = lines.join('\n');
  const actions: CardAction[] = reply.choices.map((c) => ({ type: ActionTypes.ImBack, title: c.label, value: c.label }));
  const activity = actions.length > 0 ? MessageFactory.suggestedActions(actions, text) : MessageFactory.text(text);
  // Plain: the text's line breaks are its layout, and "1." or "*" must not turn into markdown.
  activity.textFormat = TextFormatTypes.Plain;
  activity.locale = locale;
  return activity;
}
