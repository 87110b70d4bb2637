// The bot's replies as data: which question to ask with which choices, the advice, the answers to
// follow-ups. Pure functions of the dialog context; the wording is chosen by the renderer.

import { PURPOSE_CHOICES, PURPOSES_WITHOUT_FUNDING, type IndustryId, type ServiceId } from '../src/knowledge/ids';
import { type Answer, answer as answerFor, interestSubsidiesFor } from '../src/knowledge/answers';
import { keptBack, lprInstalment, offerCost, withOwnTerms, type OfferCost, type OfferTerms } from '../src/knowledge/cost';
import type { QuestionId } from '../src/knowledge/ids';
import type { TermId } from '../src/knowledge/terms';
import { caseCautions, cautionsForService, recommend, riskCautions } from '../src/knowledge/recommend';
import { hasSizeFigures, nextSlot, profileComplete, sizeQuestionMeasures } from './slots';
import type { Money } from '../src/knowledge/profile';
import type { ChoiceId, DialogContext, DialogReply, LprInstalment, ReplyPart, Stage, WhatIf } from './types';

/** The industries people in Yunnan most often name, in the order the question lists them. */
export const INDUSTRY_CHOICES: readonly IndustryId[] = [
  'agriculture',
  'industry',
  'wholesale',
  'retail',
  'catering',
  'accommodation',
  'transport',
  'software-it',
  'leasing-business-services',
  'construction',
  'other',
];

const ADVICE_COMMANDS: readonly ChoiceId[] = ['cmd:risks', 'cmd:platform-check', 'cmd:summary', 'cmd:human', 'cmd:restart'];

export function reply(parts: ReplyPart[], choices: ChoiceId[] = [], choiceMode: 'number' | 'text' = 'number'): DialogReply {
  return { parts, choices, choiceMode };
}

export function text(key: Extract<ReplyPart, { kind: 'text' }>['key'], params?: Extract<ReplyPart, { kind: 'text' }>['params']): ReplyPart {
  return params ? { kind: 'text', key, params } : { kind: 'text', key };
}

/** The question for the next missing slot; null when the profile is complete. */
export function question(context: DialogContext): DialogReply | null {
  const { profile } = context;
  const slot = nextSlot(profile, context.skipped);
  switch (slot) {
    case null:
      return null;
    case 'industry':
      return reply(
        [text('ask.industry')],
        INDUSTRY_CHOICES.map((id): ChoiceId => `industry:${id}`),
      );
    case 'size': {
      const measures = sizeQuestionMeasures(profile);
      const parts: ReplyPart[] = [{ kind: 'ask-size', measures, stillMissing: hasSizeFigures(profile) && measures.length > 0 }];
      return reply(parts, ['size:micro', 'size:small', 'size:medium', 'skip'], 'text');
    }
    case 'purpose':
      return reply(
        [text('ask.purpose')],
        PURPOSE_CHOICES.map((id): ChoiceId => `purpose:${id}`),
      );
    case 'amount':
      // The purpose skipped: the amount is asked on its own. Idle cash is asked as what there is to place, not what is needed (round 50).
      if (profile.purpose === 'wealth-management') return reply([text('ask.amount-idle')], ['skip'], 'text');
      return profile.purpose === undefined
        ? reply([text('ask.amount-any')], ['skip'], 'text')
        : reply([text('ask.amount', { purpose: { purpose: profile.purpose } })], ['skip'], 'text');
    case 'term':
      // ...and its term as how long it can stay placed.
      if (profile.purpose === 'wealth-management') return reply([text('ask.term-idle')], ['skip'], 'text');
      return reply([text('ask.term', profile.purpose === undefined ? {} : { purpose: { purpose: profile.purpose } })], ['skip'], 'text');
  }
}

export function adviceChoices(listed: readonly ServiceId[]): ChoiceId[] {
  return [...listed.map((id): ChoiceId => `service:${id}`), ...ADVICE_COMMANDS];
}

export function advice(context: DialogContext): { reply: DialogReply; listed: ServiceId[] } {
  const leftOut = context.declined ?? [];
  const result = recommend(context.profile, leftOut, context.today);
  const listed = result.recommendations.map((r) => r.serviceId);
  return {
    listed,
    reply: reply(
      [
        {
          kind: 'advice',
          profile: context.profile,
          recommendations: result.recommendations,
          cautions: result.cautions,
          excluded: result.excluded,
          fitsWell: result.fitsWell,
          ...(leftOut.length > 0 ? { leftOut: [...leftOut] } : {}),
        },
      ],
      adviceChoices(listed),
    ),
  };
}

/** The need's figures the advice's steps and reasons are worked on: a change of any is a new advice whatever it lists. */
const NEED_KEYS = ['purpose', 'amount', 'termMonths', 'crossBorder', 'onlineSales', 'buyerOwes', 'assetBought'] as const;

/**
 * Whether a fact told once advised leaves the advice as it was (一年营页额三十来万吧 after the advice: the same services, reasons and
 * cautions, the need unchanged; round 64, found by a tester): the fact is noted and the advice said to stand, not sent again.
 */
export function adviceUnchanged(before: DialogContext, after: DialogContext): boolean {
  if (!NEED_KEYS.every((k) => JSON.stringify(before.profile[k]) === JSON.stringify(after.profile[k]))) return false;
  const shown = (c: DialogContext) => {
    const r = recommend(c.profile, c.declined ?? [], c.today);
    return JSON.stringify([r.recommendations, r.cautions, r.excluded, r.fitsWell]);
  };
  return shown(before) === shown(after);
}

/**
 * Once advised, a fact told beside a question ("hotels pay us 60 days late, what can we do") that puts another service
 * first: said in a line, with the way to see the advice again (round 25), not the whole advice sent unasked; the numbers
 * of the advice shown stay as they were until it is shown again.
 */
export function leadChanged(before: DialogContext, after: DialogContext): DialogReply | null {
  const shownFirst = before.listed[0];
  if (shownFirst === undefined || !profileComplete(after)) return null;
  const first = recommend(after.profile, after.declined ?? [], after.today).recommendations[0]?.serviceId;
  if (first === undefined || first === shownFirst) return null;
  return reply([text('advice.now-first', { service: { service: first } })]);
}

export function serviceDetails(context: DialogContext, serviceId: ServiceId): DialogReply {
  const part: ReplyPart =
    serviceId === 'p2p-lending'
      ? { kind: 'p2p-status' }
      : { kind: 'service', serviceId, cautions: cautionsForService(serviceId, context.profile), profile: context.profile };
  return reply([part], followUpChoices(context));
}

/**
 * Choices after a follow-up answer: back to the advice when there is one. While the bot is still
 * collecting, none: the open question follows with its own (so "1" still answers it).
 */
export function followUpChoices(context: DialogContext): ChoiceId[] {
  if (context.listed.length > 0) return ['cmd:advice', 'cmd:risks', 'cmd:platform-check', 'cmd:human'];
  return context.handoff ? ['cmd:risks', 'cmd:platform-check', 'cmd:human'] : [];
}

export function summary(context: DialogContext, stage: Stage): DialogReply {
  return reply(
    [
      {
        kind: 'summary',
        profile: context.profile,
        stage,
        listed: context.listed,
        ...(context.advisedFor ? { advisedFor: context.advisedFor } : {}),
      },
    ],
    followUpChoices(context),
  );
}

/** In advising, the short menu that reminds the user what they can do next. */
export function adviceMenu(context: DialogContext): DialogReply {
  return reply([text('followup.menu')], adviceChoices(context.listed));
}

/**
 * All risks, the cautions of this case first (a produce buyer's prices among them): once advised, the advice's
 * (riskCautions); before it, those the firm's facts told so far raise (caseCautions), none when nothing is known.
 */
export function risks(context: DialogContext): DialogReply {
  const advised = context.listed.length > 0;
  const cautions = advised ? riskCautions(context.profile, context.declined ?? [], context.today) : caseCautions(context.profile);
  return reply([cautions.length > 0 ? { kind: 'risks', cautions } : { kind: 'risks' }], followUpChoices(context));
}

/**
 * Practical answers (where, what to bring, how long) that a second asking refers back to instead of
 * repeating the same block word for word; warnings (fraud, personal credit, repaying) are repeated in full.
 */
const REFERRED_WHEN_SHOWN: ReadonlySet<QuestionId> = new Set([
  'where-to-apply',
  'what-to-bring',
  'loan-term',
  'approval-time',
  'collateral',
  'credit-record',
]);

/** The key of an answer shown (the question and a hash of the whole answer, kept in the snapshot), or undefined for one always repeated. */
function shownKey(answer: Answer): string | undefined {
  if (!REFERRED_WHEN_SHOWN.has(answer.question)) return undefined;
  let hash = 5381;
  for (const ch of JSON.stringify(answer)) hash = ((hash * 33) ^ ch.charCodeAt(0)) >>> 0;
  return `${answer.question}:${hash.toString(36)}`;
}

/**
 * Weighed against a bank loan ("融资租赁跟银行贷款哪个划算"), or "which is cheaper, that or a bank loan" right after an
 * offer was costed: how a bank prices, and where the offer last costed stands against it. The `cheapest` asked
 * ("哪个最便宜", "which has the lowest interest"): where the lowest price usually is, whatever was compared. Null for
 * other comparisons.
 */
export function bankPrice(context: DialogContext, compared?: ServiceId[], cheapest = false): DialogReply | null {
  if (compared?.includes('online-financial-institution')) return reply([{ kind: 'bank-price', ...(cheapest ? { cheapest } : {}) }]);
  if (compared !== undefined && !cheapest) return null;
  // The offer last costed stands against the bank's price when "that" is it (no services named) or the cheapest is asked.
  return context.lastOffer || cheapest ? priceWeighed(context, cheapest) : null;
}

/**
 * How a price is weighed against a bank's (each lender's annual rate with all fees, a bank's LPR plus a margin), and
 * where the offer last costed stands against it: "冷库用融资租赁格划算", whether a service is worth it cost-wise.
 */
export function priceWeighed(context: DialogContext, cheapest = false): DialogReply {
  const asked = cheapest ? { cheapest: true as const } : {};
  const offer = context.lastOffer ? { offer: offerCost(context.lastOffer) } : {};
  return reply([{ kind: 'bank-price', ...offer, ...asked }]);
}

/**
 * A direct answer to a direct question, in the light of the advice when there is one; one already shown is
 * referred to. `shownKey`: the key to remember it by (replies that refer back), when it is one of those.
 */
export function answerReply(
  context: DialogContext,
  question: QuestionId,
  serviceId?: ServiceId,
  compared?: ServiceId[],
  kept?: { terms: OfferTerms; costed: boolean },
): { reply: DialogReply; shownKey?: string } {
  const found = answerFor(question, context.profile, context.listed.length > 0, serviceId, compared, context.declined ?? [], context.today);
  // Interest kept back asked with the sums told: the answer works on them, and asks for no figure its cost reply already has (round 36).
  const sums = kept ? keptBack(kept.terms) : undefined;
  // Why a figure is asked: for the question open now (none: the profile's use as a whole).
  const asked = question === 'why-asked' && context.awaiting !== null ? { asked: context.awaiting } : {};
  const answer = { ...found, ...asked, ...(sums ? { kept: sums } : {}), ...(kept?.costed ? { costed: true as const } : {}) };
  const key = shownKey(answer);
  const again = key !== undefined && (context.shown ?? []).includes(key) ? { again: true as const } : {};
  const said = reply([{ kind: 'answer', answer, profile: context.profile, ...again }], followUpChoices(context));
  return { reply: said, ...(key !== undefined ? { shownKey: key } : {}) };
}

/** A direct answer's reply alone (answerReply). */
export function directAnswer(context: DialogContext, question: QuestionId, serviceId?: ServiceId, compared?: ServiceId[]): DialogReply {
  return answerReply(context, question, serviceId, compared).reply;
}

/**
 * A service the owner named beside their need ("想众筹20万开分店") that a suitability rule rules
 * out (or that is gone): said first, with the rule, before the advice. Null when it may fit.
 */
export function misfitReply(context: DialogContext, serviceId: ServiceId): DialogReply | null {
  const answer = answerFor('does-it-fit', context.profile, false, serviceId, undefined, context.declined ?? [], context.today);
  if (answer.fit?.verdict !== 'no' && answer.fit?.verdict !== 'gone') return null;
  const { better: _, ...fit } = answer.fit;
  return reply([{ kind: 'answer', answer: { ...answer, fit }, profile: context.profile }]);
}

/** What a word means, in a few sentences with its source. */
export function termReply(context: DialogContext, term: TermId): DialogReply {
  // 租赁 right after financial leasing was recommended means that, not the leasing trade.
  const meant: TermId = term === 'leasing' && context.listed.includes('financial-leasing') ? 'financial-leasing' : term;
  return reply([{ kind: 'term', term: meant }], followUpChoices(context));
}

/**
 * What a loan costs, in general (no offer named): how banks price, the lines, this firm's subsidies. The monthly asked
 * right after a what-if (`whatIf`) is worked on its sum and term, the owner's filling in the one it does not name.
 * `estimated`: whether the owner's own sum and term may be worked at the LPR when the cost is asked in general (a bank's loan).
 */
export function costReply(context: DialogContext, monthlyAsked = false, whatIf?: WhatIf, estimated = true, leased = false): DialogReply {
  const { purpose } = context.profile;
  const amount = whatIf?.sum ?? context.profile.amount;
  const termMonths = whatIf?.termMonths ?? context.profile.termMonths;
  // The card-acquiring rules are pointed to only for a firm collecting payments: a loan's cost is no card fee.
  const payments = purpose === 'payment-collection';
  // The monthly repayment asked: on the owner's sum and term, at the one-year LPR with its date (a
  // bank adds a margin), equal instalments; without both, what is needed to tell it.
  const worked = lprMonthly(amount, termMonths);
  const monthly = !monthlyAsked ? {} : { monthly: worked ?? ('needs-terms' as const) };
  // The cost asked in general on a loan whose sum and term the owner gave (利息大概多少, round 31): what they come to at the
  // dated LPR, the interest in all and a month, before how lenders price; money placed or collected is no loan. Not
  // `estimated` beside a what-if (its answer works the owner's own already) nor for a lender named that is no bank
  // (网商贷年化是好多: an online lender's price is no LPR's).
  // A start-up's loan is the subsidised programme's (half the interest paid): the LPR's figure is not its cost.
  const borrowed =
    purpose === undefined || (!PURPOSES_WITHOUT_FUNDING.includes(purpose) && purpose !== 'wealth-management' && purpose !== 'startup');
  const estimate = estimated && whatIf === undefined && !monthlyAsked && worked && borrowed ? { estimate: worked } : {};
  return reply(
    [
      {
        kind: 'cost',
        subsidies: interestSubsidiesFor(context.profile, context.today),
        payments,
        ...monthly,
        ...estimate,
        ...(leased ? { leased } : {}),
      },
    ],
    followUpChoices(context),
  );
}

/** The monthly repayment on a sum in yuan over a term, at the dated one-year LPR in equal instalments. */
function lprMonthly(sum: Money | undefined, months: number | undefined): LprInstalment | undefined {
  if (sum?.currency !== 'CNY' || months === undefined || months < 1) return undefined;
  return { principal: sum.value, months, payment: lprInstalment(sum.value, months) };
}

/**
 * A what-if answered (如果借两年呢, "what if we borrowed 200k over 2 years"): the owner's figures kept, and, when it names a
 * term, what its sum (or the owner's) over it would repay a month beside the owner's own. A sum alone is not worked on: 多借
 * 二十万 reads as 二十万 (the corpus reads 再借五万 as the sum), so the sum meant may be more than the one said.
 */
export function whatIfReply(context: DialogContext, sum?: Money, termMonths?: number): DialogReply {
  const { amount, termMonths: heldMonths } = context.profile;
  // Another sum supposed with no term ("what if I borrow 500k instead", 要是借一百五十万呢; round 63): worked on the term held, when it is
  // more than the sum held (a smaller one may be a part said on top, 要是多借二十万呢, which the NLU reads as the sum alone).
  const larger = sum !== undefined && (amount === undefined || (sum.currency === amount.currency && sum.value > amount.value));
  const months = termMonths ?? (larger ? heldMonths : undefined);
  const asked = months !== undefined ? lprMonthly(sum ?? amount, months) : undefined;
  const held = lprMonthly(amount, heldMonths);
  const same = held && asked && held.principal === asked.principal && held.months === asked.months;
  const monthly = asked ? { monthly: { ...asked, ...(held && !same ? { held } : {}) } } : {};
  // No menu of its own: the prompt after it (machine.ts) shows the advice's menu or asks the open question, one menu in all (round 63:
  // two menus, the same numbers meaning two things, had followed every what-if).
  return reply([{ kind: 'what-if', ...monthly }]);
}

/** What an offer truly costs (or what is needed to tell). */
export function offerReply(context: DialogContext, stated: OfferTerms, follows = false, monthlyAsked = false): DialogReply {
  return offerWorked(context, stated, follows, monthlyAsked).reply;
}

/** A yearly rate, a sum and a term with no payment nor way of repaying said: the monthly payment is the offer's to work out. */
function monthlyUnsaid(terms: OfferTerms): boolean {
  return (
    terms.repayment === undefined &&
    terms.annualRatePct !== undefined &&
    terms.instalment === undefined &&
    terms.total === undefined &&
    terms.principal !== undefined &&
    terms.months !== undefined
  );
}

/**
 * The offer worked on: its terms completed (the owner's sum and term where it names none; the last offer's
 * when it `follows` one, or is weighed `against` it), its cost when the terms suffice, and the reply (leading
 * with the monthly payment when it was asked; the two offers compared when weighed).
 */
export function offerWorked(
  context: DialogContext,
  stated: OfferTerms,
  follows = false,
  monthlyAsked = false,
  against?: OfferTerms,
  licensed = false,
): { reply: DialogReply; terms: OfferTerms; cost?: OfferCost } {
  const { amount, termMonths } = context.profile;
  // Weighed against the offer before: worked on that offer's sum and term where this one names none, so the two compare.
  const amountCny = against?.principal ?? (amount?.currency === 'CNY' ? amount.value : undefined);
  const months = against?.months ?? termMonths;
  // A loan the firm already has is not the one it wants: the sum and term it wants are not that loan's.
  const own =
    stated.held === true
      ? {}
      : { ...(amountCny !== undefined ? { amountCny } : {}), ...(months !== undefined ? { termMonths: months } : {}) };
  const given = follows ? { terms: stated, assumed: { fromOffer: true as const } } : withOwnTerms(stated, own);
  const { assumed } = given;
  // The monthly payment asked of a yearly rate with no way of repaying said (年息4.8 三年 每个月还几多, "what do we pay monthly"): worked
  // as monthly instalments, the way a monthly payment exists (round 58; before, one payment at the end was worked and no month's figure said).
  const terms = monthlyAsked && monthlyUnsaid(given.terms) ? { ...given.terms, repayment: 'monthly' as const } : given.terms;
  const cost = offerCost(terms);
  // A daily rate is the same on any sum: nothing was taken from the profile that the answer uses.
  const used = cost && (follows || (cost.main.basis !== 'daily' && Object.keys(assumed).length > 0)) ? { assumed } : {};
  const monthly = monthlyAsked ? { monthly: true as const } : {};
  const earlierCost = against ? offerCost(against) : undefined;
  const earlier = earlierCost ? { earlier: earlierCost } : {};
  // The lender a licensed one: the service named (`licensed`), or a bank named in the offer, or in the offer it follows.
  const bank = licensed || terms.licensed === true ? { licensed: true as const } : {};
  const part: ReplyPart = cost
    ? { kind: 'offer', terms, cost, ...used, ...monthly, ...earlier, ...bank }
    : { kind: 'offer', terms: stated };
  return { reply: reply([part], followUpChoices(context)), terms, ...(cost ? { cost } : {}) };
}
