// The Bot Framework bot: an ActivityHandler that maps activities to the engine. A user joining
// gets the welcome; a message is one engine turn, with a typing indicator while it runs; the
// replies go back as message activities with suggested actions. It knows nothing of HTTP: the
// CloudAdapter (routes.ts) or botbuilder's TestAdapter drives it.

import { ActivityHandler, ActivityTypes, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { ConversationEngine } from '../../conversation/engine';
import type { TurnResult } from '../../conversation/types';
import { logId } from '../../conversation/log-id';
import { translator } from '../../i18n';
import type { Locale } from '../../locale';
import { MAX_TEXT_CHARS } from '../../http/limits';
import { conversationIdFor, localeFromTag, replyActivity } from './activities';
import type { BotReferences } from './proactive';
import type { UnsentReplies } from './unsent';

/** What the bot needs of the engine (tests give it a failing one). */
export type BotEngine = Pick<ConversationEngine, 'handle' | 'start' | 'localeOf'>;

export interface BotOptions {
  engine: BotEngine;
  logger: Logger;
  defaultLocale: Locale;
  /** Keeps each conversation's reference, for the desk's proactive messages (proactive.ts). */
  references?: Pick<BotReferences, 'remember'>;
  /** Notes replies that did not go out, so the channel's retry of the activity sends them (unsent.ts). */
  unsent?: UnsentReplies;
}

function channelText(locale: Locale, key: string, params?: Record<string, unknown>): string {
  return translator(locale, 'channels')(`botframework.${key}`, params ?? {});
}

export class AdvisorBot extends ActivityHandler {
  constructor(private readonly options: BotOptions) {
    super();

    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const joined = (context.activity.membersAdded ?? []).some((m) => m.id !== botId);
      if (joined) await this.welcome(context);
      await next();
    });

    this.onMessage(async (context, next) => {
      await this.message(context);
      await next();
    });
  }

  /**
   * The welcome, once per conversation: the engine's start resets a conversation, so a member
   * joining a conversation that is already under way (a group chat, the Emulator reconnecting)
   * must not wipe what the others have said.
   */
  private async welcome(context: TurnContext): Promise<void> {
    const id = conversationIdFor(context.activity.conversation.id);
    if (await this.options.engine.localeOf(id)) return;
    const result = await this.options.engine.start(id, 'botframework', localeFromTag(context.activity.locale));
    await this.send(context, result);
  }

  private async message(context: TurnContext): Promise<void> {
    const { activity } = context;
    const id = conversationIdFor(activity.conversation.id);
    // In Teams group chats the text starts with "<at>Bot name</at>": the words are what follows.
    if (activity.text && activity.recipient?.id) TurnContext.removeRecipientMention(activity);
    const text = (activity.text ?? '').trim();
    if (!text || [...text].length > MAX_TEXT_CHARS) {
      // A picture, a sticker, a card's data, or a wall of text: say what the bot can read.
      const locale = (await this.options.engine.localeOf(id)) ?? localeFromTag(activity.locale) ?? this.options.defaultLocale;
      await context.sendActivity({
        type: ActivityTypes.Message,
        text: text ? channelText(locale, 'tooLong', { max: MAX_TEXT_CHARS }) : channelText(locale, 'notText'),
        locale,
      });
      return;
    }
    // The typing indicator goes out while the turn runs (ShowTypingMiddleware repeats it on
    // long turns); it is awaited before the replies so that it never arrives after them.
    const typing = context.sendActivity({ type: ActivityTypes.Typing }).catch((err: unknown) => {
      this.options.logger.warn({ err, conversation: logId(id) }, 'bot framework: typing indicator not delivered');
    });
    const result = await this.options.engine.handle({
      conversationId: id,
      channel: 'botframework',
      text,
      localeHint: localeFromTag(activity.locale),
      ...(activity.id ? { messageId: activity.id } : {}),
    });
    await typing;
    if (!result.failed && !result.deleted && this.options.references) {
      // Where the desk's messages to this user go; a failure costs only those, not this reply.
      await this.options.references.remember(id, activity).catch((err: unknown) => {
        this.options.logger.warn({ err, conversation: logId(id) }, 'bot framework: conversation reference not kept');
      });
    }
    const retryOfUnsent = result.duplicate && activity.id !== undefined && (await this.options.unsent?.unsent(id, activity.id));
    if (result.duplicate && !retryOfUnsent) {
      // A channel's retry of an activity already answered (the same activity id: the first POST
      // was slow to get its 200): the replies went out through the connector the first time (or
      // are going out), so the user would read them twice. The engine ran no second turn.
      this.options.logger.info({ conversation: logId(id) }, 'bot framework: retried activity already answered; replies not sent again');
      return;
    }
    try {
      await this.send(context, result);
    } catch (error) {
      // The connector refused or timed out: the channel's retry of this activity sends them.
      if (activity.id) await this.options.unsent?.mark(id, activity.id).catch(() => undefined);
      throw error;
    }
    if (retryOfUnsent && activity.id) await this.options.unsent?.clear(id, activity.id);
  }

  private async send(context: TurnContext, result: TurnResult): Promise<void> {
    if (result.replies.length === 0) return;
    await context.sendActivities(result.replies.map((r) => replyActivity(r, result.locale)));
  }
}

/**
 * The adapter's last resort: a turn threw (the store is down, a channel refused a reply). The
 * user hears a polite apology in their language; the error goes to the log, never to the user.
 */
export function turnErrorHandler(options: BotOptions): (context: TurnContext, error: Error) => Promise<void> {
  return async (context, error) => {
    const rawId = context.activity?.conversation?.id;
    const id = rawId ? conversationIdFor(rawId) : undefined;
    options.logger.error(
      {
        err: error,
        conversation: id ? logId(id) : undefined,
        activityType: context.activity?.type,
        channelId: context.activity?.channelId,
      },
      'bot framework: turn failed',
    );
    let locale: Locale | undefined;
    try {
      if (id) locale = await options.engine.localeOf(id);
    } catch {
      // The store may be what failed; the activity's own locale will do.
    }
    locale ??= localeFromTag(context.activity?.locale) ?? options.defaultLocale;
    try {
      await context.sendActivity({ type: ActivityTypes.Message, text: channelText(locale, 'error'), locale });
    } catch (sendError) {
      options.logger.error({ err: sendError, conversation: id ? logId(id) : undefined }, 'bot framework: could not deliver the apology');
    }
  };
}
