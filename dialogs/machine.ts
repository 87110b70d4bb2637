// The advisor conversation as an XState v5 machine. It collects the enterprise profile (taking
// every slot from every message), advises, answers follow-ups, and hands off to a person. It
// knows nothing of HTTP, storage or wording: it emits replies as data ({ type: 'reply' }) and
// effects the engine must carry out ({ type: 'effect' }); emitted events are not part of the
// persisted snapshot, which stays small.
//
// Every user message arrives as `user.message`; the root interprets it in context and raises one
// `intent.*` event, which the active state handles (or lets bubble up to the root's defaults).

import { assertEvent, enqueueActions, setup, type StateValueFrom } from 'xstate';
import type { Locale } from '../src/locale';
import { choiceIntent, interpret, takesFirmOf } from './interpret';
import {
  contactFrom,
  contactReply,
  deskParts,
  forAgentReply,
  handoffIntent,
  handoffStarted,
  heldReply,
  stillWaitingReply,
  waitingReply,
} from './handoff';
import {
  adviceMenu,
  adviceUnchanged,
  advice,
  leadChanged,
  costReply,
  whatIfReply,
  answerReply,
  bankPrice,
  priceWeighed,
  directAnswer,
  followUpChoices,
  question,
  reply,
  risks,
  serviceDetails,
  summary,
  misfitReply,
  offerWorked,
  termReply,
  text,
} from './replies';
import {
  applyUnderstanding,
  boughtWith,
  carriesSlots,
  hasSizeFigures,
  nextSlot,
  profileComplete,
  purposeStatedBy,
  sizeFromFigures,
  sizeQuestionMeasures,
  smallOrMicroBy,
  type Applied,
} from './slots';
import { isFraudQuestion, type IndustryId, type PurposeId, type QuestionId } from '../src/knowledge/ids';
import type { EnterpriseProfile } from '../src/knowledge/profile';
import type { SizeMeasure } from '../src/knowledge/sme-size';
import type { ServiceId } from '../src/knowledge/ids';
import { offerCost, pricesOffer } from '../src/knowledge/cost';
import { refusedWith, refusesOnlineLending, restoredWith } from '../src/knowledge/services';
import type { Understanding } from '../src/nlu/types';
import type {
  DialogContext,
  DialogEffect,
  DialogEmitted,
  DialogEvent,
  DialogInput,
  DialogKey,
  DialogReply,
  Intent,
  ItemBeyond,
  ReplyPart,
  ProfileChange,
  Slot,
  Stage,
  UserMessageEvent,
  WhatIf,
} from './types';

/** Bumped whenever a persisted snapshot of an older machine could no longer be restored. */
export const DIALOG_SCHEMA_VERSION = 1;

/**
 * Whether a loan's cost may be estimated at the LPR (round 31): a bank's loan, or no lender named nor advised yet. A lender named
 * that is no bank is priced its own way, and so is an advice led by one (网商贷, leasing): no estimate then.
 */
function bankPriced(service: ServiceId | undefined): boolean {
  return service === undefined || service === 'online-financial-institution';
}

/**
 * The cost asked of a service named or picked, or of the advice's first pick when none is (`listed[0]`): worked at the LPR only for a
 * bank's loan (bankPriced), told as a lease's total rent for leasing (头一个要好多利息; round 61).
 */
function costOf(context: DialogContext, service: ServiceId | undefined, monthly: boolean, whatIf?: WhatIf): DialogReply {
  const asked = service ?? context.listed[0];
  return costReply(context, monthly, whatIf, bankPriced(asked), asked === 'financial-leasing');
}

/**
 * The cost asked beside an answer ("how much would that cost me a month over 1 year" when the term is asked, "need 300k for stock,
 * whats the interest"): the figures are taken, and the cost is answered on them, not lost (round 40). A question or an offer in
 * the same message is answered by its own intent, never here.
 */
function costAsked(next: DialogContext, u: Understanding): DialogReply | null {
  if (u.command !== 'cost' || u.question !== undefined || u.offer !== undefined) return null;
  return costOf(next, u.service, u.monthlyAsked === true);
}

/** The part of XState's `enqueue` the helpers below use. */
interface Enqueue {
  emit: (event: DialogEmitted) => void;
  assign: (values: Partial<DialogContext>) => void;
}

/** The profile complete and no advice shown yet: the advice comes next in this turn, with its own menu. */
const adviceFollows = (context: DialogContext): boolean => profileComplete(context) && context.listed.length === 0;

/**
 * Sends the replies in order and remembers the choices of the last, so a number or a tap picks one. The choices go with the last of them: a reply that offers none after one that did
 * (an answer's follow-ups, then how its price is weighed) takes them over, so the buttons sit under what was said
 * last and a number typed next picks from them.
 */
function say(enqueue: Enqueue, replies: Array<DialogReply | null>): void {
  const sent = replies.filter((r): r is DialogReply => r !== null);
  const offering = sent.findLast((r) => r.choices.length > 0);
  const last = sent.at(-1);
  if (offering && last && last.choices.length === 0) {
    sent[sent.length - 1] = { ...last, choices: offering.choices, choiceMode: offering.choiceMode };
    sent[sent.indexOf(offering)] = { ...offering, choices: [] };
  }
  for (const r of sent) enqueue.emit({ type: 'reply', reply: r });
  const end = sent.at(-1);
  if (end) enqueue.assign({ choices: end.choices, choiceMode: end.choiceMode });
}

function effect(enqueue: Enqueue, e: DialogEffect): void {
  enqueue.emit({ type: 'effect', effect: e });
}

/** The profile fields of the size figures. */
const SIZE_FIGURE_OF: Partial<Record<ProfileChange['slot'], SizeMeasure>> = {
  employees: 'employees',
  annualRevenueCny: 'revenue',
  totalAssetsCny: 'assets',
};

/**
 * The parts that acknowledge what a message changed, with the size rule when the class is new;
 * when a figure keeps the firm below medium with only the assets unknown, that it is small or
 * micro either way, the assets offered once, optional.
 */
function notedParts(applied: Applied, before: EnterpriseProfile = {}): ReplyPart[] {
  if (applied.changes.length === 0) return [];
  const parts: ReplyPart[] = [{ kind: 'noted', changes: applied.changes, corrected: applied.corrected }];
  const size = sizeFromFigures(applied.profile);
  if (size?.decided && applied.changes.some((c) => c.slot === 'sizeClass')) {
    parts.push({ kind: 'size-rule', industry: size.industry, rule: size.rule });
  }
  const by = smallOrMicroBy(applied.profile);
  const newly = smallOrMicroBy(before) === undefined || before.industry !== applied.profile.industry;
  if (by && newly && applied.profile.industry && applied.changes.some((c) => SIZE_FIGURE_OF[c.slot] !== undefined)) {
    parts.push(text('size.small-or-micro', { industry: { industry: applied.profile.industry }, measure: { measure: by } }));
  }
  return parts;
}

/** What the last answering message answered and changed, kept to read the next figure with. */
function recentOf(context: DialogContext, applied: Applied): Pick<DialogContext, 'recent'> {
  return { recent: { asked: context.awaiting, changed: applied.changes.map((c) => c.slot) } };
}

function awaitingAfter(context: DialogContext): Slot | null {
  return nextSlot(context.profile, context.skipped);
}

/**
 * The firm's facts a message states beside what it asks (a question's facts, an offer's term given when the term was
 * asked), taken before the answer so that it is for this firm: the context to answer in, what to assign, what to note.
 */
function factsTaken(
  before: DialogContext,
  stated: Understanding | undefined,
): { context: DialogContext; assign?: Partial<DialogContext>; noted: ReplyPart[] } {
  if (stated === undefined) return { context: before, noted: [] };
  const applied = applyUnderstanding(before.profile, stated, before.awaiting, before.locale, before.recent);
  const awaiting = awaitingAfter({ ...before, profile: applied.profile });
  // A new question opened by the facts has not been asked yet: the count of asks of the one answered does not carry over to it
  // (round 41: the purpose asked three times, then answered beside a credit question, put the term aside unasked).
  const moved = awaiting === before.awaiting ? {} : { asked: undefined, reminded: undefined };
  const context: DialogContext = { ...before, profile: applied.profile, awaiting, ...moved };
  return {
    context,
    assign: { profile: applied.profile, awaiting, ...moved, ...recentOf(before, applied) },
    noted: notedParts(applied, before.profile),
  };
}

/**
 * The open question, noting that it was asked: whatever path asks it (a re-ask, a reminder after a
 * side question, a first message that was not an answer), a bare reply is then read for it.
 */
function ask(enqueue: Enqueue, context: DialogContext): DialogReply | null {
  const q = question(context);
  const slot = awaitingAfter(context);
  // A reminder after a side question is no failed answer: the count of asks stands.
  if (q) enqueue.assign({ awaiting: slot, asked: slot === context.awaiting ? context.asked : 1 });
  return q;
}

/** The side questions that count as the owner going on to other things while a question is open. */
const SIDE_QUESTIONS: ReadonlySet<Intent['type']> = new Set([
  'intent.question',
  'intent.service',
  'intent.cost',
  'intent.offer',
  'intent.term',
  'intent.regulation',
  'intent.risks',
  'intent.platform-check',
  'intent.what-if',
]);

/** Side questions about the open question itself, or waiting on its answer: never count toward putting it aside (remind). */
const WITH_THE_QUESTION: ReadonlySet<QuestionId> = new Set(['why-asked', 'data-use', 'which-is-best']);

/**
 * The open question after a side question ("哪里申请", then "要不要去银行"; the term after a rate, a fraud
 * offer and "我还能借得到么"; the purpose after 格可以无还本续贷 and a reply giving the term): reminded, and
 * the reminder counted as the question asked again, as a reply that did not answer it is (askNext). An
 * owner who keeps going on to other things has moved on: asked MAX_ASKS times so, or asked the same side
 * question twice in a row, the question is put aside, saying so, and the next one is asked, or the advice
 * given with what is known (the `always` of collecting). The owner can still give it at any time. Other
 * messages (a summary, thanks) only remind.
 */
function remind(enqueue: Enqueue, context: DialogContext, event: { type: string; question?: QuestionId }): Array<DialogReply | null> {
  const slot = awaitingAfter(context);
  if (slot === null || slot !== context.awaiting || !SIDE_QUESTIONS.has(event.type as Intent['type'])) return [ask(enqueue, context)];
  // A fraud told, and its follow-ups (not sent, whom to call), are the owner dealing with a scam, not moving on: reminded, never put
  // aside (round 53: two frauds or a fraud and its follow-ups had set the purpose aside and asked the sum with no use known).
  if (isFraudQuestion(event.question)) return [ask(enqueue, context)];
  // ...nor why the question is asked, or which way is best, whose answer waits on it ("A little more first: answer the question
  // below"): the owner is with the question, not past it (round 66: a tester's term put aside right after being told to answer it).
  if (event.question !== undefined && WITH_THE_QUESTION.has(event.question)) return [ask(enqueue, context)];
  const asked = (context.asked ?? 1) + 1;
  const repeated = event.question !== undefined && context.reminded?.slot === slot && context.reminded.question === event.question;
  if (asked <= MAX_ASKS && !repeated) {
    const q = question(context);
    if (q) enqueue.assign({ awaiting: slot, asked, reminded: { slot, ...(event.question ? { question: event.question } : {}) } });
    return [q];
  }
  const skipped = [...context.skipped, slot];
  const next = nextSlot(context.profile, skipped);
  enqueue.assign({ skipped, awaiting: next, asked: next === null ? undefined : 1, reminded: undefined });
  return [reply([text('skip.put-aside')]), question({ ...context, skipped })];
}

/** What each question asks, said again with an example when a reply was not understood. */
const REASK = {
  amount: 'reask.amount',
  industry: 'reask.industry',
  size: 'reask.size',
  purpose: 'reask.purpose',
  term: 'reask.term',
} as const satisfies Record<Slot, DialogKey>;

/** Spare cash to place is re-asked as what there is to place and how long it can stay (round 51), as it was asked (replies.ts). */
const REASK_IDLE: Partial<Record<Slot, DialogKey>> = { amount: 'reask.amount-idle', term: 'reask.term-idle' };
function reaskOf(slot: Slot, purpose: PurposeId | undefined): DialogKey {
  return (purpose === 'wealth-management' ? REASK_IDLE[slot] : undefined) ?? REASK[slot];
}

/** Asked this many times in a row with the replies not answering it, a question is put aside. */
const MAX_ASKS = 3;

/** The profile fields that answer each question: a change to one is progress on it. */
const ANSWERED_BY: Readonly<Record<Slot, readonly ProfileChange['slot'][]>> = {
  industry: ['industry'],
  size: ['employees', 'annualRevenueCny', 'totalAssetsCny', 'sizeClass'],
  purpose: ['purpose'],
  amount: ['amount'],
  term: ['termMonths'],
};

/**
 * Whether the changes answer the question. For the size: a class, or a figure the question asked
 * for (a revenue put right while the head count is asked is no progress on it).
 */
function answers(slot: Slot | null, changes: readonly ProfileChange[], asked?: EnterpriseProfile): boolean {
  if (slot === null) return false;
  if (slot === 'size' && asked) {
    const measures = sizeQuestionMeasures(asked);
    return changes.some((c) => {
      if (c.slot === 'sizeClass') return true;
      const measure = SIZE_FIGURE_OF[c.slot];
      return measure !== undefined && (measures.length === 0 || measures.includes(measure));
    });
  }
  return changes.some((c) => ANSWERED_BY[slot].includes(c.slot));
}

/**
 * Whether a question asked `asked` times is put aside after a reply that did not answer it: asked
 * MAX_ASKS times; the rest of the size, asked after a partial answer, once, when the reply goes
 * on to other facts (the need, the sum): the owner has moved on. A size figure put right is no
 * moving on.
 */
function putAside(slot: Slot, asked: number, before: EnterpriseProfile, said: readonly ProfileChange['slot'][]): boolean {
  if (asked > MAX_ASKS) return true;
  const movedOn = said.some((field) => !ANSWERED_BY.size.includes(field));
  return slot === 'size' && hasSizeFigures(before) && asked > 1 && movedOn;
}

/** Trades that buy to sell: money borrowed with no use named is, as a rule, stock. */
const STOCK_TRADES: readonly IndustryId[] = ['retail', 'wholesale'];

/**
 * The purpose taken for a trade that buys to sell, when the owner, asked what the money is for,
 * went on to the sum or the term instead ("开个小卖部…借五万"): working capital, said so.
 */
function stockAssumed(before: DialogContext, next: DialogContext, slot: Slot | null): boolean {
  return (
    slot === 'purpose' &&
    before.awaiting === 'purpose' &&
    next.profile.purpose === undefined &&
    next.profile.amount !== undefined &&
    next.profile.industry !== undefined &&
    STOCK_TRADES.includes(next.profile.industry)
  );
}

/**
 * The next question after a message meant as an answer (`next`: the context it leaves), noting
 * that it was asked. The same question again, the reply having given nothing toward it, counts as
 * asked once more; asked MAX_ASKS times so (the assets asked while the owner goes on about the need
 * and a fraud offer), it is put aside, saying so, and the next one is asked: an adviser moves on,
 * and the advice comes with what is known. The owner can still give it at any time.
 */
function askNext(
  enqueue: Enqueue,
  before: DialogContext,
  after: DialogContext = before,
  changes: readonly ProfileChange[] = [],
  said: readonly ProfileChange['slot'][] = changes.map((c) => c.slot),
): Array<DialogReply | null> {
  let next = after;
  let slot = awaitingAfter(next);
  const aside: DialogReply[] = [];
  if (stockAssumed(before, next, slot)) {
    const profile: EnterpriseProfile = { ...next.profile, purpose: 'working-capital' };
    next = { ...next, profile };
    enqueue.assign({ profile });
    aside.push(reply([text('purpose.assumed-stock', { industry: { industry: profile.industry! } })]));
    slot = awaitingAfter(next);
  }
  const again = slot !== null && slot === before.awaiting && !answers(slot, changes, before.profile);
  let asked = again ? (before.asked ?? 1) + 1 : 1;
  let skipped = next.skipped;
  if (slot !== null && putAside(slot, asked, before.profile, said)) {
    skipped = [...skipped, slot];
    aside.push(reply([text('skip.put-aside')]));
    slot = nextSlot(next.profile, skipped);
    asked = 1;
  }
  enqueue.assign({ awaiting: slot, asked: slot === null ? undefined : asked, skipped });
  return [...aside, question({ ...next, skipped })];
}

/**
 * What an intent needs of the message it came from: the desk's hours for a hand-off and for
 * "when are you open?" (also when the words said nothing else we could use).
 */
function withDesk(intent: Intent, event: UserMessageEvent): Intent {
  const desk = event.desk ? { desk: event.desk } : {};
  if (intent.type === 'intent.human') return { ...intent, ...desk, ...(event.cues ? { cues: event.cues } : {}) };
  if (intent.type === 'intent.unknown' && event.cues?.asks === 'hours') return { type: 'intent.hours', ...desk };
  return intent;
}

/** Fraud answers after which a bare no is no money-not-sent: the money already gone, the not-sent answer itself, the numbers (round 52). */
const NOT_SENT_AFTER: ReadonlySet<QuestionId> = new Set(['fraud-money-sent', 'fraud-not-sent', 'fraud-who-to-call']);

/** What a hand-off keeps only while it lasts. */
const HANDOFF_CLEARED = { handoff: false, handoffAt: undefined, contactPending: undefined, held: undefined } as const;

/** Everything the conversation knew, forgotten (a reset, the owner's data deleted); the language and greeting stay. */
function forgotten(): Partial<DialogContext> {
  return {
    profile: {},
    awaiting: null,
    asked: undefined,
    reminded: undefined,
    skipped: [],
    choices: [],
    listed: [],
    declined: undefined,
    recent: undefined,
    placing: undefined,
    advisedFor: undefined,
    ...HANDOFF_CLEARED,
    contact: undefined,
    lastOffer: undefined,
    offerJustCosted: undefined,
    lastWhatIf: undefined,
    lastService: undefined,
    lastQuestion: undefined,
    fraudJustAnswered: undefined,
    shown: undefined,
  };
}

/** "那每个月还好多", "how much would that be a month" right after a what-if: the monthly asked on the what-if's figures. */
function onWhatIf(context: DialogContext, intent: Intent): Intent {
  if (intent.type !== 'intent.cost' || !intent.monthly || context.lastWhatIf === undefined) return intent;
  return { ...intent, whatIf: context.lastWhatIf };
}

/** The service a message asks for by name (its details, whether it fits, where to apply, weighed against another). */
function askedFor(intent: Intent): ServiceId[] {
  if (intent.type === 'intent.service') return [intent.serviceId];
  if (intent.type === 'intent.question') return [...(intent.serviceId ? [intent.serviceId] : []), ...(intent.compared ?? [])];
  if (intent.type === 'intent.answer' && intent.understanding.service) return [intent.understanding.service];
  return [];
}

/** The refusal acknowledged: 网贷 as all online loans, any other service by its name. */
/** "There is no number 3 in this advice…" when an unknown message asked of a place the advice does not have; none otherwise. */
function itemBeyondText(event: { type: string; beyond?: ItemBeyond }): ReplyPart | undefined {
  const beyond = event.type === 'intent.unknown' ? event.beyond : undefined;
  return beyond ? text('item.beyond', { place: beyond.place, listed: beyond.listed }) : undefined;
}

function declinedText(id: ServiceId): ReplyPart {
  if (refusedWith(id).length === 0) return text('decline.payment-brand');
  return refusesOnlineLending([id]) ? text('decline.noted-online') : text('decline.noted', { service: { service: id } });
}

/** What a refusal message says besides the refusal ("不想众筹，想借50万周转": the 50万 and the need). */
function besidesRefusal(u: Understanding): Understanding {
  const { service: _, command: __, ...rest } = u;
  return rest;
}

/**
 * Questions the bot answers while the customer waits for a person (not while an agent holds the
 * conversation), each with the action that answers it: the hand-off's transitions and the checks
 * of what counts as such a question are built from this one table.
 */
const ANSWERED_MEANWHILE = {
  'intent.question': 'showAnswer',
  'intent.term': 'showTerm',
  'intent.offer': 'showOfferCost',
  'intent.service': 'showService',
  'intent.cost': 'showCost',
  'intent.risks': 'showRisks',
  'intent.platform-check': 'showPlatformCheck',
  'intent.regulation': 'showRegulation',
} as const;

function answeredMeanwhile(type: string): boolean {
  return Object.hasOwn(ANSWERED_MEANWHILE, type);
}

/** While waiting: each such question answered, then the request said to stand. */
function answeredWhileWaiting<M extends Record<string, string>>(table: M): { [K in keyof M]: { actions: [M[K], 'stillWaiting'] } } {
  return Object.fromEntries(Object.entries(table).map(([type, show]) => [type, { actions: [show, 'stillWaiting'] }])) as {
    [K in keyof M]: { actions: [M[K], 'stillWaiting'] };
  };
}

/** The user or the agent ends the hand-off: back to where the conversation stood. */
const BACK_FROM_HANDOFF = [
  { guard: 'profileComplete', target: 'advising', actions: ['endHandoff', 'promptOrThen'] },
  { target: 'collecting', actions: ['endHandoff', 'promptOrThen'] },
] as const;

export const advisorMachine = setup({
  types: {
    context: {} as DialogContext,
    events: {} as DialogEvent,
    input: {} as DialogInput,
    emitted: {} as DialogEmitted,
    // The contract's stage of a state that always has one; see stageOf below.
    tags: {} as Stage,
  },
  guards: {
    profileComplete: ({ context }) => profileComplete(context),
    profileIncomplete: ({ context }) => !profileComplete(context),
    inHandoff: ({ context }) => context.handoff,
    contactPending: ({ context }) => context.contactPending === true,
    /** A question of the firm is open: a "no" to it (不用了, 改天再说, rather not) declines to answer it. */
    slotAwaited: ({ context }) => context.awaiting !== null,
    /** The offer's term, taken as the owner's, is the last thing asked: the advice follows, not the prompt. */
    offerTermCompletes: ({ context, event }) =>
      event.type === 'intent.offer' &&
      event.termMonths !== undefined &&
      profileComplete({ ...context, profile: { ...context.profile, termMonths: event.termMonths } }),
    questionStatesPurpose: ({ context, event }) =>
      event.type === 'intent.question' && purposeStatedBy(context, event.question) !== undefined,
  },
  actions: {
    /** Reads a user message: follows the language it is plainly written in, raises the intent. */
    interpretMessage: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'user.message');
      let locale: Locale = context.locale;
      if (event.writtenIn && event.writtenIn !== context.locale) {
        locale = event.writtenIn;
        // The owner's other language, taken over by writing in it, comes back as easily as the first (language-share.ts).
        enqueue.assign(locale === context.startedIn ? { locale } : { locale, askedIn: locale });
      }
      // A tapped choice (matched by its label) means exactly that choice, whatever its words say.
      const intent = withDesk(
        event.choice
          ? choiceIntent(event.choice, event.understanding, context.placing)
          : (handoffIntent(context, event) ?? interpret({ ...context, locale }, event.understanding)),
        event,
      );
      // The sum asked about is placed by this reply or not at all; a what-if's figures serve this message only.
      if (context.placing) enqueue.assign({ placing: undefined });
      if (context.lastWhatIf) enqueue.assign({ lastWhatIf: undefined });
      if (context.offerJustCosted) enqueue.assign({ offerJustCosted: undefined });
      if (context.fraudJustAnswered) enqueue.assign({ fraudJustAnswered: undefined });
      if (context.lastService) enqueue.assign({ lastService: undefined });
      // What the money buys goes with the purpose said in the same message (想借30万买个冷库: an asset, which leasing finances
      // whatever the trade; 开第二家店: premises, which it does not; 扩大生产: neither): another purpose drops it, the same
      // purpose said again keeps it unless it says another (rounds 24, 25).
      const bought = boughtWith(context.profile, event.understanding.purpose, event.assetBought);
      if (bought !== context.profile.assetBought) {
        const { assetBought: _, ...profile } = context.profile;
        enqueue.assign({ profile: bought !== undefined ? { ...profile, assetBought: bought } : profile });
      }
      // "actually the money is to buy two laser machines" once advised: the same need, a new thing bought, advised again.
      const boughtChanged =
        bought !== context.profile.assetBought && event.understanding.purpose === context.profile.purpose && profileComplete(context);
      // "算了 不找人了，要抵押不": back to the bot, and the question answered there.
      if (intent.type === 'intent.resume' && context.handoff && event.cues?.cancels) {
        const then = interpret({ ...context, locale }, event.understanding);
        if (answeredMeanwhile(then.type)) {
          enqueue.raise({ type: 'intent.resume', then });
          return;
        }
      }
      // While an agent holds the hand-off, a question is theirs to answer, not the bot's.
      if (context.handoff && event.claimed && answeredMeanwhile(intent.type)) {
        enqueue.raise({ type: 'intent.for-agent' });
        return;
      }
      // A refused service asked for by name again is back in the advice.
      const again = askedFor(intent)
        .flatMap(restoredWith)
        .filter((id) => context.declined?.includes(id));
      if (again.length > 0) enqueue.assign({ declined: context.declined?.filter((id) => !again.includes(id)) });
      if (!context.greeted) {
        enqueue.assign({ greeted: true });
        // A first "你好" or "hi" is a greeting, not a failed answer: welcome and ask.
        if (GREETING_INTENTS.has(intent.type)) {
          enqueue.raise({ type: 'conversation.start' });
          return;
        }
        say(enqueue, [reply([text('welcome')])]);
      }
      // "我老爹开了个小五金店": the firm of the one spoken for is the one advised, said once.
      const about = event.understanding.about;
      if (
        about !== undefined &&
        context.advisedFor === undefined &&
        // Taken only when its facts are (a question about it, 我姐开饭店的 她说借呗好用 格靠谱, sets none).
        intent.type === 'intent.answer' &&
        !event.choice &&
        takesFirmOf(context, event.understanding)
      ) {
        enqueue.assign({ advisedFor: about });
        say(enqueue, [reply([text(`about.${about}`)])]);
      }
      enqueue.raise(intent.type === 'intent.answer' && boughtChanged ? { ...intent, boughtChanged: true } : onWhatIf(context, intent));
    }),

    welcome: enqueueActions(({ context, enqueue }) => {
      say(enqueue, [reply([text('welcome')]), question(context)]);
      enqueue.assign({ awaiting: awaitingAfter(context), greeted: true });
    }),

    /** Applies an answer; acknowledges it and asks the next question (if any is left). */
    applyAnswer: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, ['intent.answer', 'intent.restart']);
      const applied = applyUnderstanding(context.profile, event.understanding, context.awaiting, context.locale, context.recent);
      const next: DialogContext = { ...context, profile: applied.profile };
      enqueue.assign({ profile: applied.profile, ...recentOf(context, applied) });
      const noted = notedParts(applied, context.profile);
      // "哦说错了 是五六十万" when that is what was noted: the correction said to stand, so the owner sees it was heard.
      if (noted.length === 0 && event.understanding.correcting && applied.restated.length > 0) {
        noted.push({ kind: 'noted', changes: applied.restated, corrected: false, same: true });
      }
      // "我们开客栈的，租赁是哪样意思": the word explained, then what the message told.
      const term = event.understanding.term ? termReply(next, event.understanding.term) : null;
      // "开面馆的…想众筹20万开分店": the owner's own idea, when it does not fit, is answered first.
      const misfit = event.understanding.service ? misfitReply(next, event.understanding.service) : null;
      const cost = costAsked(next, event.understanding);
      say(enqueue, [
        term,
        misfit,
        noted.length ? reply(noted) : null,
        cost,
        ...askNext(enqueue, context, next, applied.changes, applied.said),
      ]);
    }),

    /**
     * A message that should have answered the question but said nothing we could use: the same
     * question again, with what it asks and an example answer first. Not understood is no answer
     * given nor refused: it does not count toward putting the question aside (askNext), and the
     * question is never skipped for it; "跳过" / "skip" still does that.
     */
    reAsk: enqueueActions(({ context, event, enqueue }) => {
      const slot = awaitingAfter(context);
      const q = question(context);
      // "我老爹开了个五金店" beside the user's own firm: theirs is not noted, and the user is told so.
      const othersFirm = event.type === 'intent.unknown' && event.othersFirm === true;
      // An item of the advice asked of by a place it does not have: how many it listed, said.
      const notTaken = itemBeyondText(event);
      if (slot === null || q === null) {
        say(enqueue, [reply([notTaken ?? text(othersFirm ? 'about.not-taken' : 'not-understood')]), ...askNext(enqueue, context)]);
        return;
      }
      // An amount without a unit we could trust ("50" in English) is asked for again with one.
      const figure = event.type === 'intent.unknown' && event.figure === true;
      const hint = othersFirm
        ? 'about.not-taken'
        : slot === 'amount' && figure
          ? 'ask.amount-unit'
          : reaskOf(slot, context.profile.purpose);
      enqueue.assign({ awaiting: slot, asked: slot === context.awaiting ? (context.asked ?? 1) : 1 });
      say(enqueue, [reply([notTaken ?? text(hint), ...q.parts], q.choices, q.choiceMode)]);
    }),

    skipQuestion: enqueueActions(({ context, enqueue }) => {
      if (!context.awaiting) return;
      const next = { ...context, skipped: [...context.skipped, context.awaiting] };
      enqueue.assign({ skipped: next.skipped, awaiting: awaitingAfter(next), asked: 1 });
      say(enqueue, [reply([text('skip.ok')]), question(next)]);
    }),

    advise: enqueueActions(({ context, enqueue }) => {
      const result = advice(context);
      enqueue.assign({ listed: result.listed, awaiting: null });
      say(enqueue, [result.reply]);
    }),

    adviseUpdated: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'intent.answer');
      const applied = applyUnderstanding(context.profile, event.understanding, context.awaiting, context.locale, context.recent);
      const next: DialogContext = { ...context, profile: applied.profile };
      enqueue.assign({ profile: applied.profile, awaiting: awaitingAfter(next), ...recentOf(context, applied) });
      const noted = notedParts(applied, context.profile);
      const cost = costAsked(next, event.understanding);
      if (!profileComplete(next)) {
        say(enqueue, [noted.length ? reply(noted) : null, cost, ...askNext(enqueue, context, next, applied.changes, applied.said)]);
        return;
      }
      // "想众筹20万开分店" once advised: the owner's own idea for the need, answered first, yes or no for this firm.
      const named = event.understanding.service ? directAnswer(next, 'does-it-fit', event.understanding.service) : null;
      // What the money buys said anew ("actually the money is to buy two laser machines"): noted, and the advice given again.
      if (event.boughtChanged) noted.push(text(next.profile.assetBought === false ? 'noted.premises' : 'noted.asset-bought'));
      // Nothing new (the owner repeated what was said): the advice above stands, and is not sent again.
      if (noted.length === 0) {
        say(enqueue, named ? [named] : cost ? [cost] : [reply([text('noted.nothing-new')]), adviceMenu(next)]);
        return;
      }
      // ...nor when what was told changes nothing of it (the year's sales told after the advice, the class the same).
      // (What the money buys said anew is taken before this turn's facts: the advice shown was worked without it.)
      if (!event.boughtChanged && adviceUnchanged(context, next)) {
        say(enqueue, [named, reply([...noted, text('advice.unchanged')]), cost, adviceMenu(next)]);
        return;
      }
      const result = advice(next);
      enqueue.assign({ listed: result.listed });
      say(enqueue, [named, reply([...noted, text('advice.updated')]), cost, result.reply]);
    }),

    /**
     * "融资租赁不要": the service is left out of the advice from now on. Advising, the advice is given
     * again without it (it says what it left out); collecting, the refusal is acknowledged. What else
     * the message says is then taken as an answer.
     */
    declineService: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'intent.decline');
      // "莫给我推荐网贷": every online lending service left out, not only P2P (services.ts, refusedWith).
      // "我们不想用支付宝": a brand refused, the category kept (services.ts, refusedWith), the other ways said.
      const kept = refusedWith(event.serviceId).length === 0;
      const declined = [...new Set([...(context.declined ?? []), ...refusedWith(event.serviceId)])];
      const noted = declinedText(event.serviceId);
      const next: DialogContext = { ...context, declined };
      enqueue.assign({ declined });
      const rest = besidesRefusal(event.understanding);
      // Advising, facts said again change nothing ("不要融资租赁，就借100万"): the advice without it, as below.
      const changes = applyUnderstanding(context.profile, rest, context.awaiting, context.locale, context.recent).changes.length > 0;
      if (carriesSlots(rest, context.awaiting, context.profile, context.locale, context.recent) && (changes || !profileComplete(context))) {
        if (kept || !profileComplete(context)) say(enqueue, [reply([noted])]);
        enqueue.raise({ type: 'intent.answer', understanding: rest });
        return;
      }
      if (profileComplete(context)) {
        if (kept) {
          say(enqueue, [reply([noted]), adviceMenu(next)]);
          return;
        }
        const result = advice(next);
        enqueue.assign({ listed: result.listed });
        say(enqueue, [result.reply]);
        return;
      }
      say(enqueue, [reply([noted]), ask(enqueue, next)]);
    }),

    /** "350万是买车的钱（要借的金额），还是企业的资产总额？": the two places offered; a number or a tap picks. */
    askWhichSum: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'intent.place-sum');
      const { placing, need } = event;
      // The need said beside the sum ("getting a bigger warehouse, about 350k") is taken first, and named in the question.
      const applied = need ? applyUnderstanding(context.profile, need, context.awaiting, context.locale, context.recent) : undefined;
      const profile = applied?.profile ?? context.profile;
      const purpose = profile.purpose;
      enqueue.assign({ placing, awaiting: null, profile, ...(applied ? recentOf(context, applied) : {}) });
      if (placing.figure === 'part') {
        // "冰柜一台要八千" once 30万 is held: the new sum to borrow, or a part of the 30万 (held: slots.ts, partOfTheNeed).
        const held = profile.amount ?? placing.money;
        const asked = text('ask.which-sum-part', { money: { money: placing.money }, held: { money: held } });
        say(enqueue, [reply([asked], ['sum:amount', 'sum:part'])]);
        return;
      }
      say(enqueue, [
        reply(
          [
            ...(applied ? notedParts(applied, context.profile) : []),
            text(purpose ? 'ask.which-sum' : 'ask.which-sum-loan', {
              money: { money: placing.money },
              ...(purpose ? { purpose: { purpose } } : {}),
              measure: { measure: placing.figure },
            }),
          ],
          ['sum:amount', `sum:${placing.figure}`],
        ),
      ]);
    }),

    /** "2" for the term: "2个月还是2年？", the two offered as choices (a number, a tap or "2年" typed picks). */
    askWhichTerm: enqueueActions(({ event, enqueue }) => {
      assertEvent(event, 'intent.place-term');
      const { number } = event;
      enqueue.assign({ awaiting: null });
      say(enqueue, [
        reply(
          [text('ask.which-term', { number, months: { term: number }, years: { term: number * 12 } })],
          [`term:${number}`, `term:${number * 12}`],
        ),
      ]);
    }),

    adviceNeedsMore: enqueueActions(({ context, enqueue }) => {
      // "借钱" before the size is told: a bare sum sent next may be the loan's (slots.ts, unlabelledSumSlot).
      enqueue.assign({ recent: { asked: context.awaiting, changed: [], wantsLoan: true } });
      say(enqueue, [reply([text('advice.need-more')]), ...askNext(enqueue, context)]);
    }),

    /** Back from a hand-off: the question the message also asked (answered, then the prompt), or the prompt. */
    promptOrThen: enqueueActions(({ context, event, enqueue }) => {
      if ((event.type === 'intent.resume' || event.type === 'intent.language') && event.then) {
        enqueue.raise(event.then);
        return;
      }
      if (context.handoff) return;
      say(enqueue, [profileComplete(context) ? adviceMenu(context) : ask(enqueue, context)]);
    }),

    /** Where the conversation stands, repeated after a side question so no one is left stranded (remind). */
    prompt: enqueueActions(({ context, event, enqueue }) => {
      if (context.handoff) return;
      const asked = event.type === 'intent.question' ? { type: event.type, question: event.question } : { type: event.type };
      // (The profile just completed, not yet advised: the advice follows with its own menu.)
      if (adviceFollows(context)) return;
      say(enqueue, profileComplete(context) ? [adviceMenu(context)] : remind(enqueue, context, asked));
    }),

    showService: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'intent.service');
      say(enqueue, [serviceDetails(context, event.serviceId)]);
      enqueue.assign({ lastService: event.serviceId });
    }),
    showRisks: enqueueActions(({ context, enqueue }) => {
      say(enqueue, [risks(context)]);
    }),
    showAnswer: enqueueActions(({ context: before, event, enqueue }) => {
      assertEvent(event, 'intent.question');
      // The firm's facts said beside the question are taken first, so the answer is for this firm; noted after it. A question
      // that states the purpose asked for leaves them to takePurposeOfQuestion, which notes them with the purpose in one line.
      const facts = purposeStatedBy(before, event.question) === undefined ? event.facts : undefined;
      const { context, assign, noted } = factsTaken(before, facts);
      if (assign) enqueue.assign(assign);
      // Interest kept back asked with its repayments told too (借五万 扣了五千 还十个月 每个月还五千五 合法吗): its real cost after the answer.
      const worked = event.kept && pricesOffer(event.kept) ? offerWorked(context, event.kept) : undefined;
      const kept = event.kept ? { terms: event.kept, costed: worked?.cost !== undefined } : undefined;
      const answered = answerReply(context, event.question, event.serviceId, event.compared, kept);
      // A guarantor's fee added and the total asked: the offer worked with it, said first (the total is what was asked).
      const added = event.added ? offerWorked(context, event.added.terms, event.added.follows) : undefined;
      const key = answered.shownKey;
      const shown = key === undefined || (context.shown ?? []).includes(key) ? context.shown : [...(context.shown ?? []), key];
      // The service this answer was about stays the one asked of next ("where do we apply", then "what do we bring").
      enqueue.assign({ lastQuestion: event.question, shown, ...(event.serviceId ? { lastService: event.serviceId } : {}) });
      // A fraud's answer (not money already gone, nor the not-sent answer itself): a no next is the money not sent (interpret.ts).
      if (isFraudQuestion(event.question) && !NOT_SENT_AFTER.has(event.question)) enqueue.assign({ fraudJustAnswered: event.question });
      const cost = event.cost ? costOf(context, event.serviceId, event.cost.monthly) : null;
      // Whether a service is worth it cost-wise: after whether it fits, how its price is weighed against a bank's.
      const price =
        event.question === 'which-is-best'
          ? bankPrice(context, event.compared, event.cheapest === true)
          : event.priced
            ? priceWeighed(context)
            : null;
      // The cheapest asked: where the lowest price usually is comes first, the best fit for this firm after it.
      const first = event.cheapest ? [price, answered.reply] : [answered.reply, price];
      const lead = noted.length ? leadChanged(before, context) : null;
      if (worked?.cost) enqueue.assign({ lastOffer: worked.terms, offerJustCosted: true });
      if (added?.cost) enqueue.assign({ lastOffer: added.terms, offerJustCosted: true });
      const total = added?.cost ? added.reply : null;
      // A question that states the purpose asked for: takePurposeOfQuestion says what comes next (the next question or the advice) with
      // its own menu, so the answer carries none (two menus in one turn, the same numbers meaning two things; round 64, found by a tester).
      // ...nor when the facts beside it complete the profile: the advice follows (adviseOnEntry) with its menu.
      const menuAfter = purposeStatedBy(before, event.question) !== undefined || adviceFollows(context);
      const sent = [total, ...first, cost, worked?.cost ? worked.reply : null, noted.length ? reply(noted) : null, lead];
      say(enqueue, menuAfter ? sent.map((r) => (r === null ? r : { ...r, choices: [] })) : sent);
    }),
    /** "回款慢" asked for the purpose: answered (showAnswer), and the need it states noted. */
    takePurposeOfQuestion: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'intent.question');
      const purpose = purposeStatedBy(context, event.question);
      if (purpose === undefined) return;
      // "my customers pay us 90 days after delivery": money already owed to the firm is noted with the need as the NLU reads
      // it (round 24, convention 14: buyerOwes beside the receivables question); a credit only asked for ("thai buyer wants 60
      // days credit, should we accept") notes no debt (showAnswer took the facts beside the question first).
      // An online seller's slow payment is the platform holding its takings, which the online banks lend on (§2.3): no buyer's debt.
      const { buyerOwes, ...facts } = event.facts ?? { language: context.locale };
      const owed = buyerOwes && !context.profile.onlineSales ? { buyerOwes } : {};
      const stated = { ...facts, ...owed, language: context.locale, purpose: facts.purpose ?? purpose };
      const applied = applyUnderstanding(context.profile, stated, context.awaiting, context.locale);
      const next: DialogContext = { ...context, profile: applied.profile };
      enqueue.assign({ profile: applied.profile, awaiting: awaitingAfter(next) });
      const noted = notedParts(applied, context.profile);
      // (The profile complete, the advice follows with its own menu: no menu of questions before it.)
      say(enqueue, [noted.length ? reply(noted) : null, adviceFollows(next) ? null : question(next)]);
    }),
    showTerm: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'intent.term');
      say(enqueue, [termReply(context, event.term)]);
    }),
    /** The offer's cost; the offer worked on is kept, so that the next message can follow it ("那5万呢"). */
    showOfferCost: enqueueActions(({ context: before, event, enqueue }) => {
      assertEvent(event, 'intent.offer');
      // The offer's term given as the answer to "how long": taken first, so the cost is worked on it, and noted after.
      // ...and the thing the owner wants, said before the seller's terms, the need's purpose and sum (round 66).
      const told = { ...(event.termMonths !== undefined ? { termMonths: event.termMonths } : {}), ...event.need };
      const stated = Object.keys(told).length === 0 ? undefined : { language: before.locale, ...told };
      const { context, assign, noted } = factsTaken(before, stated);
      if (assign) enqueue.assign(assign);
      const worked = offerWorked(
        context,
        event.offer,
        event.follows === true,
        event.monthly === true,
        event.against,
        event.licensed === true,
      );
      if (worked.cost) enqueue.assign({ lastOffer: worked.terms, offerJustCosted: true });
      const kept = event.supposed ? reply([text('what-if.on-offer')]) : null;
      say(enqueue, [worked.reply, kept, noted.length ? reply(noted) : null]);
    }),
    showPlatformCheck: enqueueActions(({ context, event, enqueue }) => {
      const serviceId = event.type === 'intent.platform-check' ? event.serviceId : undefined;
      say(enqueue, [reply([{ kind: 'platform-check', ...(serviceId ? { serviceId } : {}) }], followUpChoices(context))]);
    }),
    showCost: enqueueActions(({ context, event, enqueue }) => {
      const asked = event.type === 'intent.cost' ? event : undefined;
      // The yearly cost asked right after an offer's: that offer's, said again in a line.
      const cost = asked?.offer && context.lastOffer ? offerCost(context.lastOffer) : undefined;
      if (cost) {
        const licensed = context.lastOffer?.licensed ? { licensed: true as const } : {};
        const held = context.lastOffer?.held ? { held: true as const } : {};
        // ...and the offer stays the one the next message asks of ("whats that a year", then "is that legal?").
        enqueue.assign({ offerJustCosted: true });
        say(enqueue, [reply([{ kind: 'offer-yearly', cost, ...licensed, ...held }], followUpChoices(context))]);
        return;
      }
      say(enqueue, [costOf(context, asked?.service, asked?.monthly === true, asked?.whatIf)]);
    }),
    /** What might be, asked: said to be kept as given, what a longer term or larger sum does, the cost if asked. */
    answerWhatIf: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'intent.what-if');
      say(enqueue, [whatIfReply(context, event.sum, event.termMonths), event.cost ? costReply(context, false, undefined, false) : null]);
      const { sum, termMonths } = event;
      if (sum !== undefined || termMonths !== undefined) {
        enqueue.assign({ lastWhatIf: { ...(sum ? { sum } : {}), ...(termMonths !== undefined ? { termMonths } : {}) } });
      }
    }),
    showRegulation: enqueueActions(({ context, event, enqueue }) => {
      const serviceId = event.type === 'intent.regulation' ? event.serviceId : undefined;
      // "is that legal?" right after an offer's cost: that offer's rate against the rules' lines, and its lender's licence.
      const cost = event.type === 'intent.regulation' && event.offer && context.lastOffer ? offerCost(context.lastOffer) : undefined;
      if (cost) {
        const licensed = context.lastOffer?.licensed ? { licensed: true as const } : {};
        enqueue.assign({ offerJustCosted: true });
        say(enqueue, [reply([{ kind: 'offer-lawful', cost, ...licensed }], followUpChoices(context))]);
        return;
      }
      say(enqueue, [reply([{ kind: 'regulation', ...(serviceId ? { serviceId } : {}) }], followUpChoices(context))]);
    }),
    showSummary: enqueueActions(({ context, enqueue }) => {
      say(enqueue, [summary(context, stageOf(context))]);
    }),
    showHelp: enqueueActions(({ context, enqueue }) => {
      say(enqueue, [reply([text('help')])]);
      if (!context.handoff) say(enqueue, [profileComplete(context) ? adviceMenu(context) : ask(enqueue, context)]);
    }),
    switchLanguage: enqueueActions(({ event, enqueue }) => {
      assertEvent(event, 'intent.language');
      enqueue.assign({ locale: event.locale, askedIn: event.locale });
      say(enqueue, [reply([text('language.switched')])]);
    }),
    greet: enqueueActions(({ enqueue }) => {
      say(enqueue, [reply([text('greeting')])]);
    }),
    welcomeThanks: enqueueActions(({ enqueue }) => {
      say(enqueue, [reply([text('you-are-welcome')])]);
    }),
    /**
     * 我在忙 等下回你, 来客人了, "brb, customer": the owner away for now. The question stays open for when they are back (nothing
     * skipped, nothing asked again, no advice given to nobody); once advised, they may come back with any question.
     */
    waitForOwner: enqueueActions(({ context, enqueue }) => {
      say(enqueue, [reply([text(context.awaiting ? 'later.question' : 'later.any')])]);
    }),
    sayGoodbye: enqueueActions(({ enqueue }) => {
      say(enqueue, [reply([text('goodbye')])]);
    }),
    acknowledge: enqueueActions(({ enqueue }) => {
      say(enqueue, [reply([text('thanks')])]);
    }),
    noMorePages: enqueueActions(({ enqueue }) => {
      say(enqueue, [reply([text('more.none')])]);
    }),
    notUnderstoodAdvising: enqueueActions(({ context, event, enqueue }) => {
      const othersFirm = event.type === 'intent.unknown' && event.othersFirm === true;
      // "第三个详细讲讲" when two were listed: what the advice has is said, not another item's card (round 62).
      const said = itemBeyondText(event) ?? text(othersFirm ? 'about.not-taken' : 'not-understood-advising');
      say(enqueue, [reply([said], adviceMenu(context).choices)]);
    }),

    reset: enqueueActions(({ enqueue }) => {
      enqueue.assign(forgotten());
    }),
    restarted: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'intent.restart');
      const fresh: DialogContext = {
        ...context,
        profile: {},
        awaiting: null,
        skipped: [],
        choices: [],
        listed: [],
        declined: undefined,
        handoff: false,
      };
      const applied = applyUnderstanding({}, event.understanding, null, context.locale);
      const next: DialogContext = { ...fresh, profile: applied.profile };
      // Everything forgotten (as a reset), then what the restart's own words say.
      enqueue.assign({
        ...forgotten(),
        profile: applied.profile,
        awaiting: awaitingAfter(next),
        asked: 1,
        // "重新开始，我老爹开五金店的": the firm of the one spoken for, since nothing else is known now.
        advisedFor: event.understanding.about,
      });
      const noted = notedParts(applied);
      const about = event.understanding.about;
      say(enqueue, [reply([text('restart.done'), ...(about ? [text(`about.${about}` as const)] : []), ...noted]), question(next)]);
    }),

    startHandoff: enqueueActions(({ context, event, enqueue }) => {
      // Back from a cancelled deletion: the hand-off is still on and was announced already.
      if (context.handoff) return;
      const desk = event.type === 'intent.human' ? event.desk : undefined;
      const given = event.type === 'intent.human' && event.cues ? contactFrom(context.contact, event.cues) : undefined;
      // The contact is asked for once: not when this message gives it or an earlier hand-off had it.
      const contact = given ?? context.contact;
      enqueue.assign({ handoff: true, handoffAt: desk?.at, contactPending: !contact, held: 0, contact });
      effect(enqueue, 'handoff-started');
      say(enqueue, [handoffStarted(desk, contact)]);
    }),
    stillWaiting: enqueueActions(({ enqueue }) => {
      say(enqueue, [stillWaitingReply()]);
    }),
    holdForAgent: enqueueActions(({ context, enqueue }) => {
      enqueue.assign({ held: (context.held ?? 0) + 1, contactPending: false });
      say(enqueue, [forAgentReply()]);
    }),
    holdHandoff: enqueueActions(({ context, enqueue }) => {
      enqueue.assign({ held: (context.held ?? 0) + 1, contactPending: false });
      say(enqueue, [heldReply(context)]);
    }),
    takeContact: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'intent.contact');
      const contact = contactFrom(context.contact, event.cues);
      // A number that is not a mobile one is asked for again; anything else closes the question.
      const retry = !contact && !event.cues.phone && event.cues.badNumber !== undefined;
      enqueue.assign({ contact: contact ?? context.contact, contactPending: retry });
      say(enqueue, [contactReply(contact, event.cues)]);
    }),
    contactSkipped: enqueueActions(({ enqueue }) => {
      enqueue.assign({ contactPending: false });
      say(enqueue, [reply([text('handoff.contact-skipped')], ['cmd:resume'], 'text')]);
    }),
    answerWaiting: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'intent.waiting');
      enqueue.assign({ contactPending: false });
      say(enqueue, [waitingReply(context, event.desk)]);
    }),
    answerHours: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'intent.hours');
      const parts = deskParts(event.desk);
      if (context.handoff) say(enqueue, [reply(parts.length ? parts : [text('handoff.noted')], ['cmd:resume'], 'text')]);
      else say(enqueue, [reply([...parts, text('desk.ask-human')], ['cmd:human'])]);
    }),
    endHandoff: enqueueActions(({ event, enqueue }) => {
      enqueue.assign(HANDOFF_CLEARED);
      effect(enqueue, 'handoff-ended');
      say(enqueue, [reply([text(event.type === 'agent.release' ? 'handoff.ended' : 'handoff.resumed')])]);
    }),
    notInHandoff: enqueueActions(({ enqueue }) => {
      say(enqueue, [reply([text('handoff.not-active')])]);
    }),

    confirmDelete: enqueueActions(({ enqueue }) => {
      say(enqueue, [reply([text('delete.confirm')], ['yes', 'no'])]);
    }),
    deleteData: enqueueActions(({ enqueue }) => {
      effect(enqueue, 'delete-data');
      enqueue.assign(forgotten());
      say(enqueue, [reply([text('delete.done')])]);
    }),
    deleteCancelled: enqueueActions(({ enqueue }) => {
      say(enqueue, [reply([text('delete.cancelled')])]);
    }),
  },
}).createMachine({
  id: 'advisor',
  context: ({ input }) => ({
    locale: input.locale,
    startedIn: input.locale,
    ...(input.today ? { today: input.today } : {}),
    profile: {},
    awaiting: null,
    skipped: [],
    choices: [],
    listed: [],
    handoff: false,
    greeted: false,
    choiceMode: 'number',
  }),
  initial: 'collecting',
  on: {
    'user.message': { actions: 'interpretMessage' },
    'conversation.start': { target: '.collecting', actions: ['reset', 'welcome'] },
    'intent.language': { actions: ['switchLanguage', 'promptOrThen'] },
    'intent.help': { actions: 'showHelp' },
    'intent.greeting': { actions: ['greet', 'prompt'] },
    'intent.thanks': { actions: ['welcomeThanks', 'prompt'] },
    'intent.goodbye': { actions: 'sayGoodbye' },
    'intent.later': { actions: 'waitForOwner' },
    'intent.summary': { actions: 'showSummary' },
    'intent.risks': { actions: 'showRisks' },
    'intent.platform-check': { actions: 'showPlatformCheck' },
    'intent.regulation': { actions: 'showRegulation' },
    'intent.cost': { actions: 'showCost' },
    'intent.what-if': { actions: ['answerWhatIf', 'prompt'] },
    'intent.question': { actions: 'showAnswer' },
    'intent.term': { actions: 'showTerm' },
    'intent.offer': { actions: 'showOfferCost' },
    'intent.service': { actions: 'showService' },
    'intent.decline': { actions: 'declineService' },
    'intent.human': { target: '.handoff' },
    // "返回" outside a hand-off: back to where the conversation stands (the advice's menu or the question).
    'intent.resume': { actions: 'prompt' },
    'intent.delete': { target: '.confirmingDelete' },
    'intent.restart': { target: '.collecting', actions: 'restarted' },
    'intent.yes': { actions: ['acknowledge', 'prompt'] },
    'intent.no': { actions: ['acknowledge', 'prompt'] },
    'intent.more': { actions: ['noMorePages', 'prompt'] },
    'intent.hours': { actions: ['answerHours', 'prompt'] },
    'agent.release': { actions: 'notInHandoff' },
  },
  states: {
    collecting: {
      tags: 'collecting',
      always: { guard: 'profileComplete', target: 'advising', actions: 'advise' },
      on: {
        'intent.answer': { actions: 'applyAnswer' },
        'intent.skip': { actions: 'skipQuestion' },
        // No yes-or-no question is asked while collecting: a "no" answers the open question by declining it.
        'intent.no': [{ guard: 'slotAwaited', actions: 'skipQuestion' }, { actions: ['acknowledge', 'prompt'] }],
        'intent.advice': { actions: 'adviceNeedsMore' },
        'intent.unknown': { actions: 'reAsk' },
        // A side question while collecting is answered, then the open question is asked again:
        // nobody is left stranded, and a number still answers the question.
        'intent.service': { actions: ['showService', 'prompt'] },
        'intent.risks': { actions: ['showRisks', 'prompt'] },
        'intent.platform-check': { actions: ['showPlatformCheck', 'prompt'] },
        'intent.regulation': { actions: ['showRegulation', 'prompt'] },
        'intent.cost': { actions: ['showCost', 'prompt'] },
        'intent.question': [
          { guard: 'questionStatesPurpose', actions: ['showAnswer', 'takePurposeOfQuestion'] },
          { actions: ['showAnswer', 'prompt'] },
        ],
        'intent.term': { actions: ['showTerm', 'prompt'] },
        'intent.offer': [{ guard: 'offerTermCompletes', actions: 'showOfferCost' }, { actions: ['showOfferCost', 'prompt'] }],
        'intent.summary': { actions: ['showSummary', 'prompt'] },
        'intent.place-sum': { actions: 'askWhichSum' },
        'intent.place-term': { actions: 'askWhichTerm' },
      },
    },
    advising: {
      tags: 'advising',
      always: { guard: 'profileIncomplete', target: 'collecting' },
      on: {
        'intent.answer': { actions: 'adviseUpdated' },
        // "the dealer quoted 620k actually": the sum's place asked; the choice then answers (adviseUpdated).
        'intent.place-sum': { actions: 'askWhichSum' },
        'intent.advice': { actions: 'advise' },
        'intent.skip': { actions: 'prompt' },
        'intent.unknown': { actions: 'notUnderstoodAdvising' },
      },
    },
    handoff: {
      tags: 'handoff',
      entry: 'startHandoff',
      on: {
        'intent.resume': BACK_FROM_HANDOFF,
        'agent.release': BACK_FROM_HANDOFF,
        'intent.restart': { target: 'collecting', actions: ['endHandoff', 'restarted'] },
        'intent.delete': { target: 'confirmingDelete' },
        'intent.language': { actions: ['switchLanguage', 'holdHandoff'] },
        'intent.summary': { actions: 'showSummary' },
        'intent.human': { actions: 'holdHandoff' },
        'intent.contact': { actions: 'takeContact' },
        'intent.waiting': { actions: 'answerWaiting' },
        'intent.hours': { actions: 'answerHours' },
        // A question while waiting for a person is answered now, the request standing (and saying so);
        // while an agent holds the conversation (claimed), it is left to them (intent.for-agent).
        ...answeredWhileWaiting(ANSWERED_MEANWHILE),
        'intent.for-agent': { actions: 'holdForAgent' },
        'intent.skip': [{ guard: 'contactPending', actions: 'contactSkipped' }, { actions: 'holdHandoff' }],
        'intent.no': [{ guard: 'contactPending', actions: 'contactSkipped' }, { actions: 'holdHandoff' }],
        'intent.*': { actions: 'holdHandoff' },
      },
    },
    // No stage tag: a deletion is confirmed from whatever stage the conversation was at.
    confirmingDelete: {
      entry: 'confirmDelete',
      on: {
        'intent.yes': { target: 'collecting', actions: 'deleteData' },
        'intent.delete': { target: 'collecting', actions: 'deleteData' },
        'intent.*': [
          { guard: 'inHandoff', target: 'handoff', actions: 'deleteCancelled' },
          { guard: 'profileComplete', target: 'advising', actions: ['deleteCancelled', 'prompt'] },
          { target: 'collecting', actions: ['deleteCancelled', 'prompt'] },
        ],
      },
    },
  },
});

/** The machine's state names, read from the machine (the stored snapshot's check accepts these). */
export type StateName = Extract<StateValueFrom<typeof advisorMachine>, string>;
export const STATE_NAMES = Object.keys(advisorMachine.states) as [StateName, ...StateName[]];

/**
 * The contract's stage, decided here only: a hand-off in progress wins; otherwise the state's
 * stage tag; otherwise (confirming a deletion, or no state given) whether the profile is complete,
 * as it is in `advising` and never in `collecting`.
 */
export function stageOf(context: DialogContext, state?: string): Stage {
  if (context.handoff) return 'handoff';
  const tagged = state !== undefined ? STAGE_OF_STATE.get(state) : undefined;
  return tagged ?? (profileComplete(context) ? 'advising' : 'collecting');
}

const isStage = (tag: string): tag is Stage => tag === 'collecting' || tag === 'advising' || tag === 'handoff';
const STAGE_OF_STATE: ReadonlyMap<string, Stage> = new Map(
  Object.entries(advisorMachine.states).flatMap(([name, node]) => {
    const stage = node.tags.find(isStage);
    return stage ? [[name, stage] as const] : [];
  }),
);

const GREETING_INTENTS: ReadonlySet<string> = new Set([
  'intent.unknown',
  'intent.greeting',
  'intent.thanks',
  'intent.goodbye',
  'intent.yes',
  'intent.no',
  'intent.help',
  'intent.more',
  'intent.skip',
  'intent.later',
]);
