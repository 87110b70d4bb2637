// Bot Framework messages the user did not ask for: an agent's message from the desk, and the
// bot's word when the agent hands the conversation back. Bot Framework sends these as proactive
// messages on the conversation reference of the user's last activity, which is kept here among
// the conversation's remembered answers (so deleting the conversation deletes it too).

import { TurnContext, type Activity, type CloudAdapter, type ConversationReference } from 'botbuilder';
import type { Logger } from 'pino';
import type { ConversationEngine } from '../../conversation/engine';
import { logId } from '../../conversation/log-id';
import type { ProcessedMessages } from '../../conversation/store';
import { type AgentDeliveries, DeliveryRefused, agentMessageText } from '../../desk/delivery';
import { replyActivity } from './activities';

const REFERENCE_KEY = 'botframework:conversation-reference';

/** The conversation references, kept with the conversation. */
export class BotReferences {
  constructor(
    private readonly store: ProcessedMessages,
    private readonly ttlMs: number,
  ) {}

  async remember(conversationId: string, activity: Activity): Promise<void> {
    // Without the activity id: the desk's message is a new one in the conversation, not a reply
    // threaded under whatever the user last said.
    const { activityId: _replyTo, ...reference } = TurnContext.getConversationReference(activity);
    await this.store.rememberProcessed(conversationId, REFERENCE_KEY, JSON.stringify(reference), this.ttlMs);
  }

  async load(conversationId: string): Promise<Partial<ConversationReference> | undefined> {
    const raw = await this.store.getProcessed(conversationId, REFERENCE_KEY);
    return raw ? (JSON.parse(raw) as Partial<ConversationReference>) : undefined;
  }
}

export interface ProactiveOptions {
  adapter: CloudAdapter;
  /** MicrosoftAppId ('' in local Emulator mode). */
  appId: string;
  references: BotReferences;
  deliveries: AgentDeliveries;
  engine: Pick<ConversationEngine, 'onReleased'>;
  logger: Logger;
}

export function registerProactive(options: ProactiveOptions): void {
  const { adapter, appId, references, logger } = options;
  const send = (reference: Partial<ConversationReference>, activities: Array<Partial<Activity>>) =>
    adapter.continueConversationAsync(appId, reference, async (context) => {
      await context.sendActivities(activities);
    });

  options.deliveries.register('botframework', {
    deliver: async (message) => {
      const reference = await references.load(message.conversationId);
      if (!reference) {
        throw new DeliveryRefused(
          'botframework_no_reference',
          'No Bot Framework conversation reference is kept for this conversation (the user has not written since this bot version); it can be written to once the user writes again.',
        );
      }
      try {
        await send(reference, [{ type: 'message', text: agentMessageText(message), locale: message.locale }]);
      } catch (error) {
        logger.error({ err: error, conversation: logId(message.conversationId) }, 'bot framework: agent message not delivered');
        throw new DeliveryRefused(
          'botframework_send_failed',
          'The Bot Framework connector did not take the message; try again later.',
          502,
        );
      }
    },
  });

  options.engine.onReleased((conversationId, result) => {
    if (!conversationId.startsWith('bf:') || result.replies.length === 0) return;
    void (async () => {
      const reference = await references.load(conversationId);
      if (!reference) return;
      await send(
        reference,
        result.replies.map((r) => replyActivity(r, result.locale)),
      );
    })().catch((error: unknown) =>
      logger.error({ err: error, conversation: logId(conversationId) }, 'bot framework: hand-back not delivered'),
    );
  });
}
