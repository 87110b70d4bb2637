// The pipeline, in the order it runs: extractors (every mention, each with its rule), refiners
// (each decides one thing and records it), the figure roles, the assembler. The order is written
// here and nowhere else.

import { findItemNumber } from '../choices';
import { asksAdviceBeyondWish, commandSpans, detectCommand, onlyAsksEligibility } from '../commands';
import { OFFER_JUDGED, SERVICE_ASKED } from '../lexicon';
import type { Command, Understanding } from '../types';
import { assemble, type Rules } from './assemble';
import { servicesCompared } from './compared';
import { EXTRACTORS } from './extract';
import { describe, type Decision, ofKind, scopes, type State } from './mention';
import { deniedFacts } from './refiners/denied-facts';
import { directQuestion } from './refiners/direct-question';
import { figureRoles } from './refiners/figure-roles';
import { financedSettlement } from './refiners/financed-settlement';
import { impostorCover } from './refiners/impostor';
import { insideService } from './refiners/inside-service';
import { buyingTrade } from './refiners/buying-trade';
import { correctedFigure } from './refiners/corrected-figure';
import { countedInWan } from './refiners/counted-in-wan';
import { renovationTrade } from './refiners/renovation';
import { sideLine } from './refiners/side-line';
import { notTheTrade } from './refiners/trade-scopes';
import { existingLoan } from './refiners/existing-loan';
import { lenderWords } from './refiners/lender-words';
import { othersBusiness, othersOffer } from './refiners/others-business';
import { paymentAcross } from './refiners/payment-across';
import { platformAsPlace } from './refiners/platform-as-place';
import { questionScope } from './refiners/question-scope';
import { refinedPurpose } from './refiners/refined-purpose';
import { soldGoods } from './refiners/sold-goods';
import { staffRoles } from './refiners/staff-roles';
import { supplyDescribed } from './refiners/supply-described';
import { thingsOwned } from './refiners/things-owned';

export type Refiner = (state: State) => void;

/** Refiners in the order they run; each is named for the one thing it decides. */
export const REFINERS: ReadonlyArray<[string, Refiner]> = [
  ['insideService', insideService],
  ['platformAsPlace', platformAsPlace],
  ['impostorCover', impostorCover],
  ['paymentAcross', paymentAcross],
  ['othersOffer', othersOffer],
  ['directQuestion', directQuestion],
  ['questionScope', questionScope],
  ['othersBusiness', othersBusiness],
  ['lenderWords', lenderWords],
  ['existingLoan', existingLoan],
  ['notTheTrade', notTheTrade],
  ['sideLine', sideLine],
  ['deniedFacts', deniedFacts],
  ['renovationTrade', renovationTrade],
  ['buyingTrade', buyingTrade],
  ['supplyDescribed', supplyDescribed],
  ['soldGoods', soldGoods],
  ['staffRoles', staffRoles],
  ['thingsOwned', thingsOwned],
  ['countedInWan', countedInWan],
  ['correctedFigure', correctedFigure],
  ['refinedPurpose', refinedPurpose],
  ['financedSettlement', financedSettlement],
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
  const state: State = { text, mentions: [], decisions: [] };
  for (const [, extract] of EXTRACTORS) extract(state);
  state.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  if (trace) trace.mentions = state.mentions.map(describe);
  const named = state.mentions.find((m) => m.kind === 'service');
  commands(text, named !== undefined, u, rules);
  for (const [, refine] of REFINERS) refine(state);
  // The service the message is about, unless a refiner dropped it ("我们不是做网贷的": denied).
  const service = state.mentions.find((m) => m.kind === 'service');
  if (service !== undefined && u.service === undefined) {
    u.service = service.value;
    rules.service = service.rule;
  }
  othersCommand(state, u, rules);
  const slots = figureRoles(state);
  assemble(state, u, slots, rules);
  for (const [, decide] of CONVENTIONS) decide(state, u, rules);
  if (trace) trace.decisions = state.decisions;
}

/** A decision made once for the corpus, on the assembled reading (corpus README, "Conventions decided once"). */
type Convention = (state: State, u: Understanding, rules: Rules) => void;

/** The conventions in the order they apply, after the assembler; each is named for what it decides. */
const CONVENTIONS: ReadonlyArray<[string, Convention]> = [
  ['serviceAsked', serviceAsked],
  ['comparedServices', comparedServices],
  ['bestIsTheRequest', bestIsTheRequest],
  ['sumIsTheRequest', sumIsTheRequest],
  ['eligibilityAsked', eligibilityAsked],
  ['offerJudged', offerJudged],
  ['fraudWords', fraudWords],
  ['meaningAsked', meaningAsked],
  ['whatIfSum', whatIfSum],
];

/**
 * What might be, asked, with the loan's sum or term in it ("如果借三年的话利息会不会高很多", "what if we
 * borrow 300k instead?"): the figures are read, so the dialog can answer about them, and marked
 * hypothetical, so it keeps the ones the owner gave (a question never changes the profile).
 */
function whatIfSum(state: State, u: Understanding, rules: Rules): void {
  if (u.amount === undefined && u.termMonths === undefined) return;
  const asked = scopes(state, 'what-if')[0];
  if (asked === undefined) return;
  u.hypothetical = true;
  rules.hypothetical = `what might be, asked (${asked.rule}): the sum or term is not the owner's`;
}

/** What a message says besides a service: any of these read makes it more than a service asked about. */
const BESIDES_SERVICE = [
  'industry',
  'employees',
  'annualRevenueCny',
  'totalAssetsCny',
  'declaredSize',
  'purpose',
  'amount',
  'money',
  'termMonths',
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
 * "哪个最好", "what would you recommend", "网商银行适合我们吗": asking which is best, or whether a named
 * service fits, is itself the request for advice,
 * answered as the question; a recommend word or a "tell me" beside it adds no command (one convention for the
 * corpus, whatever the wording). So is a risk it is weighed by ("哪个风险小", "which has lower
 * risk"): the comparison, not a request for the list of all risks.
 */
function bestIsTheRequest(state: State, u: Understanding, rules: Rules): void {
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
 * The words of a promised return are no command: "年化12% 没有任何风险" promises no risk, it does not
 * ask for the risks; "年化 15% 本金绝对安全" quotes the return, it does not ask the cost. A command
 * whose every word stands inside the guaranteed-returns question's words is dropped (an advance
 * fee's words still ask its cost: "先收2%服务费").
 */
function fraudWords(state: State, u: Understanding, rules: Rules): void {
  const question = ofKind(state, 'question')[0];
  if (u.command === undefined || question?.value !== 'fraud-guaranteed-returns') return;
  if (!commandInside(state, u.command, [question])) return;
  dropCommand(state, u, rules, 'fraudWords', `inside the fraud described (${question.rule})`);
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

/**
 * A need stated with its sum ("想贷款20万", "we want to borrow 3 million for a new line") is the
 * amount, no request for advice: the advice command stays only when other words ask for it
 * ("差20万 咋个整", "we need 600k, any other options?").
 */
function sumIsTheRequest(state: State, u: Understanding, rules: Rules): void {
  if (u.command !== 'advice' || u.amount === undefined || asksAdviceBeyondWish(state.text)) return;
  dropCommand(state, u, rules, 'sumIsTheRequest', 'a need stated with its sum is the amount');
}

/** Whether one can borrow ("can we get a loan?", "能贷款吗") asks no advice: the answer is the firm's eligibility. */
function eligibilityAsked(state: State, u: Understanding, rules: Rules): void {
  if (u.command !== 'advice' || !onlyAsksEligibility(state.text)) return;
  dropCommand(state, u, rules, 'eligibilityAsked', 'asks whether one can borrow');
}

/** An offer, then whether it is good ("is that good?", "格好", "行不行"): its cost is asked. */
function offerJudged(state: State, u: Understanding, rules: Rules): void {
  if (u.offer === undefined || u.command !== undefined || !OFFER_JUDGED.test(state.text)) return;
  u.command = 'cost';
  rules.command = 'an offer, and whether it is good';
  state.decisions.push({ refiner: 'offerJudged', action: 'note', mention: 'command:cost', because: 'an offer judged asks its cost' });
}
