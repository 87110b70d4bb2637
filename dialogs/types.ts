// The dialog's vocabulary: its context, the events it takes, and the replies it gives. Replies
// are ids and parameters (i18n keys in locales/<lng>/dialog.json, knowledge ids), never text;
// the conversation engine renders them in the conversation's language.

import type { Answer, SupportId } from '../src/knowledge/answers';
import type { OfferCost, OfferTerms } from '../src/knowledge/cost';
import type { Caution, Excluded, Recommendation } from '../src/knowledge/recommend';
import {
  ASKED_SLOTS,
  type AskedSlot,
  type IndustryId,
  type PurposeId,
  type QuestionId,
  type ServiceId,
  type SizeClass,
} from '../src/knowledge/ids';
import type { EnterpriseProfile, Money } from '../src/knowledge/profile';
import type { TermId } from '../src/knowledge/terms';
import type { SizeMeasure, SizeRule } from '../src/knowledge/sme-size';
import type { Locale } from '../src/locale';
import type { SpokenFor, Understanding } from '../src/nlu/types';
import type { DeskSchedule, DeskStatus } from '../src/desk/hours';
import type { HandoffCues } from '../src/desk/cues';

/** What the bot can be waiting for while it collects the profile (the knowledge module's ids, as the answers name them). */
export const SLOTS = ASKED_SLOTS;
export type Slot = AskedSlot;

/** The stage the contract's ConversationView shows. */
export type Stage = 'collecting' | 'advising' | 'handoff';

export type CommandChoice = 'risks' | 'platform-check' | 'regulation' | 'summary' | 'human' | 'restart' | 'advice' | 'resume' | 'p2p';

/** A choice offered to the user; a channel shows it as a button, a chip or a numbered line. */
export type ChoiceId =
  | `industry:${IndustryId}`
  | `purpose:${PurposeId}`
  | `size:${SizeClass}`
  | `service:${ServiceId}`
  | `cmd:${CommandChoice}`
  | `lang:${Locale}`
  | `sum:${'amount' | 'revenue' | 'assets' | 'part'}`
  /** A term, in months ("2个月" and "2年" offered for a bare 2). */
  | `term:${number}`
  | 'yes'
  | 'no'
  | 'skip';

export interface DialogContext {
  locale: Locale;
  profile: EnterpriseProfile;
  awaiting: Slot | null;
  /** Slots the user chose not to answer ("不清楚", "skip"), or put aside: never asked again until a restart. */
  skipped: Slot[];
  /** How many times in a row the open question has been asked (absent before any). */
  asked?: number;
  /**
   * The side question the open question was last reminded after (machine.ts, remind): the same question asked
   * again right after puts the open one aside (the owner has moved on).
   */
  reminded?: { slot: Slot; question?: QuestionId };
  /** The choices of the last reply, so that a tap (its label) or "2" picks one. */
  choices: ChoiceId[];
  /** How the last reply's choices are picked: by number, or (while a figure is awaited) by text only. */
  choiceMode: 'number' | 'text';
  /** The services of the last advice, in rank order, so that "details 2" refers to them. */
  listed: ServiceId[];
  /** A hand-off to a person is pending or in progress. */
  handoff: boolean;
  /** The bot has introduced itself. */
  greeted: boolean;
  /** When the current hand-off began (ms); absent outside a hand-off. */
  handoffAt?: number;
  /** How the customer asked the desk to contact them (kept until the data is deleted). */
  contact?: Contact;
  /** The bot has just asked for a contact: a number or a time in the next message is one. */
  contactPending?: boolean;
  /** Messages acknowledged in this hand-off (the first gets the full notice, later ones a short one). */
  held?: number;
  /** Services the owner refused ("融资租赁不要", "no leasing please"): left out of the advice until asked for again. */
  declined?: ServiceId[];
  /**
   * The last message that answered: the question it answered and what it changed. A figure sent
   * next is read with it ("整几辆大巴车" then "三百五十万": the price; "18 ppl" then "2.5 million"
   * after a question that asked both: the revenue; "想借一百万" then "不是，是八十万": the amount).
   */
  recent?: RecentAnswer;
  /** The language the conversation began in (a short question plainly in it brings the replies back). */
  startedIn?: Locale;
  /**
   * The day of this turn (YYYY-MM-DD, Beijing time), set by the engine on every turn: the advice names a programme only while it
   * runs, and weighs it only when it covers most of the loan (programmes.ts, the service-loan subsidy's last day).
   */
  today?: string;
  /**
   * The language the owner last asked for ("Can you reply in English?"), or last took the replies over to by writing in it: a short
   * question plainly in it brings the replies back too (a trader who wrote a whole message in Chinese is answered in Chinese when a
   * short Chinese question comes after English ones; round 63).
   */
  askedIn?: Locale;
  /** A sum whose slot the bot asked about ("350万是买车的钱，还是企业的资产总额？"): the next reply places it. */
  placing?: SumToPlace;
  /**
   * The firm advised is that of the person the user speaks for ("我老爹开了个五金店", "my wife runs a
   * shop"): taken when the conversation had no firm of the user's own, said once, kept until a restart.
   */
  advisedFor?: SpokenFor;
  /**
   * The last offer costed, its terms as worked on (the owner's sum and term filled in): "那5万呢", "手续费2%先扣"
   * and "分24个月呢" are worked on it, with what they change.
   */
  lastOffer?: OfferTerms;
  /**
   * The offer just costed (`lastOffer`): "is that legal?", "这个合法吗" next asks whether that offer is lawful, not the whole
   * history of the rules; kept for the next message only (round 47).
   */
  offerJustCosted?: true;
  /** The what-if just answered (要是借五十万呢): "那每个月还好多" next is worked on its figures; kept for the next message only. */
  lastWhatIf?: WhatIf;
  /** The last direct question answered: "what about wechat pay" after "can they pay by alipay" asks it again. */
  lastQuestion?: QuestionId;
  /**
   * The fraud answer just given (a `fraud-*` question): "还没转呢", "no i havent paid them" next is money not sent, not a no to the question
   * the conversation was at; kept for the next message only (round 52).
   */
  fraudJustAnswered?: QuestionId;
  /**
   * The service whose card was just shown (a number picked, a service named, 还是走银行贷款吧): "where do we apply", "格适合我们"
   * next are asked of it, not of the first recommended; kept for the next message, and again while the answers are about it.
   */
  lastService?: ServiceId;
  /**
   * The practical answers already shown in this conversation (replies.ts, shownKey): the same
   * answer asked for again ("哪里申请" then "要不要去银行") is referred to, not repeated word for word.
   */
  shown?: string[];
}

/** The figures a what-if asks about: the sum, the term, or both (the owner's own fill in the rest). */
export interface WhatIf {
  sum?: Money;
  termMonths?: number;
}

/** What the last answering message answered and changed. */
export interface RecentAnswer {
  asked: Slot | null;
  changed: ProfileChange['slot'][];
  /**
   * The message asked to borrow, or for the advice, with no sum and before the profile was complete ("借钱", "想贷款"):
   * a sum sent next, while the size asks for a money figure, may be the loan's (asked which, slots.ts).
   */
  wantsLoan?: true;
}

/** A sum that could be the loan's amount or a size figure, asked about. */
export interface SumToPlace {
  money: Money;
  /**
   * What else it could be besides the amount: a size figure, or (`part`) the price of a part of the need
   * already held, the sum to borrow staying as it is ("冰柜一台要八千" once 30万 is held).
   */
  figure: 'revenue' | 'assets' | 'part';
}

/** What a customer left for the desk to call back: a mainland mobile number and/or a time. */
export interface Contact {
  phone?: string;
  callbackTime?: string;
}

export interface DialogInput {
  locale: Locale;
  /** The day of the first turn (see DialogContext.today). */
  today?: string;
}

/** A message from the user, as the NLU understood it. */
export interface UserMessageEvent {
  type: 'user.message';
  understanding: Understanding;
  /**
   * The language to switch to because the user plainly wrote in it (a Chinese sentence, several
   * English words); null when the message does not say (a number, "ok", a brand name).
   */
  writtenIn: Locale | null;
  /** The message is exactly the label of one of the last reply's choices (a tapped button). */
  choice?: ChoiceId;
  /** What the message says to a hand-off (a phone number, a time, "有人吗"). */
  cues?: HandoffCues;
  /** The desk's hours and whether it is staffed at the time of the message. */
  desk?: DeskStatus;
  /** An agent has claimed the hand-off (a person holds the conversation): questions are theirs to answer. */
  claimed?: boolean;
  /**
   * The message's purpose is an asset bought (true: a cold room, a machine, a vehicle) or premises opened (false: another
   * shop, a branch): `assetNamed` in src/nlu, read beside the Understanding as the hand-off cues are; kept in the profile with
   * the purpose it came with (rounds 24, 25). Absent when the words say neither.
   */
  assetBought?: boolean;
}

export type Intent =
  | {
      type: 'intent.answer';
      understanding: Understanding;
      /** The same need said again, once advised, with another thing bought (an asset, or premises): the advice must be given again. */
      boughtChanged?: true;
    }
  | { type: 'intent.skip' }
  /** 我在忙 等下回你, 来客人了, "brb": the owner away for now, the answer later (the question kept, nothing skipped). */
  | { type: 'intent.later' }
  /** `then`: what the same message also asks ("还是说中文吧，要准备哪样材料"), answered in the new language. */
  | { type: 'intent.language'; locale: Locale; then?: Intent }
  | { type: 'intent.restart'; understanding: Understanding }
  | { type: 'intent.human'; desk?: DeskStatus; cues?: HandoffCues }
  /** A phone number or a time to call back, during a hand-off. */
  | { type: 'intent.contact'; cues: HandoffCues }
  /** "有人吗", "how long?", during a hand-off. */
  | { type: 'intent.waiting'; desk?: DeskStatus }
  /** "你们几点上班", "when are you open?" */
  | { type: 'intent.hours'; desk?: DeskStatus }
  /** Back to the bot; `then`: a question the same message asks ("算了不找人了，要抵押不"), answered after. */
  | { type: 'intent.resume'; then?: Intent }
  | { type: 'intent.delete' }
  | { type: 'intent.yes' }
  | { type: 'intent.no' }
  | { type: 'intent.help' }
  | { type: 'intent.greeting' }
  | { type: 'intent.thanks' }
  /** 再见, bye: a goodbye, answered with one (no menu after it). */
  | { type: 'intent.goodbye' }
  | { type: 'intent.summary' }
  | { type: 'intent.risks' }
  | { type: 'intent.platform-check'; serviceId?: ServiceId }
  /** `serviceId`: who regulates that service ("who regulates leasing"), answered with its facts first. */
  /** `offer`: whether the offer just costed is lawful ("is that legal?" right after its cost; round 47). */
  | { type: 'intent.regulation'; serviceId?: ServiceId; offer?: true }
  /** `monthly`: the monthly repayment is what is asked (一个月还多少): the answer leads with it. */
  /** `offer`: the yearly cost asked right after an offer was costed (年化是好多): that offer's, not lenders' in general. */
  | { type: 'intent.cost'; monthly?: true; whatIf?: WhatIf; service?: ServiceId; offer?: true }
  /**
   * What might be, asked about the loan's sum or term (如果借两年呢, "what if we borrowed 200k over 2 years"): answered, the
   * owner's figures kept (and the cost, if asked); `sum` and `termMonths`: what it names, if anything.
   */
  | ({ type: 'intent.what-if'; cost: boolean } & WhatIf)
  | { type: 'intent.service'; serviceId: ServiceId }
  /** "融资租赁不要", "no leasing please": the service left out; what else the message says is taken too. */
  | { type: 'intent.decline'; serviceId: ServiceId; understanding: Understanding }
  | { type: 'intent.advice' }
  /**
   * A direct question ("可信不", "去哪里申请"): answered first; the question changes nothing in the profile, but the
   * firm's facts the owner states beside it (`facts`: 我们做水果批发的 员工七个 格有哪样补贴) are taken.
   */
  | {
      type: 'intent.question';
      question: QuestionId;
      serviceId?: ServiceId;
      compared?: ServiceId[];
      facts?: Understanding;
      /** "利息多少，能借多少": the cost asked beside how much or how soon (COST_BESIDE); `monthly`: the monthly repayment too. */
      cost?: { monthly: boolean };
      /** "哪个最便宜", "which has the lowest interest": the pick asked by its price (which-is-best with the cost asked). */
      cheapest?: true;
      /** "冷库用融资租赁格划算", "is leasing worth it cost-wise": whether a service fits, with its price weighed (does-it-fit with the cost asked). */
      priced?: true;
      /** "批了二十万 到手只有十八万 这个合法吗": interest kept back asked whether allowed, with the offer's terms told beside it. */
      kept?: OfferTerms;
      /**
       * "还有个担保费 一年两个点 加进去一共好多": a guarantor's yearly fee added and the total asked; the offer to work with it, the last
       * offer's terms with the fee added when `follows`.
       */
      added?: { terms: OfferTerms; follows: boolean };
    }
  /** "租赁是哪样意思", "what does factoring mean?": a short explanation of the word. */
  | { type: 'intent.term'; term: TermId }
  /** A loan offer's terms ("借10万，每月还9333，12个月"): its true cost. */
  /**
   * `monthly`: the monthly repayment asked (the answer leads with it). `follows`: the terms are the last
   * offer's with what the message changed ("那5万呢", "手续费2%先扣"). `against`: the offer before, which this one
   * is weighed against ("另外一家讲月息八厘 跟刚才那家比哪个便宜"): worked on its sum and term, and the two compared.
   */
  /** `licensed`: the offer is a bank's or a licensed lender's (网商贷, a leasing company): outside the private-lending ceiling. */
  /** `termMonths`: the offer's term, taken as the owner's when the bot had asked how long ("信用社讲 年利率4.6 三年"). */
  | {
      type: 'intent.offer';
      offer: OfferTerms;
      monthly?: true;
      follows?: true;
      /** Another sum or term only supposed (那分两年还呢): the owner's own figures kept, said so. */
      supposed?: true;
      against?: OfferTerms;
      licensed?: true;
      termMonths?: number;
      /**
       * The thing the owner wants, said before the seller's terms (想再买两台大疆T50 … 厂家说可以分期; round 66): the need's purpose, and
       * the sum the offer finances its amount when none is held; or, a price put right, the amount the offer financed anew (round 67).
       */
      need?: { purpose?: PurposeId; amount?: Money };
    }
  | { type: 'intent.more' }
  /** A sum that could be the loan's amount or a size figure: which, asked. */
  /** `need`: the need named beside the sum ("getting a bigger warehouse, about 350k"), taken before asking. */
  | { type: 'intent.place-sum'; placing: SumToPlace; need?: Understanding }
  /** A bare number for the term that could be months or years ("2"): which, asked. */
  | { type: 'intent.place-term'; number: number }
  /** A question asked while an agent holds the hand-off: kept for the agent. */
  | { type: 'intent.for-agent' }
  /**
   * `figure`: the message held a number or a sum that could not be placed ("50" in English).
   * `othersFirm`: nothing besides another's firm, beside the user's own (its facts left out: said so).
   */
  | { type: 'intent.unknown'; figure?: true; othersFirm?: true; beyond?: ItemBeyond };
/** An item of the advice asked of by a place the advice does not have (第三个 when two were listed): the place and how many were. */
export interface ItemBeyond {
  place: number;
  listed: number;
}

export type DialogEvent =
  | UserMessageEvent
  /** A channel's first contact (WeChat subscribe, Bot Framework member added). */
  | { type: 'conversation.start' }
  /** The human agent hands the conversation back to the bot. */
  | { type: 'agent.release' }
  | Intent;

/** Offer terms the owner did not state and the bot took from the conversation's profile. */
export interface AssumedTerms {
  principal?: number;
  months?: number;
  /** The owner's sum taken as the price, the principal that less the offer's share down (首付两成). */
  price?: number;
  /** ...less a sum down the offer said, in yuan (首付两万五; round 67): said as that sum, not a share. */
  down?: number;
  /** The terms are the last offer's, with what the message changed (the sum, a fee, the term). */
  fromOffer?: true;
}

/** A monthly repayment worked at the dated one-year LPR, equal instalments (replies.ts lprMonthly). */
export interface LprInstalment {
  principal: number;
  months: number;
  payment: number;
}

/** A value a reply's wording interpolates; the renderer formats each kind for the locale. */
export type Param =
  | string
  | number
  | { money: Money }
  | { cny: number }
  | { term: number }
  | { people: number }
  | { industry: IndustryId }
  | { purpose: PurposeId }
  | { sizeClass: SizeClass }
  | { service: ServiceId; variant?: string }
  | { measure: SizeMeasure }
  /** The desk's weekly hours ("周一至周五 09:00–17:30"). */
  | { deskHours: DeskSchedule }
  /** A moment, said relative to another ("明天 09:00", "on Monday at 09:00"). */
  | { when: number; from: number }
  /** A length of time in ms ("12分钟", "2 hours 5 minutes"). */
  | { duration: number }
  /** A contact left for the desk ("手机号 13812345678，方便联系的时间：下午"). */
  | { contact: Contact };

/** The profile fields a message can change (ProfileChange's `slot`). */
export const PROFILE_CHANGE_SLOTS = [
  'industry',
  'employees',
  'annualRevenueCny',
  'totalAssetsCny',
  'sizeClass',
  'purpose',
  'amount',
  'termMonths',
  'crossBorder',
  'onlineSales',
  'buyerOwes',
] as const satisfies ReadonlyArray<ProfileChange['slot']>;

/** What changed in the profile in one message, to acknowledge it ("记下了：员工30人"). */
export type ProfileChange =
  | { slot: 'industry'; value: IndustryId }
  | { slot: 'employees'; value: number }
  | { slot: 'annualRevenueCny'; value: number }
  | { slot: 'totalAssetsCny'; value: number }
  | { slot: 'sizeClass'; value: SizeClass; declared: boolean }
  | { slot: 'purpose'; value: PurposeId }
  | { slot: 'amount'; value: Money }
  | { slot: 'termMonths'; value: number }
  | { slot: 'crossBorder'; value: boolean }
  | { slot: 'onlineSales'; value: boolean }
  | { slot: 'buyerOwes'; value: boolean };

export type ReplyPart =
  | { kind: 'text'; key: DialogKey; params?: Record<string, Param> }
  | { kind: 'noted'; changes: ProfileChange[]; corrected: boolean; same?: true }
  | { kind: 'size-rule'; industry: IndustryId; rule: SizeRule }
  /** The size question: the figures the industry's row needs (all, or the one still missing). */
  | { kind: 'ask-size'; measures: SizeMeasure[]; stillMissing: boolean }
  | {
      kind: 'advice';
      profile: EnterpriseProfile;
      recommendations: Recommendation[];
      cautions: Caution[];
      /** Services made for the purpose that a suitability rule rules out (said when nothing fits well). */
      excluded?: Excluded[];
      fitsWell?: boolean;
      /** Services the owner refused, left out of the list (said, so the owner knows). */
      leftOut?: ServiceId[];
    }
  | { kind: 'service'; serviceId: ServiceId; cautions: Caution[]; profile?: EnterpriseProfile }
  /** All risks; with the advice's cautions for this case first when there is advice. */
  | { kind: 'risks'; cautions?: Caution[] }
  | { kind: 'answer'; answer: Answer; profile: EnterpriseProfile; again?: true }
  /** `monthly`: the monthly repayment asked, said first. */
  /** `earlier`: the cost of the offer before, which this one is weighed against (the two compared after the verdict). */
  | { kind: 'offer'; terms: OfferTerms; cost?: OfferCost; assumed?: AssumedTerms; monthly?: true; earlier?: OfferCost; licensed?: true }
  | { kind: 'term'; term: TermId }
  /** `serviceId`: the service the owner asked about ("网商银行格靠谱"): checked as that, not as a P2P platform. */
  | { kind: 'platform-check'; serviceId?: ServiceId }
  | { kind: 'regulation'; serviceId?: ServiceId }
  /**
   * A service weighed against a bank loan: how a bank prices (LPR plus a margin), with the offer last costed when "that" is it;
   * `cheapest`: the cheapest asked ("哪个最便宜"), led by where the lowest price usually is.
   */
  | { kind: 'bank-price'; offer?: OfferCost; cheapest?: true }
  /** Whether an offer costed is lawful: its compounded rate set against the lines of the rules, the lender's licence to check. */
  | { kind: 'offer-lawful'; cost: OfferCost; licensed?: true }
  /** An offer costed, its yearly cost asked again: its verdict line (both readings when the words allow two), the rate it must show. */
  | { kind: 'offer-yearly'; cost: OfferCost; licensed?: true; held?: true }
  /**
   * What a loan costs in general; `subsidies`: the interest subsidies this firm's case may carry;
   * `payments`: the owner may be asking about payment fees (no purpose yet, or collecting payments).
   */
  | {
      kind: 'cost';
      subsidies: SupportId[];
      payments: boolean;
      /** The monthly repayment asked: on the owner's sum and term at the dated LPR, or what is needed to tell it. */
      monthly?: LprInstalment | 'needs-terms';
      /** The cost asked in general, the owner's loan sum and term known: the interest they come to at the dated LPR (round 31). */
      estimate?: LprInstalment;
      /** The cost asked is a lease's (the service asked of, or the advice's first): how a lease's cost is told and compared (round 61). */
      leased?: true;
    }
  /**
   * A what-if answered: the owner's figures kept; with the sum and term it asks about (the owner's where it names
   * one only), the monthly repayment on them at the dated LPR, beside the one on the owner's own (`held`).
   */
  | { kind: 'what-if'; monthly?: LprInstalment & { held?: LprInstalment } }
  | { kind: 'p2p-status' }
  /** `advisedFor`: the firm is that of the person the user speaks for (said in the summary). */
  | { kind: 'summary'; profile: EnterpriseProfile; stage: Stage; listed: ServiceId[]; advisedFor?: SpokenFor };

/**
 * One message from the bot. `choiceMode` says how a user can pick: `number` (reply "2") or
 * `text` only (while the bot waits for a figure, "2" means two, not the second choice).
 */
export interface DialogReply {
  parts: ReplyPart[];
  choices: ChoiceId[];
  choiceMode: 'number' | 'text';
}

/** Things the engine must do beyond replying. */
export type DialogEffect = 'delete-data' | 'handoff-started' | 'handoff-ended';

export type DialogEmitted = { type: 'reply'; reply: DialogReply } | { type: 'effect'; effect: DialogEffect };

/** Every key of locales/<lng>/dialog.json the machine uses (checked by the locale test). */
export const DIALOG_KEYS = [
  'welcome',
  'help',
  'ask.industry',
  'ask.purpose',
  'ask.amount',
  'ask.amount-any',
  'ask.amount-idle',
  'ask.term',
  'ask.term-idle',
  'ask.amount-unit',
  'noted.nothing-new',
  'noted.asset-bought',
  'noted.premises',
  'not-understood',
  'not-understood-advising',
  'item.beyond',
  'reask.industry',
  'reask.size',
  'reask.purpose',
  'reask.term',
  'reask.amount',
  'reask.term-idle',
  'reask.amount-idle',
  'ask.which-sum',
  'ask.which-sum-loan',
  'ask.which-sum-part',
  'ask.which-term',
  'size.small-or-micro',
  'purpose.assumed-stock',
  'skip.ok',
  'skip.put-aside',
  'later.question',
  'later.any',
  'decline.noted',
  'what-if.kept',
  'what-if.on-offer',
  'about.father',
  'about.mother',
  'about.parents',
  'about.husband',
  'about.wife',
  'about.spouse',
  'about.family',
  'about.friend',
  'about.someone',
  'about.not-taken',
  'decline.noted-online',
  'decline.payment-brand',
  'advice.need-more',
  'advice.updated',
  'advice.unchanged',
  'advice.now-first',
  'language.switched',
  'restart.done',
  'handoff.started',
  'handoff.holding',
  'handoff.ended',
  'handoff.resumed',
  'handoff.not-active',
  'handoff.keep-writing',
  'handoff.noted',
  'handoff.ask-contact',
  'handoff.contact-noted',
  'handoff.contact-skipped',
  'handoff.bad-phone',
  'handoff.waited',
  'handoff.will-call',
  'handoff.leave-phone',
  'handoff.back-hint',
  'handoff.still-waiting',
  'handoff.with-agent',
  'desk.open',
  'desk.closed',
  'desk.ask-human',
  'delete.confirm',
  'delete.done',
  'delete.cancelled',
  'more.none',
  'followup.menu',
  'thanks',
  'greeting',
  'you-are-welcome',
  'goodbye',
] as const;
export type DialogKey = (typeof DIALOG_KEYS)[number];
