// The pipeline, in the order it runs: extractors (every mention, each with its rule), refiners
// (each decides one thing and records it), the figure roles, the assembler. The order is written
// here and nowhere else.

import { findItemNumber } from '../choices';
import type { ServiceId } from '../../knowledge/ids';
import { commandSpans, detectCommand } from '../commands';
import type { Understanding } from '../types';
import { assemble, type Rules } from './assemble';
import { EXTRACTORS } from './extract';
import { describe, type Decision, ofKind, scopes, type State } from './mention';
import { deniedFacts } from './refiners/denied-facts';
import { directQuestion } from './refiners/direct-question';
import { figureRoles } from './refiners/figure-roles';
import { financedSettlement } from './refiners/financed-settlement';
import { impostorCover } from './refiners/impostor';
import { insideService } from './refiners/inside-service';
import { buyingTrade } from './refiners/buying-trade';
import { renovationTrade } from './refiners/renovation';
import { sideLine } from './refiners/side-line';
import { notTheTrade } from './refiners/trade-scopes';
import { lenderWords } from './refiners/lender-words';
import { othersBusiness } from './refiners/others-business';
import { paymentAcross } from './refiners/payment-across';
import { questionScope } from './refiners/question-scope';
import { refinedPurpose } from './refiners/refined-purpose';
import { staffRoles } from './refiners/staff-roles';
import { supplyDescribed } from './refiners/supply-described';

export type Refiner = (state: State) => void;

/** Refiners in the order they run; each is named for the one thing it decides. */
export const REFINERS: ReadonlyArray<[string, Refiner]> = [
  ['insideService', insideService],
  ['impostorCover', impostorCover],
  ['paymentAcross', paymentAcross],
  ['directQuestion', directQuestion],
  ['questionScope', questionScope],
  ['othersBusiness', othersBusiness],
  ['lenderWords', lenderWords],
  ['notTheTrade', notTheTrade],
  ['sideLine', sideLine],
  ['deniedFacts', deniedFacts],
  ['renovationTrade', renovationTrade],
  ['buyingTrade', buyingTrade],
  ['supplyDescribed', supplyDescribed],
  ['staffRoles', staffRoles],
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
  const said = commandSpans(state.text, 'advice');
  if (said.length > 0 && said.every((c) => theirs.some((s) => c.start >= s.start && c.end <= s.end))) {
    dropCommand(state, u, rules, 'othersCommand', "someone else's wish to borrow");
  }
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
  comparedServices(state, u, rules);
  bestIsTheRequest(state, u, rules);
  fraudWords(state, u, rules);
  if (trace) trace.decisions = state.decisions;
}

/**
 * A question that names two services or more weighs them against each other: "which is best"
 * among them ("网商银行和融资租赁哪个好"), also when worded as whether one suits ("leasing or
 * crowdfunding, which is better for us", read as does-it-fit of the first).
 */
function comparedServices(state: State, u: Understanding, rules: Rules): void {
  if (u.question !== 'which-is-best' && u.question !== 'does-it-fit') return;
  const named = [...new Set(state.mentions.filter((m) => m.kind === 'service').map((m) => m.value as ServiceId))];
  if (named.length < 2) return;
  u.question = 'which-is-best';
  u.compared = named;
  rules.compared = `services compared: ${named.join(', ')}`;
  rules.question = `${rules.question ?? 'question'} among the services named`;
}

/**
 * "哪个最好", "what would you recommend": asking which is best is itself the request for advice,
 * answered as the question; a recommend word beside it adds no command (one convention for the
 * corpus, whatever the wording). So is a risk it is weighed by ("哪个风险小", "which has lower
 * risk"): the comparison, not a request for the list of all risks.
 */
function bestIsTheRequest(state: State, u: Understanding, rules: Rules): void {
  if (u.question !== 'which-is-best') return;
  if (u.command === 'advice') dropCommand(state, u, rules, 'bestIsTheRequest', 'asking which is best is the request');
  if (u.command === 'risks') dropCommand(state, u, rules, 'bestIsTheRequest', 'the risk is what the services are weighed by');
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
  const said = commandSpans(state.text, u.command);
  if (said.length === 0 || !said.every((c) => c.start >= question.start && c.end <= question.end)) return;
  dropCommand(state, u, rules, 'fraudWords', `inside the fraud described (${question.rule})`);
}
