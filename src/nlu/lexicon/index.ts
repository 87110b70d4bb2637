// The NLU's vocabulary, compiled: the word lists of every locale (zh/, en/) turned into matchers
// once, at module load, by compile(). Precedence lives in the lists' order and priorities; the
// frames below say where a cue must stand relative to the number it labels.

import { alternation, compile, hasTopLevelBar, sameRule } from './compile';
import * as en from './en/index';
import {
  type CommandWords,
  FIGURE_MARKS,
  type FigureGaps,
  type FigureMark,
  type MarkWords,
  type IndustryWords,
  type LanguageWords,
  type MoneyCueWords,
  type MoneySlot,
  type PurposeWords,
  type ServiceWords,
  type SizeWords,
  type Words,
} from './types';
import * as zh from './zh/index';
import { GOODS_MONEY_OWED, SERVICE_FEES_NAMED } from './zh/fees-owed';
/** A wish to open a firm in Chinese (想在昆明开个米线店, 打算回老家开一家): a plan told (direct-question.ts, zh questions' start-up words). */
export { OPEN_WISH as OPEN_WISH_ZH } from './zh/questions';
export { RAISED_TO_OPEN_EN } from './en/questions';
import { GOODS_MONEY_OWED_EN, SERVICE_FEES_NAMED_EN } from './en/fees-owed';
import type { IndustryId, PurposeId, ServiceId, SizeClass } from '../../knowledge/ids';
import type { Locale } from '../../locale';
import type { Command, SpokenFor } from '../types';

export type { FigureMark, MoneySlot } from './types';

type Lexicon = typeof zh;
const LOCALES: readonly Lexicon[] = [zh, en];

function rules<R, O>(pick: (l: Lexicon) => readonly R[], key: (r: R) => string, build: (same: R[]) => O): O[] {
  const first = pick(zh);
  return first.map((_, i) => build(sameRule(LOCALES.map(pick), i, key)));
}
const words = (same: readonly { words: Words }[], flags = ''): RegExp =>
  compile(
    same.map((r) => r.words),
    flags,
  );
function optional(lists: readonly (Words | undefined)[], flags: string): RegExp | undefined {
  const present = lists.filter((l): l is Words => l !== undefined);
  return present.length === 0 ? undefined : compile(present, flags);
}

// Industries: see zh/industries.ts for the priority scale.
export const WEAK_INDUSTRY_PRIORITY = 12;
export interface IndustryRule {
  id: IndustryId;
  priority: number;
  re: RegExp;
}
const industryKey = (r: IndustryWords): string => `${r.id}@${r.priority}`;
/**
 * One locale's words of a rule (with their variants), inside what may not stand before and after
 * them; empty when the locale has no words for the rule.
 */
function guarded(r: IndustryWords): string {
  if (r.words.length === 0) return '';
  const words = alternation([r.words]);
  if (r.notBefore === undefined && r.notAfter === undefined) return words;
  // The guards as written, no variants (as inside a word: compile.ts spelledAsTyped).
  const before = r.notBefore?.length ? `(?<!${r.notBefore.join('|')})` : '';
  const after = r.notAfter?.length ? `(?!${r.notAfter.join('|')})` : '';
  // Words that all start at a word boundary test it before the guard: the same matches, sooner failed.
  const lead = words.startsWith(String.raw`\b`) && !hasTopLevelBar(words) ? String.raw`\b` : '';
  return `${lead}${before}(?:${words})${after}`;
}
export const INDUSTRY_RULES: readonly IndustryRule[] = rules(
  (l) => l.industryRules,
  industryKey,
  (same) => ({
    id: same[0]!.id,
    priority: same[0]!.priority,
    re: new RegExp(
      same
        .map(guarded)
        .filter((g) => g !== '')
        .join('|') || alternation([]),
    ),
  }),
);

export interface ServiceRule {
  id: ServiceId;
  /** Global: every mention is found. */
  re: RegExp;
}
export const SERVICE_RULES: readonly ServiceRule[] = rules(
  (l) => l.serviceRules,
  (r: ServiceWords) => r.id,
  (same) => ({
    id: same[0]!.id,
    re: words(same, 'g'),
  }),
);

/** Purposes in precedence order: the first that matches wins. */
export const PURPOSE_RULES: readonly { id: PurposeId; re: RegExp }[] = rules(
  (l) => l.purposeRules,
  (r: PurposeWords) => r.id,
  (same) => ({
    id: same[0]!.id,
    re: words(same),
  }),
);

export const SIZE_RULES: readonly { id: SizeClass; re: RegExp }[] = rules(
  (l) => l.sizeRules,
  (r: SizeWords) => r.id,
  (same) => ({
    id: same[0]!.id,
    re: words(same),
  }),
);

export const MONEY_CUES: readonly { slot: MoneySlot; re: RegExp }[] = rules(
  (l) => l.moneyCues,
  (r: MoneyCueWords) => r.slot,
  (same) => ({
    slot: same[0]!.slot,
    re: words(same, 'g'),
  }),
);

export interface CommandRule {
  command: Command;
  anywhere?: RegExp;
  /** Global: removed from the message to see whether anything else is said. */
  whole?: RegExp;
  /** Counts only when the message also names a service ("什么是众筹"). */
  withService?: RegExp;
}
export const COMMAND_RULES: readonly CommandRule[] = rules(
  (l) => l.commandRules,
  (r: CommandWords) => r.command,
  (same) => {
    const rule: CommandRule = { command: same[0]!.command };
    const anywhere = optional(
      same.map((r) => r.anywhere),
      '',
    );
    const whole = optional(
      same.map((r) => r.whole),
      'g',
    );
    const withService = optional(
      same.map((r) => r.withService),
      '',
    );
    if (anywhere) rule.anywhere = anywhere;
    if (whole) rule.whole = whole;
    if (withService) rule.withService = withService;
    return rule;
  },
);
/** Where 'language' stands among COMMAND_RULES: after restart, before platform-check. */
export const LANGUAGE_COMMAND_INDEX = 4;

export interface LanguageRule {
  locale: Locale;
  anywhere: RegExp;
  whole: RegExp;
}
export const LANGUAGE_RULES: readonly LanguageRule[] = rules(
  (l) => l.languageRules,
  (r: LanguageWords) => r.locale,
  (same) => ({
    locale: same[0]!.locale,
    anywhere: compile(same.map((r) => r.anywhere)),
    whole: compile(
      same.map((r) => r.whole),
      'g',
    ),
  }),
);

/** Punctuation, symbols, emoji and spaces: never content on their own. */
export const NON_CONTENT = /[\p{P}\p{S}\s]+/gu;

/** The main use said of two, right before it (主要是, 大部分, mostly, mainly): refiners/main-purpose.ts (round 40). */
export const MAIN_SHARE = compile([zh.mainShare, en.mainShare], '');
export const BORROW_WISH = compile([zh.borrowWish, en.borrowWish], '');
/** A wish or a need to borrow among the advice words, global: a sum given with it is the request (run.ts). */
export const WISH_TO_BORROW = compile([zh.wishToBorrow, en.wishToBorrow], 'g');
/** Whether an offer just stated is good: its cost asked (run.ts). */
export const OFFER_JUDGED = compile([zh.offerJudged, en.offerJudged], '');
/** Whether an offer's price is lawful, asked of it: with a priced offer, its cost asked (run.ts, offerJudged). */
export const OFFER_LAWFUL = compile([zh.offerLawful, en.offerLawful], '');
/** Cost as what the options are weighed by (便宜点的, the cheapest): with which-is-best, the cost asked (run.ts). */
export const CHEAPNESS = compile([zh.cheapness, en.cheapness], '');
/** The offer before, pointed at: an offer weighed against it keeps its terms (direct-question.ts, run.ts). */
export const EARLIER_OFFER = compile([zh.earlierOffer, en.earlierOffer], '');
/** Half of the sum said taken for now (先借一半, borrow half for now): the amount is half (run.ts, halfTaken). */
export const HALF_TAKEN = compile([zh.halfTaken, en.halfTaken], '');
/** A licence or a permit of the firm's own named by its kind, global (run.ts, licenceAmongPapers). */
export const LICENCE_NAMED = compile([zh.licenceNamed, en.licenceNamed], 'g');
/** A loan spoken of: papers asked beside it are a lender's (run.ts, licenceAmongPapers). */
export const LOAN_SPOKEN_OF = compile([zh.loanSpokenOf, en.loanSpokenOf], '');
/** A licence said held: a paper the firm has, not one it asks how to get (run.ts, licenceAmongPapers). */
export const LICENCE_HELD = compile([zh.licenceHeld, en.licenceHeld], '');
/** A machine or a vehicle named: what a lease weighed is for (direct-question.ts, convention 144). */
export const MACHINE_NAMED = compile([zh.machineNamed, en.machineNamed], 'i');
/** The monthly repayment asked: the cost answer leads with it (run.ts). */
export const MONTHLY_ASKED = compile([zh.monthlyAsked, en.monthlyAsked], '');
/** Getting money back asked alone (还追得回来不, "can i get it back"): run.ts, moneyBackAsked. */
export const MONEY_BACK_ASKED = compile([zh.moneyBackAsked, en.moneyBackAsked], '');
/** The money's term by a date (借到明年三月, "pay it back by april"): run.ts, termUntil; the groups as the word lists say. */
export const TERM_UNTIL_ZH = compile([zh.termUntil], '');
export const TERM_UNTIL_EN = compile([en.termUntil], 'i');
/** An English month, a whole word (not the "may" of "maybe till october"; round 56): run.ts, the month a term names. */
export const ENGLISH_MONTH = new RegExp(String.raw`\b(${en.MONTH_NAME_EN})\b`, 'i');
/** This time next year (明年这个时候还得上, "this time next year"): twelve months. */
export const TERM_YEAR_ON = compile([zh.termYearOn, en.termYearOn], 'i');
/** When the money must be back, told by a later use (收核桃前要用, "need it back before we stock up"): run.ts, useOnlyTimes. */
export const USE_TIMES_MONEY_BACK = compile([zh.useTimesMoneyBack, en.useTimesMoneyBack], 'i');
/** Money said to lie before its sum, at the sum (账上常年压着五十来万; round 52): the sum is money had, to place (figures.ts). */
export const IDLE_BEFORE_SUM = compile([zh.lyingBeforeSum, en.lyingBeforeSum], '', {
  before: '(?:',
  after: String.raw`)(?:有)?\s*(?:个|大概|差不多|将近)?\s*$`,
});
/** Money not sent said alone (还没转 我心里慌得很, "no i havent paid them"): run.ts, notSentYet. */
export const NOT_SENT_YET = compile([zh.notSentYet, en.notSentYet], '');
/** Whom to call asked alone (那我打哪个电话问, "who do i call first"): run.ts, whoToCallAsked. */
export const WHO_TO_CALL_ASKED = compile([zh.whoToCallAsked, en.whoToCallAsked], '');
/** A service named and asked about with no question of its own (run.ts, serviceAsked). */
export const SERVICE_ASKED = compile([zh.serviceAsked, en.serviceAsked], '');
/** A firm or a platform pointed at, not a kind of service (run.ts, kindLegitAsked). */
export const FIRM_POINTED_AT = compile([zh.firmPointedAt, en.firmPointedAt], '');
/** The customers' buying (进货, "stock up") as a purpose's words: inside their scope, no need of the firm's (trade-scopes.ts). */
export const CUSTOMERS_BUYING = compile([zh.customersBuying, en.customersBuying], '');
/** A bank or a bank's loan weighed against a service, not an online bank (pipeline/compared.ts). */
export const BANK_WEIGHED = compile([zh.bankWeighed, en.bankWeighed], '');
/** A bank loan preferred over the other ways (还是走银行贷款吧, "we'd rather go with the bank loan"): compared.ts, bankPreferred. */
export const BANK_PREFERRED = compile([zh.bankPreferred, en.bankPreferred], '');
/** The owner's firm spoken of as a kind (我们这种小厂, "a small factory like ours"): pipeline/kind-asked.ts, kindOfFirmAsked. */
export const KIND_OF_FIRM_ASKED = compile([zh.kindOfFirmAsked, en.kindOfFirmAsked], '');
/** Whether a kind is allowed, asked (允不允许, "are we allowed to"): with a kind named, its regulation (run.ts, kindLegitAsked). */
export const PERMISSION_ASKED = compile([zh.permissionAsked, en.permissionAsked], '');
/** The talk put off to a little later (等下再说, talk later): closing an aside (run.ts, asideThenLater; round 37). */
export const LATER_TALK = compile([zh.laterTalk, en.laterTalk], 'g');
/** A service weighed by a price word (run.ts, servicePriced). */
export const SERVICE_PRICED = compile([zh.servicePriced, en.servicePriced], '');
/** Whether one can borrow, asked: an eligibility question (run.ts). */
export const ELIGIBILITY_ASK = compile([zh.eligibilityAsk, en.eligibilityAsk], '');
export const SIZE_IGNORE = compile([zh.sizeIgnore, en.sizeIgnore], 'g');
export const CROSS_BORDER_NEGATIVE = compile([zh.crossBorderNegative, en.crossBorderNegative], 'g');
export const CROSS_BORDER_POSITIVE = compile([zh.crossBorderPositive, en.crossBorderPositive], '');
/** The owner's own past abroad (我老挝来的, "back from singapore"): no market (refiners/owner-abroad.ts). */
export const OWNER_ABROAD = compile([zh.ownerAbroad, en.ownerAbroad], 'gi');
export const ONLINE_SALES_NEGATIVE = compile([zh.onlineSalesNegative, en.onlineSalesNegative], 'g');
export const ONLINE_SALES_POSITIVE = compile([zh.onlineSalesPositive, en.onlineSalesPositive], '');
/** The firm's own selling said (a verb of selling, 开店, "our shop"): beside a platform named in a question or a claim heard. */
export const OWN_SELLING = compile([zh.ownSelling, en.ownSelling], 'i');
/** A platform as where a claim was heard: the words right after it (抖音上说, "a guy on douyin says") or before it (刷抖音, "saw on"). */
export const HEARD_ON_AFTER = compile([zh.heardOnAfter, en.heardOnAfter], 'i');
export const HEARD_ON_BEFORE = compile([zh.heardOnBefore, en.heardOnBefore], 'i');
/** Money a buyer owes the firm (应收账款, the contractor owes us): a receivable to lend on. */
export const BUYER_OWES = compile([zh.buyerOwes, en.buyerOwes], '');
/** A platform holding the firm's takings, and the buyers named (round 31, convention 77): refiners/platform-payout.ts. */
export const PLATFORM_PAYERS = compile([zh.platformPayers, en.platformPayers], 'gi');
export const BUYERS_NAMED = compile([zh.buyersNamed, en.buyersNamed], 'i');
/** The takings on a payment code or a wallet: asked as a loan's ground, the wallets' service (run.ts codeIsTheWallets; round 39). */
export const CODE_TAKINGS = compile([zh.codeTakings, en.codeTakings], 'i');
/** The words of an equipment purpose that name an asset bought (a machine, a vehicle, a cold room): asset.ts. */
export const ASSET_WORDS = compile([zh.assetWords, en.assetWords], 'i');
/** ...or premises opened instead (a shop, a branch), which leasing does not finance: asset.ts. */
export const PREMISES_WORDS = compile([zh.premisesWords, en.premisesWords], 'i');
/** Beside a receivables question (round 24, convention 14): the receivable only named; credit terms weighed; a debt told. */
export const RECEIVABLE_NAMED = compile([zh.receivableNamed, en.receivableNamed], 'i');
export const CREDIT_WEIGHED = compile([zh.creditWeighed, en.creditWeighed], 'i');
export const DEBT_TOLD = compile([zh.debtTold, en.debtTold], 'i');
/** A debt owed to the firm said paid after all (round 27): refiners/debt-settled.ts, the one reader (round 28). */
export const DEBT_PAID = compile([zh.debtPaid, en.debtPaid], 'gi');
/** Money named as the firm's suppliers' (供应商的货款, "our supplier's invoice"): its own payable, no buyer's debt. */
export const SUPPLIERS_MONEY = compile([zh.suppliersMoney, en.suppliersMoney], 'gi');
/** ...told as a debt, owed or late (欠了供应商的货款, "we owe our supplier 80k"): names no need by itself. */
export const SUPPLIERS_DEBT = compile([zh.suppliersDebt, en.suppliersDebt], 'gi');
export const FILLERS = compile([zh.fillers, en.fillers], 'g');
/** A yes said in several words (嗯 是的 就是这样, yep that's correct), a no twice, in either language: 是的 yes, no 不是. */
const YES_WORDS = alternation([zh.yes, en.yes]);
const NO_WORDS = alternation([zh.no, en.no]);
/** A particle closing a short reply (好的啦, ok la, no lor): the reply unchanged. */
const PARTICLE = String.raw`(?:\s*(?:${alternation([zh.answerParticles, en.answerParticles])}))?`;
/** What closes a yes, never a yes alone (没问题 就这样, yep all good); the reason a no gives after it (we'll manage). */
const YES_CLOSING = alternation([zh.yesClosing, en.yesClosing]);
const NO_REASONS = alternation([zh.noReasons, en.noReasons]);
/** An interjection opening a short reply (哦哦 好嘛, 噢 不用了, "oh ok"): the reply unchanged. */
const OPENING = String.raw`(?:(?:${alternation([zh.replyOpenings, en.replyOpenings])})[，,\s]*)?`;
/** An acknowledgement then thanks, alone (好的谢谢, ok thanks): no yes, the thanks command reads it (choices.ts). */
export const ACKNOWLEDGED_THANKS = compile([zh.acknowledgements, en.acknowledgements], '', {
  before: String.raw`^${OPENING}(?:`,
  after: String.raw`)(?:\s*(?:${alternation([zh.acknowledgements, en.acknowledgements])}))*\s*(?:${alternation([zh.thanksClosing, en.thanksClosing])})${PARTICLE}$`,
});
/** A deletion agreed to after the yes (好的 删掉吧, yes delete it). */
const YES_DELETE = String.raw`(?:[，,\s]*(?:删吧|删掉吧|删掉|删了吧|删除吧|删除|delete it|delete|do it|go ahead))?`;
// ...a yes word after 那就 or 那 (ok 那就 go ahead 嘛, 好 那就整), and 那就 before the closing (那就 show 吧, 要得嘛 那就发过来).
export const YES = compile([zh.yes, en.yes], '', {
  before: String.raw`^${OPENING}(?:`,
  after: String.raw`)${PARTICLE}(?:[，,\s]*(?:那就|那么|那)?\s?(?:${YES_WORDS})${PARTICLE})*(?:[，,\s]*(?:那就|那)?\s?(?:${YES_CLOSING}))?${YES_DELETE}(?:\s*(?:please|thanks|thank you|谢谢|的))?$`,
});
/**
 * Agreement said beside thanks or a goodbye (得嘞得嘞 讲得明白得很 谢谢老师, 要得嘛 … 拜拜, "ok sure, thanks"): the yes words,
 * each a word of its own in Latin letters, every one found (`closingCommand` in commands.ts; round 27).
 */
export const AGREEMENT = new RegExp(String.raw`(?<![a-z])(?:${YES_WORDS})(?![a-z])`, 'g');
/** The question given up before thanks or a goodbye (算了 那…谢谢, "never mind … thanks"): the closing unchanged (round 60). */
export const CLOSING_LEADS = new RegExp(String.raw`(?<![a-z])(?:${alternation([zh.closingLeads, en.closingLeads])})(?![a-z])`, 'g');
/** A change of mind said before a no (想了一下, 跟家里商量过了, actually, never mind): the no unchanged (round 27). */
// ...two of them (原来打算借点 后来想想算了; round 28).
const NO_LEAD = String.raw`(?:(?:${alternation([zh.noLeads, en.noLeads])})[，,\s]*){0,2}`;
export const NO = compile([zh.no, en.no], '', {
  before: String.raw`^${OPENING}${NO_LEAD}(?:`,
  // ...了 closing a no in mixed words too (no need 了, not yet 了), as 不用了 (not after a yes: 对了 is "by the way").
  // ...said in up to three no words ("nope, not right now, maybe some other time": round 27), a change of mind before any.
  after: String.raw`)(?:\s*了)?${PARTICLE}(?:[，,\s]*${NO_LEAD}(?:${NO_WORDS})${PARTICLE}){0,2}(?:\s*(?:thanks|thank you|谢谢))?(?:[，,\s]*(?:${NO_REASONS})){0,2}(?:\s*(?:thanks|thank you|谢谢))?$`,
});
/** Each mark's words in every locale (FIGURE_MARKS' order), global: every mention is found. */
export const FIGURE_MARK_RULES: readonly { mark: FigureMark; re: RegExp }[] = rules(
  (l) => l.figureMarks,
  (r: MarkWords) => r.mark,
  (same) => ({
    mark: same[0]!.mark,
    re: words(same, 'g'),
  }),
);
for (const [i, mark] of FIGURE_MARKS.entries()) {
  if (FIGURE_MARK_RULES[i]?.mark !== mark) throw new Error(`lexicon: figure mark ${i} is not ${mark}`);
}

const markWords = (mark: FigureMark): Words[] => [zh, en].map((l) => l.figureMarks.find((m) => m.mark === mark)?.words ?? []);
/** The words of people still to hire (the `to-hire` mark), anywhere: "还想招", "plan to take on". */
export const TO_HIRE = compile(markWords('to-hire'), '');
/** People gone said right after a count ("2 just quit", 两个走了) or right before it (走了两个, minus 2): taken off the staff. */
export const STAFF_GONE_AFTER = compile([zh.staffGoneAfter, en.staffGoneAfter], '', { before: String.raw`^\s*(?:个|位)?(?:`, after: ')' });
export const STAFF_GONE_BEFORE = compile([zh.staffGoneBefore, en.staffGoneBefore], '', { before: '(?:', after: String.raw`)\s*$` });
/** The firm's age said (the `age-before` mark) before a span, its fillers between (开了五六年了, 做了快十年): offer.ts, no term (round 60). */
export const FIRM_AGE_BEFORE = compile(markWords('age-before'), '', {
  before: '(?:',
  after: String.raw`)(?:\s*(?:${alternation([zh.figureGaps.duration, en.figureGaps.duration])}))*\s*$`,
});
/** The count one has now (the `staff-now` mark) right before a number: "目前有七个". */
export const STAFF_NOW_BEFORE = compile(markWords('staff-now'), '', { before: '(?:', after: String.raw`)\s*$` });

/** Fillers only, any number of them: what may stand between a mark and its number. */
const fillers = (key: keyof FigureGaps): RegExp =>
  compile([zh.figureGaps[key], en.figureGaps[key]], '', { before: String.raw`^(?:\s*(?:`, after: String.raw`))*\s*$` });
/** Where a mark stands, and what may stand between it and the number it marks. */
export interface MarkPlace {
  side: 'before' | 'after' | 'clause';
  gap: RegExp;
}
const SPACE = /^\s*$/;
const DURATION_GAP = fillers('duration');
/** Bare verbs of wanting (要, 需要), as written: after a cost word they say what it costs. */
export const WANTING: ReadonlySet<string> = new Set([...zh.wanting, ...en.wanting]);
/** A period echoed as a question, alone before the answer (per month? 35k, 每个月？三万): one clause with the sum after it. */
/** "each" right before a sum, at the end of the words before it ("need 3 more trucks, each 450k"): the price of one (en only). */
export const EACH_BEFORE_SUM = compile([en.eachBeforeFigure], '', { before: '(?:', after: String.raw`)\s*(?:rmb|cny|¥)?\s*$` });
export const PERIOD_ECHOED = compile([zh.periodEchoed, en.periodEchoed], '', { before: String.raw`^\s*(?:`, after: String.raw`)\s*\?$` });
/**
 * A figure's label, then only the fillers of a pause, at the end of the words before a comma (一年营业额，一百万; "staff, 12"):
 * the comma is no break between the label and its figure (pipeline/figures.ts `clauseBounds`).
 */
export const LABEL_PAUSED = compile([zh.labelPaused, en.labelPaused], '', {
  before: String.raw`(?:^|[^a-z])(?:`,
  after: String.raw`)(?:\s*(?:${[...zh.labelPause, ...en.labelPause].join('|')}))*\s*$`,
});
/** Only the fillers between a year and the sum it is the period of ("一年也就两百多万", "a year about 3m"). */
export const YEAR_SUM_GAP = compile([zh.yearSumGap, en.yearSumGap], '', { before: String.raw`^(?:\s*(?:`, after: String.raw`))*\s*$` });
/** The cue words of a part still missing (还差, 缺, short by), as written: that sum is the one to borrow. */
export const SHORT_OF = compile([zh.shortOf, en.shortOf], '', { before: '^(?:', after: ')$' });
/** The cue words of the owner's own money toward a cost (自己有, 首付, we have), as written. */
export const OWN_FUNDS = compile([zh.ownFunds, en.ownFunds], '', { before: '^(?:', after: ')$' });
/** The rest of a cost to borrow, no sum said (剩下的想贷款, borrow the rest): the total less the owner's money. */
export const REST_ASKED = compile([zh.restAsked, en.restAsked], 'g');
/** Only the words that may stand around a bare count given as a reply (大概, 估计, 吧, about, not sure) or nothing. */
export const REPLY_FILLERS = compile([zh.replyFillers, en.replyFillers], '', {
  before: String.raw`^(?:\s*(?:`,
  after: String.raw`))*\s*$`,
});
/** Only words of approximation (大概, about) or nothing. */
export const APPROXIMATELY = fillers('approximately');
/** Between a sum and "a year" after it: spaces or a hedge ("900k or so a year", "1.2m-ish a year"). */
const HEDGE_AFTER_SUM = /^(?:-?ish)?\s*(?:(?:ish|or so|or thereabouts|give or take|more or less)\s*)?$/;
export const MARK_PLACES: Readonly<Record<FigureMark, MarkPlace>> = {
  'per-year': { side: 'after', gap: HEDGE_AFTER_SUM },
  'per-month': { side: 'clause', gap: SPACE },
  'per-day': { side: 'clause', gap: SPACE },
  'per-week': { side: 'clause', gap: SPACE },
  'per-half-year': { side: 'clause', gap: SPACE },
  'per-quarter': { side: 'clause', gap: SPACE },
  per: { side: 'after', gap: SPACE },
  'people-label': { side: 'before', gap: fillers('people') },
  'strictly-below': { side: 'before', gap: APPROXIMATELY },
  total: { side: 'before', gap: fillers('total') },
  // "客人每天二十个": a customer word a few characters before the count.
  'not-staff': { side: 'before', gap: /^\S{0,4}\s*$/ },
  // "还要再雇二十个工人", "need to hire 10 drivers": people still to be hired, whatever their role.
  'to-hire': { side: 'before', gap: /^\S{0,4}\s*$/ },
  // "还想招两个司机 目前有七个", "right now we have 9": the count one has, beside people still to hire.
  'staff-now': { side: 'before', gap: APPROXIMATELY },
  // "counting the two drivers", "包括两个司机", "其中司机四个" (the role between): a count inside the total beside it.
  included: { side: 'before', gap: /^\s*(?:the|our|my|all)?\s*(?:\p{Script=Han}{1,4}\s*)?$/u },
  // "加上两个兼职", "plus 2 part-timers": a count added to the staff counted before it.
  // Said of the hands hired all year between: "加上常年请的两个工人", "加请的 2个".
  added: { side: 'before', gap: /^\s*(?:another|more|also|又|再)?\s*(?:(?:常年|长期|固定)?(?:请|雇)(?:了|的))?\s*$/ },
  'not-enough': { side: 'after', gap: SPACE },
  denied: { side: 'before', gap: SPACE },
  'term-before': { side: 'before', gap: DURATION_GAP },
  'term-after': { side: 'after', gap: SPACE },
  'age-before': { side: 'before', gap: DURATION_GAP },
  'age-after': { side: 'after', gap: SPACE },
  'rate-before': { side: 'before', gap: APPROXIMATELY },
  'rate-after': { side: 'after', gap: fillers('possessive') },
  // "账期90天", "客户90天以后才付款", "buyers pay us 90 days later", "net 60": when a buyer pays.
  'paid-before': { side: 'before', gap: DURATION_GAP },
  'paid-after': { side: 'after', gap: SPACE },
  // "合同还有五年", "租期还剩三年": what is left of a lease or a contract.
  'lease-before': { side: 'before', gap: DURATION_GAP },
  // "要开满三年才能贷", "two years of tax records": a span the lender requires, not the loan's term.
  'required-before': { side: 'before', gap: DURATION_GAP },
  'required-after': { side: 'after', gap: fillers('possessive') },
  // "银行只给批了10万 不够", "they offered 50k but that's not enough": a sum granted, said too little.
  granted: { side: 'before', gap: /^\s*(?:(?:只有|只|才|最多|就|仅|only|just|for|us|me)\s*)*$/ },
  'too-little': {
    side: 'after',
    gap: /^[\s,，]*(?:(?:but|that['’]?s|thats|it['’]?s|its|is|was|which is|根本|远远|还是|也|就|可是|但是?)\s*)*$/,
  },
};

/**
 * Where a side line gives way to the main trade: "but mainly we are a printing shop", "但主要是开印刷厂", "主业是开餐厅"; or a new
 * Chinese phrase of the owner's own after someone else's other firm (我老公另外开了个洗车店 那个不算 我们这个汽修厂…: round 26).
 */
const MAIN_TURN = String.raw`\bbut\b|\bmainly\b|\bmostly\b|\bmain (?:business|trade|thing)\b|但|不过|可是|主要|主业|主营|\s+我`;
export const ALSO_CLAUSE = compile([zh.alsoClause, en.alsoClause], 'g', {
  before: String.raw`(?:`,
  after: String.raw`)(?:(?!${MAIN_TURN})[^，。,.!?；;])*`,
});
export const INDUSTRY_DENIAL = compile([zh.industryDenial, en.industryDenial], 'g');
export const BOUGHT_THINGS = compile([zh.boughtThings, en.boughtThings], 'g');
/**
 * Premises taken over (把隔壁铺面盘下来, "take over the unit next door"), or a space outside turned into a room (把后面院子改成茶室,
 * "turn the back yard into a tea room": round 31, fix31c): more room, so fitting them out is expansion, not renovation.
 */
export const MORE_PREMISES = compile([zh.premisesTakenOver, en.premisesTakenOver, zh.spaceTurnedInto, en.spaceTurnedInto], 'g');
export const CUSTOMERS_SUPPLIED = compile([zh.customersSupplied, en.customersSupplied], 'g');
/** The buyer named as owing the firm (开发商的工程款没结, "the developer still owes us"): a customer, its trade not the firm's. */
export const OWING_BUYER = compile([zh.owingBuyer, en.owingBuyer], 'g');
/** The online shops an agency runs for its clients (帮商家做天猫店铺的代运营): theirs, not the firm's. */
export const SERVED_SHOPS = compile([zh.servedShops, en.servedShops], 'g');
/** A trade given up, to the end of its phrase or the turn to now (现在, now). */
/** What might be, not what is: 要是以后做出口, "if we ever export" (a scope over its clause). */
/** A place named to say where the firm is: 在7天酒店旁边, "next to the 7-Eleven". */
export const LANDMARK = compile([zh.landmark, en.landmark], 'g');
/** Whoever does work or sells to the firm, named as they price it (包工头报价, "builder quoted"): their trade is not the firm's. */
export const PROVIDER_QUOTING = compile([zh.providerQuoting, en.providerQuoting], 'g');
/** Where the owner comes from (我是老挝来的, "i am from laos", "we r thai family"): no trade across the border. */
export const OWNER_ORIGIN = compile([zh.ownerOrigin, en.ownerOrigin], 'g');
/** Sales hoped for or aimed at: 明年争取做到两百万, "hope to hit 2m next year". */
export const SALES_TARGET = compile([zh.salesTarget, en.salesTarget], 'g');
/** Sales so far in a firm's first months (开业快半年了 一共卖了二十来万, "revenue so far about 200k"): no year's revenue. */
export const SALES_SO_FAR = compile([zh.salesSoFar, en.salesSoFar], 'g');
/** A word of borrowing that makes a sum in a sales target the sum wanted (借, 贷, loan, borrow; not 想, want). */
export const TARGET_BORROWING = compile([zh.targetBorrowing, en.targetBorrowing]);
/** A loan the firm already has or had: 贷了50万, "we paid off a 100k loan". */
export const EXISTING_LOAN = compile([zh.existingLoan, en.existingLoan], 'g');
/** The firm's own debt inside a loan-held phrase (房东, 房租, 供应商, rent, suppliers): refiners/existing-loan.ts (round 29). */
export const FIRM_OWN_DEBT = compile([zh.firmOwnDebt, en.firmOwnDebt], 'i');
/** Goods the firm sells: 卖收银机给超市, "we sell tractors". */
export const SOLD_GOODS = compile([zh.soldGoods, en.soldGoods], 'g');
/** People described by their trade: 做外贸的朋友. */
export const DESCRIBED_PEOPLE = compile([zh.describedPeople, en.describedPeople], 'g');
export const HYPOTHETICAL = compile([zh.hypothetical, en.hypothetical], 'g');
export const FORMER_TRADE = compile([zh.formerTrade, en.formerTrade], 'g', {
  before: '(?:',
  after: String.raw`)(?:(?!现在|\bnow\b|\s+[\u3400-\u9fff])[^，。,.!?；;\n]){0,40}`,
});
/** The user runs the business named with a relative or friend ("我跟他合伙", "we run it together"). */
export const PARTNERSHIP = compile([zh.partnership, en.partnership], 'g');
export const RENOVATION_TRADE = compile([zh.renovationTrade, en.renovationTrade], 'g');
/** Words of getting a thing: a machine counted without them is owned (refiners/things-owned.ts). */
export const GETTING_WORDS = compile([zh.gettingWords, en.gettingWords]);
/** A thing named, then pledged right after: the firm's own, no purpose or trade (refiners/things-pledged.ts). */
export const PLEDGED_AFTER = compile([zh.pledgedAfter, en.pledgedAfter], '', { before: String.raw`^(?:`, after: ')' });
/** ...or taken to be pledged right before it (用厂房抵押, "pledge our workshop"). */
export const PLEDGED_BEFORE = compile([zh.pledgedBefore, en.pledgedBefore], '', { before: '(?:', after: String.raw`)$` });
/** A trade named by what it buys (橡胶收购, rubber buyers): the same words as in industries.ts. */
export const BUYING_TRADE = compile([zh.buyingTrade, en.buyingTrade, en.boughtToProcess], 'g');
/** A purchase said as the trade's habit (主要从缅甸进毛料, "we mainly buy from laos"): how it is supplied (refiners/supply-described.ts). */
export const SUPPLY_HABIT = compile([zh.supplyHabit, en.supplyHabit], '');
/** The money for the goods said short (进货的钱都不够了, "can't afford to restock"): a need, no description of supply (round 36, fix36c). */
export const STOCK_MONEY_SHORT = compile([zh.stockMoneyShort, en.stockMoneyShort], '');
export const CORRECTION_CUE = compile([zh.correctionCue, en.correctionCue], '');
export const REPLACE_CUE = compile([zh.replaceCue, en.replaceCue], '');

// Questions, denials of facts, other people's businesses, staff roles (see zh/scopes.ts).
export const QUESTION_AFTER_TOPIC = compile([zh.questionAfterTopic, en.questionAfterTopic], 'g');
export const QUESTION_BEFORE_TOPIC = compile([zh.questionBeforeTopic, en.questionBeforeTopic], 'g');
export const WHAT_IF_ASKED = compile([zh.whatIfAsked, en.whatIfAsked], 'g');
/** The goods' price falling or the goods not selling, supposed (要是价格跌了咋个办, "what if we can't sell the stock"; round 26). */
export const FALL_SUPPOSED = compile([zh.fallSupposed, en.fallSupposed], 'g');
/** Whether a thing counts as a kind of use, asked (大棚算设备吗, "does a greenhouse count as equipment"; round 29). */
export const COUNTS_AS_ASKED = compile([zh.countsAsAsked, en.countsAsAsked], 'g');
/** An export's finance or relief named in a question (出口退税能不能拿去贷款, "loans against export tax rebates?"; round 34). */
export const EXPORT_FINANCE_ASKED = compile([zh.exportFinanceAsked, en.exportFinanceAsked], 'g');
/** A condition, then a question about it (借二十万的话 一个月还多少, "if sales hit 3m would we still be micro"). */
export const CONDITION_ASKED = compile([zh.conditionAsked, en.conditionAsked], 'g');
/** Matches nothing: a question kind read only before its topic. */
export const NOTHING_AFTER = compile([[], []], 'g');
export const ELIGIBILITY_AFTER_TOPIC = compile([zh.eligibilityAfterTopic, en.eligibilityAfterTopic], 'g');
export const ELIGIBILITY_BEFORE_TOPIC = compile([zh.eligibilityBeforeTopic, en.eligibilityBeforeTopic], 'g');
/** A purchase said not to be needed (scopes.ts purchaseDenied): its purpose is dropped. */
export const PURCHASE_DENIED = compile([zh.purchaseDenied, en.purchaseDenied], 'g');
/** A cost said risen, told (scopes.ts costRisen, round 34): its words name no purpose. */
export const COST_RISEN = compile([zh.costRisen, en.costRisen], 'g');
/**
 * A denial of a fact and what it covers (16 characters at most), up to a contrast ("只", "但", "就",
 * "而是") or the clause's end; a space before a Chinese phrase ends a clause too ("淡季没得哪样生意
 * 想借点钱发工资": the wish to borrow is not denied). The Han range is written out: the matcher has
 * no `u` flag, where \p{Script=Han} would be a literal "p{Script=Han}" and never stop the scope.
 */
/** A plan after a denial (还没开 打算在玉溪开个奶茶店, 店还没开 想在蒙自开个面包店): the firm to be, outside the denial. */
const PLAN_AFTER_DENIAL = String.raw`打算|准备|计划|想(?=在|去|到|开|搞|整|做)`;
export const FACT_DENIAL = compile([zh.factDenial, en.factDenial], 'g', {
  before: '(?:',
  // (An English denial ends at a space before Chinese words: 我是白户 never borrowed 在玉溪开了个五金店, the shop is not denied; round 42.)
  after: String.raw`)(?:(?!\s*(?:${PLAN_AFTER_DENIAL}))(?!(?<=[a-z])\s+[\u3400-\u9fff])\s)*(?:(?!\s+[\u3400-\u9fff]|${PLAN_AFTER_DENIAL})[^，。,.!?；;\n只但就而是]){0,16}`,
});
/**
 * Where a relative's business gives way to the user's own ("but I run", "我自己做"; a new phrase
 * that starts with 我: "我小舅子搞运输的 我是开超市的").
 */
const OWN_TURN = String.raw`\bbut\b|\bwhile i\b|\band (?:i|we)\b|\bi myself\b|但|可是|我自己|我们自己|而我|\s+我`;
/**
 * A Chinese clause with no subject of its own, about the same firm: its figures or its wish (，一年流水两百来万，想贷款装修),
 * or what is sold (我老婆开了个小卖部，卖零食跟日用品: what their shop sells).
 */
const GOES_ON_UNSAID = String.raw`(?:(?:主要|专门|就)?卖|一年|一个月|每年|每个月|每月|每天|一天|去年|今年|流水|营业额|收入|生意|员工|工人|请了|雇了|想|也想|打算|准备|要借|要贷|需要)`;
/** A next clause about the same person ("..., he makes 5m a yr", "。她一年卖两百万") is theirs too. */
const RELATIVE_GOES_ON = String.raw`(?:[,.;，。；]\s*(?:(?:he|she|his|her|they)\b|他|她|${GOES_ON_UNSAID})(?:(?!${OWN_TURN}|我)[^,.;!?，。；！？\n])*)*`;
/**
 * Their shop named between the person and the verb, no word of it the user's (隔壁那家超市一年能卖, 邻居的小卖部一年卖),
 * perhaps in Latin letters, as traders mix them (我朋友的restaurant去年借了).
 */
const THEIR_WORDS = String.raw`(?:那家|那个|这家|的|家的?)(?:[a-z]{2,12})?(?:(?!我)[\u3400-\u9fff]){0,8}?`;
/**
 * A sum given to someone else ("the bank gave my cousin 1m at 3.8%", "银行给我表哥批了100万"): the
 * rest of the clause is theirs.
 */
export const RELATIVE_GIVEN = compile([en.relatives], 'g', {
  before: String.raw`\b(?:gave|lent|loaned|offered|approved)\s+(?:`,
  after: String.raw`)(?:(?!${OWN_TURN})[^,.;!?，。；！？\n])*`,
});
/** ...in Chinese, the loan's verb after them: 给我表哥批了, 借给他们 (not 给他们送米送油). */
export const RELATIVE_GIVEN_ZH = compile([zh.relatives], 'g', {
  before: String.raw`(?:给|借给|批给|贷给)我?(?:的|家)?(?:`,
  after: String.raw`)(?:批|贷|放|借)(?:(?!${OWN_TURN})[^,.;!?，。；！？\n])*`,
});
// Where they run it, in Chinese or Latin letters: 也, 在景洪, 在 Bangkok.
// An adverb before it (我老公还跑运输, 我媳妇一直在做, 我哥现在开, 我老公另外开了个洗车店): still their business.
const ZH_THEIR_PLACE = String.raw`(?:还|也|又|另外|一直|平时|现在|主要|专门)?\s*(?:在\s*(?:[a-z]+(?:\s[a-z]+)?|[^，。,.!?；;\s]{1,6}?))?`;
// Where they run it, in English, before their verb: "in vientiane sells".
const EN_THEIR_PLACE = String.raw`\b(?:in|at|over in|up in|back in|back home in)\s+[a-z]+(?:\s[a-z]+)?(?=\s+(?:${en.relativeBusinessVerbs.join('|')}))`;
// Their verb of running a business (开, 做, "runs", "sells"), or their firm named as theirs (我表弟的 logistics 公司).
const RELATIVE_RUNS = `(?:${[...zh.relativeBusinessVerbs, ...en.relativeBusinessVerbs, ...zh.relativeFirm, ...en.relativeFirm].join('|')})`;
/** A relative or friend, then their business: the rest of the clause (up to the user's own turn) is theirs, not the user's. */
export const RELATIVE_BUSINESS = compile([zh.relatives, en.relatives], 'g', {
  // Not when they run it together with the user ("我和我老婆开了个客栈", 和 我 2个 儿子 做).
  // Nor the owners as a group counted (我们两兄弟开修车铺, 三姐妹开的, 我们 3 兄弟 开了个).
  // Nor kin listed after the owner (老板就是我 还有我爹我兄弟 想贷款十万, 我和我爹我兄弟 …): the people at work, the wish the owner's.
  before: String.raw`(?<!我\s*(?:还有|和|跟|与|同)\s*(?:我的?)?[^，。,.!?；;\s]{0,3})(?<![和跟与同]\s*(?:我的?|我们)?\s*(?:[2-5两三四五俩仨]\s*个?\s*)?)(?<!\b(?:me|i|myself)\s+(?:and|&|n|\+|with)\s+)(?<!(?<!他们?|她们?)[两三四五俩2-5]\s*(?:兄|姐|姊|父|母)?)(?:`,
  // Where they run it, in Chinese or in Latin letters: 我哥在景洪开, 我哥在 Bangkok 开, "my sister in
  // vientiane sells".
  // When they ran it, before the place (我家老汉以前在这边开砖厂: round 25).
  after: String.raw`)(?:家|家里|的)?\s*(?:以前|之前|原来|过去|早先)?\s*(?:${ZH_THEIR_PLACE}|${EN_THEIR_PLACE}|${THEIR_WORDS})?\s*${RELATIVE_RUNS}(?:(?!${OWN_TURN})[^,.;!?，。；！？\n])*${RELATIVE_GOES_ON}`,
});
/**
 * A clause opening with another person, kin or a friend (我兄弟在公安局上班, 我老表, "my brother works at…"): a third party's story told
 * between the firm and a question of theirs (a guarantor, a debtor), no fact of the firm's (refiners/wish-told.ts).
 */
export const ANOTHER_OPENS = compile([zh.relatives, en.relatives], 'i', {
  before: String.raw`^\s*(?:我的?|我家|我们家|\bmy\s+|\bour\s+)?(?:`,
  after: ')',
});
/**
 * Another firm the owner deals with, named with its own facts (上游茶厂, 其中一家酒店, 合作社一年卖…, "our supplier", "the co-op
 * sells"): the rest of its clause, up to the owner's turn or a new Chinese phrase (a space between two Han characters: 上游茶厂赊了
 * 三个月的货给我们 想借十五万; English words spaced go on: 上游 tea factory 赊了…), is theirs, as a relative's business is.
 */
export const OTHER_FIRM = compile([zh.otherFirms, en.otherFirms], 'g', {
  before: '(?:',
  after: String.raw`)(?:(?!${OWN_TURN}|(?<=[\u3400-\u9fff])\s+[\u3400-\u9fff])[^,.;!?，。；！？\n])*`,
});
/**
 * Whom a relative's business belongs to, tested at the start of its scope (`spokenFor` in each locale, in
 * order; the first that matches wins): the `about` of a message that speaks only for them.
 */
export const SPOKEN_FOR_WORDS: ReadonlyArray<{ id: SpokenFor; pattern: RegExp; named: RegExp }> = rules(
  (l) => l.spokenFor,
  (r) => r.id,
  (same) => ({
    id: (same[0] as { id: SpokenFor }).id,
    pattern: compile(
      same.map((r) => r.words),
      '',
      { before: '^(?:', after: ')' },
    ),
    // Named anywhere as the user's own (我替我哥问问, "asking for my dad"): whom a later 他 or "she" stands for.
    named: new RegExp(`(?:我的?|我家|替|帮)(?:${alternation([same[0]?.words ?? []])})|${alternation([same[1]?.words ?? []])}`),
  }),
);
/** A message that speaks of another's business for a reason of the user's own (`notSpokenFor`): no `about`. */
export const NOT_SPOKEN_FOR = compile([zh.notSpokenFor, en.notSpokenFor]);
/** A need of the user's own beside another's (`ownNeed`): the message stays the user's (run.ts, speakingFor). */
export const OWN_NEED = compile([zh.ownNeed, en.ownNeed]);
/**
 * A business described, then whose it is: "建水做紫陶的那个是我舅舅", "那个开饭店的是我表哥". The
 * description is the relative's, not the user's (Chinese word order; English says "my uncle's").
 */
export const RELATIVE_NAMED_AFTER = compile([zh.relatives], 'g', {
  before: String.raw`[^，。,.!?；;\s]{2,16}?的(?:那个人?|那家|那位)?\s*(?:是|就是)我(?:的|家|们家)?(?:`,
  after: ')',
});
/**
 * A lender or an agent, then (a few words on) their speech: the rest of the sentence, up to the
 * owner's own turn, is what they offer (zh/scopes.ts lenders); a decimal point ("1.2m") ends no sentence.
 */
/** The owner judging a sum granted (不够, 太少, not enough): the lender's words end there. */
const TOO_LITTLE = [...zh.figureMarks, ...en.figureMarks].flatMap((m) => (m.mark === 'too-little' ? m.words : [])).join('|');
/**
 * The owner's own need after a comma ("…300k, we need 600k though", 银行说可以贷30万，我们需要60万): the
 * lender's words end there.
 */
const OWN_NEED_AFTER_COMMA = String.raw`[，,;；]\s*(?:but\s+)?(?:我们|我|we|i)\s*(?:really |still |actually |only |do |'d |would )?(?:需要|要|想|缺|need|want|wanna|hope|were hoping|are after|'re after|are looking|'re looking)`;
/**
 * Right after the speech verb, 我们 after a space is the lender's own words going on (业务员讲 我们的挖机可以融,
 * 信贷员说 我们最多贷二十万), not the owner's turn; unless the owner's wish follows (讲 我们想…).
 */
const SPEECH_GOES_ON = String.raw`(?:\s+(?=我)(?!我们?(?:想|要|需要|自己|也)))?`;
/** The owner judging a sum offered too much (感觉太多了, feels too high, 少借点): the lender's words end there. */
const TOO_MUCH_SAID = [...zh.tooMuch, ...en.tooMuch].join('|');
/** The owner's own words that end the lender's: a wish, a sum granted too little, or one offered too much. */
const OWN_JUDGEMENT = String.raw`我想|我们想|我要|${TOO_LITTLE}|(?<=\s|[，,])(?:${TOO_MUCH_SAID})`;
export const LENDER_SAYS = compile([zh.lenders, en.lenders], 'g', {
  before: '(?:',
  after: String.raw`)[^，。,.!?；;\n]{0,6}?(?:${[...zh.lenderSpeech, ...en.lenderSpeech].join('|')})${SPEECH_GOES_ON}(?:(?!${OWN_TURN}|${OWN_NEED_AFTER_COMMA}|${OWN_JUDGEMENT})(?:[^.!?。！？\n]|\.(?=\d)))*`,
});
/**
 * The owner, then people counted by role: "me and 2 helpers", "我和三个工人"; in English the
 * family named between them counts too ("me + wife + 1 cleaner" is three). The owner and those
 * named are added to the counts by role.
 */
const EN_HOUSEHOLD_PERSON = String.raw`(?:(?:my|the)\s+)?(?:${alternation([en.householdTwo])}|${alternation([en.householdOne])})`;
/** What the owner and the family named do before the count: "me and my son drive, plus 1 guy". A chat list may leave out the joiner: "me my husband and 2 cleaners". */
const EN_OWNER_VERB = String.raw`(?:\s+[a-z]+(?:\s+it)?\s*,?)?`;
const EN_JOINER = String.raw`\s*(?:,|\+|&|\band\b|\bplus\b|\bn\b)\s*`;
/** The owner and one person named, at work, then people hired: "我和我老婆看店 另外请了两个服务员". */
const ZH_OWNER_PAIR_HIRING = String.raw`我(?:和|跟|同)(?:我的?|我家)?(?:${alternation([zh.householdOne])})(?!\s*(?:两个人?|俩|两人))(?=[^，。,.!?；;]{0,6}?[\s，,]*(?:(?:另外|再|还)?(?:请了?|雇了?|招了?)|(?:另外|还)有)[\d一二两三四五六七八九十几]*个)`;
/** The owner and one person named, then staff counted by role with no joining word: "我和老婆 两个帮工". */
const ZH_OWNER_PAIR_STAFF = String.raw`我(?:和|跟|同)(?:我的?|我家)?(?:${alternation([zh.householdOne])})(?=\s*[，,]?\s*[\d一二两三四五六七八九十几]+\s*个?\s*(?:员工|职工|雇员|工人|伙计|店员|帮工|${alternation([zh.staffRoles])}))`;
/** The owner and the family named, then a count: "me and my wife, plus 2". */
/** The owners named, then counted themselves after a comma: "me and my wife, 2 people" (not "me plus 3 people": three more). */
const EN_GROUP_COUNTED = String.raw`(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:people|persons|ppl|of us|heads|in total|total|altogether)\b`;
/** A count after the owners that counts more people: not the owners' own after a comma. */
const EN_MORE_COUNTED = String.raw`(?=\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)(?:(?<=,\s*)(?!${EN_GROUP_COUNTED})|(?<!,\s*))`;
/** The family named before the owner: "my sister n me run it, plus 1 helper". */
const EN_FAMILY_FIRST = String.raw`(?:\b(?:my|the)\s+(?:${alternation([en.householdTwo, en.householdOne])})${EN_JOINER})*`;
const EN_OWNER_THEN_COUNT = String.raw`${EN_FAMILY_FIRST}\b(?:me|myself)(?:(?:${EN_JOINER}|\s+(?=(?:my|the)\s))${EN_HOUSEHOLD_PERSON})*${EN_OWNER_VERB}${EN_JOINER}${EN_MORE_COUNTED}`;
/** The same in Chinese: 我和三个工人, 我自己加两个师傅. */
const ZH_OWNER_THEN_COUNT = String.raw`我(?:自己)?(?:和|跟|加上?)(?=[\d一二两三四五六七八九十几])`;
export const OWNER_AND_COUNT = new RegExp(
  `${EN_OWNER_THEN_COUNT}|${ZH_OWNER_THEN_COUNT}|${ZH_OWNER_PAIR_HIRING}|${ZH_OWNER_PAIR_STAFF}`,
  'g',
);
/** A bank or a licensed lender named (zh/scopes.ts licensedLenders): an offer it makes is outside the private-lending ceiling. */
export const LICENSED_LENDER = compile([zh.licensedLenders, en.licensedLenders], 'g');
/** A loan someone else offers or promises ("he can get me 500k", 中介说可以帮我贷100万): not the owner's need. */
export const OFFERED_BY = compile([zh.offeredBy, en.offeredBy], 'g');
/** Staff counted in the busy season and the regular staff (zh/roles.ts peakSeason, regularSeason). */
/** The whole year said of a sum (全年下来, 一年总共, the whole yr): the year's revenue beside a season's (figures.ts). */
export const WHOLE_YEAR = compile([zh.wholeYear, en.wholeYear], 'g');
export const PEAK_SEASON = compile([zh.peakSeason, en.peakSeason], 'g');
/** A festival's month named as the busy one (腊月, 春节那个月, "december alone"): a busy season of one month (figures.ts, round 29). */
export const FESTIVAL_MONTH = compile([zh.festivalMonth, en.festivalMonth], 'g');
/** The months a month's sales are said for (6到9月, june to september). */
export const MONTH_SPAN = compile([zh.monthSpan, en.monthSpan], 'g');
/** A sum said too much (三十万太多了, 300k is too much): the sum after it is the sum wanted (zh/figures.ts tooMuch). */
export const TOO_MUCH = compile([zh.tooMuch, en.tooMuch], '');
/** A season named before its length (旺季三个月, peak season is 3 months): see zh/figures.ts peakSeasonLength. */
export const PEAK_SEASON_LENGTH = compile([zh.peakSeasonLength, en.peakSeasonLength], 'g');
export const QUIET_SEASON_LENGTH = compile([zh.quietSeasonLength, en.quietSeasonLength], 'g');
/** The rest of the year said to sell nothing (其余月份几乎没得, rest of the year nothing). */
export const REST_OF_YEAR_NONE = compile([zh.restOfYearNone, en.restOfYearNone], '');
export const SALES_THEN_ONLY = compile([zh.salesThenOnly, en.salesThenOnly], 'i');
/** The rest of the year said only to sell less, no figure (淡季就莫得几个, way less in winter): beside one season's sales no year (round 34). */
export const REST_OF_YEAR_LESS = compile([zh.restOfYearLess, en.restOfYearLess], '');
/** A sum said as half the sum before it: "half that in summer", 淡季只有一半 (pipeline/extract.ts quantities). */
export const HALF_OF_THAT = compile([zh.halfOfThat, en.halfOfThat], 'g');
/** A season of the year named (雨季, 旱季, 夏天; rainy season, summer): beside another season's sales, the other one. */
export const YEAR_SEASON = compile([zh.yearSeasons, en.yearSeasons], 'g');
/** A season of the trade's work named (采茶季, 收菌子的季节, tea picking season, harvest time): a time, no trade (round 21). */
export const WORK_SEASON = compile([zh.workSeason, en.workSeason], 'g');
/** The sale the loan waits for (等咖啡卖了就还, 交完烟就还, "till the beans are sold"): its goods name no trade (round 60). */
export const REPAID_AFTER_SOLD = compile([zh.repaidAfterSold, en.repaidAfterSold], 'g');
/** A sum said enough for what it will be used for (二十万就够了 拿来装修门面): the amount (zh/figures.ts enoughForUse). */
export const ENOUGH_FOR_USE = compile([zh.enoughForUse, en.enoughForUse], '', { before: String.raw`^\s*(?:`, after: ')' });
/** A sum said enough with nothing after it (50w左右就够了, "100k should be enough"): the amount (zh/figures.ts enoughAlone). */
export const ENOUGH_ALONE = compile([zh.enoughAlone, en.enoughAlone], '', { before: String.raw`^(?:`, after: ')' });
/** Money said needed with no sum (要一笔钱, "we need cash"): beside a season, working capital (season-words.ts, round 28). */
export const MONEY_NEEDED = compile([zh.moneyNeeded, en.moneyNeeded], 'i');
/** A season named, then its need right up to the sum (旺季要, "during the season we need about"): season-words.ts seasonNeed (round 32). */
export const SEASON_NEED_LEAD = compile([zh.seasonNeedLead, en.seasonNeedLead], 'i');
/** The worth of things owned said with no word of assets (round 28): assets-parts.ts. */
export const OWNED_WORTH = compile([zh.ownedWorth, en.ownedWorth], 'i');
/** One thing said had, then worth a sum (有个冷库 值两百来万, "we have a cold store worth 2m"): its span names no trade (round 29). */
export const THING_HAD = compile([zh.thingHad, en.thingHad], 'gi');
/** The hedges that may open a reply before its sum (大概五万, "about 600k"): zh/figures.ts sumOpensReply (pipeline/run.ts sumWithItsUse). */
export const SUM_OPENS_REPLY = compile([zh.sumOpensReply, en.sumOpensReply], '', {
  before: String.raw`^[\s,，。.]*(?:(?:`,
  after: String.raw`)[\s,，]*)*$`,
});
/** A wish to do something right before a sum, "about" between (想 renovate 一下教室 大概 25万): the amount (zh/figures.ts wishThenSum). */
export const WISH_THEN_SUM = compile([zh.wishThenSum, en.wishThenSum], '', { before: '(?:', after: String.raw`)$` });
/** The days the firm opens in a week, a month or a year (一个月开二十五天, open 6 days a week): see zh/figures.ts daysOpen. */
export const DAYS_OPEN = compile([zh.daysOpen, en.daysOpen], 'g');
/** A harvest or a half of the year named before its whole sales (春茶, 头茬, 上半年; spring tea, first harvest). */
export const HARVEST_NAMED = compile([zh.harvestNamed, en.harvestNamed], 'g');
/**
 * The other season's sales said as half or double the season's just said (淡季只有一半, 旺季翻倍, double that). A half said
 * as a sum of its own (淡季 half that, 只有一半: HALF_OF_THAT) is read by the seasons' pair instead (figures.ts otherSeasonShare).
 */
export const SEASON_SHARE_HALF = compile([zh.seasonShareHalf, en.seasonShareHalf], 'g');
export const SEASON_SHARE_DOUBLE = compile([zh.seasonShareDouble, en.seasonShareDouble], 'g');
/** Months selling double the rest, after a month's sales (double in september, 春节那个月翻一倍). */
export const MONTHS_DOUBLE = compile([zh.monthsDouble, en.monthsDouble], '');
/** When a head count was true: before (以前, used to) against now (现在就剩, down to) (zh/roles.ts staffBefore, staffNow). */
export const STAFF_BEFORE = compile([zh.staffBefore, en.staffBefore], 'g');
export const STAFF_NOW = compile([zh.staffNow, en.staffNow], 'g');
/** A year before last, and last year said after it (zh/roles.ts yearBeforeLast, lastYear): the later year's sales (figures.ts, round 36). */
export const YEAR_BEFORE_LAST = compile([zh.yearBeforeLast, en.yearBeforeLast], '');
export const LAST_YEAR = compile([zh.lastYear, en.lastYear], '');
/** Hands called in at busy times after a count said (zh/roles.ts handsCalledIn): the count is the regular staff (numbers.ts, round 37). */
export const HANDS_CALLED_IN = compile([zh.handsCalledIn, en.handsCalledIn], '');
/** This year so far (zh/roles.ts yearSoFar): a part year's sales beside a whole year's (figures.ts, round 37). */
export const YEAR_SO_FAR = compile([zh.yearSoFar, en.yearSoFar], '');
export const REGULAR_SEASON = compile([zh.regularSeason, en.regularSeason], 'g');
/** The days of the week a day's sales are said for (zh/figures.ts weekdays, weekend). */
export const WEEKDAYS = compile([zh.weekdays, en.weekdays], 'g');
export const WEEKEND = compile([zh.weekend, en.weekend], 'g');
/**
 * A staff word, then in its sentence a season word right before a count: "工人 农忙时候五十几个 平时十来个",
 * "工人 during harvest 30个", "20 个 seasonal workers, 常年的 only 4个".
 */
const SEASON_WORDS = alternation([zh.peakSeason, en.peakSeason, zh.regularSeason, en.regularSeason]);
// A staff word: 员工, 工人, "workers", "pickers".
const STAFF_WORD = String.raw`(?:员工|职工|雇员|工人|伙计|店员|人数|人员|\b(?:staffs?|workers?|employees?|pickers?))`;
// A sentence's characters (no sentence break).
const IN_SENTENCE = '[^.;。；!?！？]';
/**
 * A bare count right after a season word ("平时五个 忙的时候要请十来个"): with a busy and a regular
 * season both named, the counts are the firm's hands (staff.ts takes the regular one).
 */
export const SEASON_RIGHT_BEFORE = new RegExp(String.raw`(?:${SEASON_WORDS})\S{0,2}?\s*(?:有|是|就|才|要|请|只有|大概|差不多)?\s*$`);
export const BOTH_SEASONS = new RegExp(
  String.raw`^(?=[\s\S]*(?:${alternation([zh.peakSeason, en.peakSeason])}))(?=[\s\S]*(?:${alternation([zh.regularSeason, en.regularSeason])}))`,
);
export const SEASONAL_STAFF_BEFORE = new RegExp(
  String.raw`${STAFF_WORD}${IN_SENTENCE}{0,30}?(?:${SEASON_WORDS})\S{0,2}\s*(?:有|是|就|才|要|请|只有|大概|差不多|about|around|only|just)?\s*$`,
);
/**
 * A season's hands named by the hiring alone, no staff word: "农忙时候请三十几个 平时八个",
 * "摘葡萄那阵要请四十来个 平常就五个": a season word right before a verb of hiring, or a season word
 * after such a verb earlier in the sentence (the regular count beside the season's).
 */
// A season word, then hiring: 农忙时候请, 那阵要请.
const SEASON_THEN_HIRE = String.raw`(?:${SEASON_WORDS})\S{0,2}?(?:都|就|还|也|一般|会|再)?要?(?<![申邀宴])(?:请|雇|招)`;
// Hiring, then a season word: 请三十几个 平时.
const HIRE_THEN_SEASON = String.raw`(?<![申邀宴])(?:请|雇|招)(?![了过问你您])${IN_SENTENCE}{0,30}?(?:${SEASON_WORDS})\S{0,2}\s*(?:有|是|就|才|只有|只|也就|大概|差不多|only|just|about|around)?`;
export const SEASONAL_HIRE_BEFORE = new RegExp(String.raw`(?:${SEASON_THEN_HIRE}|${HIRE_THEN_SEASON})\s*$`);
/**
 * A count corrected, a staff word or role before the correction: "员工不是六个 我记错了 是十六个",
 * "工人说错了 是二十二个 不是十二个", "工人之前讲的 6个 不对 是 9个", "营业员不是七个 … 是十七个", "staff 不是 9 个", "employees not 8,
 * 是18个". Its 个 counts people.
 */
// A staff word or role: 人手, 营业员, "headcount", "cooks" (an English role whole: not the host of "hostel"; round 65).
// ...or 人 alone opening the phrase, said wrong (人说多了 其实就六个, 人报少了: round 24).
const STAFF_OR_ROLE = String.raw`(?:员工|职工|雇员|工人|伙计|店员|人数|人员|人手|(?:^|[\s,，])人(?=头?(?:说|讲|报|写|算|记|数|打))|\b(?:staffs?|workers?|employees?|people|headcount)|${alternation([zh.staffRoles])}|(?:${alternation([en.staffRoles])})(?![a-z]))`;
// A correction: 不是, 说错了, "not", "typo".
// ...and every word of a slip in a figure (scopes.ts correctionSlips: 讲岔了, 口误, "misspoke", "miscounted").
const CORRECTION = String.raw`(?:不是|没有|没得|莫得|不对|没得?(?:那么|这么)(?:多|高)|\bnot\b|\bwrong\b|(?:错|少|多)了|\bmistake|\btypo|${alternation([zh.correctionSlips, en.correctionSlips])})`;
export const CORRECTED_STAFF_BEFORE = new RegExp(String.raw`${STAFF_OR_ROLE}${IN_SENTENCE}{0,16}?${CORRECTION}${IN_SENTENCE}{0,14}?\s*$`);
/**
 * A bare count after a correction of the staff, the staff word before the correction or after it ("staff count was a
 * typo, 14", "wrong headcount, its 9", "not that many staff, just 9", "员工说错了 是12"): the count is people.
 */
export const CORRECTED_STAFF_BARE = new RegExp(
  String.raw`(?:${STAFF_OR_ROLE}${IN_SENTENCE}{0,24}?${CORRECTION}|${CORRECTION}${IN_SENTENCE}{0,16}?${STAFF_OR_ROLE})[^.;。；!?！？\d]{0,14}?(?:is|it['’]?s|its|just|only|we['’]?re|we are|there['’]?s|there are|是|就|只有|其实)?\s*$`,
);
/** A count, then a season word ("15 all year round", "up to 20 in the tourist season"), a staff word earlier in the sentence. */
export const SEASON_AFTER_COUNT = new RegExp(
  String.raw`^\s*(?:people\s+|staff\s+|workers?\s+|个人?\s*)?(?:${alternation([zh.peakSeason, en.peakSeason, zh.regularSeason, en.regularSeason])})`,
);
export const STAFF_WORD_IN_SENTENCE =
  /(?:员工|职工|雇员|工人|伙计|店员|人数|人员|\b(?:staffs?|workers?|employees?|pickers?|people|hire[sd]?|hiring|employ(?:s|ed)?))[^.;。；!?！？]*$/;
/** The owner working beside the staff counted (zh/roles.ts ownerWorks): one more head. */
export const OWNER_WORKS = compile([zh.ownerWorks, en.ownerWorks], 'g');
/** One of the family at a job of the firm beside the staff counted (zh/roles.ts familyWorks): one more head each. */
export const FAMILY_WORKS = compile([zh.familyWorks, en.familyWorks], 'g');
/** A role word ends where its word ends: "baker" is no role inside "bakery". */
// Nor a possessive, which names a thing ("20 drivers' uniforms", "a driver's licence").
// Nor what a role wears or holds (厨师服, 司机证, 厨师帽), though 厨师服务员 is two roles.
export const STAFF_ROLES = compile([zh.staffRoles, en.staffRoles], 'g', { before: '(?:', after: ")(?![a-z'’]|服(?!务)|证|帽)" });
/**
 * People named by the form of the word, with a head count beside it (zh/roles.ts, en/roles.ts
 * staffForms). Patterns, not words: no misspellings are spliced into them (a variant of 员工 would
 * undo the exception that names it). One per script, each run only on a text that has it.
 */
export const STAFF_FORMS_ZH = new RegExp(String.raw`(?:${zh.staffForms.join('|')})`, 'g');
export const STAFF_FORMS_EN = new RegExp(String.raw`(?:${en.staffForms.join('|')})(?![a-z'’])`, 'g');
/**
 * What may follow a role's head count right after it ("厨师两个人", "厨师两个都是本地的", "服务员八个，",
 * the next figure in run-on text: "加起来十五个一年营业额…"):
 * not a noun, which the count is of ("我是老师 两个孩子", "我是厨师 两个店"), unless a role starts there.
 */
// ...or a wish or a time that starts the next phrase (staff 九个 想借六百万, 员工 八个 现在想扩大; round 34).
export const AFTER_A_HEAD_COUNT =
  /^(?:[^\u4e00-\u9fff]|$|[人都也就才是的吧啊呢哈嘛啦哦了在加和跟还另再又不没以一二两三四五六七八九十几每]|左右|上下|想(?!法)|要(?!求|素|点)|需要|打算|准备|计划|现在|今年|去年|目前|平时|主要)/;
/** A form of a person's word that also names machines, foods and customers: a role only beside another. */
export const FORM_NEEDS_COMPANY = /(?:er|or)s?$/;
/** Before an -er/-or form's count, or after the form: words that make it a person (en/roles.ts formPeopleBefore, formPeopleAfter). */
export const FORM_PEOPLE_BEFORE = new RegExp(`(?:${en.formPeopleBefore.join('|')})$`);
export const FORM_PEOPLE_AFTER = new RegExp(`^(?:${en.formPeopleAfter.join('|')})`);

/** A person named with the owner, and a word for two of them (zh/roles.ts). */
export const HOUSEHOLD_ONE = compile([zh.householdOne, en.householdOne], 'g');
export const HOUSEHOLD_TWO = compile([zh.householdTwo, en.householdTwo], 'g');
/** Kin counted after whose they are ("my 2 sons", 我 两个 儿子): as many heads (extract.ts namedWithOwner). */
export const KIN_COUNT_AFTER_OWNER = String.raw`(?:(?<=\b(?:my|our)\s+)(?:[2-5]|two|three|four|five)\s+|(?<=我的?\s*)(?:[2-5]|[两三四五])\s*个\s*)`;
/** An in-law, spelt with hyphens or spaces after the English kin word: "my mother in law", "my father-in-law". */
const IN_LAW = String.raw`(?:(?<=[a-z])[- ]in[- ]law)?`;
const HOUSEHOLD_PERSON = String.raw`(?:我的?\s*|我家|一个|一位|(?:my|the|an?|one|his|her|our)\s+)?${KIN_COUNT_AFTER_OWNER}?(?:${alternation([zh.householdTwo, en.householdTwo])}|${alternation([zh.householdOne, en.householdOne])})(?:(?<=[a-z])s)?${IN_LAW}`;
/**
 * The owner and the spouse (两口子); only the owner and the people named with them: "就我和老板娘", "just me and my wife"; or the
 * owner alone, in English ("i do phone repair, just me"; 就我 is too common a phrase to count).
 */
export const COUPLE = compile([zh.couple, en.couple]);
/** Two partners, the owner and one named (zh/roles.ts partnersOfTwo): heads only beside the staff counted. */
export const PARTNERS_OF_TWO = compile([zh.partnersOfTwo, en.partnersOfTwo]);
/** The owner alone (就我一个, "i work alone", "a one-person business"): one head, whatever words it holds. */
export const OWNER_ALONE = compile([zh.ownerAlone, en.ownerAlone], '', { before: '^(?:', after: ')$' });
/** The owners as a family group with its count (一家三口, 两兄弟, "a family of four"). */
export const OWNERS_GROUP = compile([zh.ownersGroup, en.ownersGroup]);
/** The owner and one person named, counted as two ("我跟我老公两个", "我和老婆俩"): two heads, beside others hired. */
const COUNTED_PAIR = String.raw`我(?:和|跟|同)(?:我的?|我家)?(?:${alternation([zh.householdOne])})(?=\s*(?:两个人?|俩|两人))`;
/**
 * The owner and the people named, as a phrase of its own (after a break, before one): "noodle shop, me
 * n my wife", "my wife and me", "开米线的，我和我老婆": who works there, not who runs it ("my wife
 * and I run a guesthouse"); or before staff added to them ("my parents and me plus 4 hired hands").
 */
// A list of the owner and the people named, in any order ("my parents, me and my sister"): one the owner.
// In Chinese the people may follow each other with no joiner, each with its 我 (我爸我妈我, 我老公我).
/** Or only a space before the next one named, as chat lists them: "my dad my wife and me", "me my wife n my 2 sons", 我爸我妈 my sister. */
const SPACE_BEFORE_NAMED = String.raw`\s+(?=(?:my|our)\s|我)`;
const LIST_JOINER = String.raw`(?:\s*(?:,|、|and|&|n|\+|和|跟|同)\s*|${SPACE_BEFORE_NAMED}|(?=我))`;
const OWNER_LIST = String.raw`(?:${HOUSEHOLD_PERSON}${LIST_JOINER})+(?:\bme\b|\bmyself\b|\bi\b|我(?!的|家))(?:${LIST_JOINER}${HOUSEHOLD_PERSON})*`;
// A space after Chinese words is a break between phrases (小超市 我爸我妈我 再加一个收银员); in English it is none.
/** After a break: the start, a comma, "just", or Chinese words and a space. */
const PHRASE_START = String.raw`(?<=^|[,;]\s*|\b(?:just|only)\s|[\u4e00-\u9fff]\s+)`;
/** Before a break, or before staff added: the end, a comma, "plus", 还有, 请了. */
const PHRASE_END = String.raw`(?=\s*(?:$|[,.;!?]|plus\b|\+|加|还有|再加|另外|(?:还|又)?(?:请了?|雇了?|招了?)))`;
/** The owner first, then the people named: "me and my wife", "我和我老婆", the next joined by 还有 too (我和我老婆还有我兄弟). */
const OWNER_FIRST = String.raw`(?:me|myself|我)(?:(?:\s*(?:and|&|n|\+|和|跟|同)\s*|${SPACE_BEFORE_NAMED})${HOUSEHOLD_PERSON})(?:(?:\s*(?:and|&|n|\+|和|跟|同|还有|以及)\s*|${SPACE_BEFORE_NAMED})${HOUSEHOLD_PERSON})*`;
const OWNER_PAIR_ALONE = `${PHRASE_START}(?:${OWNER_FIRST}|${OWNER_LIST})${PHRASE_END}`;
/**
 * Staff counted apart from the owners ("3 staff besides us", "2 cooks apart from me", "除了我们两口子"):
 * the owners are heads beside them (OWNERS_NAMED says who "us" is).
 */
export const OWNERS_BESIDE = compile([zh.ownersBeside, en.ownersBeside], 'g');
/** The owner and the people named with them, with no "just": "my wife and i run a bakery", "me and my husband". */
const EN_HOUSEHOLD_ONE = alternation([en.householdTwo, en.householdOne]);
/** Anyone named with the owner, in either language: "my 老公 and me". */
const ANY_HOUSEHOLD = alternation([en.householdTwo, en.householdOne, zh.householdTwo, zh.householdOne]);
export const OWNERS_NAMED = new RegExp(
  [
    // "my wife and i", "my parents and me", mixed "my 老公 and me".
    String.raw`\b(?:my|our|the)\s*(?:${ANY_HOUSEHOLD})\s*(?:and|&|n)\s+(?:i|me)\b`,
    // "me and my husband"; the spouse bare, as chat writes it: "me & wife".
    String.raw`\b(?:i|me)\s+(?:and|&|n)\s+(?:(?:my|the)\s+(?:${EN_HOUSEHOLD_ONE})|wife|husband|hubby|missus)\b`,
    // The firm run with one of the family, after the verb of running it: "opened a grocery w/ my wife", "run it with my husband".
    String.raw`(?<=\b(?:run|runs|running|ran|opened|open|opens|started|start|own|owns|manage|manages|work|works|working)\b[^,.;!?]{0,50}?)\b(?:together with|along with|with|w/)\s+(?:my|the)\s+(?:${EN_HOUSEHOLD_ONE})\b`,
    // 我和我老婆, 我老婆和我, 我和我表哥 (kin beyond the household, with 我的 before them); mixed: 我和 my wife.
    // Spaced as mixed messages type it: 我 和 我弟, 我 和 my brother.
    String.raw`我\s*(?:和|跟|同)\s*(?:(?:我的?|我家)?(?:${alternation([zh.householdTwo, zh.householdOne])})|我的?(?:${alternation([zh.kinListed])}))`,
    String.raw`(?:我的?|我家)(?:${alternation([zh.householdTwo, zh.householdOne])})(?:和|跟|同)我(?!们|家)`,
    String.raw`我\s*(?:和|跟|同)\s*my\s+(?:${EN_HOUSEHOLD_ONE})\b`,
    // The owner left out as the subject, the clause starting with whom they run it with: 跟老伴种了八亩, 和我媳妇开了个修车铺.
    String.raw`(?<=^|[，,。;；]\s*)(?:和|跟|同)(?:我的?|我家)?(?:${alternation([zh.householdTwo, zh.householdOne])})(?=\s*(?:一起|一块)?\s*(?:开|做|种|养|搞|干|弄|跑|经营|守|看))`,
  ].join('|'),
  'g',
);
/** Not counted right after: 两口子 but not 两口子一共五个人; staff counted after is no count of theirs (我们两口子 三个工人). */
const NOT_COUNTED_AFTER = String.raw`(?!\s*(?:一共|总共|共|就|也就)?\s*[\d一二两三四五六七八九十几]+\s*(?:个|人)(?!\s*${STAFF_OR_ROLE}))`;
/** Words by which a couple leads the family: 带着, 领着, 和. */
const LEADING = '(?:带着?|带了|领着|和|跟|加上?|还有)';
/** The family led, named one after another: 儿子儿媳, 我的女儿、儿子. */
const FAMILY_LED = String.raw`(?:(?:我的?|我家|他们的?)?(?:${alternation([zh.householdTwo, zh.householdOne])})\s*(?:、|,|和|跟)?\s*)+`;
export const HOUSEHOLD = new RegExp(
  [
    // The owner alone, by the word lists; the owner and the people named as a phrase of its own.
    alternation([zh.ownerAlone, en.ownerAlone]),
    OWNER_PAIR_ALONE,
    // A couple and the family they lead, named with no count (老两口带着儿子儿媳, 夫妻俩带着女儿).
    String.raw`(?:我家|我们家?)?(?:${alternation([zh.couple])})${LEADING}\s*${FAMILY_LED}${NOT_COUNTED_AFTER}`,
    // A couple, not counted after: 我们两口子 (not 两口子一共五个人).
    String.raw`(?:我家|我们家?)?(?:${alternation([zh.couple, en.couple])})${NOT_COUNTED_AFTER}`,
    // The owners as a group counted: 我们一家三口, 就我们两兄弟, 母女俩 (not 两兄弟一共五个人).
    String.raw`(?:我家|我们家?)?(?:${alternation([zh.ownersGroup, en.ownersGroup])})${NOT_COUNTED_AFTER}`,
    // Just the owner and the people named: 就我和我老婆, "only me and my wife", the boss said to be the owner (老板就是我 还有我爹).
    // ...or the people named first: "just the wife and me", "only my mum and me".
    String.raw`(?:就是|就|只有|就只有|只|光|\bjust\s+|\bonly\s+)\s*(?:(?:我自己|我|me|myself)(?:\s*(?:和|跟|加上|加|还有|同|、|,|and|&|n|plus)?\s*${HOUSEHOLD_PERSON})+|(?<=\b(?:just|only)\s+)(?:${OWNER_LIST}))`,
    // Just the owner: "just me" (not "just me and ...").
    String.raw`\b(?:just|only) me(?: myself)?\b(?!\s*(?:and|&|n|plus)\b)`,
    COUNTED_PAIR,
  ].join('|'),
  'g',
);

/**
 * A list of the people at work named one by one, the owner, the family and anyone the message is about
 * (我爸我妈还有我, 我、我老婆、我妈, 就他跟我妈, "my mom, my 2 sisters and me", 我跟 my wife): each a head,
 * kin counted before their word as many (两个姐姐, "my 2 sisters"), a couple two. Read as heads only
 * beside staff counted (pipeline/people-listed.ts).
 */
const KIN_COUNTED = String.raw`(?:(?:[两三四五俩仨]个?|[2-5]\s*个)\s*|(?:[2-5]|two|three|four|five)\s+(?:of\s+my\s+)?)`;
const HANDS_NAMED = new Set([...zh.handsNamedWithOwner, ...en.handsNamedWithOwner]);
const KIN_WORD = alternation([
  zh.kinListed,
  en.kinListed,
  zh.householdTwo,
  en.householdTwo,
  zh.householdOne.filter((w) => !HANDS_NAMED.has(w)),
  en.householdOne.filter((w) => !HANDS_NAMED.has(w)),
]);
/** Whose the kin are: mine, ours, or of one named before in the list ("me, my wife and her brother"). */
const POSSESSIVE = String.raw`(?:我的?\s*|我家|(?:my|our|the|her|his|their)\s+)`;
/** Kin by their rank or 老 (二哥, 大姐, 老姨, 小舅): the rank is no count. */
const KIN_RANK = '(?:(?:[二三四五六]|大|小|老)(?=[哥姐弟妹叔舅姨姑伯婶]))';
/**
 * A hand named bare right after the owner and a joining word, as one of the pair (就我和徒弟两个人, 我跟伙计俩: round 29, fix29b):
 * a list item, so the count after it counts the pair, not the hands (两个徒弟, 徒弟两个 alone stay staff by role).
 */
const HAND_WITH_OWNER = String.raw`(?<=我\s*(?:和|跟|同)\s*)(?:${alternation([zh.handsNamedWithOwner])})`;
/**
 * Partners who are not kin, counted right after the owner and before the partnership's word (我和两个老乡合伙, 我跟三个朋友一起合伙:
 * round 30): a list item of that many heads, the owners (pipeline/people-listed.ts partnersAfter). The end of the text too: the
 * list's own text is read again item by item, cut before the partnership's word.
 */
const PARTNERS_COUNTED = String.raw`(?<=我\s*(?:和|跟|同)\s*)${KIN_COUNTED}(?:${alternation([zh.partnerWords, en.partnerWords])})(?=\s*(?:一起|一块儿?)?\s*(?:合伙|合开|合办|搭伙|合股)|$)`;
const KIN_ITEM = String.raw`(?:${POSSESSIVE}?${KIN_COUNTED}?${KIN_RANK}??(?:${KIN_WORD})|${POSSESSIVE}(?:${alternation([zh.handsNamedWithOwner, en.handsNamedWithOwner])})|${HAND_WITH_OWNER}|${PARTNERS_COUNTED})`;
// Not "the two of us" in English: said after the people listed, it counts them again (GROUP_AFTER_LIST).
const COUPLE_ITEM = String.raw`(?:我们|我家)?(?:${alternation([zh.couple])})`;
/** The owners or the family as a group counted (一家三口, 三个合伙人, 家里三个人, "a family of four"): as many heads. */
const GROUP_ITEM = String.raw`(?:我们|就)?(?:${alternation([zh.familyCounted, en.familyCounted, zh.ownersGroup, en.ownersGroup])})`;
/** Not a word counted (1个伙计, "a helper"): that is staff by role. */
const NOT_COUNTED_BEFORE = String.raw`(?<![\d个名位俩仨])(?<!\b(?:an?|one|two|three|four|five)\s)`;
/** Each one named counted one by one (我一个 我侄女一个): the 一个 after them is theirs, no more heads. */
const ONE_EACH = String.raw`(?:(?<=我|[\u4e00-\u9fff]{2})一个(?![月年天日号星礼小钟季度周期次回遍台辆人的]))?`;
const PERSON_ITEM = String.raw`(?<![a-z])${NOT_COUNTED_BEFORE}(?:${GROUP_ITEM}|${COUPLE_ITEM}|${KIN_ITEM}|${alternation([zh.ownerListed, en.ownerListed, zh.otherListed, en.otherListed])})${ONE_EACH}(?![a-z'’的们])`;
/** The words joining the people listed, in either language. */
export const PEOPLE_JOINER = String.raw`\s*(?:${alternation([zh.peopleJoiners, en.peopleJoiners])})\s*`;
/** Kin named one after another with nothing between (公公婆婆, 儿子儿媳, 我爸我妈我): each its own item. */
const KIN_NEXT = String.raw`(?=我|${KIN_WORD})`;
export const PEOPLE_LIST = new RegExp(String.raw`${PERSON_ITEM}(?:(?:(?:${PEOPLE_JOINER})+|\s+|${KIN_NEXT})${PERSON_ITEM})*`, 'g');
/** One person of such a list. */
export const PERSON_LISTED = new RegExp(PERSON_ITEM, 'g');
/** A couple in the list: two heads. */
export const COUPLE_LISTED = new RegExp(`^${COUPLE_ITEM}$`);
/** A group counted in the list: its own count. */
export const GROUP_LISTED = new RegExp(`^${GROUP_ITEM}$`);
/** Two heads in one word (爸妈, parents). */
export const TWO_LISTED = new RegExp(String.raw`(?:${alternation([zh.householdTwo, en.householdTwo])})$`);
/** Hiring between the people listed and the staff: 另外请了, 还雇了, 请的, 长期请了, "we hired", "also have". */
const HIRING_AFTER_LIST = String.raw`\s*(?:长期|常年|平时|平常|固定)?(?:另外|还|又|再|也)?(?:请了?|雇了?|招了?|有)\s*(?:请的|雇的)?|\s*(?:also\s+)?(?:we\s+)?(?:have|hired?|got|employ)\s+|\s*(?:请的|雇的)`;
const BESIDES_THAT = String.raw`\s*,?\s*(?:besides(?: that)?|on top of that|apart from that)\s*`;
/**
 * Between the people listed and the staff counted after them: a joining word, hiring (另外请了, "we hired"),
 * "besides that" (家里三个 再加上请的, "my sister and i, besides that 2 cleaners").
 */
export const STAFF_AFTER_LIST = new RegExp(
  String.raw`^(?<joiner>(?:${PEOPLE_JOINER})+|${BESIDES_THAT})?(?<hired>${HIRING_AFTER_LIST})?\s*`,
);
/**
 * Another count joined to a head count by a word of adding (总共是两个小工和4个服务员, 总共五个月嫂外加仨打杂的, "in total 4
 * cooks plus 2 drivers"): a total word before the first count is over them all, not that count's (figures.ts).
 */
export const COUNT_JOINED_AFTER =
  /^[^\s\d，,。.;；!?！？、]{0,5}?\s*(?:和|跟|再?加上?|外加|还有|\+|&|\bplus\b|\band\b)\s*(?:\d|[一二两三四五六七八九十几俩仨]|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten)\b)/;
/** The owner running the firm with the people listed after it (en/roles.ts ownerRunsWith): one head more. */
export const OWNER_RUNS_WITH = new RegExp(`(?:${en.ownerRunsWith.join('|')})\\s*$`);
/** The owner speaking as one (en/roles.ts oneOwnerRuns): "i run", not "we run" nor "my wife and i run". */
export const ONE_OWNER = new RegExp(en.oneOwnerRuns.join('|'));
/** A word of a person's form after a count added to the people listed ("me and my wife + three carvers"). */
export const PERSON_FORM_WORD = new RegExp(en.PERSON_FORM_WORD);
/** The owner alone as "i" (en/roles.ts ownerAsSubject): a list of one such is none. */
export const OWNER_AS_SUBJECT = compile([en.ownerAsSubject], '', { before: '^(?:', after: ')$' });
/** A staff word right after a count: the staff's count, not the people listed counted again ("me and my wife, 5 staff"). */
export const STAFF_WORD_AFTER = /^\s*(?:staff|employees|workers|hands|员工|工人|职工|伙计|店员|雇员)/;
/** A joining word right before the people listed, after staff counted ("两个保洁 还有我自己", "4 waiters and me"). */
export const STAFF_BEFORE_LIST = new RegExp(`(?:${PEOPLE_JOINER})$`);

/** The money owed named as a service's fees, in either language (run.ts, feesOwed; round 35, corpus convention 219). */
export const SERVICE_FEES_OWED = new RegExp(`${SERVICE_FEES_NAMED.source}|${SERVICE_FEES_NAMED_EN.source}`);
/** Goods' money named as what is owed, in either language: a goods debt, whatever fee is named beside it (run.ts, feesOwed). */
export const GOODS_MONEY_NAMED = new RegExp(`${GOODS_MONEY_OWED.source}|${GOODS_MONEY_OWED_EN.source}`);
