// How an agent's message reaches the customer on their channel, without the desk knowing any
// channel: each channel that can push (WeChat's customer-service messages, Bot Framework's
// proactive messages) registers a delivery for its channel name; the desk looks it up by the
// conversation's channel. A channel without one (the web page, which polls; the API, whose
// clients read the transcript) gets the message through the transcript alone. No channel imports
// another, and the desk imports none.

import type { ChannelName } from '../conversation/types';
import type { TranscriptEntry } from '../conversation/store';
import type { Locale } from '../locale';
import { translator } from '../i18n';

/** An agent's message for one conversation, as a channel delivers it. */
export interface AgentMessage {
  conversationId: string;
  channel: ChannelName;
  /** The customer's language (a channel may add a prefix in it). */
  locale: Locale;
  agent: string;
  text: string;
  at: number;
  /** The conversation's transcript before this message (when the customer last wrote, say). */
  transcript: readonly TranscriptEntry[];
}

/**
 * The channel did not deliver, and says why (`code`): 409 when it cannot now (WeChat's window is
 * closed), 502 when the platform refused or failed; the desk answers with it.
 */
export class DeliveryRefused extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: 409 | 502 = 409,
  ) {
    super(message);
    this.name = 'DeliveryRefused';
  }
}

export interface AgentDelivery {
  /** Delivers the message, or throws DeliveryRefused (or another error: a failure). */
  deliver(message: AgentMessage): Promise<void>;
}

/** The channels' deliveries, by channel name. */
export class AgentDeliveries {
  private readonly byChannel = new Map<ChannelName, AgentDelivery>();

  register(channel: ChannelName, delivery: AgentDelivery): void {
    this.byChannel.set(channel, delivery);
  }

  /** Delivers on the message's channel; nothing to do for a channel that has no delivery. */
  async deliver(message: AgentMessage): Promise<void> {
    await this.byChannel.get(message.channel)?.deliver(message);
  }
}

/** The message as the customer reads it: who wrote it (a person, named), then the words. */
export function agentMessageText(message: Pick<AgentMessage, 'locale' | 'agent' | 'text'>): string {
  return translator(message.locale, 'channels')('desk.agentSays', { agent: message.agent, text: message.text });
}
