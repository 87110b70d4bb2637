// The conversation engine: every channel's messages come through `handle`. Per message, under
// the conversation's lock, a turn in three steps:
//   read    (dedup by message id, load the stored conversation, restore its snapshot),
//   step    (interpret the message, run the machine once, render its replies and effects),
//   persist (carry out a deletion, or save the conversation with the answer remembered and the
//            message and the replies added to its transcript, in one write; log).
// The machine's replies are rendered in the conversation's language; its effects (delete my
// data, hand-off) are carried out here. A turn that fails leaves the stored state as it was.

import { randomUUID } from 'node:crypto';
import { createActor } from 'xstate';
import pino, { type Logger } from 'pino';
import { advisorMachine, DIALOG_SCHEMA_VERSION, stageOf } from '../../dialogs/machine';
import { withDatedTerm } from '../../dialogs/term-until';
import type { ChoiceId, DialogContext, DialogEffect, DialogEvent, DialogReply } from '../../dialogs/types';
import type { Locale } from '../locale';
import { assetNamed, detectLanguage, understand, writtenLanguage } from '../nlu';
import { languageToFollow } from '../nlu/language-share';
import { choiceLabel, renderReply } from './render';
import type { Understanding } from '../nlu/types';
import { restoreSnapshot, type Restored } from './snapshot';
import { systemClock, type Clock, type EngineStore, type StoredConversation, type TranscriptEntry } from './store';
import type { ChannelName, ConversationView, InboundMessage, Reply, TurnResult } from './types';
import { buildView, emptyView } from './view';
import { logId } from './log-id';
import { translator } from '../i18n';
import { readHandoffCues } from '../desk/cues';
import type { SavedTurn } from '../desk/events';
import { DEFAULT_DESK_HOURS, deskStatus, localDay, parseDeskHours, type DeskSchedule } from '../desk/hours';

export interface EngineOptions {
  store: EngineStore;
  defaultLocale: Locale;
  /** Idle conversations are forgotten after this long. */
  conversationTtlMs: number;
  /** How long a message id's answer is remembered for safe retries. */
  processedTtlMs?: number;
  clock?: Clock;
  logger?: Logger;
  /** When the help desk is staffed (config DESK_HOURS); the bot tells customers waiting for it. */
  deskHours?: DeskSchedule;
}

const DEFAULT_SCHEDULE = (parseDeskHours(DEFAULT_DESK_HOURS) as { ok: true; schedule: DeskSchedule }).schedule;

const DAY_MS = 24 * 60 * 60 * 1000;

class TurnFailed extends Error {}

interface RememberedAnswer {
  replies: Reply[];
  context: DialogContext;
  state: string;
}

/** The result with `view` computed on first access, once. */
function withView(result: Omit<TurnResult, 'view'>, build: () => ConversationView): TurnResult {
  let view: ConversationView | undefined;
  return Object.defineProperty(result, 'view', {
    get: () => (view ??= build()),
    enumerable: true,
  }) as TurnResult;
}

/** What a release did: the bot's word to the customer, or why there was nothing to release. */
export type ReleaseOutcome = { released: TurnResult } | { refused: 'not_found' | 'not_waiting' };

/** What the engine tells observers (metrics) after each message. */
export interface TurnEvent {
  channel: ChannelName;
  outcome: 'ok' | 'duplicate' | 'failed';
  ms: number;
}

/**
 * The choice whose label the message is, exactly (a tapped button or chip sends its label). Labels
 * in either language count: a chip shown before a language switch still works.
 */
function tappedChoice(context: DialogContext, text: string): ChoiceId | undefined {
  const said = text.trim();
  if (!said || said.length > 80) return undefined;
  return context.choices.find((id) => choiceLabel('zh-CN', id) === said || choiceLabel('en', id) === said);
}

/** What the read step found. */
interface Read {
  /** The message was handled before: its first answer, and nothing else to do. */
  duplicate?: TurnResult;
  record?: StoredConversation;
  restored?: Extract<Restored, { ok: true }>;
  /** The stored conversation could not be restored and starts over (with a polite notice). */
  restarted: boolean;
}

/**
 * What the step gives: the machine's outcome with its replies rendered, or an answer with nothing
 * to store (the machine failed: an apology; a request for the channel's next page).
 */
type Stepped = { ran: MachineOutcome; replies: Reply[] } | { answered: TurnResult };

/** The longest message read as a request for the next page ("请给我看下一页", "show me more please"). */
const MAX_MORE_LENGTH = 24;

/** 更多 / MORE / 下一页 (or the menu's "more"): short, whatever the NLU says of longer messages. */
function asksForNextPage(message: InboundMessage, understanding: Understanding): boolean {
  return understanding.command === 'more' && (message.command !== undefined || message.text.length <= MAX_MORE_LENGTH);
}

/**
 * What a turn adds to the transcript: the user's words (not a menu key or a system event, which
 * have none) and the bot's replies, in order.
 */
function transcriptOf(message: InboundMessage, replies: readonly Reply[], at: number, unprompted: boolean): TranscriptEntry[] {
  const { channel } = message;
  const entries: TranscriptEntry[] = message.command || !message.text.trim() ? [] : [{ author: 'user', text: message.text, at, channel }];
  for (const reply of replies) {
    // The hand-back is said to a customer who asked nothing: marked for channels that poll.
    entries.push(
      unprompted
        ? { author: 'bot', text: reply.text, at, channel, unprompted: true, id: randomUUID() }
        : { author: 'bot', text: reply.text, at, channel },
    );
  }
  return entries;
}

/** A reply of one plain line in the user's language. */
function notice(locale: Locale, key: 'error.generic' | 'error.notSaved' | 'error.restarted'): Reply {
  return { text: translator(locale)(key), choices: [], choiceMode: 'text' };
}

/** The one error result: "sorry, try again", and the conversation as it stands. */
function apology(locale: Locale, view: ConversationView, failed: boolean): TurnResult {
  return {
    locale,
    view,
    replies: [notice(locale, failed ? 'error.notSaved' : 'error.generic')],
    deleted: false,
    duplicate: false,
    ...(failed ? { failed: true } : {}),
  };
}

export class ConversationEngine {
  private readonly store: EngineStore;
  /** The clock turns are stamped with (the desk stamps its actions with the same). */
  readonly clock: Clock;
  private readonly log: Logger;
  private readonly inFlight = new Set<Promise<unknown>>();
  private readonly listeners: Array<(event: TurnEvent) => void> = [];
  private readonly deletedListeners: Array<(conversationId: string) => void> = [];
  private readonly releasedListeners: Array<(conversationId: string, result: TurnResult) => void> = [];
  private readonly savedListeners: Array<(turn: SavedTurn) => void> = [];

  constructor(private readonly options: EngineOptions) {
    this.store = options.store;
    this.clock = options.clock ?? systemClock;
    this.log = options.logger ?? pino({ level: 'silent' });
  }

  /**
   * One user message: the bot's replies and the conversation's view after it. When the store
   * fails (Redis down, disk full) the result is `failed` with a polite "try again" in the user's
   * language, and the stored conversation is as it was.
   */
  handle(message: InboundMessage): Promise<TurnResult> {
    return this.track(
      this.observed(message.channel, () =>
        this.politely(message, () => this.store.withLock(message.conversationId, () => this.turn(message))),
      ),
    );
  }

  /**
   * Subscribes to deletions, however they come (the API, "delete my data", an unsubscribe), so a
   * channel can forget what it keeps of the conversation itself (e.g. WeChat's pending pages).
   */
  onDeleted(listener: (conversationId: string) => void): void {
    this.deletedListeners.push(listener);
  }

  /**
   * Subscribes to an agent handing a conversation back: a channel that can push (WeChat's
   * customer-service messages) tells the user, who is not waiting on a reply of their own.
   */
  onReleased(listener: (conversationId: string, result: TurnResult) => void): void {
    this.releasedListeners.push(listener);
  }

  /** Subscribes to every saved turn: its stages before and after, and its transcript entries (the desk's events). */
  onSaved(listener: (turn: SavedTurn) => void): void {
    this.savedListeners.push(listener);
  }

  /** Subscribes to every handled message's outcome and duration (for metrics). */
  onTurn(listener: (event: TurnEvent) => void): void {
    this.listeners.push(listener);
  }

  private async observed(channel: ChannelName, work: () => Promise<TurnResult>): Promise<TurnResult> {
    const started = performance.now();
    const result = await work();
    const event: TurnEvent = {
      channel,
      outcome: result.failed ? 'failed' : result.duplicate ? 'duplicate' : 'ok',
      ms: performance.now() - started,
    };
    for (const listener of this.listeners) listener(event);
    return result;
  }

  /** A channel's first contact (WeChat subscribe, Bot Framework member added): the welcome. */
  start(conversationId: string, channel: ChannelName, localeHint?: Locale): Promise<TurnResult> {
    const message: InboundMessage = { conversationId, channel, text: '', localeHint };
    return this.track(
      this.politely(message, () => this.store.withLock(conversationId, () => this.turn(message, { type: 'conversation.start' }))),
    );
  }

  /**
   * The language of a conversation nothing else tells: asked for, then plainly written in, then
   * any script in the message, then the platform's hint, then the default.
   */
  private guessLocale(message: InboundMessage, writtenIn: Locale | null, detected: Locale | null): Locale {
    return message.locale ?? writtenIn ?? detected ?? message.localeHint ?? this.options.defaultLocale;
  }

  private async politely(message: InboundMessage, work: () => Promise<TurnResult>): Promise<TurnResult> {
    try {
      return await work();
    } catch (error) {
      this.log.error({ err: error, conversation: logId(message.conversationId), channel: message.channel }, 'turn failed');
      const locale = this.guessLocale(message, message.command ? null : writtenLanguage(message.text), detectLanguage(message.text));
      return apology(locale, emptyView(message.conversationId, locale), true);
    }
  }

  /**
   * The human agent hands a waiting conversation back to the bot. Refused when it is unknown, or
   * not waiting for a person (the bot is answering it: there is nothing to hand back), checked
   * under the lock so a customer's turn that ended the hand-off meanwhile is seen.
   */
  release(conversationId: string): Promise<ReleaseOutcome> {
    return this.track(
      this.store.withLock(conversationId, async (): Promise<ReleaseOutcome> => {
        const record = await this.store.load(conversationId);
        if (!record) return { refused: 'not_found' };
        if (record.stage !== 'handoff') return { refused: 'not_waiting' };
        const result = await this.turn({ conversationId, channel: record.channel, text: '' }, { type: 'agent.release' });
        for (const listener of this.releasedListeners) listener(conversationId, result);
        return { released: result };
      }),
    );
  }

  /** Whether a message id's answer is remembered (a retry of it would run no turn). */
  async remembers(conversationId: string, messageId: string): Promise<boolean> {
    return (await this.store.getProcessed(conversationId, messageId)) !== undefined;
  }

  /** The conversation's language, or undefined when there is no such conversation (cheap). */
  async localeOf(conversationId: string): Promise<Locale | undefined> {
    return (await this.store.load(conversationId))?.locale;
  }

  async view(conversationId: string): Promise<ConversationView | undefined> {
    const record = await this.store.load(conversationId);
    if (!record) return undefined;
    const restored = restoreSnapshot(record);
    return restored.ok ? buildView(conversationId, restored.context, restored.state) : emptyView(conversationId, record.locale);
  }

  delete(conversationId: string): Promise<void> {
    return this.track(
      this.store.withLock(conversationId, async () => {
        await this.store.delete(conversationId);
        this.deleted(conversationId);
      }),
    );
  }

  /** The conversation's transcript, oldest first ([] when unknown or expired). */
  transcript(conversationId: string): Promise<TranscriptEntry[]> {
    return this.store.readTranscript(conversationId);
  }

  private deleted(conversationId: string): void {
    for (const listener of this.deletedListeners) listener(conversationId);
  }

  /** Conversations waiting for a human, oldest first, at most `limit` of them. */
  async handoffs(limit?: number): Promise<ConversationView[]> {
    const list = await this.store.listHandoffs(limit);
    return list.flatMap(({ id, record }) => {
      const restored = restoreSnapshot(record);
      return restored.ok ? [buildView(id, restored.context, restored.state)] : [];
    });
  }

  /** Resolves when every turn under way has finished (graceful shutdown). */
  async drain(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  private track<T>(work: Promise<T>): Promise<T> {
    this.inFlight.add(work);
    const done = () => this.inFlight.delete(work);
    work.then(done, done);
    return work;
  }

  /** A turn in three steps, under the conversation's lock: read, step, persist. */
  private async turn(message: InboundMessage, systemEvent?: DialogEvent): Promise<TurnResult> {
    const started = performance.now();
    const read = await this.read(message);
    if (read.duplicate) {
      if (this.log.isLevelEnabled('info')) {
        this.log.info({ conversation: logId(message.conversationId), channel: message.channel, outcome: 'duplicate' }, 'turn');
      }
      return read.duplicate;
    }
    const stepped = this.step(read, message, systemEvent);
    if ('answered' in stepped) return stepped.answered;
    return this.persist(message, read, stepped.ran, stepped.replies, started, systemEvent?.type === 'agent.release');
  }

  /** Read: the remembered answer of a retried message, or the conversation as stored. */
  private async read(message: InboundMessage): Promise<Read> {
    const { conversationId, messageId } = message;
    if (messageId) {
      const previous = await this.store.getProcessed(conversationId, messageId);
      if (previous) {
        const answer = JSON.parse(previous) as RememberedAnswer;
        const duplicate = withView({ locale: answer.context.locale, replies: answer.replies, deleted: false, duplicate: true }, () =>
          buildView(conversationId, answer.context, answer.state),
        );
        return { duplicate, restarted: false };
      }
    }
    const record = await this.store.load(conversationId);
    if (!record) return { restarted: false };
    const restored = restoreSnapshot(record);
    if (restored.ok) return { record, restored, restarted: false };
    this.log.warn(
      { conversation: logId(conversationId), reason: restored.reason },
      'stored conversation cannot be restored; starting over',
    );
    return { record, restarted: true };
  }

  /**
   * Step: interpret the message, run the machine, render its replies. A failure of the machine
   * leaves the stored state as it was and answers with an apology. A request for the next page
   * while the channel holds more pages runs no turn: the channel shows the page.
   */
  private step(read: Read, message: InboundMessage, systemEvent?: DialogEvent): Stepped {
    const { conversationId, channel } = message;
    const context = read.restored?.context;
    // A menu command (a WeChat menu key) is meant as it is; its wording says nothing of language.
    const heard: Understanding = message.command
      ? { language: null, command: message.command, ...(message.targetLocale ? { targetLocale: message.targetLocale } : {}) }
      : understand(message.text, { explain: true });
    // What the money buys (an asset: a cold room, a machine; or premises: a shop, a branch) is read from the words of the purpose
    // (rounds 24, 25); the rules go no further.
    const assetBought = assetNamed(heard);
    // A term said by a date (借到明年三月, "pay it back by april") is counted in months from today (dialogs/term-until.ts).
    const { rules: _, ...said } = heard;
    const understanding = withDatedTerm(said, this.clock());
    if (!systemEvent && message.morePending && asksForNextPage(message, understanding)) {
      const locale = read.record?.locale ?? this.options.defaultLocale;
      return {
        answered: { locale, view: emptyView(conversationId, locale), replies: [], deleted: false, duplicate: false, nextPage: true },
      };
    }
    const writtenIn = message.locale ?? (message.command ? null : languageToFollow(message.text, context));
    const choice = context && !message.command ? tappedChoice(context, message.text) : undefined;
    const startLocale: Locale = read.record?.locale ?? this.guessLocale(message, writtenIn, understanding.language);
    const event: DialogEvent = systemEvent ?? {
      type: 'user.message',
      understanding,
      writtenIn,
      ...(choice ? { choice } : {}),
      // What a hand-off reads in the words (a phone number, "有人吗"), and the desk at this moment.
      cues: readHandoffCues(message.text),
      ...(assetBought !== undefined ? { assetBought } : {}),
      desk: deskStatus(this.options.deskHours ?? DEFAULT_SCHEDULE, this.clock()),
      // A person holds the conversation: the bot leaves the customer's questions to them.
      ...(read.record?.claimedBy ? { claimed: true } : {}),
    };

    let outcome: MachineOutcome;
    try {
      outcome = runMachine(read.restored?.snapshot, startLocale, event, localDay(this.clock()));
    } catch (error) {
      this.log.error({ err: error, conversation: logId(conversationId), channel }, 'turn failed; stored state kept');
      const locale = read.record?.locale ?? startLocale;
      const view = read.restored
        ? buildView(conversationId, read.restored.context, read.restored.state)
        : emptyView(conversationId, locale);
      return { answered: apology(locale, view, false) };
    }
    const locale = outcome.context.locale;
    const replies: Reply[] = outcome.replies.map((r) => renderReply(locale, r));
    if (read.restarted) replies.unshift(notice(locale, 'error.restarted'));
    return { ran: outcome, replies };
  }

  /** Persist: carry out a deletion, or save the conversation with the answer remembered; log. */
  private async persist(
    message: InboundMessage,
    read: Read,
    outcome: MachineOutcome,
    replies: Reply[],
    started: number,
    unprompted = false,
  ): Promise<TurnResult> {
    const { conversationId, channel, messageId } = message;
    const { context, state, persisted, effects } = outcome;
    const locale = context.locale;
    let result: TurnResult;
    if (effects.includes('delete-data')) {
      await this.store.delete(conversationId);
      this.deleted(conversationId);
      result = { locale, view: emptyView(conversationId, locale), replies, deleted: true, duplicate: false };
    } else {
      const now = this.clock();
      const stage = stageOf(context, state);
      // A desk's claim lasts as long as the hand-off it was made on.
      const claimedBy = stage === 'handoff' ? read.record?.claimedBy : undefined;
      const record: StoredConversation = {
        schemaVersion: DIALOG_SCHEMA_VERSION,
        snapshot: persisted,
        channel: read.record?.channel ?? channel,
        ...((read.record?.owner ?? message.owner) ? { owner: read.record?.owner ?? message.owner } : {}),
        ...(claimedBy ? { claimedBy } : {}),
        locale,
        stage,
        createdAt: read.record?.createdAt ?? now,
        updatedAt: now,
      };
      // The answer to remember for a retry: the replies and the context the view is built from
      // (the view itself is several times larger and is rebuilt only if a retry asks for it).
      const remembered: RememberedAnswer = { replies, context, state };
      const processed = messageId
        ? {
            messageId,
            answer: JSON.stringify(remembered),
            ttlMs: Math.min(this.options.processedTtlMs ?? DAY_MS, this.options.conversationTtlMs),
          }
        : undefined;
      // The state, the remembered answer and the transcript's new entries in one write: a turn is
      // saved whole or not at all (then the user is asked to send the message again).
      const entries = transcriptOf(message, replies, now, unprompted);
      await this.store.save(conversationId, record, this.options.conversationTtlMs, processed, entries);
      const saved: SavedTurn = { conversationId, channel: record.channel, before: read.record?.stage, after: stage, entries, at: now };
      for (const listener of this.savedListeners) listener(saved);
      // Channels that only show replies (WeChat) never pay for rendering the full view.
      result = withView({ locale, replies, deleted: false, duplicate: false }, () => buildView(conversationId, context, state));
    }
    // The log's fields are built only when the level is on (it is off under load: LOG_LEVEL=warn).
    if (this.log.isLevelEnabled('info')) {
      this.log.info(
        { conversation: logId(conversationId), channel, effects, ms: Number((performance.now() - started).toFixed(2)) },
        'turn',
      );
    }
    if (this.log.isLevelEnabled('debug')) this.log.debug({ conversation: logId(conversationId), text: message.text }, 'message text');
    return result;
  }
}

interface MachineOutcome {
  context: DialogContext;
  state: string;
  persisted: unknown;
  replies: DialogReply[];
  effects: DialogEffect[];
}

/** A persisted snapshot with its context's day set to this turn's. */
function onDay(snapshot: unknown, today: string): unknown {
  const saved = snapshot as { context?: Record<string, unknown> };
  return saved.context === undefined ? snapshot : { ...saved, context: { ...saved.context, today } };
}

/**
 * Restores the actor, sends one event, and collects what it emitted. Throws on a machine error.
 *
 * An actor per turn rather than XState's pure `transition()` on `resolveState(saved)`: measured
 * on this machine over the bench's 13-message conversation (the NLU done beforehand), the actor
 * took 164-226 us per step and the pure functions 270-326 us, and the actor hands over the emitted
 * replies through `on()` instead of a list of actions to pick apart. Faster and simpler, so kept.
 */
function runMachine(snapshot: unknown, locale: Locale, event: DialogEvent, today: string): MachineOutcome {
  // The turn's day is the context's (DialogContext.today): a restored conversation is advised as of today, not the day it began.
  const actor = snapshot
    ? createActor(advisorMachine, { snapshot: onDay(snapshot, today) as never, input: { locale, today } })
    : createActor(advisorMachine, { input: { locale, today } });
  const replies: DialogReply[] = [];
  const effects: DialogEffect[] = [];
  let failure: unknown;
  actor.on('reply', (e) => replies.push(e.reply));
  actor.on('effect', (e) => effects.push(e.effect));
  actor.subscribe({ error: (err) => (failure = err) });
  actor.start();
  actor.send(event);
  const snap = actor.getSnapshot();
  if (failure !== undefined || snap.status !== 'active') {
    actor.stop();
    throw new TurnFailed(`dialog machine failed: ${String(failure ?? snap.status)}`, { cause: failure });
  }
  const persisted = actor.getPersistedSnapshot();
  actor.stop();
  return { context: snap.context, state: String(snap.value), persisted, replies, effects };
}
