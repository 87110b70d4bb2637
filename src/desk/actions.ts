// The desk's write side: an agent claims a waiting conversation, leaves internal notes, writes to
// the customer, hands the conversation back. Each reads and writes the conversation under its lock
// (as a customer's turn does), so a claim, a message and the customer's own words never
// interleave. Claims live on the stored conversation (gone with the hand-off); notes and agent
// messages in its transcript (a note never goes to the customer). An agent message goes out on the
// customer's channel through AgentDeliveries outside the conversation's lock (a slow platform must
// not hold up the customer's next turn), and is recorded once delivered: a channel that refuses it
// leaves nothing behind, and the desk may try again. A `messageId` already handled answers as the
// first time, without a second delivery, as customer messages do.

import { randomUUID } from 'node:crypto';
import type { ConversationEngine } from '../conversation/engine';
import type { Clock, EngineStore, StoredConversation, TranscriptEntry } from '../conversation/store';
import type { TurnResult } from '../conversation/types';
import { type AgentDeliveries, DeliveryRefused } from './delivery';
import type { DeskEvents } from './events';
import { translator } from '../i18n';
import type { Locale } from '../locale';

export type DeskRefusal =
  | { refused: 'not_found' }
  | { refused: 'not_waiting' }
  | { refused: 'claimed'; by: string }
  | { refused: 'delivery'; status: 409 | 502; code: string; message: string };

export type DeskOutcome<T> = { ok: T } | DeskRefusal;

/** What the desk sees of an entry: the time as ISO 8601. */
export type DeskEntry = Omit<TranscriptEntry, 'at'> & { at: string };

export const deskEntry = (e: TranscriptEntry): DeskEntry => ({ ...e, at: new Date(e.at).toISOString() });

export interface DeskActionsOptions {
  store: EngineStore;
  engine: Pick<ConversationEngine, 'release'>;
  deliveries: AgentDeliveries;
  conversationTtlMs: number;
  /** How long an agent message id's answer is remembered (as the engine's, a day by default). */
  processedTtlMs?: number;
  clock: Clock;
  /** Where claims and agent messages are told to the desk's event stream. */
  events?: DeskEvents;
  /** The desk's language (DEFAULT_LOCALE): the take-over note is written in it. */
  deskLocale?: Locale;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** Agent message ids are remembered apart from customers' (the same id may come from both). */
const AGENT_ID_PREFIX = 'desk-agent:';
/** The lock agent messages of a conversation take (apart from the conversation's own). */
const AGENT_LOCK_SUFFIX = '#desk-messages';

export class DeskActions {
  constructor(private readonly options: DeskActionsOptions) {}

  /**
   * The agent takes the waiting conversation; claiming it again (same agent) changes nothing.
   * Another agent's claim stands unless `takeOver` asks to take it over: then the hand-over is
   * left as a note in the transcript (who took it from whom) and told as a claim event.
   */
  claim(id: string, agent: string, takeOver = false): Promise<DeskOutcome<{ claimedBy: string; takeOverFrom?: string }>> {
    return this.waiting<{ claimedBy: string; takeOverFrom?: string }>(id, async (record) => {
      const holder = record.claimedBy;
      if (holder === agent) return { ok: { claimedBy: agent } };
      if (holder && !takeOver) return { refused: 'claimed', by: holder };
      const { store, clock, conversationTtlMs } = this.options;
      await store.save(id, { ...record, claimedBy: agent }, conversationTtlMs);
      const now = clock();
      if (holder) {
        const text = translator(this.options.deskLocale ?? 'zh-CN', 'channels')('desk.takeOver', { agent, from: holder });
        const note: TranscriptEntry = { author: 'note', text, at: now, channel: record.channel, agent, takeOverFrom: holder };
        await store.appendTranscript(id, [note], conversationTtlMs);
      }
      const event = { type: 'claimed', conversationId: id, channel: record.channel, at: new Date(now).toISOString(), agent } as const;
      this.options.events?.publish(holder ? { ...event, takeOverFrom: holder } : event);
      return { ok: holder ? { claimedBy: agent, takeOverFrom: holder } : { claimedBy: agent } };
    });
  }

  /** An internal note in the transcript; any conversation the desk can see, waiting or not. */
  note(id: string, agent: string, text: string): Promise<DeskOutcome<DeskEntry>> {
    return this.options.store.withLock(id, async () => {
      const record = await this.options.store.load(id);
      if (!record) return { refused: 'not_found' };
      const entry: TranscriptEntry = { author: 'note', text, at: this.options.clock(), channel: record.channel, agent };
      await this.options.store.appendTranscript(id, [entry], this.options.conversationTtlMs);
      return { ok: deskEntry(entry) };
    });
  }

  /**
   * The agent writes to the customer, on the customer's channel. The delivery (a platform's API,
   * seconds when it is slow) runs outside the conversation's lock, so the customer's next message
   * is answered meanwhile; the agent messages of one conversation still go one at a time, in
   * order, under a lock of their own, which also makes a retry by `messageId` wait for the first.
   */
  message(id: string, input: { text: string; agent: string; messageId?: string }): Promise<DeskOutcome<DeskEntry>> {
    const { store } = this.options;
    return store.withLock(`${id}${AGENT_LOCK_SUFFIX}`, async () => {
      const remembered = input.messageId ? await store.getProcessed(id, AGENT_ID_PREFIX + input.messageId) : undefined;
      if (remembered) return { ok: JSON.parse(remembered) as DeskEntry };
      const found = await this.waiting(id, async (record) => ({ ok: { record, transcript: await store.readTranscript(id) } }));
      if ('refused' in found) return found;
      const { record, transcript } = found.ok;
      const entry: TranscriptEntry = {
        author: 'agent',
        text: input.text,
        at: this.options.clock(),
        channel: record.channel,
        agent: input.agent,
        unprompted: true,
        id: randomUUID(),
      };
      try {
        await this.options.deliveries.deliver({
          conversationId: id,
          channel: record.channel,
          locale: record.locale,
          agent: input.agent,
          text: input.text,
          at: entry.at,
          transcript,
        });
      } catch (error) {
        if (error instanceof DeliveryRefused)
          return { refused: 'delivery', status: error.status, code: error.code, message: error.message };
        throw error;
      }
      const answer = deskEntry(entry);
      // Recorded under the conversation's lock, unless the conversation was deleted meanwhile.
      const recorded = await store.withLock(id, async () => {
        if (!(await store.load(id))) return false;
        await store.appendTranscript(id, [entry], this.options.conversationTtlMs);
        if (input.messageId) {
          const ttl = Math.min(this.options.processedTtlMs ?? DAY_MS, this.options.conversationTtlMs);
          await store.rememberProcessed(id, AGENT_ID_PREFIX + input.messageId, JSON.stringify(answer), ttl);
        }
        return true;
      });
      if (recorded) {
        this.options.events?.publish({
          type: 'agent.message',
          conversationId: id,
          channel: record.channel,
          at: answer.at,
          agent: input.agent,
          text: input.text,
        });
      }
      return { ok: answer };
    });
  }

  /** The agent hands a waiting conversation back to the bot; the customer is told on their channel. */
  async release(id: string): Promise<DeskOutcome<TurnResult>> {
    const outcome = await this.options.engine.release(id);
    return 'released' in outcome ? { ok: outcome.released } : outcome;
  }

  private waiting<T>(id: string, work: (record: StoredConversation) => Promise<DeskOutcome<T>>): Promise<DeskOutcome<T>> {
    return this.options.store.withLock(id, async () => {
      const record = await this.options.store.load(id);
      if (!record) return { refused: 'not_found' };
      if (record.stage !== 'handoff') return { refused: 'not_waiting' };
      return work(record);
    });
  }
}
