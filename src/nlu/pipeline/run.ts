// The pipeline, in the order it runs: extractors (every mention, each with its rule), refiners
// (each decides one thing and records it), the figure roles, the assembler. The order is written
// here and nowhere else.

import { findItemNumber, itemAskedOf, itemNamed, itemOpening, itemsWeighed, itemWeighedAgainst } from '../choices';
import { monthNumber } from '../numerals';
import { collectionPriced, pricedOrCharged, ratesTold } from '../offer';
import {
  asksAdviceBeyondWish,
  closingCommand,
  commandSpans,
  detectCommand,
  isEssentially,
  LATER_OR_SKIP_WORDS,
  onlyAsksEligibility,
} from '../commands';
import {
  CHEAPNESS,
  COMMAND_RULES,
  GOODS_MONEY_NAMED,
  HALF_TAKEN,
  LATER_TALK,
  LICENCE_HELD,
  LICENCE_NAMED,
  LOAN_SPOKEN_OF,
  MONTHLY_ASKED,
  MONEY_BACK_ASKED,
  NOT_SENT_YET,
  USE_TIMES_MONEY_BACK,
  TERM_UNTIL_EN,
  TERM_UNTIL_ZH,
  TERM_YEAR_ON,
  WHO_TO_CALL_ASKED,
  NOT_SPOKEN_FOR,
  OFFER_JUDGED,
  OFFER_LAWFUL,
  OWN_NEED,
  SERVICE_FEES_OWED,
  SERVICE_ASKED,
  SPOKEN_FOR_WORDS,
  SUM_OPENS_REPLY,
  CODE_TAKINGS,
  ENGLISH_MONTH,
  WEAK_INDUSTRY_PRIORITY,
} from '../lexicon';
import { type Command, FIRM_FACT_KEYS, LOAN_FIGURE_KEYS, SITUATION_KEYS, type SpokenFor, type Understanding } from '../types';
import { HURDLE_QUESTIONS, isFraudQuestion, PURPOSES_WITHOUT_FUNDING } from '../../knowledge/ids';
import { assemble, dropFields, type RuleField, type Rules } from './assemble';
import { bankPreferred, servicesCompared } from './compared';
import { EXTRACTORS } from './extract';
import { kindLegitAsked, kindOfFirmAsked, servicePriced } from './kind-asked';
import { describe, type Decision, type Mention, type MentionOf, ofKind, scopes, type State } from './mention';
import { costRisen } from './refiners/cost-risen';
import { askedEitherWay } from './refiners/asked-either-way';
import { collectingFee } from './refiners/collecting-fee';
import { deniedFacts } from './refiners/denied-facts';
import { debtSettled } from './refiners/debt-settled';
import { ownPayable } from './refiners/own-payable';
import { directQuestion } from './refiners/direct-question';
import { figureRoles } from './refiners/figure-roles';
import { financedSettlement } from './refiners/financed-settlement';
import { ownerAbroad } from './refiners/owner-abroad';
import { impostorCover } from './refiners/impostor';
import { insideService } from './refiners/inside-service';
import { onRecord } from './refiners/on-record';
import { buyingTrade } from './refiners/buying-trade';
import { correctedFigure, figureNamedInCorrection } from './refiners/corrected-figure';
import { correctedTrade } from './refiners/corrected-trade';
import { countedInWan } from './refiners/counted-in-wan';
import { unitCarried } from './refiners/unit-carried';
import { renovationTrade } from './refiners/renovation';
import { sideLine } from './refiners/side-line';
import { notTheTrade } from './refiners/trade-scopes';
import { existingLoan } from './refiners/existing-loan';
import { lenderPitch, lenderWords } from './refiners/lender-words';
import { salesSoFar, salesTarget } from './refiners/sales-target';
import { othersBusiness, othersOffer } from './refiners/others-business';
import { paymentAcross } from './refiners/payment-across';
import { platformAsPlace } from './refiners/platform-as-place';
import { platformAsSource } from './refiners/platform-as-source';
import { platformPayout } from './refiners/platform-payout';
import { questionScope } from './refiners/question-scope';
import { seasonHands } from './refiners/season-hands';
import { seasonCount, seasonNeed, usualCount } from './season-words';
import { assetsParts } from './assets-parts';
import { feeJudged, lossIsTheRequest } from './story-asked';
import { refinedPurpose } from './refiners/refined-purpose';
import { mainPurpose } from './refiners/main-purpose';
import { soldGoods } from './refiners/sold-goods';
import { groupCountedIn, owingPerson, staffFromAbroad, staffRoles } from './refiners/staff-roles';
import { supplyDescribed } from './refiners/supply-described';
import { thingsOwned } from './refiners/things-owned';
import { thingsPledged } from './refiners/things-pledged';
import { assetsWorth } from './refiners/assets-worth';
import { goodsTraded, thingsRented, tradeWords } from './refiners/trade-words';
import { deniedUnit } from './refiners/denied-unit';
import { owedMoney } from './refiners/owed-money';
import { billFace } from './refiners/bill-face';
import { rateBase } from './refiners/rate-base';

export type Refiner = (state: State) => void;

/** Refiners in the order they run; each is named for the one thing it decides. */
export const REFINERS: ReadonlyArray<[string, Refiner]> = [
  ['askedEitherWay', askedEitherWay],
  ['insideService', insideService],
  ['platformAsPlace', platformAsPlace],
  ['platformAsSource', platformAsSource],
  ['impostorCover', impostorCover],
  ['onRecord', onRecord],
  ['paymentAcross', paymentAcross],
  ['othersOffer', othersOffer],
  ['lenderPitch', lenderPitch],
  ['debtSettled', debtSettled],
  ['ownPayable', ownPayable],
  ['platformPayout', platformPayout],
  ['directQuestion', directQuestion],
  ['questionScope', questionScope],
  ['othersBusiness', othersBusiness],
  ['lenderWords', lenderWords],
  ['existingLoan', existingLoan],
  ['salesTarget', salesTarget],
  ['salesSoFar', salesSoFar],
  ['notTheTrade', notTheTrade],
  ['sideLine', sideLine],
  ['deniedFacts', deniedFacts],
  ['costRisen', costRisen],
  ['renovationTrade', renovationTrade],
  ['buyingTrade', buyingTrade],
  ['supplyDescribed', supplyDescribed],
  ['soldGoods', soldGoods],
  ['tradeWords', tradeWords],
  ['thingsRented', thingsRented],
  ['goodsTraded', goodsTraded],
  ['owingPerson', owingPerson],
  ['staffRoles', staffRoles],
  ['groupCountedIn', groupCountedIn],
  ['staffFromAbroad', staffFromAbroad],
  ['thingsOwned', thingsOwned],
  ['thingsPledged', thingsPledged],
  ['assetsWorth', assetsWorth],
  ['countedInWan', countedInWan],
  ['unitCarried', unitCarried],
  ['deniedUnit', deniedUnit],
  ['correctedTrade', correctedTrade],
  ['correctedFigure', correctedFigure],
  ['figureNamedInCorrection', figureNamedInCorrection],
  ['owedMoney', owedMoney],
  ['billFace', billFace],
  ['rateBase', rateBase],
  ['collectingFee', collectingFee],
  ['refinedPurpose', refinedPurpose],
  ['mainPurpose', mainPurpose],
  ['seasonHands', seasonHands],
  ['financedSettlement', financedSettlement],
  ['ownerAbroad', ownerAbroad],
];

/** The command a message gives (one per message), the language it asks for, the item it points at. */
function commands(text: string, namesService: boolean, u: Understanding, rules: Rules): void {
  const { command, targetLocale } = detectCommand(text, namesService);
  if (command !== undefined) {
    u.command = command;
    rules.command = `command:${command}`;
  }
  if (targetLocale !== undefined) u.targetLocale = targetLocale;
  if (command === 'details') {
    const item = findItemNumber(text);
    if (item !== undefined) {
      u.number = item;
      rules.number = 'item number in a details request';
    }
  }
  // "第二个嘛 利息大概好多", "number 2 please, how much would that one cost us": a menu pick opening the message, its cost asked.
  // ...or named right before its price, no break (头一个的利息高不高; round 61).
  if (command === 'cost' && u.number === undefined) {
    // (Not an item weighed against an offer, 年化7.2 比第一个便宜吗: that weighing is the offer's.)
    const item = itemOpening(text) ?? (itemWeighedAgainst(text) === undefined ? itemNamed(text) : undefined);
    if (item !== undefined) {
      u.number = item;
      rules.number = 'an item named in a request of its cost';
    }
  }
}

/**
 * A wish to borrow said only inside someone else's business ("我表妹开奶茶店 她想借十万 我帮她问问",
 * "my brother runs a hotel and wants a loan") is theirs: it asks no advice for the user's firm.
 */
function othersCommand(state: State, u: Understanding, rules: Rules): void {
  if (u.command !== 'advice') return;
  const theirs = scopes(state, 'relative');
  if (theirs.length === 0) return;
  if (commandInside(state, 'advice', theirs)) dropCommand(state, u, rules, 'othersCommand', "someone else's wish to borrow");
}

/** Whether the command's words are said in the message and every one stands inside one of `spans`. */
function commandInside(state: State, command: Command, spans: readonly { start: number; end: number }[]): boolean {
  const said = commandSpans(state.text, command);
  return said.length > 0 && said.every((c) => spans.some((s) => c.start >= s.start && c.end <= s.end));
}

/** The service named before the refiners when the words of a refusal (`decline`) stand over it. */
function refused(state: State, named: MentionOf<'service'> | undefined): MentionOf<'service'> | undefined {
  if (named === undefined) return undefined;
  return commandSpans(state.text, 'decline').some((s) => s.start <= named.start && named.end <= s.end) ? named : undefined;
}

/** Takes back the command a later decision found the message does not give, with the reason for the trace. */
function dropCommand(state: State, u: Understanding, rules: Rules, refiner: string, because: string): void {
  state.decisions.push({ refiner, action: 'drop', mention: `command:${u.command}`, because });
  delete u.command;
  delete rules.command;
}

export interface Trace {
  mentions: string[];
  decisions: Decision[];
}

/** Reads the profile, purpose, service and facts of a normalized message into `u`. */
export function runPipeline(text: string, u: Understanding, rules: Rules, trace?: Trace): void {
  const state = read(text, u, rules, trace);
  speakingFor(state, u, rules, trace);
}

/** One reading of the message; `unsaid` drops extracted mentions before the refiners (the scopes of the one spoken for). */
function read(text: string, u: Understanding, rules: Rules, trace?: Trace, unsaid?: (m: Mention) => boolean): State {
  const state: State = { text, mentions: [], decisions: [] };
  for (const [, extract] of EXTRACTORS) extract(state);
  if (unsaid) state.mentions = state.mentions.filter((m) => !unsaid(m));
  state.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  if (trace) trace.mentions = state.mentions.map(describe);
  const named = state.mentions.find((m): m is MentionOf<'service'> => m.kind === 'service');
  commands(text, named !== undefined, u, rules);
  for (const [, refine] of REFINERS) refine(state);
  // The service the message is about, unless a refiner dropped it ("我们不是做网贷的": denied); a service refused keeps the
  // one its refusal names, whatever denial stands over it (算了 不搞众筹了: round 25).
  const service = state.mentions.find((m) => m.kind === 'service') ?? (u.command === 'decline' ? refused(state, named) : undefined);
  if (service !== undefined && u.service === undefined) {
    u.service = service.value;
    rules.service = service.rule;
  }
  othersCommand(state, u, rules);
  const slots = figureRoles(state);
  assemble(state, u, slots, rules);
  for (const [, decide] of CONVENTIONS) decide(state, u, rules);
  if (trace) trace.decisions = state.decisions;
  return state;
}

/** The facts of a firm: what `speakingFor` compares between the two readings. */
const FIRM_FACTS = SITUATION_KEYS;

/** The person a relative's business scope starts with, when it is one a user speaks for (SPOKEN_FOR_WORDS). */
function personOf(state: State, scope: Mention): SpokenFor | undefined {
  const said = state.text.slice(scope.start, scope.end);
  return SPOKEN_FOR_WORDS.find((w) => w.pattern.test(said))?.id;
}

/** The person a 他 or "she" stands for: one the user names as their own before it (我替我哥问问，他…). */
function namedBefore(before: string): SpokenFor | undefined {
  let found: { at: number; id: SpokenFor } | undefined;
  for (const w of SPOKEN_FOR_WORDS) {
    if (w.id === 'someone') continue;
    const at = before.search(w.named);
    if (at >= 0 && (found === undefined || at < found.at)) found = { at, id: w.id };
  }
  return found?.id;
}

/**
 * A message that names no trade of the user's own and speaks of a parent's, a spouse's, the family's, a
 * friend's or someone's firm ("我老爹开了个小五金店", "他要借五万进货", "my wife runs a clothing shop, 3 staff",
 * "she needs 100k for stock") is read again as if the user said it of a firm of their own, and marked `about`
 * that person: the dialog decides whether that is the firm advised. Only when the second reading adds a fact and
 * keeps every one of the first ("我舅舅要贷二十万 我只需要八万": the user's own 8万 stands, nothing is theirs);
 * a relative's business beside the user's own trade ("我姐开饭店，我自己做五金") is left as it was.
 */
function speakingFor(state: State, u: Understanding, rules: Rules, trace?: Trace): void {
  // A trade only hinted by the goods sold (一年蜂蜜卖得七八万: industryWeak) is no trade of the user's own.
  if ((u.industry !== undefined && u.industryWeak !== true) || u.declaredSize !== undefined || NOT_SPOKEN_FOR.test(state.text)) return;
  // "…wants 50k too, but im only asking for myself, i need 80k for a new freezer": a need of the user's own
  // said beside the other's (I/我 + a need word) keeps the message the user's.
  if (OWN_NEED.test(state.text) && (u.amount !== undefined || u.purpose !== undefined)) return;
  const spoken = scopes(state, 'relative').flatMap((s) => {
    const who = personOf(state, s);
    return who === undefined ? [] : [{ scope: s, who }];
  });
  const first = spoken[0];
  if (first === undefined) return;
  // "我替我哥问问，他开修车铺的": the 他 is the brother named before.
  const who = first.who === 'someone' ? (namedBefore(state.text.slice(0, first.scope.start)) ?? first.who) : first.who;
  const again: Understanding = { language: u.language };
  const againRules: Rules = {};
  const againTrace: Trace | undefined = trace ? { mentions: [], decisions: [] } : undefined;
  read(state.text, again, againRules, againTrace, (m) =>
    spoken.some(({ scope }) => m.kind === 'scope' && m.value === 'relative' && m.start === scope.start && m.end === scope.end),
  );
  const same = (k: (typeof FIRM_FACTS)[number]): boolean => JSON.stringify(again[k]) === JSON.stringify(u[k]);
  const adds = FIRM_FACTS.some((k) => again[k] !== undefined && u[k] === undefined);
  // A hinted trade is the one spoken for's only when it is the trade the second reading names (蜂蜜 beside 养中蜂),
  // not the user's own beside it (i sell phone cases).
  if (u.industryWeak === true && again.industry !== u.industry) return;
  // A head count may grow by the people listed with the one spoken for, which the first reading left out as theirs
  // (我老爹开了个馆子，他和我妈两个加上三个服务员: 3 hired, 5 with them); not another count (我姐的茶厂工人四十多个 我这边就五个).
  const grows = (k: (typeof FIRM_FACTS)[number]): boolean =>
    k === 'employees' &&
    u.employees !== undefined &&
    again.employees !== undefined &&
    again.employees > u.employees &&
    againRules.employees?.includes('household') === true;
  const keeps = FIRM_FACTS.every((k) => u[k] === undefined || same(k) || grows(k));
  if (!adds || !keeps) return;
  for (const k of Object.keys(u) as (keyof Understanding)[]) delete u[k];
  Object.assign(u, again, { about: who });
  for (const k of Object.keys(rules) as (keyof Rules)[]) delete rules[k];
  Object.assign(rules, againRules, { about: `speaking for ${who}: ${first.scope.rule}` });
  if (trace && againTrace) {
    trace.mentions = againTrace.mentions;
    trace.decisions = [
      ...againTrace.decisions,
      {
        refiner: 'speakingFor',
        action: 'note',
        mention: `about:${who}`,
        because: "no trade of the user's own: the facts of the one spoken for",
      },
    ];
  }
}

/** A decision made once for the corpus, on the assembled reading (corpus README, "Conventions decided once"). */
type Convention = (state: State, u: Understanding, rules: Rules) => void;

/** The conventions in the order they apply, after the assembler; each is named for what it decides. */
const CONVENTIONS: ReadonlyArray<[string, Convention]> = [
  ['serviceAsked', serviceAsked],
  ['servicePriced', servicePriced],
  ['kindLegitAsked', kindLegitAsked],
  ['kindOfFirmAsked', kindOfFirmAsked],
  ['itemsCompared', itemsCompared],
  ['termsWeighed', termsWeighed],
  ['comparedServices', comparedServices],
  ['bankPreferred', bankPreferred],
  ['bestIsTheRequest', bestIsTheRequest],
  ['itemDetailsAsked', itemDetailsAsked],
  ['programmeApplied', programmeApplied],
  ['workingsOfTheQuestion', workingsOfTheQuestion],
  ['cheapestIsCosted', cheapestIsCosted],
  ['sumWithItsUse', sumWithItsUse],
  ['sumIsTheRequest', sumIsTheRequest],
  ['eligibilityAsked', eligibilityAsked],
  ['offerLawAsked', offerLawAsked],
  ['offerJudged', offerJudged],
  ['monthlyAsked', monthlyAsked],
  ['moneyBackAsked', moneyBackAsked],
  ['notSentYet', notSentYet],
  ['whyAskedThenSkipped', whyAskedThenSkipped],
  ['termUntil', termUntil],
  ['useOnlyTimes', useOnlyTimes],
  ['whoToCallAsked', whoToCallAsked],
  ['fraudWords', fraudWords],
  ['supportHeard', supportHeard],
  ['wayIsTheRequest', wayIsTheRequest],
  ['lockIsTheRequest', lockIsTheRequest],
  ['troubleIsTheRequest', troubleIsTheRequest],
  ['codeIsTheWallets', codeIsTheWallets],
  ['collectionCosted', collectionCosted],
  ['lossIsTheRequest', (state, u, rules) => lossIsTheRequest(state, u, (why) => dropCommand(state, u, rules, 'lossIsTheRequest', why))],
  ['feeJudged', (state, u, rules) => feeJudged(state, u, (why) => dropCommand(state, u, rules, 'feeJudged', why))],
  ['riskIsTheQuestion', riskIsTheQuestion],
  ['feeIsWhyTheWayIsAsked', feeIsWhyTheWayIsAsked],
  ['risksOfALoanKind', risksOfALoanKind],
  ['askedOfItself', askedOfItself],
  ['licenceAmongPapers', licenceAmongPapers],
  ['meaningAsked', meaningAsked],
  ['seasonNeed', seasonNeed],
  ['seasonCount', seasonCount],
  ['assetsParts', assetsParts],
  ['usualCount', usualCount],
  ['whatIfSum', whatIfSum],
  ['sumSettledOn', sumSettledOn],
  ['whatIfLoanKind', whatIfLoanKind],
  ['halfTaken', halfTaken],
  ['restartTakesBack', restartTakesBack],
  ['asideThenLater', asideThenLater],
  ['onlyASkip', onlyASkip],
  ['hedgedFigure', hedgedFigure],
  ['feesOwed', feesOwed],
  ['itemWeighedAgainstOther', itemWeighedAgainstOther],
  ['pickBeforeQuestion', pickBeforeQuestion],
  ['itemSoundnessAsked', itemSoundnessAsked],
  ['purposeSupposed', purposeSupposed],
  ['sizeSupposed', sizeSupposed],
];

/** A word of supposing opening the clause up to the need (要是想借点钱周转, 如果是拿来进货, "if we wanted cash for stock"). */
// (Not 主要是, 就是: round 43's SUPPOSING.)
// (An English "if we need" is the need told, "is leasing a good fit if we need a new packing machine": only "if we wanted", "say we".)
const SUPPOSED_BEFORE =
  /(?:(?<![主只就还也都不正倒硬])要是|如果|假如|假设|\bif (?:we|i) (?:wanted|were to|went for|took)\b|\bsay (?:we|i)\b)[^，。,.!?；;]{0,10}$/;
/**
 * A need said only inside a supposing clause of a question (顺便问下 要是想借点钱周转 好多钱能借到, "if we wanted a loan for stock, how much
 * could we get"; round 62, found by a tester): supposed, not the owner's need, so it overturns none told before.
 */
function purposeSupposed(state: State, u: Understanding, rules: Rules): void {
  if (u.question === undefined || u.purpose === undefined) return;
  const said = ofKind(state, 'purpose').filter((m) => m.value === u.purpose);
  if (said.length === 0 || !said.every((m) => SUPPOSED_BEFORE.test(state.text.slice(Math.max(0, m.start - 16), m.start)))) return;
  dropFields(state, u, rules, ['purpose'], 'purposeSupposed', 'a need supposed inside a question');
}

/** A bank's loan named, to weigh an item against when no service is named (头一个跟银行贷款比 哪个划算). */
const LENDER_LOAN_NAMED = /银行|信用社|农商行|农信|贷款|\bbank\b|\bloan\b/i;
/**
 * One item of the advice weighed against a service or a bank's loan named (第二个跟网商贷比 哪个划得来, 头一个跟银行贷款比 哪个划算, "is
 * crowdfunding better than number 2 for us?"; round 63): which is best, asked of that item (the service named is kept beside it).
 */
function itemWeighedAgainstOther(state: State, u: Understanding, rules: Rules): void {
  if (u.number !== undefined || u.items !== undefined || (u.question !== undefined && u.question !== 'which-is-best')) return;
  if (u.command !== undefined && u.command !== 'advice' && u.command !== 'cost') return;
  if (u.service === undefined && !LENDER_LOAN_NAMED.test(state.text)) return;
  const item = itemWeighedAgainst(state.text);
  if (item === undefined) return;
  if (u.command !== undefined) dropCommand(state, u, rules, 'itemWeighedAgainstOther', 'an item weighed against another named');
  // A bank's loan named is the banks' service, as in services compared (compared.ts).
  if (u.service === undefined) {
    u.service = 'online-financial-institution';
    rules.service = 'a bank loan weighed against an item of the advice';
  }
  u.question = 'which-is-best';
  rules.question = 'an item of the advice weighed against another named';
  u.number = item;
  rules.number = 'the item weighed';
}

/** A supposing word opening the message up to a head count or a sum (要是以后雇到二十个人, 如果营业额到了五千万, "if we hire 20 more"). */
const SUPPOSED_OPENING = /^\s*(?:要是|如果|假如|假设|万一|\bif\b)/;
/** ...or a condition said with 的话, or supposed in English (一年营业额做到三百万的话 算不算小型企业, "suppose our turnover reaches 8m"). */
const SUPPOSED_CONDITION = /的话|\bsuppose\b|\bsupposing\b/;
/**
 * The size class asked of figures only supposed (要是以后雇到二十个人 还算不算小微企业; round 63): what might be, no head count or sum of
 * the firm's (the class asked is answered from what the owner has told).
 */
function sizeSupposed(state: State, u: Understanding, rules: Rules): void {
  if (u.question !== 'size-class' || !(SUPPOSED_OPENING.test(state.text) || SUPPOSED_CONDITION.test(state.text))) return;
  dropFields(state, u, rules, ['employees', 'annualRevenueCny', 'totalAssetsCny'], 'sizeSupposed', 'figures only supposed');
}

/**
 * An item of the advice named, whether it is sound asked (第二个靠不靠谱, 二号那个是哪样 得不得靠谱, "is number 2 legit"; round 62): that
 * service's legitimacy, as a platform named with 靠谱 is, not the checklist for any platform.
 */
function itemSoundnessAsked(state: State, u: Understanding, rules: Rules): void {
  if (u.command !== 'platform-check' || u.service !== undefined || (u.question !== undefined && u.question !== 'platform-legit')) return;
  const item = u.number ?? itemOpening(state.text) ?? itemAskedOf(state.text);
  if (item === undefined) return;
  state.decisions.push({
    refiner: 'itemSoundnessAsked',
    action: 'drop',
    mention: 'command:platform-check',
    because: 'the soundness of an item asked',
  });
  delete u.command;
  delete rules.command;
  u.question = 'platform-legit';
  rules.question = 'the soundness of an item of the advice asked';
  u.number = item;
  rules.number = 'the item whose soundness is asked';
}

/**
 * A menu pick opening the message before a hurdle (要第二个嘛 不过我们在信用社还欠着十来万 格有影响; round 46): the reply to the bot's
 * question of which service, kept as a figure replied first is (convention 403).
 */
// ...or an item of the advice named before any question of how to have it (第一个要准备哪些材料, 第三个格是要抵押, 第2个 approval 大概要多久;
// round 60, convention 715): the item the question is asked of.
function pickBeforeQuestion(state: State, u: Understanding, rules: Rules): void {
  if (u.question === undefined || u.number !== undefined || u.service !== undefined) return;
  const item = HURDLE_QUESTIONS.has(u.question)
    ? (itemOpening(state.text) ?? itemNamed(state.text))
    : ASKED_OF_AN_ITEM.has(u.question)
      ? itemAskedOf(state.text)
      : undefined;
  if (item === undefined) return;
  u.number = item;
  rules.number = 'a menu pick opening the message before a question of it';
}
/** The questions of how to have a service, asked of one item of the advice. */
const ASKED_OF_AN_ITEM: ReadonlySet<string> = new Set([
  'what-to-bring',
  'approval-time',
  'where-to-apply',
  'apply-in-person',
  'who-may-apply',
  'loan-term',
  'amount-size',
  'does-it-fit',
]);

/** The fee's sum or rate asked (多少, how much): a cost asked beside the fees owed. */
const FEE_COST_ASKED = /多少|几个点|利息|\bhow much\b|\binterest\b|\brate\b/;

/**
 * "培训费十几万一直拖着不给 这种咋个整", "clients owe us design fees": money owed the firm named as a service's fees is the fees-owed
 * question (round 35, fix35b, corpus convention 219), answered in a service's words (contracts, sign-off, invoices), not goods'. The
 * word fees raises no cost command there unless a sum or rate is asked.
 */
function feesOwed(state: State, u: Understanding, rules: Rules): void {
  if (u.question !== 'receivables') return;
  if (!SERVICE_FEES_OWED.test(state.text) || GOODS_MONEY_NAMED.test(state.text)) return;
  u.question = 'fees-owed';
  rules.question = `${rules.question ?? 'question:receivables'}, the money owed named as fees`;
  if (u.command !== 'cost' || FEE_COST_ASKED.test(state.text)) return;
  dropCommand(state, u, rules, 'feesOwed', 'the fees owed are the question, no cost asked');
  // What to do asked beside the fees ("what should we do"): the advice command, as for goods owed.
  const { command } = detectCommand(state.text.replace(/\bfees?\b/g, ' '), false);
  if (command === 'advice') {
    u.command = command;
    rules.command = 'command:advice, the fees owed set aside';
  }
}

/** Where the talk put off to later closes the message (等下再说, "talk later"), after a break, nothing but fillers after it. */
const LATER_AT_END = new RegExp(String.raw`(?:^|[\s,.!?;，。！？；])(?:${LATER_TALK.source})[\s,.!?;，。！？；~]*$`);
/** A question or a figure in the words before it: no aside. */
// ...nor the firm told (我们开饭店的 回头再说: the firm's words a what-might-be may have set aside, "we run a cafe, talk later").
const NOT_AN_ASIDE =
  /[\d?？吗么]|多少|好多|几多|哪|(?:我们|我家|我)(?:是)?(?:在|开|做|种|养|跑|卖)|\b(?:how|what|which|can|could|we run|we sell|we make|we do)\b/;
/** What an aside never names: the firm's trade, figures, needs or a service. */
const ASIDE_FREE_OF: ReadonlySet<string> = new Set(['industry', 'quantity', 'purpose', 'service', 'size', 'offer']);
/** How long an aside runs before the talk is put off (老板来了, 手机快没电了, "gotta pick up my kid"). */
// ("out in the coffee field rn": 26; round 60.)
const ASIDE_LENGTH = 30;

/**
 * An aside, then the talk put off to later (老板来了 一会聊, 信号不好 等下再发, 手机快没电了 明天再聊, "gotta pick up my kid, talk later";
 * round 37, fix37c, corpus convention 290), with nothing else read in the message: the answer later (`later`, round 38; the reason for it is the owner's, not
 * listed: any short aside with no figure and no question in it).
 */
function asideThenLater(state: State, u: Understanding, rules: Rules): void {
  if (u.command !== undefined || Object.keys(u).some((k) => !ASIDE_KEYS.has(k))) return;
  if (u.industry !== undefined && u.industryWeak !== true) return;
  const later = LATER_AT_END.exec(state.text);
  if (later === null) return;
  const aside = state.text.slice(0, later.index);
  if (aside.length > ASIDE_LENGTH || NOT_AN_ASIDE.test(aside)) return;
  // Nor the firm told, then put off (我们开饭店的 回头再说): a trade, a figure or a service named is no aside; only a weak hint of
  // where the owner is ("out in the tea field rn, will reply tonight"; round 60, convention 714) may stand in it, and names no trade.
  if (state.mentions.some((m) => ASIDE_FREE_OF.has(m.kind) && !weakHint(m))) return;
  if (u.industry !== undefined) {
    state.decisions.push({ refiner: 'asideThenLater', action: 'drop', mention: `industry:${u.industry}`, because: 'a place in an aside' });
    delete u.industry;
    delete u.industryWeak;
    delete rules.industry;
  }
  u.command = 'later';
  rules.command = 'an aside, the talk put off to later';
  state.decisions.push({ refiner: 'asideThenLater', action: 'note', mention: 'command:later', because: 'an aside, then later' });
}

/** What an aside's reading may hold before it is one: the language, and a weak trade hint of where the owner is. */
const ASIDE_KEYS: ReadonlySet<string> = new Set(['language', 'rules', 'industry', 'industryWeak']);
const weakHint = (m: Mention): boolean => m.kind === 'industry' && m.priority <= WEAK_INDUSTRY_PRIORITY;

/** The skip command's words (a wait, a check, someone else to ask, not known): lexicon `commands.ts`. */
const SKIP_WORDS = COMMAND_RULES.find((r) => r.command === 'skip')?.whole;
/** The thanks' words, the fall nearly made among them (差点就把进货的钱转给他了, 不然两万块就打水漂了; round 57, convention 619). */
const THANKS_WORDS = COMMAND_RULES.find((r) => r.command === 'thanks')?.whole;

/**
 * A message that is only a wait, a check or a skip (我去仓库数一下再回你, 我去 warehouse 数一下, "hold on, gotta count the
 * stock in the back") says nothing else: the place gone to and the things counted there name no trade and no purpose. Nor do thanks
 * with the money nearly sent (谢谢 差点就把进货的钱转给他了: no purpose; 不然两万块就打水漂了: no amount; round 57, convention 619).
 */
function onlyASkip(state: State, u: Understanding, rules: Rules): void {
  const words =
    u.command === 'skip' ? SKIP_WORDS : u.command === 'later' ? LATER_OR_SKIP_WORDS : u.command === 'thanks' ? THANKS_WORDS : undefined;
  // ...or only a closing in pieces, an errand named among them (ok 明白了 我先去进货了 bye: no purpose; round 63).
  const closing = (u.command === 'goodbye' || u.command === 'thanks') && closingCommand(state.text) === u.command;
  if (!closing && (words === undefined || !isEssentially(state.text, words))) return;
  for (const key of Object.keys(u) as (keyof Understanding)[]) {
    if (key === 'language' || key === 'command' || key === 'rules') continue;
    state.decisions.push({
      refiner: 'onlyASkip',
      action: 'drop',
      mention: `${key}:${JSON.stringify(u[key])}`,
      because: 'the message is only a skip',
    });
    delete u[key];
    delete rules[key as keyof Rules];
  }
}

/**
 * A figure given, then hedged (半年到一年嘛 说不准, 大概二十个人 说不准; round 51): the figure is the answer, the hedge no skip of it.
 */
function hedgedFigure(state: State, u: Understanding, rules: Rules): void {
  if (u.command !== 'skip') return;
  const figures: readonly (keyof Understanding)[] = ['employees', 'annualRevenueCny', 'totalAssetsCny', ...LOAN_FIGURE_KEYS];
  if (!figures.some((k) => u[k] !== undefined)) return;
  dropCommand(state, u, rules, 'hedgedFigure', 'a figure given, then hedged: no skip');
}

/**
 * What was said, taken back before starting over (刚才说的不算 重新开始, "scratch that, start over"): the restart itself,
 * no correction of a fact (the talk begins again, nothing is replaced).
 */
function restartTakesBack(_state: State, u: Understanding, rules: Rules): void {
  if (u.command !== 'restart' || !u.correcting) return;
  delete u.correcting;
  delete rules.correcting;
}

/**
 * Half of the sum said taken for now (进一批货 need 二十万 少借点 先借一半, "need 200k but borrow half for now"):
 * the amount is half the sum, whichever it was read as.
 */
function halfTaken(state: State, u: Understanding, rules: Rules): void {
  // The sum said too much to take whole (少借点 先借一半) is the one halved.
  const said = u.amount ?? u.money ?? u.deniedMoney;
  const half = HALF_TAKEN.exec(state.text);
  if (said === undefined || half === null) return;
  u.amount = { value: said.value / 2, currency: said.currency };
  rules.amount = `${rules.amount ?? rules.money ?? rules.deniedMoney ?? 'the sum'}, half taken ("${half[0]}")`;
  if (said === u.deniedMoney) {
    delete u.deniedMoney;
    delete rules.deniedMoney;
  }
  delete u.money;
  delete rules.money;
}

/**
 * A sum taken from a lender in what might be, the sum right after the verb: take 100k, go with 80k, "how about taking just 80k"
 * (round 31); 只拿二十万, 就要十万.
 */
const WHAT_IF_TAKEN =
  /\b(?:take|taking|took|get|getting|got|go with|going with|go for|going for|went with)\s+(?:only\s+|just\s+)?\d|(?:只|就)(?:拿|要)\s*[\d一二两三四五六七八九十几]/;
/**
 * A sum alone after "what about" to the end, "instead" or "then" after it ("what about 250k instead", "how about 80k then?"; round 55,
 * convention 551): another sum for the loan, as with the borrowing between (86); its term may follow ("what about 250k over 3 years
 * then"; round 58, convention 703).
 */
const TERM_AFTER_SUM = String.raw`(?:\s+(?:over|for|in)\s+(?:\d+|one|two|three|four|five|six|a|half a)\s+(?:years?|yrs?|months?|mths?))?`;
const WHAT_ABOUT_A_SUM = new RegExp(
  String.raw`^(?:and |so |ok |okay |then |hmm |well )?(?:what|how) about\s+(?:only\s+|just\s+)?\d[\d.,]*\s*(?:k|w|m|万)?` +
    String.raw`${TERM_AFTER_SUM}\s*(?:instead|then)?\s*[?？]*$`,
);

/**
 * What might be, asked, with the loan's sum or term in it ("如果借三年的话利息会不会高很多", "what if we
 * borrow 300k instead?"): the figures are read, so the dialog can answer about them, and marked
 * hypothetical, so it keeps the ones the owner gave (a question never changes the profile).
 */
function whatIfSum(state: State, u: Understanding, rules: Rules): void {
  const asked = scopes(state, 'what-if')[0];
  if (asked === undefined) return;
  // A sum with no cue, taken as what might be ("what if we only take 100k", 要是只拿二十万呢): the loan's sum asked.
  const alone = WHAT_ABOUT_A_SUM.test(state.text);
  if (u.amount === undefined && u.money !== undefined && (alone || WHAT_IF_TAKEN.test(state.text.slice(asked.start, asked.end)))) {
    u.amount = u.money;
    delete u.money;
    rules.amount = `${rules.money ?? 'money'}, taken in what might be (${asked.rule})`;
    delete rules.money;
  }
  if (u.amount === undefined && u.termMonths === undefined) return;
  // The owner's own sum set against inside what might be ("what if we borrow 800k rather than 1.5m", 如果只借 20w instead of
  // 35w 呢; round 27): the sum said stays the owner's, no sum denied.
  const setAgainst = ofKind(state, 'mark').some((m) => m.value === 'denied' && m.start >= asked.start && m.end <= asked.end);
  if (u.deniedMoney !== undefined && setAgainst) {
    // ...nor replaced: the what-if changes none of the owner's figures.
    const setAside: RuleField[] = u.replacing === true ? ['deniedMoney', 'replacing'] : ['deniedMoney'];
    dropFields(state, u, rules, setAside, 'whatIfSum', "the owner's own sum set against in what might be");
  }
  // A sum asked in place of one said too much ("800k feels too high, can we do 500k instead"): the owner's choice.
  if (u.amount !== undefined && u.deniedMoney !== undefined) return;
  u.hypothetical = true;
  rules.hypothetical = `what might be, asked (${asked.rule}): the sum or term is not the owner's`;
  // ..."instead" there weighs it against the sum the reply worked on: none of the owner's figures replaced.
  if (alone && u.replacing === true && u.correcting !== true) {
    dropFields(state, u, rules, ['replacing'], 'whatIfSum', "another sum asked in what might be replaces none of the owner's");
  }
}

/**
 * "I need 500k to 80万 for a bigger stock, hmm let's say 70万": a sum asked, then another settled on after a word of replacing in the
 * same message (let's say, make it): the later sum is the one asked, the first given up (round 65, found by a tester).
 */
function sumSettledOn(state: State, u: Understanding, rules: Rules): void {
  if (u.replacing !== true || u.amount === undefined || u.money === undefined || u.hypothetical === true) return;
  const flag = ofKind(state, 'flag').find((f) => f.value === 'replacing');
  if (flag === undefined) return;
  const sums = ofKind(state, 'quantity').filter((q) => q.value.kind === 'money');
  const settled = sums.some((q) => q.start >= flag.end && q.value.value === u.money?.value);
  if (!settled || !sums.some((q) => q.end <= flag.start)) return;
  u.amount = u.money;
  rules.amount = `${rules.money ?? 'money'}, settled on after ${flag.rule}`;
  dropFields(state, u, rules, ['money', 'replacing'], 'sumSettledOn', 'the sum settled on replaces the one asked before it');
}

/**
 * "如果借五十万的出口押汇 半年的话利息要好多", "what if we took 1m of import financing for 6 months": a kind of loan named by what it
 * finances, in what might be asked (round 22), is the product asked about, no purpose: the purpose read only from its name is
 * dropped, as with its risks asked (`risksOfALoanKind`).
 */
function whatIfLoanKind(state: State, u: Understanding, rules: Rules): void {
  if (u.hypothetical !== true || u.purpose === undefined) return;
  if (purposeOnlyOfALoanKind(state)) {
    dropFields(state, u, rules, ['purpose'], 'whatIfLoanKind', 'a kind of loan asked in what might be');
    return;
  }
  // A use of the money named inside what might be (要是多借十万 换辆冷链车, 要是只借三万 先拿来进点货呢, "what if we took an
  // extra 150k to buy a second truck"; round 27, corpus convention 29): the what-if's, no purpose of the owner's (the dialog
  // keeps the one said), as a question sets no fact of the firm.
  const asked = scopes(state, 'what-if');
  const purposes = ofKind(state, 'purpose');
  if (purposes.length > 0 && purposes.every((p) => asked.some((a) => p.start >= a.start && p.end <= a.end))) {
    dropFields(state, u, rules, ['purpose'], 'whatIfLoanKind', 'a use of the money named in what might be');
  }
}

/** What a message says besides a service: any of these read makes it more than a service asked about. */
const BESIDES_SERVICE = [
  ...FIRM_FACT_KEYS,
  ...LOAN_FIGURE_KEYS,
  'number',
  'yesNo',
  'command',
  'question',
  'offer',
  'term',
] as const satisfies readonly (keyof Understanding)[];

/**
 * A service named with nothing else, asked about ("what about leasing", "那众筹呢", "车子能不能融资租赁",
 * "is supply chain finance good"): whether it fits this firm, not its details card (a bare name,
 * "融资租赁", still asks those).
 */
function serviceAsked(state: State, u: Understanding, rules: Rules): void {
  if (u.service === undefined || BESIDES_SERVICE.some((key) => u[key] !== undefined)) return;
  // "那P2P呢": P2P is gone, and its card says so (a fit of 网贷 would speak of today's online loans).
  if (u.service === 'p2p-lending') return;
  if (!SERVICE_ASKED.test(state.text)) return;
  u.question = 'does-it-fit';
  rules.question = 'question:does-it-fit, a service asked about';
  state.decisions.push({
    refiner: 'serviceAsked',
    action: 'note',
    mention: 'question:does-it-fit',
    because: 'a service named and asked about',
  });
}

/**
 * Items of the advice weighed by their places (第二个好还是第三个好, "option 1 vs option 3?"; round 61, convention 716): which is best among
 * them, no item picked, no advice nor details asked beside. Not when another question is asked of them (第一个和第二个都要准备哪些材料)
 * or services are named.
 */
function itemsCompared(state: State, u: Understanding, rules: Rules): void {
  if ((u.question !== undefined && u.question !== 'which-is-best') || u.service !== undefined || u.offer !== undefined) return;
  const items = itemsWeighed(state.text);
  if (items === undefined) return;
  dropFields(state, u, rules, ['number', 'yesNo'], 'itemsCompared', 'the items are weighed, none picked');
  if (u.command === 'advice' || u.command === 'details')
    dropCommand(state, u, rules, 'itemsCompared', 'the items weighed are the question');
  u.question = 'which-is-best';
  u.items = items;
  rules.question = 'items of the advice weighed';
  rules.items = `items weighed: ${items.join(', ')}`;
}

/** Two terms offered as alternatives: "1 or 2 years", "6 months or a year". */
const TERMS_OR = /\bor\b|还是/;
/**
 * Two terms weighed against each other ("1 or 2 years, which is better", as 借一年还是两年好 reads; round 61, 716): the terms are what is
 * asked, no term of the need (a range told as the need, "need 200k for 1 or 2 years", stays its middle).
 */
function termsWeighed(state: State, u: Understanding, rules: Rules): void {
  if (u.question !== 'which-is-best' || u.termMonths === undefined) return;
  const weighed = ofKind(state, 'quantity').some((m) => m.value.kind === 'duration' && TERMS_OR.test(state.text.slice(m.start, m.end)));
  if (weighed) dropFields(state, u, rules, ['termMonths'], 'termsWeighed', 'the terms weighed are the question');
}

/** A difference asked: 有什么区别, 哪样区别, 差别, 不同, what's the difference, how is X different. */
const DIFFERENCE = /区别|差别|不同|不一样|\bdiff(?:erence|erent|er)?s?\b/;

/**
 * A question that names two services or more weighs them against each other: "which is best"
 * among them ("网商银行和融资租赁哪个好"), also when worded as whether one suits ("leasing or
 * crowdfunding, which is better for us", read as does-it-fit of the first); a bank loan weighed
 * against a service is one of them (compared.ts).
 */
function comparedServices(state: State, u: Understanding, rules: Rules): void {
  // The difference asked between two services named ("众筹和P2P有什么区别", "what's the difference
  // between leasing and a loan") weighs them too; between other things (经营贷和消费贷) it asks advice.
  const difference = u.question === undefined && u.offer === undefined && DIFFERENCE.test(state.text);
  if (u.question !== 'which-is-best' && u.question !== 'does-it-fit' && !difference) return;
  const named = servicesCompared(state);
  if (named.length < 2) return;
  if (difference && (u.command === 'details' || u.command === 'advice')) {
    dropCommand(state, u, rules, 'comparedServices', 'the difference between services named is weighing them');
  }
  u.question = 'which-is-best';
  u.compared = named;
  rules.compared = `services compared: ${named.join(', ')}`;
  rules.question = `${rules.question ?? 'question'} among the services named`;
}

/**
 * "贴息怎么申请", "怎么申请创业担保贷款": how to apply for a government programme is the programmes' answer (round 29, corpus convention
 * 55): the details its how-to-apply words raise (怎么申请) ask no service's or item's card.
 */
function programmeApplied(state: State, u: Understanding, rules: Rules): void {
  if (u.question !== 'subsidies' || u.command !== 'details' || u.number !== undefined || u.term !== undefined) return;
  dropCommand(state, u, rules, 'programmeApplied', 'how to apply for a programme is the programmes answered');
}

/** How that works, asked right after a question of the same message ("… pay us in cny? how does that work on the bank side"). */
const HOW_THAT_WORKS =
  /\bhow (?:does|would|will|do) (?:that|it|this) (?:work|go)\b|(?:那|这)(?:个)?(?:是)?(?:咋个|怎么|如何)(?:操作|弄|搞|整|办)(?:的|呢)?\s*[?？]?\s*$/i;

/**
 * A question asked, then how that works (wait so our hanoi buyer can just pay us in cny? how does that work on the bank side; round 59):
 * the workings of what the question asks, answered by it; no item's details.
 */
function workingsOfTheQuestion(state: State, u: Understanding, rules: Rules): void {
  if (u.question === undefined || u.command !== 'details' || u.number !== undefined || u.term !== undefined) return;
  if (!HOW_THAT_WORKS.test(state.text)) return;
  dropCommand(state, u, rules, 'workingsOfTheQuestion', 'how that works is the question asked before it');
}

/**
 * "哪个最好", "what would you recommend", "网商银行适合我们吗": asking which is best, whether a named
 * service fits, or where to apply, is itself the request for advice,
 * answered as the question; a recommend word or a "tell me" beside it adds no command (one convention for the
 * corpus, whatever the wording). So is a risk it is weighed by ("哪个风险小", "which has lower
 * risk"): the comparison, not a request for the list of all risks.
 */
function bestIsTheRequest(state: State, u: Understanding, rules: Rules): void {
  // Where to apply, asked beside a wish to borrow or a manner (想贷点款 去哪里申请比较好, "we want a loan, where should we
  // apply"): the place to apply is the request too (round 20), no advice beside it.
  if (u.question === 'where-to-apply' && u.command === 'advice') {
    dropCommand(state, u, rules, 'bestIsTheRequest', 'asking where to apply is the request');
    return;
  }
  // A refusal told or supposed, then what now (银行不批咋个整, "the bank turned us down, what now?"; round 67, convention 726): what to do
  // after a refusal is the request, answered by the bank-refused question, not the advice again (convention 152 before).
  if (u.question === 'bank-refused' && u.command === 'advice') {
    dropCommand(state, u, rules, 'bestIsTheRequest', 'what to do after a refusal is the request');
    return;
  }
  // Whether the owner's own information is safe (我的信息安全不; round 67): what it is used for is the request, no platform to check.
  if (u.question === 'data-use' && u.command === 'platform-check') {
    dropCommand(state, u, rules, 'bestIsTheRequest', "the owner's own information asked about, no platform");
    return;
  }
  // The papers to bring, asked beside a wish to borrow (诊所想贷款买台彩超 要准备什么材料, "we want a loan, what documents do we need"):
  // the papers are the request too, as where to apply is (round 34, fix34d, corpus convention 199); advice asked in words of its own stays.
  if (u.question === 'what-to-bring' && u.command === 'advice' && !asksAdviceBeyondWish(state.text)) {
    dropCommand(state, u, rules, 'bestIsTheRequest', 'asking what to bring is the request');
    return;
  }
  // Whether the owner may borrow at all, asked beside a bare wish (前年帮表弟的车贷做了担保 现在我自己想贷款 格有影响, 想贷款 要抵押不,
  // "we want a loan, will my late card payment hurt"): the hurdle asked is the request, as the papers are (round 42, convention 389).
  if (u.question !== undefined && HURDLE_QUESTIONS.has(u.question) && u.command === 'advice' && !asksAdviceBeyondWish(state.text)) {
    dropCommand(state, u, rules, 'bestIsTheRequest', 'asking whether the hurdle stops the loan is the request');
    return;
  }
  if (u.question !== 'which-is-best' && u.question !== 'does-it-fit') return;
  if (u.command === 'advice') dropCommand(state, u, rules, 'bestIsTheRequest', 'asking which is best is the request');
  // "你讲讲 哪个最好", "tell me, which one fits us": the telling asked is the answer to the question,
  // no item's details (unless an item or a word is named: 第二个详细说说, what is leasing).
  if (u.command === 'details' && u.number === undefined && u.term === undefined)
    dropCommand(state, u, rules, 'bestIsTheRequest', 'the telling asked is the answer to the question');
  if (u.question === 'which-is-best' && u.command === 'risks')
    dropCommand(state, u, rules, 'bestIsTheRequest', 'the risk is what the services are weighed by');
}

/**
 * Where or how an item of the advice is applied for, asked in the words of its details (第二种那个在哪里申请, "the first one then, where do
 * i apply"; rounds 23, 46): the item's details, which say where and how; the where-to-apply question read of the item beside them
 * (round 61) adds nothing.
 */
function itemDetailsAsked(state: State, u: Understanding, rules: Rules): void {
  if (u.question !== 'where-to-apply' || u.command !== 'details' || u.number === undefined) return;
  dropFields(state, u, rules, ['question'], 'itemDetailsAsked', 'where the item is applied for is its details');
}

/**
 * "有没有便宜点的", "which one is cheapest", "is there a cheaper option": the options weighed by what they cost ask which is
 * best and the cost together (round 20: the cheapest asked after the advice was answered as the best pick, its cost unsaid),
 * as a pick by a cost word already did (which bank has the lowest rate, 哪个平台利息最便宜).
 */
function cheapestIsCosted(state: State, u: Understanding, rules: Rules): void {
  // Two services weighed against each other (融资租赁跟农商行贷款哪个省钱) are compared whole: no cost command beside them; their rates
  // told, two or more ("webank 0.03% a day or the county bank at 4.9% a year, which one is cheaper"), are costed (round 58, 606).
  const comparedWhole = u.compared !== undefined && !ratesTold(state.text);
  if (u.question !== 'which-is-best' || comparedWhole || u.command !== undefined || !CHEAPNESS.test(state.text)) return;
  u.command = 'cost';
  rules.command = 'the options weighed by their cost';
  state.decisions.push({ refiner: 'cheapestIsCosted', action: 'note', mention: 'command:cost', because: 'weighed by what they cost' });
}

/** A rate's name (年化, 年息, apr) and its value right after it (年化6%, 年化 only 6%): a term told, not asked. */
const RATE_NAME = /年化|年息|月息|日息|利率|\bapr\b|\binterest\b/;
const VALUE_AFTER = /^\s*(?:only|just|才|只有|只要|是)?\s*\d/;

/**
 * Whether every cost word is a rate named with its value (中介讲 年化6% 款下来他要抽五个点, broker 讲 年化 only 6% 但要先转保证金):
 * the terms of an advance-fee lure, told; no cost asked (round 22).
 */
function onlyRatesNamed(state: State): boolean {
  const said = commandSpans(state.text, 'cost');
  return (
    said.length > 0 && said.every((c) => RATE_NAME.test(state.text.slice(c.start, c.end)) && VALUE_AFTER.test(state.text.slice(c.end)))
  );
}

/**
 * The words of a promised return are no command: "年化12% 没有任何风险" promises no risk, it does not
 * ask for the risks; "年化 15% 本金绝对安全" quotes the return, it does not ask the cost. A command
 * whose every word stands inside the guaranteed-returns or the p2p-style question's words (the return a lending
 * platform promises: 借给做生意的人 年化10%) is dropped (an advance
 * fee's words still ask its cost: "先收2%服务费").
 */
function fraudWords(state: State, u: Understanding, rules: Rules): void {
  const question = ofKind(state, 'question')[0];
  if (u.command === 'cost' && question?.value === 'fraud-advance-fee' && onlyRatesNamed(state)) {
    dropCommand(state, u, rules, 'fraudWords', 'a rate named with its value is the lure told, no cost asked');
    return;
  }
  // A licence or a rule named as the impostor's cover (短信讲我们的许可证过期了 要交八百块 不交就罚款; round 51): no regulation asked.
  if (
    u.command === 'regulation' &&
    question !== undefined &&
    isFraudQuestion(question.value) &&
    commandInside(state, u.command, [{ start: 0, end: question.end }])
  ) {
    dropCommand(state, u, rules, 'fraudWords', `the cover of the fraud described (${question.rule})`);
    return;
  }
  if (u.command === undefined || (question?.value !== 'fraud-guaranteed-returns' && question?.value !== 'fraud-p2p-style')) return;
  if (!commandInside(state, u.command, [question])) return;
  dropCommand(state, u, rules, 'fraudWords', `inside the fraud described (${question.rule})`);
}

/**
 * The government's share of the interest heard of, asked whether true (听说政府给小微企业贴一半利息 是真的吗, "is it true that the
 * government pays half the interest for small firms?"; round 40): the programmes are what is asked; the interest named inside the
 * question and the truth asked right after it (是真的吗) ask no cost and no platform's check (convention 61: interest said subsidised).
 */
function supportHeard(state: State, u: Understanding, rules: Rules): void {
  if (u.question !== 'subsidies' || (u.command !== 'cost' && u.command !== 'platform-check')) return;
  const asked = ofKind(state, 'question').find((q) => q.value === 'subsidies');
  if (asked === undefined || !commandInside(state, u.command, [{ start: asked.start, end: asked.end + TRUTH_TAG_WITHIN }])) return;
  dropCommand(state, u, rules, 'supportHeard', `inside the support asked of (${asked.rule})`);
}
/** How far after the support asked of its truth may be asked (… 利息 是真的吗). */
const TRUTH_TAG_WITHIN = 8;

/** Questions of how money across the border is taken or changed, whose manner words (比较好, the best way) ask nothing more. */
const WAY_ASKED: ReadonlySet<string> = new Set(['currency-exchange', 'money-changer', 'wallet-across-border']);
/**
 * The manner asked (比较好, whose 比较 is the word raising advice; 最好, 合适, the best way; which one or which bank to take
 * it at): no more than the way itself.
 */
const MANNER_ASKED = /比较|最好|才好|合适|划算|方便|\bbest\b|\beasiest\b|\bsafest\b|\bcheapest\b|\bright way\b|\bwhich (?:one|bank)\b/;

/**
 * "缅甸老板要付缅币 我们怎么收比较好", "our lao customer pays in kip, whats the best way to take it": the way asked is the
 * question itself, no request for the recommendations: an advice command whose every word stands inside the question's
 * words and asks only the manner (比较好, the best way) is dropped (a request for what to do, 咋个整, "what should we do with it", stays).
 */
function wayIsTheRequest(state: State, u: Understanding, rules: Rules): void {
  const question = ofKind(state, 'question')[0];
  if (u.command !== 'advice' || question === undefined || !WAY_ASKED.has(String(question.value))) return;
  if (!commandInside(state, u.command, [question])) return;
  if (!commandSpans(state.text, u.command).every((c) => MANNER_ASKED.test(state.text.slice(c.start, c.end)))) return;
  dropCommand(state, u, rules, 'wayIsTheRequest', `the way asked is the question (${question.rule})`);
}

/** A way asked for, by its word: 有哪样办法, 有没有办法, 有什么法子, "is there a way", "any way". */
const WAY_WORDS = /办法|法子|路子|\bways?\b/;
/** A way or what now asked (咋个整, 怎么办, what do we do): after a currency's move, the rate's risk asked (round 29). */
const WAY_OR_WHAT_NOW = new RegExp(
  String.raw`${WAY_WORDS.source}|咋个整|咋个办|咋整|咋办|怎么办|怎么整|怎么弄|咋个弄|\bwhat (?:do|should|can) (?:i|we) do\b`,
);
/**
 * Questions that are themselves a way asked (the rate held, a platform's takings early, money from abroad taken in): a way
 * asked right before or inside their words asks nothing more (round 17: 拼多多压款半个月 有没有办法提前拿到).
 */
const WAY_IS_THE_QUESTION: ReadonlySet<string> = new Set(['lock-exchange-rate', 'platform-early-payout', 'currency-exchange']);

/**
 * "泰铢最近跌得凶 有哪样办法把汇率定住", "any way to lock in the rate": a way asked for, right before the thing the lock-exchange-rate
 * question names, is that question itself (round 16), no request for the recommendations: an advice command whose every word
 * asks a way and ends within a few characters (把, to) before the question's words, stands inside them or starts right after
 * them, is dropped (咋个整 after it stays); so for a platform's takings wanted early and money from abroad (round 17).
 */
function lockIsTheRequest(state: State, u: Understanding, rules: Rules): void {
  const question = ofKind(state, 'question')[0];
  if (u.command !== 'advice' || question === undefined || !WAY_IS_THE_QUESTION.has(String(question.value))) return;
  const said = commandSpans(state.text, u.command);
  if (said.length === 0) return;
  // A currency's move then what now (要是缅币跌了咋个整, "if the yuan gets stronger what do we do"): the what-now asks that way too.
  const way = question.value === 'lock-exchange-rate' ? WAY_OR_WHAT_NOW : WAY_WORDS;
  const waysBefore = said.every(
    (c) =>
      way.test(state.text.slice(c.start, c.end)) &&
      ((c.end <= question.start && question.start - c.end <= 4) ||
        (c.start >= question.start && c.end <= question.end) ||
        // ...or right after them (想减少一点汇兑损失 有没有办法, round 20).
        (c.start >= question.end && c.start - question.end <= 3)),
  );
  if (!waysBefore) return;
  dropCommand(state, u, rules, 'lockIsTheRequest', `the way asked is the question (${question.rule})`);
}

/** A repayment supposed (万一, 要是, what if): what comes of it may be asked, the risks. */
const REPAYMENT_SUPPOSED = /万一|要是|如果|假如|假设|的话|\bif\b|\bsuppos|\bin case\b|^say\b|\bsay (?:we|i)\b/;
/** What comes of not repaying, asked: 会怎样, 后果, 会不会被起诉, will the bank sue, what happens. */
const CONSEQUENCE_ASKED =
  /会怎|会咋|后果|会不会|坐牢|起诉|\bwhat happens\b|\bthen what\b|\bwhat then\b|\bwill (?:they|the bank|the lender)\b|\bsue\b/;

/**
 * "月供怕是要断了 咋个办", "i doubt we can cover the next instalment, what should we do": a repayment told as feared and
 * what to do asked is the cannot-repay question itself (talk to the lender before the due date), no request for the
 * recommendations and no list of all risks; a repayment supposed (万一还不起 咋个整, what if we default) or what comes of it
 * asked (还不起会怎样, will the bank sue us) keeps the risks.
 */
function troubleIsTheRequest(state: State, u: Understanding, rules: Rules): void {
  if (u.question !== 'cannot-repay' || u.command === undefined) return;
  // The repayment's own words (利息都凑不齐了: 利息 raises the cost) ask no cost.
  const question = ofKind(state, 'question')[0];
  if (u.command === 'cost' && question !== undefined && commandInside(state, 'cost', [question])) {
    dropCommand(state, u, rules, 'troubleIsTheRequest', 'the repayment feared is the question, no cost asked');
    return;
  }
  if (u.command !== 'advice' && u.command !== 'risks') return;
  if (REPAYMENT_SUPPOSED.test(state.text) || CONSEQUENCE_ASKED.test(state.text)) return;
  dropCommand(state, u, rules, 'troubleIsTheRequest', 'what to do about a repayment feared is the question');
}

/**
 * A payment code asked about (收款码被限额了 咋个办, 经营码在哪里申请, "my wechat qr code got limited", "where do i apply for a merchant
 * qr code"; round 37, fix37e, corpus convention 307): the code is a wallet's, so the service is third-party-payment, as 个人收款码 always
 * read; what to do about it is the question's answer (a free business code), no advice beside it.
 */
function codeIsTheWallets(state: State, u: Understanding, rules: Rules): void {
  // ...and the takings on a code or a wallet asked as what a loan is had on (收款码上的流水能不能拿去贷款; round 39): the wallet's records.
  if (u.question === 'borrow-amount' && u.service === undefined && CODE_TAKINGS.test(state.text)) {
    u.service = 'third-party-payment';
    rules.service = "a code's takings asked as a loan's ground are a wallet's";
    return;
  }
  if (u.question !== 'personal-payment-code') return;
  if (u.service === undefined) {
    u.service = 'third-party-payment';
    rules.service = "a payment code asked about is a wallet's";
  }
  if (u.command === 'advice') dropCommand(state, u, rules, 'codeIsTheWallets', 'what to do about a payment code is the question');
}

/**
 * A price of collecting payments said or asked (刷卡机费率千分之六 格正常, 微信收款的费率能不能降低点, 办POS机要交押金 正不正常, "the card
 * machine takes 0.6% of every sale, is that normal"; round 37, fix37e, corpus convention 308): the payment company's price is what is
 * weighed, `command: cost` where no other command is read, and the need is collecting payments (`payment-collection`), also where its
 * word stands inside a wallet's name (微信收款); a wallet's withdrawal fee (微信提现手续费) is the wallet's, no purpose. No question read.
 */
function collectionCosted(state: State, u: Understanding, rules: Rules): void {
  if (u.question !== undefined) return;
  const priced = collectionPriced(state.text);
  if (priced === undefined) return;
  if (u.command === undefined) {
    u.command = 'cost';
    rules.command = 'a price of collecting payments said';
  }
  if (priced.purpose && u.purpose === undefined && u.command === 'cost') {
    u.purpose = 'payment-collection';
    rules.purpose = 'a price of collecting payments weighed';
  }
}

/**
 * Questions whose own words may ask a risk: the answer weighs it (a personal line put to the firm's use, a buyer's terms, the
 * currency's risk to be kept off: 规避汇率风险, protect us from currency risk).
 */
const RISK_IS_THE_QUESTION: ReadonlySet<string> = new Set([
  'personal-credit-line',
  'receivables',
  'receivables-loan',
  'lock-exchange-rate',
]);

/**
 * "借呗拿来给铺子进货 有没有啥子风险": the owner's own line put to the firm's use, its risk asked, is the personal-credit-line
 * question itself (round 17); so are a buyer's terms weighed ("泰国客户说先发货后付款90天 风险大吗", "thai buyer wants 90 days
 * to pay after delivery, is that risky?", round 19): a risks command whose every word stands inside the question's words is
 * dropped.
 */
function riskIsTheQuestion(state: State, u: Understanding, rules: Rules): void {
  const question = ofKind(state, 'question')[0];
  if (u.command !== 'risks' || question === undefined || !RISK_IS_THE_QUESTION.has(String(question.value))) return;
  if (!commandInside(state, u.command, [question])) return;
  dropCommand(state, u, rules, 'riskIsTheQuestion', `the risk weighed is the question (${question.rule})`);
}

/** The fee's amount asked (多少, 几个点, how much, what is the fee): its cost is what is asked. */
const FEE_AMOUNT_ASKED = /多少|几个点|几多|\bhow much\b|\bwhat(?:['’]s| is| are)? (?:the )?(?:fees?|charges?)\b/;

/**
 * "从泰国汇过来的货款 银行手续费扣得太凶了 有没有省钱的路子", "the bank takes a big cut on every tt from our lao buyers, is there a
 * cheaper way": the fee of money paid over, complained of beside the currency-exchange question, is why a cheaper way is asked
 * (round 20): a cost command beside that question, with no amount of the fee asked, is dropped (美元收款 要交多少手续费, with no
 * way of changing asked, still asks the cost).
 */
function feeIsWhyTheWayIsAsked(state: State, u: Understanding, rules: Rules): void {
  if (u.command !== 'cost' || u.question !== 'currency-exchange') return;
  if (FEE_AMOUNT_ASKED.test(state.text)) return;
  dropCommand(state, u, rules, 'feeIsWhyTheWayIsAsked', 'the fee of money paid over is why a way is asked (currency-exchange)');
}

/** A kind of loan named by what it finances: trade finance, an import or export loan, 贸易融资, 押汇. */
const LOAN_KIND = /\b(?:trade|import|export) (?:finance|financing|loans?|credit)\b|贸易融资|押汇|进口融资|出口融资/;

/**
 * "can u tell me the risks of trade finance", "trade finance 的 风险 有 哪些": the risks of a kind of loan asked are the topic of the
 * risks command (round 20), no need of the firm's: a purpose read only from the kind of loan's own name, with no sum and no wish to
 * borrow beside it, is dropped.
 */
function risksOfALoanKind(state: State, u: Understanding, rules: Rules): void {
  if (u.command !== 'risks' || u.purpose === undefined || u.amount !== undefined || u.money !== undefined) return;
  if (ofKind(state, 'flag').some((f) => f.value === 'borrow-wish') || !purposeOnlyOfALoanKind(state)) return;
  dropFields(state, u, rules, ['purpose'], 'risksOfALoanKind', 'the risks of a kind of loan asked');
}

/** Every purpose read comes from a kind of loan's own name (trade finance, 押汇), none from a need the owner states. */
function purposeOnlyOfALoanKind(state: State): boolean {
  const purposes = ofKind(state, 'purpose');
  return purposes.length > 0 && purposes.every((p) => LOAN_KIND.test(state.text.slice(p.start, p.end)));
}

/** Questions whose answer is the whole reply: what a platform is, 砍头息, a money-market fund, the usual terms, a bill cashed. */
const ANSWERED_ALONE: ReadonlySet<string> = new Set([
  'platform-legit',
  'upfront-interest',
  'money-market-fund',
  'deposit-terms',
  'loan-term',
  'bill-discount',
]);
/**
 * Questions whose answer says whether the thing asked of is sound: the platform's own early settlement is had in its seller
 * back office, and anyone who asks a fee first to pay out early is a fraudster (round 32, corpus convention 101). The
 * platform checklist its 靠谱 raises is no more asked, unless someone else offers it (有个平台说能帮我们提前结算, "some app says it
 * can give us early payout"): that one is checked.
 */
const ANSWERS_ITS_SOUNDNESS: ReadonlySet<string> = new Set(['platform-early-payout']);
/** Someone other than the owner's platform offering or saying: 说, 讲, 帮我们, says, offers. */
const SOMEONE_OFFERS = /说|讲|帮我们|帮你|\bsays?\b|\bsaid\b|\boffer\w*/;
/** The commands such a question's words raise: 靠谱 (a platform check), 利息 (the cost), 牌照 (regulation), 哪个好 (advice). */
const RAISED_BY_ASKING: ReadonlySet<Command> = new Set(['platform-check', 'cost', 'regulation', 'advice', 'risks']);
/**
 * Questions answered plainly on their own (round 35: the branch asked faster, who may apply, credit repair offered: "有人说花三千块能帮我
 * 洗白征信 靠谱吗", "我去贷款行不行"), whose words raise a deletion too (删掉 a record): 删掉 is no command of the owner's data there.
 */
const ANSWERED_PLAINLY: ReadonlySet<string> = new Set(['apply-in-person', 'who-may-apply', 'credit-repair']);
const RAISED_BY_ASKING_PLAINLY: ReadonlySet<Command> = new Set([...RAISED_BY_ASKING, 'delete-data']);

/** The commands a question answered on its own drops, for that question (none when it is not one). */
function raisedByAsking(question: string): ReadonlySet<Command> | undefined {
  if (ANSWERED_PLAINLY.has(question)) return RAISED_BY_ASKING_PLAINLY;
  return ANSWERED_ALONE.has(question) ? RAISED_BY_ASKING : undefined;
}

/**
 * "网商银行格靠谱", "利息先扣了 正常不", "webank 有没有牌照", "零钱通和余额宝哪个好": the question is answered on
 * its own (what the platform is, the deduction, the fund), no platform checklist, cost, regulation or
 * advice beside it: the command its words raise is dropped. A platform's early settlement asked whether sound drops the
 * platform checklist alone (`ANSWERS_ITS_SOUNDNESS`).
 */
function askedOfItself(state: State, u: Understanding, rules: Rules): void {
  if (u.question === undefined || u.command === undefined) return;
  const checked = ANSWERS_ITS_SOUNDNESS.has(u.question) && u.command === 'platform-check' && !SOMEONE_OFFERS.test(state.text);
  if (!checked && raisedByAsking(u.question)?.has(u.command) !== true) return;
  dropCommand(state, u, rules, 'askedOfItself', `the question is answered on its own (${rules.question ?? u.question})`);
  // ...its fee weighed too, outside the question's own words (抖音那个提前结算格靠谱 手续费贵不贵; round 37, fix37c): the cost asked, as
  // 提前回款的手续费贵不贵 reads alone (convention 101).
  const question = ofKind(state, 'question')[0];
  if (
    checked &&
    question !== undefined &&
    commandSpans(state.text, 'cost').some((c) => c.start >= question.end || c.end <= question.start)
  ) {
    u.command = 'cost';
    rules.command = 'the early settlement weighed, its fee asked beside it';
    state.decisions.push({
      refiner: 'askedOfItself',
      action: 'note',
      mention: 'command:cost',
      because: 'a fee asked beside the soundness',
    });
  }
}

/**
 * The papers to bring asked, a licence of the firm's own named among them (有医疗机构执业许可证 还要带什么, 营业执照和办学许可证都有 还要
 * 带什么): the licence is one of the papers, no regulation asked (round 34, fix34d, corpus convention 199). A regulation command whose every
 * word is such a licence is dropped.
 */
function licenceAmongPapers(state: State, u: Understanding, rules: Rules): void {
  if (u.question !== 'what-to-bring' || u.command !== 'regulation') return;
  // Only papers for a loan (办食品经营许可证要准备什么材料 asks how to get the licence: regulation stays; round 34, the review).
  if (!LOAN_SPOKEN_OF.test(state.text) && !LICENCE_HELD.test(state.text)) return;
  const licences = [...state.text.matchAll(LICENCE_NAMED)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  if (!commandInside(state, u.command, licences)) return;
  dropCommand(state, u, rules, 'licenceAmongPapers', 'a licence of the firm named among the papers to bring');
}

/**
 * A word's meaning asked ("年化是什么意思", "what does apr mean") asks no cost: the rate word is the word
 * asked about. A cost command whose every word stands inside the meaning asked is dropped.
 */
function meaningAsked(state: State, u: Understanding, rules: Rules): void {
  const term = ofKind(state, 'term')[0];
  if (u.command !== 'cost' || u.term === undefined || term === undefined) return;
  if (!commandInside(state, u.command, [term])) return;
  dropCommand(state, u, rules, 'meaningAsked', `the word is what is asked (${term.rule})`);
}

/** Purposes that fund nothing, and money to place: a sum beside them is no loan wanted. */
const NO_LOAN_FOR: ReadonlySet<string> = new Set([...PURPOSES_WITHOUT_FUNDING, 'wealth-management']);

/**
 * Which way is best or whether one fits, asked after the sum and its use ("about 3m for new cnc machines, is a bank loan better or
 * leasing?"; round 30, fix30c): the sum is still the one wanted, as the thing bought keeps its purpose beside the way weighed
 * (corpus conventions 20 and 30).
 */
const WAYS_WEIGHED: ReadonlySet<string> = new Set(['which-is-best', 'does-it-fit']);

/**
 * A reply that opens with a sum, only hedges before it, then what the money is for (八万块够用了 买台二手小货车, 十万上下吧
 * 想把隔壁铺子也租下来, 二十万 用来进货, "40k ought to cover it, need a new coffee machine", "roughly 450k, want to add a second
 * cold room", 3w左右够了 想买个 new 冷柜): the sum is the one wanted, the amount, whatever is said of it between (corpus convention
 * 30, round 27). Not a sum put right (replacing, a sum denied), asked about, quoted by whoever sells or does the work (builder
 * quoted 350k: the `provider` scope), money to place, nor a purpose said before the sum (收拾一下包厢 大概两万: the dialog places it).
 */
function sumWithItsUse(state: State, u: Understanding, rules: Rules): void {
  if (u.money === undefined || u.amount !== undefined || u.purpose === undefined || NO_LOAN_FOR.has(u.purpose)) return;
  if (u.replacing || u.correcting || u.deniedMoney || u.hypothetical || u.offer || u.command) return;
  if (u.question !== undefined && !WAYS_WEIGHED.has(u.question)) return;
  if (scopes(state, 'provider').length > 0) return;
  const money = u.money;
  const sum = ofKind(state, 'quantity').find((q) => q.value.kind === 'money' && q.value.value === money.value);
  if (sum === undefined || !SUM_OPENS_REPLY.test(state.text.slice(0, sum.start))) return;
  const uses = state.mentions.filter((m) => (m.kind === 'purpose' || m.kind === 'purpose-detail') && m.value !== 'startup');
  if (!uses.some((m) => m.start >= sum.end)) return;
  u.amount = money;
  rules.amount = `${rules.money ?? 'figure:unlabelled'} opening a reply, what it is for after it`;
  delete u.money;
  delete rules.money;
}

/**
 * A need stated with its sum ("想贷款20万", "we want to borrow 3 million for a new line") is the
 * amount, no request for advice: the advice command stays only when other words ask for it
 * ("差20万 咋个整", "we need 600k, any other options?"). So is a need stated with its term alone (想贷款 期限两年,
 * "want to borrow for 2 years", round 21), as 想借半年左右 and 想贷个把月 always read: the term, answered.
 */
function sumIsTheRequest(state: State, u: Understanding, rules: Rules): void {
  if (u.command !== 'advice' || (u.amount === undefined && u.termMonths === undefined) || asksAdviceBeyondWish(state.text)) return;
  const what = u.amount === undefined ? 'term' : 'sum';
  dropCommand(state, u, rules, 'sumIsTheRequest', `a need stated with its ${what} is the ${what === 'sum' ? 'amount' : 'term'}`);
}

/** Whether one can borrow ("can we get a loan?", "能贷款吗") asks no advice: the answer is the firm's eligibility. */
function eligibilityAsked(state: State, u: Understanding, rules: Rules): void {
  if (u.command !== 'advice' || !onlyAsksEligibility(state.text)) return;
  dropCommand(state, u, rules, 'eligibilityAsked', 'asks whether one can borrow');
}

/**
 * Getting money back asked alone (还追得回来不, "can i get it back"; round 50): nothing else read, the ask is kept for the dialog,
 * which answers it as money lost after a fraud's answer (types.ts).
 */
/** What someone said of it, told, not asked (bank 那边讲钱已经被转走了 追不回来; round 55). */
const TOLD_NOT_BACK = /(?:讲|说|\bsaid\b|\bsays\b)[^。.!?？]{0,24}(?:追|要|拿|找)不回(?:来)?(?:了)?\s*$/;

/**
 * Nothing read but a check of a platform or the regulation, which a fraud's reply names only as the one to ask or the one that said it was a
 * scam (那我该打哪个电话问市场监管局嘛, "called 96110, they said its def a scam"; rounds 55-58): what the reply asks reads instead.
 */
function onlyAnOfficeNamed(u: Understanding): boolean {
  return Object.keys(u).every(
    (k) => k === 'language' || (k === 'command' && (u.command === 'platform-check' || u.command === 'regulation')),
  );
}

function moneyBackAsked(state: State, u: Understanding, rules: Rules): void {
  // A scam told as found before it ("called 96110, they said its def a scam. any way to get it back?"; round 55) is no check asked.
  if (!onlyAnOfficeNamed(u) || !MONEY_BACK_ASKED.test(state.text) || TOLD_NOT_BACK.test(state.text)) return;
  if (u.command !== undefined) dropCommand(state, u, rules, 'moneyBackAsked', 'the scam told as found, getting the money back asked');
  u.moneyBackAsked = true;
  rules.moneyBackAsked = 'getting money back asked alone';
}

/**
 * Why a figure is asked, then someone to ask first said last (要这个干哪样 我得先问下会计; round 65, convention 724): the skip, the
 * figure not known now; the why is answered when asked alone or last (我得先问下会计 你们要我营业额干哪样; round 66).
 */
function whyAskedThenSkipped(_state: State, u: Understanding, rules: Rules): void {
  if (u.question !== 'why-asked' || u.command !== 'skip') return;
  delete u.question;
  delete rules.question;
}

/**
 * Money not sent said alone (还没转呢, 还没转 我心里慌得很, 没给他打钱, "no i havent paid them anything"; round 52): kept for the dialog, which
 * answers it after a fraud's answer ("good: send nothing") and otherwise takes it as the no.
 */
function notSentYet(state: State, u: Understanding, rules: Rules): void {
  // The pattern is the whole message: whatever else was read in its words (havent paid yet, read as a buyer who has not) is not meant.
  const alone = NOT_SENT_YET.test(state.text);
  // (Tried even when the whole reads as not sent: a threat's words may run on into the ask, 讲今晚不交账户就冻结 我该找哪个核实; round 57, convention 646.)
  const thenCallAsked = notSentThenWhoToCall(state.text);
  if (!alone && !thenCallAsked) return;
  for (const key of Object.keys(u) as (keyof Understanding)[]) if (key !== 'language') delete u[key];
  for (const key of Object.keys(rules) as (keyof Rules)[]) delete rules[key];
  u.notSentYet = true;
  rules.notSentYet = thenCallAsked ? 'money not sent said, then whom to call asked' : 'money not sent said alone';
  if (!thenCallAsked) return;
  u.whoToCallAsked = true;
  rules.whoToCallAsked = 'whom to call asked after the money not sent';
}

/** Where a message may divide into two sayings: after a stop, a comma or a space, or before 那 (没 transfer 那要…, read 没转账那要…; round 60). */
const SAYING_END = /[.。!！?？,，;；~…\s]|(?=那)/g;

/** Words each half needs, tried first so that most messages are not divided at all. */
const BOTH_SAID_WORDS = [
  /没|莫|didn|did not|did nt|haven|have not/i,
  /电话|号码|核实|查证|确认|报警|打\s*\d{3}|call|ring|phone|number|contact|check|verify|confirm/i,
];

/**
 * Money not sent said, then whom to call asked ("ok didnt pay. which number do i call to check with customs", 还没转 那我打哪个电话问;
 * round 55): each half is its own whole-message saying, so the two together are read by dividing the message where one ends.
 */
function notSentThenWhoToCall(text: string): boolean {
  if (!BOTH_SAID_WORDS.every((words) => words.test(text))) return false;
  for (const end of text.matchAll(SAYING_END)) {
    const at = end.index + end[0].length;
    if (NOT_SENT_YET.test(text.slice(0, at)) && WHO_TO_CALL_ASKED.test(text.slice(at))) return true;
  }
  return false;
}

/** The month a matched date names (四月份, 3月底, 年底, "april", "the end of the year"), or undefined. */
/** The month the owner means by "before the rainy season": May. */
const RAINS_COME = 5;
function monthNamed(said: string): number | undefined {
  if (/年底|年末|年尾|end of (?:the |this )?year|year[- ]end|new year/i.test(said)) return 12;
  // Before the rainy season: Yunnan's rains come in late May or June (lexicon/zh/commands.ts UNTIL_MONTH).
  if (/雨季|rainy season/i.test(said)) return RAINS_COME;
  const written = /(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月/.exec(said) ?? ENGLISH_MONTH.exec(said);
  return written?.[1] === undefined ? undefined : monthNumber(written[1]);
}

/**
 * The money's term said by a date (借到明年三月, 四月份就能还, "pay it back by april"; round 52): the month kept for the dialog, which knows
 * the day; this time next year (明年这个时候还得上) is twelve months. Only when no term was read.
 */
function termUntil(state: State, u: Understanding, rules: Rules): void {
  if (u.termMonths !== undefined || u.question !== undefined) return;
  const yearOn = TERM_YEAR_ON.exec(state.text);
  if (yearOn) {
    u.termMonths = 12;
    rules.termMonths = `term: this time next year "${yearOn[0]}"`;
    return;
  }
  const until = TERM_UNTIL_ZH.exec(state.text) ?? TERM_UNTIL_EN.exec(state.text);
  const month = until ? monthNamed(until[0]) : undefined;
  if (!until || month === undefined) return;
  u.termUntil = /明年|\bnext\b/i.test(until[0]) ? { month, nextYear: true } : { month };
  rules.termUntil = `term until a month "${until[0]}"`;
}

/** Words of a loan or a purchase wished: with them a later use is the need itself. */
const WISHED_OR_LENT = /借|贷|买|购|想要|\b(?:loan|borrow\w*|buy\w*|need \d)/i;

/**
 * When the money must be back, told by a later use (大概半年 秋天收核桃前要用, "prob 8 months, need it back before we stock up for new year";
 * round 52): the use times the term, it is no purpose of its own (said while idle cash is placed, it would change the need).
 */
function useOnlyTimes(state: State, u: Understanding, rules: Rules): void {
  if (u.purpose === undefined || u.amount !== undefined || !USE_TIMES_MONEY_BACK.test(state.text)) return;
  // (Not the placing itself said with it: 想放点理财 但是明年3月又要用来收果子; round 64.)
  if (u.purpose === 'wealth-management') return;
  // (Not a need said with it: 想买台冷库 收核桃前要用, "we need a loan before we stock up".)
  if (WISHED_OR_LENT.test(state.text)) return;
  dropFields(state, u, rules, ['purpose'], 'useOnlyTimes', 'a later use says when the money must be back');
}

/** Whom to call asked alone (那我打哪个电话问, "who do i call first"; round 52): kept for the dialog, which answers it after a fraud's answer. */
function whoToCallAsked(state: State, u: Understanding, rules: Rules): void {
  // Whether the caller is really who he said, asked with it, is no check asked of a firm ("what number do i call to check if its really
  // customs"; round 56): the number is what is asked.
  if (!onlyAnOfficeNamed(u) || !WHO_TO_CALL_ASKED.test(state.text)) return;
  if (u.command !== undefined) dropCommand(state, u, rules, 'whoToCallAsked', 'whom to call asked, to check the caller');
  u.whoToCallAsked = true;
  rules.whoToCallAsked = 'whom to call asked alone';
}

/** The cost asked as the monthly repayment (一个月还多少, "how much a month?"): the answer leads with it. */
function monthlyAsked(state: State, u: Understanding, rules: Rules): void {
  if (u.command !== 'cost' || !MONTHLY_ASKED.test(state.text)) return;
  u.monthlyAsked = true;
  rules.monthlyAsked = 'the monthly repayment asked';
}

/**
 * "a loan shark offered us 50k, we'd pay back 65k after 3 months. is that legal?", "放贷的说借五万 三个月后还六万五 这个合法吗": an
 * offer's lawfulness asked (the word list `offerLawful`, OFFER_LAWFUL) is its cost set against the private-lending ceiling (as
 * 这个算不算高利贷 reads, open22a), no regulation and no platform checklist (corpus README convention 11, round 23): asked in
 * words no command reads (is that lawful?), or as a regulation or platform-check command whose every word asks it, or, of an
 * offer with its price told, anywhere in the message (这个利息合不合法 beside a platform's words).
 */
function offerLawAsked(state: State, u: Understanding, rules: Rules): void {
  const o = u.offer;
  if (o === undefined || !OFFER_LAWFUL.test(state.text)) return;
  const priced = pricedOrCharged(o);
  if (u.question !== undefined && !(priced && u.command === undefined)) return;
  if (u.command !== undefined) {
    if (u.command !== 'regulation' && u.command !== 'platform-check') return;
    const said = commandSpans(state.text, u.command);
    const allLawful = said.length > 0 && said.every((c) => OFFER_LAWFUL.test(state.text.slice(c.start, c.end)));
    if (!priced && !allLawful) return;
  }
  u.command = 'cost';
  rules.command = "an offer's lawfulness asked: its cost against the ceiling";
  state.decisions.push({ refiner: 'offerLawAsked', action: 'note', mention: 'command:cost', because: "an offer's lawfulness asked" });
}

/** An offer, then whether it is good ("is that good?", "格好", "行不行"): its cost is asked. */
function offerJudged(state: State, u: Understanding, rules: Rules): void {
  // An offer weighed against another (which-is-best kept beside it, direct-question.ts) is judged too.
  const weighed = u.question === 'which-is-best';
  if (u.offer === undefined || u.command !== undefined || !(weighed || OFFER_JUDGED.test(state.text))) return;
  u.command = 'cost';
  rules.command = weighed ? 'an offer, weighed against another' : 'an offer, and whether it is good';
  state.decisions.push({ refiner: 'offerJudged', action: 'note', mention: 'command:cost', because: 'an offer judged asks its cost' });
}
