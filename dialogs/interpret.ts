// What a message means in the conversation as it stands: the NLU says what the words contain,
// this decides what the user wants (answer a question, pick a numbered choice, ask a follow-up,
// give a command). Pure; the machine raises the intent it returns.

import {
  HURDLE_QUESTIONS,
  SIZE_CLASSES,
  isFraudQuestion,
  isIndustryId,
  isPurposeId,
  isServiceId,
  type IndustryId,
  type PurposeId,
  type QuestionId,
  type ServiceId,
  type SizeClass,
} from '../src/knowledge/ids';
import { correctOffer, followOffer, type OfferTerms, offerFigurePutRight, pricesOffer } from '../src/knowledge/cost';
import type { Money } from '../src/knowledge/profile';
import { isLocale } from '../src/locale';
import { type Command, FIRM_FACT_KEYS, SITUATION_KEYS, type Understanding } from '../src/nlu/types';
import { TERM_UNIT_UNSAID_MAX, applyUnderstanding, carriesSlots, hasSizeFigures, partOfTheNeed, sumToPlace } from './slots';
import type { ChoiceId, DialogContext, Intent, ItemBeyond, SumToPlace } from './types';

/** The intent a choice stands for, as if the user had typed it (`placing`: the sum a `sum:` choice places). */
export function choiceIntent(choice: ChoiceId, understanding: Understanding, placing?: SumToPlace): Intent {
  const [kind, value = ''] = choice.split(':') as [string, string | undefined];
  switch (kind) {
    case 'sum':
      if (!placing) break;
      if (value === 'amount') return answer({ amount: placing.money });
      // A part of the need held: nothing of the profile changes.
      if (value === 'part') return answer({});
      if (placing.money.currency !== 'CNY') break;
      if (value === 'revenue') return answer({ annualRevenueCny: placing.money.value });
      if (value === 'assets') return answer({ totalAssetsCny: placing.money.value });
      break;
    case 'term': {
      const months = Number(value);
      if (Number.isInteger(months) && months > 0) return answer({ termMonths: months });
      break;
    }
    case 'industry':
      if (isIndustryId(value)) return answer({ industry: value as IndustryId });
      break;
    case 'purpose':
      if (isPurposeId(value)) return answer({ purpose: value as PurposeId });
      break;
    case 'size':
      if ((SIZE_CLASSES as readonly string[]).includes(value)) return answer({ declaredSize: value as SizeClass });
      break;
    case 'service':
      if (isServiceId(value)) return { type: 'intent.service', serviceId: value };
      break;
    case 'lang':
      if (isLocale(value)) return { type: 'intent.language', locale: value };
      break;
    case 'cmd':
      if (value === 'restart') return { type: 'intent.restart', understanding: { language: understanding.language } };
      if (value === 'p2p') return { type: 'intent.service', serviceId: 'p2p-lending' };
      if (Object.hasOwn(COMMAND_INTENTS, value)) return { type: COMMAND_INTENTS[value as SimpleCommand] } as Intent;
      break;
    case 'yes':
      return { type: 'intent.yes' };
    case 'no':
      return { type: 'intent.no' };
    case 'skip':
      return { type: 'intent.skip' };
  }
  return { type: 'intent.unknown' };
}

/**
 * The firm's facts and need stated beside a question (the NLU keeps them only when the owner states them of the
 * firm); not a sum with no role, which the question may be about.
 */
function factsBeside(u: Understanding): Understanding | undefined {
  const facts: Understanding = { language: u.language };
  const reply = u.question !== undefined && REPLY_BESIDE.has(u.question);
  for (const key of SITUATION_KEYS) if ((key !== 'money' || reply) && u[key] !== undefined) Object.assign(facts, { [key]: u[key] });
  if (reply && u.number !== undefined) facts.number = u.number;
  if (Object.keys(facts).length === 1) return undefined;
  // ...with how they were said: a trade named only by the goods bought ("200k for green beans", weak) overturns no trade given before.
  for (const key of HOW_SAID) if (u[key] !== undefined) Object.assign(facts, { [key]: u[key] });
  return facts;
}

/**
 * A purpose named beside a question while another is held ("那融资租赁可以吗 设备能租不" from a hotel renovating its pools): the question
 * is about it, the owner's need stays as told unless said wrong (round 52 for a collection fee; round 65 for any question).
 */
function heldPurposeKept(u: Understanding, context: Pick<DialogContext, 'profile'>): Understanding {
  const held = context.profile.purpose;
  if (held === undefined || u.purpose === undefined || u.purpose === held || u.correcting === true) return u;
  const { purpose: _asked, ...rest } = u;
  return rest;
}

/** How a message's facts were said (a weak or side-line trade, a correction, a replacement…): they go with the facts wherever taken. */
const HOW_SAID = [
  'industryWeak',
  'industryAlso',
  'correcting',
  'tradeOrPurpose',
  'replacing',
  'hypothetical',
  'deniedMoney',
] as const satisfies readonly (keyof Understanding)[];

/**
 * Beside a question of whether the owner may borrow (HURDLE_QUESTIONS), a bare sum or count is the reply to what was asked (二十万左右吧 不过我
 * 征信有点花, "200k should be enough, though my credit…"; round 42): the NLU keeps such a figure only when it opens the message as a reply.
 */
const REPLY_BESIDE = HURDLE_QUESTIONS;

function answer(slots: Partial<Understanding>): Intent {
  return { type: 'intent.answer', understanding: { language: null, ...slots } };
}

/** Commands that stand for an intent with no parameters. */
const COMMAND_INTENTS = {
  'delete-data': 'intent.delete',
  human: 'intent.human',
  resume: 'intent.resume',
  help: 'intent.help',
  skip: 'intent.skip',
  later: 'intent.later',
  summary: 'intent.summary',
  risks: 'intent.risks',
  'platform-check': 'intent.platform-check',
  regulation: 'intent.regulation',
  cost: 'intent.cost',
  advice: 'intent.advice',
  more: 'intent.more',
  greeting: 'intent.greeting',
  thanks: 'intent.thanks',
  goodbye: 'intent.goodbye',
} as const satisfies Partial<Record<Command, Intent['type']>>;
type SimpleCommand = keyof typeof COMMAND_INTENTS;

/**
 * When a command wins, in three tiers: those that change the conversation itself win over
 * everything; questions about the advice win over slots the same message carries; the vaguest
 * ("recommend", "what does it cost", "more", a greeting, a thank-you) only when nothing else was
 * said: "借50万，利息多少" keeps the 50万.
 */
const BEFORE_CHOICES: readonly SimpleCommand[] = ['delete-data', 'human', 'resume'];
/** Ways of paying across the border answered as not allowed: the rules asked next ask the legal route instead. */
const ILLEGAL_ROUTES: ReadonlySet<QuestionId> = new Set(['money-changer', 'wallet-across-border']);
/** Fraud answers after which "not sent, whom to call" is not the not-sent case: money already gone, or the owner the one to be paid. */
const SENT_OR_PAID_TO: ReadonlySet<QuestionId> = new Set(['fraud-money-sent', 'fraud-fake-payment']);
const BEFORE_SLOTS: readonly SimpleCommand[] = ['help', 'skip', 'later', 'summary', 'risks', 'platform-check', 'regulation'];
const LAST: readonly SimpleCommand[] = ['advice', 'cost', 'more', 'greeting', 'thanks', 'goodbye'];

function commandIntent(u: Understanding, tier: readonly SimpleCommand[]): Intent | undefined {
  const command = u.command as SimpleCommand | undefined;
  if (!command || !tier.includes(command)) return undefined;
  // "网商银行格靠谱": the check is about the service named.
  if (command === 'platform-check' && u.service) return { type: 'intent.platform-check', serviceId: u.service };
  // "融资租赁公司归哪个管", "who regulates leasing companies": that service's regulator, not the whole history.
  if (command === 'regulation' && u.service) return { type: 'intent.regulation', serviceId: u.service };
  // "一个月还多少": the cost asked as the monthly repayment.
  if (command === 'cost' && u.monthlyAsked) return { type: 'intent.cost', monthly: true };
  return { type: COMMAND_INTENTS[command] } as Intent;
}

/**
 * Services whose lenders are banks or licensed lenders outside the private-lending ceiling (current-finance: banks,
 * leasing and factoring companies): an offer from one is compared with bank loans, the ceiling named for what it covers.
 */
const LICENSED_LENDERS: ReadonlySet<ServiceId> = new Set([
  'online-financial-institution',
  'big-data-finance',
  'financial-leasing',
  'supply-chain-finance',
]);

/** Questions answered for the one service they name ("网商银行格适合我们", "where do I apply for MYbank"). */
// ...and collateral (头一个要抵押不 with leasing first: the asset is the security; round 63).
const ABOUT_A_SERVICE: ReadonlySet<QuestionId> = new Set([
  'does-it-fit',
  'where-to-apply',
  'platform-legit',
  'what-to-bring',
  'collateral',
]);

/** Questions a cost asked in the same message is answered beside (利息多少，能借多少; 审批要多久 利息高不高). */
const COST_BESIDE: ReadonlySet<string> = new Set(['borrow-amount', 'approval-time']);
/** What a language switch answers after it when the same message asks it (not a bare "ok", not unknown). */
// "switch back to English please. Is WeBank's Weiyedai for companies like mine?", "summary please in English": the
// service asked about, the summary, the risks, the cost are answered after the switch too, never dropped.
const ANSWERED_AFTER_SWITCH: ReadonlySet<Intent['type']> = new Set([
  'intent.question',
  'intent.term',
  'intent.offer',
  'intent.answer',
  'intent.service',
  'intent.summary',
  'intent.risks',
  'intent.cost',
  'intent.regulation',
  'intent.platform-check',
  'intent.what-if',
]);
/** Commands asked in a language ("用英文总结一下"): the switch, then the command (nlu/commands.ts). */
const SHOWN_AFTER_SWITCH: ReadonlySet<string> = new Set(['summary', 'risks']);

/** Whether the conversation has a firm of the user's own: its trade or its size told. */
function ownFirm(context: DialogContext): boolean {
  const p = context.profile;
  return p.industry !== undefined || p.sizeClass !== undefined || hasSizeFigures(p);
}

/**
 * Whether the facts of the person the user speaks for (`Understanding.about`: 我老爹开了个五金店, "she needs
 * 100k") are the firm advised: when that firm is already the one advised, or the conversation has no firm of
 * the user's own yet. Beside the user's own firm they are someone else's (test/nlu/corpus README, relatives).
 */
export function takesFirmOf(context: DialogContext, u: Understanding): boolean {
  return u.about !== undefined && (context.advisedFor !== undefined || !ownFirm(context));
}

/** What a message about someone else's firm may say of that firm: its facts and how they were said. */
const THEIR_FIRM_KEYS = [...SITUATION_KEYS, 'about', ...HOW_SAID] as const satisfies readonly (keyof Understanding)[];

/**
 * The need told beside a seller's offer (想再买两台大疆T50 … 厂家说可以分期 首付三成…, "want a new laser machine, dealer quoted…"; round
 * 66, a tester): its purpose, and the sum the offer finances as the amount when the owner has given none.
 */
function offerNeed(purpose: PurposeId, offer: OfferTerms, context: DialogContext): { purpose: PurposeId; amount?: Money } {
  const { principal } = offer;
  const financed = principal !== undefined && context.profile.amount === undefined;
  return { purpose, ...(financed ? { amount: { value: principal, currency: 'CNY' } } : {}) };
}

/** What a message about someone else's firm says besides that firm's facts (its question, a command, a service). */
function besidesTheirFirm(u: Understanding): Understanding {
  const rest: Understanding = { ...u };
  for (const key of THEIR_FIRM_KEYS) delete rest[key];
  // Their wish to borrow asks no advice for the user's own firm.
  if (rest.command === 'advice') delete rest.command;
  return rest;
}

export function interpret(context: DialogContext, u: Understanding): Intent {
  const hasSlots = carriesSlots(u, context.awaiting, context.profile, context.locale, context.recent);

  if (u.command !== undefined && SHOWN_AFTER_SWITCH.has(u.command) && u.targetLocale && u.targetLocale !== context.locale) {
    // "summary please in English": the switch, then the summary in it.
    const { targetLocale: _, ...rest } = u;
    const then = interpret({ ...context, locale: u.targetLocale }, rest);
    return { type: 'intent.language', locale: u.targetLocale, ...(ANSWERED_AFTER_SWITCH.has(then.type) ? { then } : {}) };
  }
  if (u.command === 'language' && u.targetLocale) {
    // "还是说中文吧，要准备哪样材料": the switch, then the question the same message asks.
    const { command: _, targetLocale: __, ...rest } = u;
    const then = interpret({ ...context, locale: u.targetLocale }, rest);
    return { type: 'intent.language', locale: u.targetLocale, ...(ANSWERED_AFTER_SWITCH.has(then.type) ? { then } : {}) };
  }
  // "那5万呢，每个月还多少", "如果只借5万呢 利息多少": the last offer's conditions on another sum (and term, if said).
  const onOffer = sumOnLastOffer(context, u) ?? offerSumPutRight(context, u);
  if (onOffer) return onOffer;
  // "如果借三年的话利息会不会高很多", "what if we borrow 300k instead?": what might be, asked. The owner's
  // sum and term stay as given (a question never changes the profile); the rest of the message counts.
  if (u.hypothetical) {
    const { amount: _, termMonths: __, hypothetical: ___, ...rest } = u;
    const then = interpret(context, rest);
    if (then.type === 'intent.unknown' || then.type === 'intent.cost') {
      const sum = u.amount ?? u.money;
      const figures = { ...(sum ? { sum } : {}), ...(u.termMonths !== undefined ? { termMonths: u.termMonths } : {}) };
      return { type: 'intent.what-if', cost: then.type === 'intent.cost', ...figures };
    }
    return then;
  }
  // "重新开始，我们是做茶叶的": start over and keep what this message says.
  if (u.command === 'restart') return { type: 'intent.restart', understanding: u };
  // "我老爹开了个五金店", "she needs 100k": the firm of the one spoken for, when it is the one advised;
  // else (the user has a firm of their own) what the message says besides.
  if (u.about !== undefined) {
    const { about: _, ...rest } = u;
    if (takesFirmOf(context, u)) return interpret(context, rest);
    const besides = interpret(context, besidesTheirFirm(u));
    // Nothing else said: the user is told their firm stays the one advised, not "not understood".
    return besides.type === 'intent.unknown' ? { type: 'intent.unknown', othersFirm: true } : besides;
  }
  const beyond = itemBeyond(context, u, hasSlots);
  if (beyond) return { type: 'intent.unknown', beyond };
  const first = commandIntent(u, BEFORE_CHOICES);
  if (first) return first;
  // "融资租赁不要", "不想众筹，想借50万周转": the service left out, the rest taken as said.
  if (u.command === 'decline' && u.service) return { type: 'intent.decline', serviceId: u.service, understanding: u };
  // An offer weighed against the one before (另外一家讲月息八厘 跟刚才那家比哪个便宜, "4.2%, cheaper than the last one?"):
  // its cost, on the earlier offer's sum and term, set beside that offer's; with no offer before, its cost alone.
  if (u.offer && u.question === 'which-is-best' && u.compared === undefined) {
    const monthly = u.monthlyAsked ? { monthly: true as const } : {};
    return { type: 'intent.offer', offer: u.offer, ...monthly, ...(context.lastOffer ? { against: context.lastOffer } : {}) };
  }
  // "刷卡机费率千分之六 格正常", "what's a normal per-swipe fee": the fee of collecting payments (the NLU's cost with the purpose
  // payment-collection, corpus convention 308) is answered first; the purpose and the firm's facts told beside are taken with it.
  if (u.command === 'cost' && u.purpose === 'payment-collection' && !u.question && !u.offer && u.amount === undefined) {
    // Another purpose already held (idle cash to place, then "the bank wants 0.6% on every card swipe, thats a lot right"): the fee
    // answered, the need the owner told kept; a question changes nothing the owner said (round 52).
    const facts = factsBeside(heldPurposeKept(u, context));
    return { type: 'intent.question', question: 'collection-fee', ...(facts ? { facts } : {}) };
  }
  // A direct question or an offer is answered first, and changes nothing in the profile itself; the firm's facts the
  // owner states beside a question are taken with it (factsBeside).
  if (u.question) {
    // "what about wechat pay" right after "can our vietnamese buyers pay us by alipay": the same question of another
    // wallet; so is "can they just pay us by alipay" from a firm trading across the border (not one collecting at its till).
    const { crossBorder, purpose } = context.profile;
    const across = context.lastQuestion === 'wallet-across-border' || (crossBorder === true && purpose !== 'payment-collection');
    if (u.question === 'does-it-fit' && u.service === 'third-party-payment' && across) {
      return { type: 'intent.question', question: 'wallet-across-border' };
    }
    // Asked of no service right after one's card was shown ("where do we apply" after "we'd rather go with the bank loan"): that one;
    // asked of an item of the advice by its number (第一个要准备哪些材料; round 60): the service listed there.
    const item = listedItem(context, u.number);
    // Items of the advice weighed by their places (第二个好还是第三个好; round 61): the services listed there.
    // ...or one item weighed against a service named (第二个跟网商贷比 哪个划得来, "is crowdfunding better than number 2"; round 63): the two.
    const weighed =
      u.question === 'which-is-best' && item !== undefined && u.service !== undefined && item !== u.service ? [item, u.service] : undefined;
    const compared = u.compared ?? listedAt(context, u.items) ?? weighed;
    const named = weighed ? undefined : (u.service ?? item ?? (compared === undefined ? context.lastService : undefined));
    const about = named && ABOUT_A_SERVICE.has(u.question) ? { serviceId: named } : compared ? { compared } : {};
    const cost = u.command === 'cost' && COST_BESIDE.has(u.question) ? { cost: { monthly: u.monthlyAsked === true } } : {};
    const cheapest = u.command === 'cost' && u.question === 'which-is-best' ? { cheapest: true as const } : {};
    const priced = u.command === 'cost' && u.question === 'does-it-fit' && u.service ? { priced: true as const } : {};
    const facts = factsBeside(heldPurposeKept(u, context));
    // "批了二十万 到手只有十八万 这个合法吗": the sums kept back are worked in the answer.
    const kept = u.question === 'upfront-interest' && u.offer ? { kept: u.offer } : {};
    const added = guarantorAdded(u, context.lastOffer);
    return {
      type: 'intent.question',
      question: u.question,
      ...about,
      ...cost,
      ...cheapest,
      ...priced,
      ...kept,
      ...(added ? { added } : {}),
      ...(facts ? { facts } : {}),
    };
  }
  if (u.offer) {
    // "手续费2%先扣" after "日息万五" on 50万 over 6 months: the fee added to that offer, not a new one with no price.
    // "算错了，每个月还2万" right after it: the offer put right, its sum, term and lender kept.
    const last = context.lastOffer;
    const follows = last ? (u.correcting && pricesOffer(u.offer) ? correctOffer(last, u.offer) : followOffer(last, u.offer)) : undefined;
    const monthly = u.monthlyAsked ? { monthly: true as const } : {};
    // "网商贷…日息万分之四": a bank's or licensed lender's offer is judged against banks, not the private-lending cap
    // (a bank named, 农商行给批了, is the offer's own `licensed`: offerWorked).
    const licensed = u.service && LICENSED_LENDERS.has(u.service) ? { licensed: true as const } : {};
    // Asked how long, the owner answers with the offer they hold ("信用社讲可以贷 年利率4.6 三年"): its term is theirs.
    const months = context.awaiting === 'term' && context.profile.termMonths === undefined ? u.offer.months : undefined;
    const term = months !== undefined && !follows ? { termMonths: months } : {};
    const need = u.purpose !== undefined && !follows ? { need: offerNeed(u.purpose, u.offer, context) } : {};
    return follows
      ? { type: 'intent.offer', offer: follows, follows: true, ...monthly, ...licensed }
      : { type: 'intent.offer', offer: u.offer, ...monthly, ...licensed, ...term, ...need };
  }
  // "租赁是哪样意思": the word explained; with an answer in the same message, both (applyAnswer).
  if (u.term && !hasSlots) return { type: 'intent.term', term: u.term };

  // "三百五十万" while the assets are asked, with the buses named earlier: which of the two, asked.
  // "冰柜一台要八千" once 30万 is held: a part of the need or a new sum, asked (the need's words not taken).
  const part = partOfTheNeed(u, context.awaiting, context.profile);
  if (part) return { type: 'intent.place-sum', placing: part };
  const placing = sumToPlace(u, context.awaiting, context.profile, context.recent);
  if (placing && !u.command) {
    const { money: _placed, ...need } = u;
    return { type: 'intent.place-sum', placing, ...(u.purpose !== undefined ? { need } : {}) };
  }
  // Asked which the sum was, a reply naming the need ("买车的钱") places it as the amount.
  if (context.placing && u.purpose !== undefined && u.money === undefined && u.number === undefined && u.amount === undefined) {
    return { type: 'intent.answer', understanding: { ...u, amount: context.placing.money } };
  }

  // "2" when the term is asked: two months or two years, asked (a loan's term is said in either).
  if (context.awaiting === 'term' && termUnitUnsaid(u)) return { type: 'intent.place-term', number: u.number };
  // "2" picks the second choice, unless the bot is waiting for a figure (then 2 means two).
  if (u.number !== undefined && !hasSlots && Number.isInteger(u.number)) {
    // The cost of an item of the advice asked (头一个的利息高不高, 第二个嘛 利息大概好多, "number 2 please, how much would that one cost
    // us"; round 61): that service's cost answered, as a service named with its cost is, not its card, which says nothing of it.
    const costed = u.command === 'cost' && !u.offer && !u.question ? listedItem(context, u.number) : undefined;
    // ...a payment service's cost is its fee on what is collected (第一个手续费好多 when it is third-party payment; round 62), not a loan's.
    if (costed === 'third-party-payment') return { type: 'intent.question', question: 'collection-fee' };
    if (costed) return u.monthlyAsked ? { type: 'intent.cost', monthly: true, service: costed } : { type: 'intent.cost', service: costed };
    const picked = context.choiceMode === 'number' ? context.choices[u.number - 1] : undefined;
    if (picked && u.command !== 'details') return choiceIntent(picked, u, context.placing);
    const listed = listedItem(context, u.number);
    if (listed && (u.command === 'details' || !picked)) {
      return { type: 'intent.service', serviceId: listed };
    }
  }
  // "还没转呢", "no i havent paid them" after a fraud was answered, or a no alone right after its answer (whose words say what to do if
  // paid): the money not sent, answered (send nothing, stop answering them), not a no to the question the conversation was at (round
  // 52). Elsewhere the no.
  // Whom to call asked with it ("ok didnt pay. which number do i call"; round 55) is the question asked, answered below.
  const callAsked = u.whoToCallAsked && isFraudQuestion(context.lastQuestion);
  const saidNotSent = u.notSentYet && !callAsked && isFraudQuestion(context.lastQuestion) && context.lastQuestion !== 'fraud-money-sent';
  const bareNo = u.yesNo === 'no' && !hasSlots && !u.command && !u.service && context.fraudJustAnswered !== undefined;
  // ...and with whom to call asked in the same message ("didnt pay. whats the number to check", 还没交 那我该打哪个电话问): the not-sent answer,
  // whose step is the number to check with, not the case of money already gone (round 57, found talking).
  // (Not after a fake payment, where the owner is the one to be paid: whom to call is asked as it stands.)
  const notSentCallAsked =
    u.notSentYet === true && callAsked && !(context.lastQuestion !== undefined && SENT_OR_PAID_TO.has(context.lastQuestion));
  if (saidNotSent || bareNo || notSentCallAsked) {
    return { type: 'intent.question', question: 'fraud-not-sent' };
  }
  if (u.notSentYet && !callAsked) return { type: 'intent.no' };
  if (u.yesNo && !hasSlots && !u.command && !u.service) {
    return { type: u.yesNo === 'yes' ? 'intent.yes' : 'intent.no' };
  }

  // "那咋个付才合法", "how do i pay them legally then" right after a private money changer or a wallet across the border was
  // answered: the legal route across the border asked, not the whole history of the rules.
  if (u.command === 'regulation' && !u.service && context.lastQuestion && ILLEGAL_ROUTES.has(context.lastQuestion)) {
    return { type: 'intent.question', question: 'currency-exchange' };
  }
  // "can i get it back", "还追得回来不" after a fraud was answered: the money lost, what to do now (round 50); a fake payment's own answer
  // says it for goods gone.
  if (u.moneyBackAsked && isFraudQuestion(context.lastQuestion)) {
    return { type: 'intent.question', question: context.lastQuestion === 'fraud-fake-payment' ? 'fraud-fake-payment' : 'fraud-money-sent' };
  }
  // "那我打哪个电话问", "who do i call first" after a fraud was answered: the number for each case (round 52).
  if (callAsked) return { type: 'intent.question', question: 'fraud-who-to-call' };
  // Whom to contact asked once advised, no fraud before it ("who do I contact first"; round 65, a tester): where to apply for the first pick.
  if (u.whoToCallAsked && context.listed.length > 0 && u.question === undefined && u.command === undefined) {
    return { type: 'intent.question', question: 'where-to-apply' };
  }
  // "is that legal?", "这个合法吗" right after an offer was costed: whether that offer is lawful (round 47).
  if ((u.command === 'regulation' || u.command === 'platform-check') && !u.service && !hasSlots && context.offerJustCosted) {
    return { type: 'intent.regulation', offer: true };
  }
  // "年化是好多", "what's the yearly rate then" right after an offer was costed: that offer's yearly cost (round 48), not how lenders price.
  if (u.command === 'cost' && !u.monthlyAsked && !u.service && !u.offer && !u.question && !hasSlots && context.offerJustCosted) {
    return { type: 'intent.cost', offer: true };
  }
  const question = commandIntent(u, BEFORE_SLOTS);
  if (question) return question;
  // "借100万的话利息大概多少" after the 100万 was given: the question, since the figures change nothing.
  if (
    hasSlots &&
    u.command === 'cost' &&
    applyUnderstanding(context.profile, u, context.awaiting, context.locale, context.recent).changes.length === 0
  ) {
    return u.monthlyAsked ? { type: 'intent.cost', monthly: true } : { type: 'intent.cost' };
  }
  if (hasSlots) return { type: 'intent.answer', understanding: u };
  // The cost of a service named, asked (那个网商贷利息到底好多, "mybank interest how much"): the cost answered first, not
  // the service's card, which says nothing of it.
  if (u.service && u.command === 'cost') {
    return u.monthlyAsked ? { type: 'intent.cost', monthly: true, service: u.service } : { type: 'intent.cost', service: u.service };
  }
  if (u.service) return { type: 'intent.service', serviceId: u.service };
  const last = commandIntent(u, LAST);
  if (last) return last;
  if (u.command === 'details' && context.listed[0]) return { type: 'intent.service', serviceId: context.listed[0] };
  return u.number !== undefined || u.money !== undefined ? { type: 'intent.unknown', figure: true } : { type: 'intent.unknown' };
}

/**
 * A sum asked about with the cost ("那5万呢，每个月还多少", "what about 50k, how much a month?", "如果只借5万呢 利息多少")
 * after an offer was costed: the same offer on that sum (and over the term said, if one is), not the
 * general word on prices. Only in yuan, and only with no fact of the firm beside it (FIRM_FACT_KEYS).
 */
function sumOnLastOffer(context: DialogContext, u: Understanding): Intent | undefined {
  const last = context.lastOffer;
  const sum = u.money ?? u.amount;
  // ...or another sum or term only supposed after it (那少借点 借个十二万呢, 那分两年还呢): the offer's own price on them, not the LPR's.
  // Only right after the costing, and only a figure supposed (its cost or monthly asked beside it: 那拉长到三年呢 每个月还几多): a what-if
  // that names a use (要是多借十万 换辆冷链车呢) or comes later is the
  // general what-if, whose figures may be relative (多借) or about the owner's own plan.
  const supposed = u.hypothetical === true && context.offerJustCosted === true && onlyFiguresSupposed(u);
  if (last === undefined || (u.command !== 'cost' && !supposed) || u.offer !== undefined || u.question !== undefined) return undefined;
  if (FIRM_FACT_KEYS.some((key) => u[key] !== undefined)) return undefined;
  if (sum === undefined ? !supposed || u.termMonths === undefined : sum.currency !== 'CNY' || sum.value <= 0) return undefined;
  const changed: OfferTerms = {
    ...(sum !== undefined ? { principal: sum.value } : {}),
    ...(u.termMonths !== undefined ? { months: u.termMonths } : {}),
  };
  const follows = followOffer(last, changed);
  if (follows === undefined) return undefined;
  const monthly = u.monthlyAsked ? { monthly: true as const } : {};
  return { type: 'intent.offer', offer: follows, follows: true, ...monthly, ...(supposed ? { supposed: true as const } : {}) };
}

/**
 * A sum of the last offer put right with no terms beside it (刚才说错了 报价是58万 不是68, "sorry, the price was 580k not 680k"; round
 * 67): the offer re-costed on the figure said (knowledge offerFigurePutRight), and the need's amount, when it was the sum that offer
 * financed, with it. A denied figure that is none of the offer's is left to the profile (slots.ts strayCorrection).
 */
function offerSumPutRight(context: DialogContext, u: Understanding): Intent | undefined {
  const last = context.lastOffer;
  const said = u.money ?? u.amount;
  const denied = u.deniedMoney;
  if (last === undefined || said === undefined || denied === undefined || u.offer !== undefined || u.question !== undefined)
    return undefined;
  if (said.currency !== 'CNY' || denied.currency !== 'CNY' || FIRM_FACT_KEYS.some((key) => u[key] !== undefined)) return undefined;
  const offer = offerFigurePutRight(last, denied.value, said.value);
  if (offer === undefined) return undefined;
  const held = context.profile.amount;
  const financedHeld = held !== undefined && held.currency === 'CNY' && held.value === last.principal && offer.principal !== last.principal;
  const need =
    financedHeld && offer.principal !== undefined ? { need: { amount: { value: offer.principal, currency: 'CNY' as const } } } : {};
  return { type: 'intent.offer', offer, follows: true, ...need };
}

/**
 * The keys of an Understanding that only supposes another sum or term, its cost or monthly payment asked with it (那拉长到三年呢 每个月还几多;
 * round 58).
 */
const FIGURES_SUPPOSED: ReadonlySet<string> = new Set([
  'language',
  'amount',
  'money',
  'termMonths',
  'hypothetical',
  'monthlyAsked',
  'rules',
  'trace',
]);
/** The service listed at a place of the advice (1-based), if one is there. */
function listedItem(context: DialogContext, place: number | undefined): ServiceId | undefined {
  return place !== undefined && Number.isInteger(place) && place > 0 ? context.listed[place - 1] : undefined;
}

/**
 * An item of the advice asked of by a place it does not have (第三个详细讲讲, 第三个靠不靠谱, "number 4, where do we apply" when two
 * were listed; round 62): the place and how many were listed, so the owner is told, never answered about another item. Not while a
 * slot's question waits (its menu's numbers are what a number picks), nor beside facts of the firm.
 */
function itemBeyond(context: DialogContext, u: Understanding, hasSlots: boolean): ItemBeyond | undefined {
  const place = u.number;
  if (place === undefined || !Number.isInteger(place) || hasSlots || context.awaiting) return undefined;
  const listed = context.listed.length;
  if (listed === 0 || place <= listed || place > MAX_ITEM_PLACE) return undefined;
  const askedOfAnItem = u.command === 'details' || u.command === 'cost' || u.question !== undefined;
  return askedOfAnItem ? { place, listed } : undefined;
}
/** The most items an advice could list: a place beyond it is no item (a sum, a count). */
const MAX_ITEM_PLACE = 9;

/** The services listed at the places of the advice named, when two or more are there; none otherwise. */
function listedAt(context: DialogContext, items: readonly number[] | undefined): ServiceId[] | undefined {
  const services = (items ?? []).map((n) => listedItem(context, n)).filter((id): id is ServiceId => id !== undefined);
  return services.length >= 2 ? [...new Set(services)] : undefined;
}

function onlyFiguresSupposed(u: Understanding): boolean {
  return Object.keys(u).every((key) => FIGURES_SUPPOSED.has(key) || (key === 'command' && u.command === 'cost'));
}

/**
 * Whether the message is only a small whole number with no unit ("2"), which as a term could be
 * months or years; from 6 on ("6", "12", "36") a bare number is a count of months, and a part of
 * one ("1.5", "0.5") a count of years (slots.ts).
 */
function termUnitUnsaid(u: Understanding): u is Understanding & { number: number } {
  if (u.number === undefined || !Number.isInteger(u.number) || u.number <= 0 || u.number > TERM_UNIT_UNSAID_MAX) return false;
  return Object.keys(u).every((key) => key === 'language' || key === 'number' || key === 'rules' || key === 'trace');
}

/**
 * A guarantor's yearly fee added and the total asked (担保费一年两个点 加进去一共好多, "…another 2% a year. total cost per year?"; round 58):
 * the offer told with it, or, with no price of its own, the last offer costed with the fee added. None when neither prices a loan.
 */
function guarantorAdded(u: Understanding, last: OfferTerms | undefined): { terms: OfferTerms; follows: boolean } | undefined {
  const offer = u.offer;
  if (u.question !== 'guarantee-fee' || u.command !== 'cost' || offer?.guaranteeFeePct === undefined) return undefined;
  if (pricesOffer(offer)) return { terms: offer, follows: false };
  const follows = last ? followOffer(last, offer) : undefined;
  return follows ? { terms: follows, follows: true } : undefined;
}
