// Round 21 conventions on what a message asks beside the question its story raises (corpus README, "Conventions decided in
// round 21"): the lead engineer decided them once, so the corpus reads them one way.

import { isFraudQuestion } from '../../knowledge/ids';
import { commandSpans } from '../commands';
import { TOTAL_WORD_EN } from '../lexicon/en/commands';
import type { Understanding } from '../types';
import type { State } from './mention';

/** Stories of money lost whose question is what to do now: money sent to a fraudster, a fake proof of payment. */
const LOSS_TOLD: ReadonlySet<string> = new Set(['fraud-money-sent', 'fraud-fake-payment']);
/** A lender's hurdle told: the collateral it wants, the credit record it refuses (round 23). */
// ...or the papers it wants that the firm lacks (银行要流水 我们都是现金收的 咋个整; round 39) and a guarantor or a young firm's doubt.
const HURDLE_TOLD: ReadonlySet<string> = new Set(['collateral', 'credit-record', 'what-to-bring', 'borrow-amount']);

/**
 * What now, asked in the owner's words: 怎么办, 咋个办, 咋个整, 咋办, 怎么弄, "what now", "what should i do", "now what",
 * "what do we do". A recommendation asked (推荐, 有没有正规的, any options) is none of them.
 */
const WHAT_NOW =
  /^(?:怎么|咋个|咋|该咋个|该怎么|那怎么|那咋个)(?:办|整|弄|处理)|^what (?:now|should (?:i|we)(?: do)?|do (?:i|we) do|can (?:i|we) do|to do)\b|^now what\b/;

/** The manner of a what-now said after it (怎么处理比较好, 咋个整才好; round 22): its 比较 is part of the what-now. */
const WAY_BEFORE = /(?:怎么|咋个|咋|该咋个|该怎么)(?:办|整|弄|处理)(?:才|会)?\s*$/;

/**
 * "转了五千过去 现在电话打不通 咋个整", "a customer sent a payment screenshot but the money never showed up, what now": the story's
 * question is what to do now (call 110, the bank, keep the records), no request for the recommendations beside it: an advice
 * command whose every word is a what-now word is dropped (round 21, convention 1; the repayment that cannot be met is
 * `troubleIsTheRequest`).
 */
export function lossIsTheRequest(state: State, u: Understanding, drop: (because: string) => void): void {
  // The fee already paid over (transferred the fee and now his phone is off, 手续费交了 人就联系不上了) is the money lost, no
  // cost asked, unless its amount or price is asked (round 23).
  if (u.command === 'cost' && u.question !== undefined && LOSS_TOLD.has(u.question) && !FEE_PRICED.test(state.text)) {
    drop(`the fee paid over is the money lost (${u.question}), no cost asked`);
    return;
  }
  // A lender's hurdle told (银行要抵押 我们么得房子 咋个办, the bank wants collateral but we rent, what should we do; 征信有逾期
  // 银行不给贷 咋个整): what to do about it is that question too (round 23, convention 1 read of a hurdle's story). Money owed to
  // the firm and money from abroad keep the advice beside their question (receivables.json, cross20.json).
  // Any fraud story too: money an app holds and a fee to let it out (钱被冻起了 要先交三千解冻金 咋个整), a worker offered cash for the
  // firm's account ("what should i tell him"): what to do is that fraud's answer (round 50).
  const story = (q: string) => LOSS_TOLD.has(q) || HURDLE_TOLD.has(q) || isFraudQuestion(q);
  if (u.command !== 'advice' || u.question === undefined || !story(u.question)) return;
  const said = commandSpans(state.text, 'advice');
  const whatNow = (c: { start: number }) => WHAT_NOW.test(state.text.slice(c.start)) || WAY_BEFORE.test(state.text.slice(0, c.start));
  if (said.length === 0 || !said.every(whatNow)) return;
  drop(`what to do about the story told is its question (${u.question})`);
}

/**
 * The guarantee fee's price weighed or summed: 贵不贵, 高不高, 划算, 多少, 几个点, 好多 (how much), "expensive", "too high", "how
 * much", "come to", "cheaper".
 */
const FEE_PRICED = new RegExp(
  [
    '贵|高不高|太高|太多|偏高|高了|格高|高吗|高么|划算|划(?:不划)?得(?:来|着)|值不值|便宜|多少|几个点|几多|好多|算下来',
    String.raw`\bexpensive\b|\bpricey\b|\bcheap\w*|\btoo (?:high|much|steep)\b|\bhow much\b|\bcome to\b|\bwork out\b|\badd up\b|\bworth(?: it)?\b`,
    // ...weighed by its size or asked in points ("do guarantee companies charge much? roughly what percent"; round 42).
    String.raw`\bcharge (?:a lot|much)\b|\bwhat (?:percent(?:age)?|rate)\b|\bsteep\b`,
    // ...or said a lot ("guarantor firm wants 3 points a year …, isnt that a lot"; round 43).
    // (...or "that's a lot isn't it"; round 45.)
    String.raw`\b(?:is|isn['’]?t|isnt) (?:it|that|this) (?:a lot|(?:too |a bit )?much)\b(?!\s+of\b)|\bthat['’]?s (?:a lot|too much)\b`,
    // ...or what a guarantor charges asked ("roughly what does a guarantee company charge for a bank loan"; round 41).
    String.raw`\bwhat (?:does|do|would|will)\b[^.?!]{0,30}\bcharge\b`,
    // ...or the total with it asked ("guarantee fee is 2% a year plus the bank's 4.35%, whats the total"; round 57, 548), the word alone too
    // ("…they charge another 2% a year. total cost per year?"; round 58, convention 704).
    String.raw`${TOTAL_WORD_EN}|一共|总共|加起来`,
  ].join('|'),
);

/**
 * The questions whose fee, named and not weighed, asks no cost: a guarantor's (convention 2), and a trade fraud's lure ("we must pay a
 * 1800 compliance fee or our shop is taken down": convention 503; round 55).
 */
const FEE_ASKED_ALONE: ReadonlySet<string> = new Set(['guarantee-fee', 'fraud-trade-fee']);

/**
 * "担保公司讲要先交百分之三的担保费 这个算正常不", "the guarantee company wants 2.5% as their fee, is that normal": whether the fee
 * is normal, reasonable or legal is the guarantee-fee question alone (its answer: what a licensed guarantor charges), no cost
 * command; its price weighed (贵不贵, is that expensive) or summed (要收多少, how much would it come to) still asks the cost
 * (round 21, convention 2).
 */
export function feeJudged(state: State, u: Understanding, drop: (because: string) => void): void {
  if (u.command !== 'cost' || u.question === undefined || !FEE_ASKED_ALONE.has(u.question) || u.offer !== undefined) return;
  if (FEE_PRICED.test(state.text)) return;
  drop(`a fee named, not weighed, is the ${u.question} question alone`);
}
