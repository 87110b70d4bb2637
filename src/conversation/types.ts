// The engine's plain messages: what a channel hands in, what it gets back, and the view of a
// conversation the help-desk API shows (the contract's ConversationView).

import type { Contact, Slot, Stage } from '../../dialogs/types';
import type { RiskId, ServiceId } from '../knowledge/ids';
import type { EnterpriseProfile } from '../knowledge/profile';
import type { Citation } from '../knowledge/citations';
import type { Locale } from '../locale';
import type { Reply } from './render';
import type { Command } from '../nlu/types';

export type { Reply, Choice, ReplyItem, ReplyItemKind } from './render';

export const CHANNELS = ['api', 'wechat', 'botframework', 'webchat', 'cli'] as const;
export type ChannelName = (typeof CHANNELS)[number];

export interface InboundMessage {
  /** Unique across channels: channels namespace their ids ("wechat:<openid>"). */
  conversationId: string;
  channel: ChannelName;
  text: string;
  /** The language the sender asked for explicitly (the API's `locale`): it sets the conversation's. */
  locale?: Locale;
  /** A platform's guess (Bot Framework's activity.locale): used only to start a conversation. */
  localeHint?: Locale;
  /** The platform's id of this message: a repeat returns the first answer without a new turn. */
  messageId?: string;
  /** The API client sending it (a hash of its key): recorded as the owner of a new conversation. */
  owner?: string;
  /** A command given by a menu or button rather than words (the text is then only for logs). */
  command?: Command;
  /** With command `language`: the language asked for. */
  targetLocale?: Locale;
  /**
   * The channel still holds pages of its last answer (WeChat): a request for the next page
   * ("更多", "MORE") then runs no turn, and the result says `nextPage` instead.
   */
  morePending?: boolean;
}

export interface RecommendationView {
  serviceId: ServiceId;
  variant?: string;
  rank: number;
  reasons: string[];
  citations: Citation[];
}

export interface CautionView {
  riskId: RiskId;
  serviceId?: ServiceId;
  text: string;
  citations: Citation[];
}

export interface ConversationView {
  conversationId: string;
  locale: Locale;
  stage: Stage;
  awaiting: Slot | null;
  profile: EnterpriseProfile;
  recommendations: RecommendationView[];
  cautions: CautionView[];
  summary: string;
  /** In a hand-off: when it began (ISO 8601), for the desk's queue. */
  waitingSince?: string;
  /** The phone number and/or time to call back the customer left for the desk. */
  contact?: Contact;
}

export interface TurnResult {
  /** The conversation's language after the turn: the replies are in it. */
  locale: Locale;
  view: ConversationView;
  replies: Reply[];
  /** The conversation's data was deleted during this turn (the user asked for it). */
  deleted: boolean;
  /** The messageId had been handled before: these are the first answer's replies. */
  duplicate: boolean;
  /** The turn could not run (the store failed): the reply asks to try again; nothing changed. */
  failed?: boolean;
  /** With `morePending`: the message asks for the channel's next page; no turn ran, no replies. */
  nextPage?: boolean;
}
