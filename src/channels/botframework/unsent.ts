// Which activities' replies did not reach the user. A channel retries an activity (the same id)
// when its first POST failed or took too long; the engine answers the retry with the first answer
// and runs no second turn. Whether the bot then sends that answer depends on the first try: sent
// (or still being sent), the retry sends nothing, or the user would read it twice; failed (the
// connector refused or timed out), the retry sends it, or the user would never read it. Kept with
// the conversation's remembered answers (gone with it), for as long as a channel retries.

import type { ProcessedMessages } from '../../conversation/store';

const KEY_PREFIX = 'botframework:unsent:';
/** Channels retry within minutes; an hour is ample. */
const UNSENT_TTL_MS = 60 * 60 * 1000;

export class UnsentReplies {
  constructor(private readonly store: ProcessedMessages) {}

  /** The replies to this activity did not go out. */
  async mark(conversationId: string, activityId: string): Promise<void> {
    await this.store.rememberProcessed(conversationId, KEY_PREFIX + activityId, 'unsent', UNSENT_TTL_MS);
  }

  /** They went out after all (a retry sent them): a later retry sends nothing. */
  async clear(conversationId: string, activityId: string): Promise<void> {
    await this.store.rememberProcessed(conversationId, KEY_PREFIX + activityId, 'sent', UNSENT_TTL_MS);
  }

  async unsent(conversationId: string, activityId: string): Promise<boolean> {
    return (await this.store.getProcessed(conversationId, KEY_PREFIX + activityId)) === 'unsent';
  }
}
