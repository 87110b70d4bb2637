// The desk's queue: what an agent needs to see about each conversation waiting for a person,
// from the stored conversation and its transcript. Pure; the summary is written in the desk's
// language, whatever the customer's.

import type { StoredConversation, TranscriptEntry } from '../conversation/store';
import { restoreSnapshot } from '../conversation/snapshot';
import type { Contact } from '../../dialogs/types';
import type { ChannelName } from '../conversation/types';
import { buildView } from '../conversation/view';
import type { Locale } from '../locale';

export interface QueueEntry {
  conversationId: string;
  channel: ChannelName;
  /** The customer's language. */
  locale: Locale;
  /** When the hand-off began (ISO 8601). */
  waitingSince: string;
  /** The customer's latest message, with its time (ISO 8601); null when none is kept. */
  lastCustomerMessage: { text: string; at: string } | null;
  /** The phone number and/or time to call back the customer left; null when none. */
  contact: Contact | null;
  /** The agent who has claimed the conversation; null while nobody has. */
  claimedBy: string | null;
  /** The conversation for an agent, in the desk's language. */
  summary: string;
}

const iso = (ms: number) => new Date(ms).toISOString();

export function queueEntry(
  id: string,
  record: StoredConversation,
  transcript: readonly TranscriptEntry[],
  deskLocale: Locale,
): QueueEntry | undefined {
  const restored = restoreSnapshot(record);
  if (!restored.ok) return undefined;
  const { context, state } = restored;
  const last = transcript.findLast((e) => e.author === 'user');
  return {
    conversationId: id,
    channel: record.channel,
    locale: context.locale,
    waitingSince: iso(context.handoffAt ?? record.updatedAt),
    lastCustomerMessage: last ? { text: last.text, at: iso(last.at) } : null,
    contact: context.contact ? { ...context.contact } : null,
    claimedBy: record.claimedBy ?? null,
    summary: buildView(id, { ...context, locale: deskLocale }, state).summary,
  };
}

/** Oldest wait first: the customer who has waited longest is served first. */
export function byWaitingTime(a: QueueEntry, b: QueueEntry): number {
  return a.waitingSince.localeCompare(b.waitingSince) || a.conversationId.localeCompare(b.conversationId);
}
