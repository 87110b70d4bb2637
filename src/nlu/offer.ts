// The terms of a loan offer as the owner states them: "借10万，每月还9000，还12个月", "月息1.5分",
// "日息万五", "手续费2%先扣", "borrow 100k, repay 9,333 a month for 12 months", "2% a month".
// Reads a normalized message into the knowledge module's OfferTerms; the cost is computed there
// (knowledge/cost.ts). A sum and a term alone are no offer: they are the firm's own need.

import { LPR, type OfferTerms } from '../knowledge/cost';
import { FIRM_AGE_BEFORE, LICENSED_LENDER, MONTHLY_ASKED } from './lexicon';
import { TOTAL_WORD_EN } from './lexicon/en/commands';
import { EN_IMPOSTOR, EN_OFFER } from './lexicon/en/questions';
import { SPLIT_INTO_AFTER, ZH_IMPOSTOR, ZH_OFFER } from './lexicon/zh/questions';
import { preceding, type Quantity } from './numbers';
import { parseChineseNumeral } from './numerals';
import { COST_ASKED_AFTER, COST_ASKED_BEFORE_EN, inOrRightAfter, thingsCounted } from './pipeline/figures';
import { allMatches, firstMatch } from './pipeline/match';
import { overlaps } from './pipeline/mention';

type Amount = Extract<Quantity, { kind: 'money' | 'number' }>;

const PER_UNIT = /^(?:a|per|each|every) (?:month|day|year)$/;
/** "9,333 a month", "2% per month", "7k a month": a unit of a figure just before it, not the term ("over a year" is). */
function perUnit(text: string, q: Quantity): boolean {
  const unit = text.slice(q.start, q.end);
  if (!PER_UNIT.test(unit)) return false;
  // ...a sum with its letter before a month ("7k a month"); before a year it may be a total's term ("repay 200k a year").
  return (
    /[\d%]\s*$/.test(preceding(text, q.start, 3)) || (unit.endsWith('month') && /\d\s*(?:k|w|m)\s*$/.test(preceding(text, q.start, 8)))
  );
}

/**
 * The month an instalment is paid in, said right before it (一个月还一万二, 一个月大概还八千): the instalment's period, not the term
 * (round 28, fix28c; a term said beside it, 还一年, still is).
 */
function instalmentsMonth(text: string, q: Quantity, instalment: Quantity | undefined): boolean {
  if (instalment === undefined || q.value !== 1 || q.end > instalment.start) return false;
  return /^\s*(?:大概|大约|差不多)?\s*(?:要|得|需要)?\s*(?:还|还款|付|交|供)/.test(text.slice(q.end, instalment.start));
}

/** How far before a figure its cue may start ("每月还" + a space). */
const CUE_WINDOW = 10;

function num(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  // "1,500": thousands written with commas.
  const value = /^\d/.test(raw) ? Number(raw.replaceAll(',', '')) : parseChineseNumeral(raw);
  return value !== undefined && Number.isFinite(value) ? value : undefined;
}

function before(text: string, q: Quantity): string {
  return preceding(text, q.start, CUE_WINDOW);
}

type RatePeriod = 'daily' | 'monthly' | 'annual';

/** What the lenders' 分 is worth in percent for each period: 年息1分 = 10%, 月息1分 = 1%, 日息1分 = 0.1%; a 厘 is a tenth of it. */
const FEN_PCT: Readonly<Record<RatePeriod, number>> = { daily: 0.1, monthly: 1, annual: 10 };

/** A rate's value inside its match: a share, a percentage, or 分 (with a tenth after it) and 厘, in either language. */
// A rate's number, in digits or Chinese: 1.5, 三点五.
const RATE_NUMBER = String.raw`\d+(?:\.\d+)?|[一二两三四五六七八九十]+(?:点[零一二三四五六七八九]+)?`;
// A share of ten thousand, a thousand or a hundred: 万分之三点五, 万五.
const RATE_SHARE = String.raw`(?<share>万分之|千分之|百分之|万)\s*(?<sv>${RATE_NUMBER})`;
// A number and its unit, with 分's tenth after it: 1.5%, 八厘, 1分5.
const RATE_UNIT = String.raw`(?<num>${RATE_NUMBER})\s*(?<unit>%|个百分点|个点|percent|per cent|pct|points?|分(?!${SPLIT_INTO_AFTER})|fen|厘|li)\s*(?<tail>[一二三四五六七八九]|[1-9](?![\d.%]))?`;
const RATE_READING = new RegExp(`${RATE_SHARE}|${RATE_UNIT}`);

/** The number that ends a rate said without a unit ("年息9", "apr 24"). */
const BARE_RATE_READING = new RegExp(String.raw`(?<num>${RATE_NUMBER})\s*$`);

const SHARE_PCT: Readonly<Record<string, number>> = { 万分之: 0.01, 万: 0.01, 千分之: 0.1, 百分之: 1 };

/** The percentage a rate's words give for its period ("万分之三点五" a day = 0.035, "八厘" a month = 0.8, "1分5" = 1.5, "七厘五" = 0.75). */
function ratePct(words: string, period: RatePeriod): number | undefined {
  const m = RATE_READING.exec(words)?.groups;
  // A bare number after the rate's name (年化18, "apr 24"): a percent.
  if (!m) return num(BARE_RATE_READING.exec(words)?.groups?.num);
  if (m.share !== undefined) {
    const value = num(m.sv);
    return value === undefined ? undefined : round4(value * (SHARE_PCT[m.share] ?? 1));
  }
  const value = num(m.num);
  if (value === undefined) return undefined;
  if (m.unit === '分' || m.unit === 'fen') return round4((value + (num(m.tail) ?? 0) / 10) * FEN_PCT[period]);
  // 七厘五: seven and a half 厘 (the tenth after 厘 is its own tenth, as after 分).
  if (m.unit === '厘' || m.unit === 'li') return round4(((value + (num(m.tail) ?? 0) / 10) * FEN_PCT[period]) / 10);
  return value;
}

function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

const RATES: Readonly<Record<RatePeriod, readonly RegExp[]>> = {
  daily: [ZH_OFFER.dailyRate, EN_OFFER.dailyRate],
  monthly: [ZH_OFFER.monthlyRate, EN_OFFER.monthlyRate],
  annual: [ZH_OFFER.annualRate, EN_OFFER.annualRate],
};

/**
 * Growth, a margin or a return earned around a rate: no charge on a loan ("sales grow 5% per month"); nor a share paid down
 * (首付 20% monthly 5200: the down payment, then the instalment).
 */
function notCharged(text: string, start: number, end: number): boolean {
  return (
    EN_OFFER.notChargedBefore.test(preceding(text, start, 40)) ||
    EN_OFFER.notChargedAfter.test(text.slice(end)) ||
    ZH_OFFER.downPaymentBefore.test(preceding(text, start, CUE_WINDOW))
  );
}

/**
 * A yearly rate said as the LPR and a spread ("LPR加50个基点", "LPR + 80bp"): the LPR the knowledge
 * module holds (with its date) plus the spread, a basis point a hundredth of a percentage point.
 */
function lprRate(text: string): (Span & { pct: number }) | undefined {
  for (const re of [ZH_OFFER.lprSpread, EN_OFFER.lprSpread]) {
    const m = re.exec(text);
    const value = num(m?.groups?.num);
    if (m === null || value === undefined) continue;
    const points = /基点|bp|basis/.test(m.groups?.unit ?? '') ? value / 100 : value;
    const sign = /^(?:-|减|下|minus)/.test(m.groups?.sign ?? '') ? -1 : 1;
    return { pct: round4(LPR.ratePct + sign * points), start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

/** A stated rate of one period, in percent, with the span of its words. */
function rate(text: string, period: RatePeriod, skip: readonly (Span | undefined)[]): (Span & { pct: number }) | undefined {
  if (period === 'annual') {
    const spread = lprRate(text);
    if (spread !== undefined) return spread;
  }
  for (const re of RATES[period]) {
    // A rate not charged on the loan (a guarantor's fee, a deposit's return) passes to the next one said (round 57).
    for (const m of allMatches(re, text)) {
      // ...nor one inside `skip` (the guarantor's share readOffer read: 'a guarantor wants 1% a year' is no yearly rate of the loan;
      // a monthly fee, 担保费每月0.3%, no monthly rate: round 60).
      if (notCharged(text, m.start, m.end) || skip.some((s) => s !== undefined && overlaps(m, s))) continue;
      const pct = ratePct(m.text, period);
      if (pct !== undefined) return { pct, start: m.start, end: m.end };
    }
  }
  return undefined;
}

const UNIT: Readonly<Record<string, number>> = { 万: 10_000, w: 10_000, 千: 1_000, k: 1_000 };
/** The units of a share: %, 个点, "percent", "points". */
const PERCENT_UNIT = /^(?:%|个点|percent|per cent|pct|points?)$/;

/** Interest only said before a sum: the sum paid back after it is the principal. */
const INTEREST_ONLY_BEFORE = /\binterest[- ]only\b|先息后本|只还利息/i;

/** Summed with what else is paid: 加起来, 一共, 总共, 合起来, "in total", "altogether", "all in" (round 46). */
// ...or the total asked ("adds another 2% a year on top, whats the total per year"; round 55, convention 548).
// ...加进去, or the total asked per year ("…another 2% a year. total cost per year?"; round 58, convention 704).
export const FEE_ADDED = new RegExp(
  String.raw`加起来|加上|加进去|算进去|一共|总共|合起来|合计|\bin total\b|\baltogether\b|\ball in\b|\bcombined\b|${TOTAL_WORD_EN}`,
);

/**
 * A guarantee company's yearly fee as a share of the loan (担保费一年两个点, 担保公司收一个半点, "the guarantee company wants another 1.5% a
 * year"; round 58, convention 709): the share, added to the loan's cost; none for a month's share (a monthly fee, monthlyFee).
 */
function guarantorShare(text: string): (Span & { pct: number }) | undefined {
  for (const re of [ZH_OFFER.guarantorShare, EN_OFFER.guarantorShare]) {
    const m = re.exec(text);
    if (m === null || /每个?月|一个月|\bmonth/.test(m[0])) continue;
    // 一个半点, 两个半点: the points and a half.
    const half = /个半点/.test(m[0]) ? 0.5 : 0;
    const pct = ratePct(half ? m[0].replace('个半点', '个点') : m[0], 'annual');
    if (pct !== undefined && pct > 0) return { pct: pct + half, start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

/** A rate told, of any period (日息万五, "4.9% a year", "0.03% a day"). */
function rateTold(text: string): boolean {
  return Object.values(RATES).some((res) => res.some((re) => re.test(text)));
}

/** Two rates told or more, each lender's (webank 0.03% a day or the county bank at 4.9% a year). */
export function ratesTold(text: string): boolean {
  return Object.values(RATES).flatMap((res) => res.flatMap((re) => allMatches(re, text))).length >= 2;
}

/** A loan spoken of: its words, a sum approved or given, a lender named, or a rate charged ("got us 400k at 5% a year"). */
function loanSpoken(text: string): boolean {
  if (ZH_OFFER.loanWords.test(text) || EN_OFFER.loanWords.test(text) || EN_OFFER.termsGiven.test(text) || licensedLender(text)) return true;
  return rateTold(text);
}

/**
 * A fee or a rate of collecting payments (POS机手续费0.6%, 刷卡机费率千分之六, "the card machine takes 0.6%"; round 37, fix37e, corpus
 * convention 308), no loan named: the payment company's price, no loan offer.
 */
export function collectionFeeOnly(text: string): boolean {
  if (!ZH_OFFER.collectionFee.test(text) && !EN_OFFER.collectionFee.test(text)) return false;
  return !ZH_OFFER.loanNamed.test(text) && !EN_OFFER.loanNamed.test(text);
}

/** A price of collecting said beside collecting named, no loan: its cost asked; `purpose` false for a wallet's withdrawal. */
export function collectionPriced(text: string): { purpose: boolean } | undefined {
  if (!collectionFeeOnly(text)) return undefined;
  if (!ZH_OFFER.collectionPrice.test(text) && !EN_OFFER.collectionPrice.test(text)) return undefined;
  return { purpose: !ZH_OFFER.withdrawal.test(text) && !EN_OFFER.withdrawal.test(text) };
}

/** A fee as a share ("手续费2%") or in yuan ("服务费3000"), with the span it covers. */
function fee(text: string): { pct?: number; yuan?: number; start: number; end: number } | undefined {
  for (const re of [ZH_OFFER.fee, EN_OFFER.fee]) {
    const m = firstMatch(re, text);
    if (!m?.groups) continue;
    const value = num(
      m.groups.num ?? m.groups.num2 ?? m.groups.num3 ?? m.groups.num4 ?? m.groups.num5 ?? m.groups.num6 ?? m.groups.num7 ?? m.groups.num8,
    );
    const unit = m.groups.unit ?? m.groups.unit2 ?? m.groups.unit3 ?? m.groups.unit4 ?? m.groups.unit5 ?? m.groups.unit6 ?? m.groups.unit8;
    if (value === undefined) continue;
    const span = { start: m.index, end: m.index + m[0].length };
    // What a loan is sold with (保险, 会员费) is its fee only where a loan is spoken of: the firm's own insurance is none.
    const soldWith = ZH_OFFER.soldWith.test(m[0]) || EN_OFFER.soldWith.test(m[0]);
    if (soldWith && !loanSpoken(text)) continue;
    // A share (千分之五, 2%, 三个点, "3 percent", "2 points") or a sum of yuan (3000, 5千, 5k).
    const share = m.groups.share ?? m.groups.share2;
    if (share !== undefined) return { pct: round4(value * (SHARE_PCT[share] ?? 1)), ...span };
    if (unit !== undefined && PERCENT_UNIT.test(unit)) return { pct: value, ...span };
    return { yuan: value * (unit ? (UNIT[unit] ?? 1) : 1), ...span };
  }
  return undefined;
}

/** The phrase of interest said in yuan for a period (一个月利息一百五, "interest is 1500 a month"), in either language. */
function interestPhrase(text: string): RegExpExecArray | null {
  return ZH_OFFER.yuanInterest.exec(text) ?? EN_OFFER.yuanInterest.exec(text);
}

/**
 * Interest said in yuan for a day, a month or a year beside a sum (一万块钱一天利息三块, 借一万一个月利息一百五, 贷款15万 一年
 * 利息要七千五), its phrase `m` (interestPhrase): the rate is the yuan over the largest sum outside the phrase, in percent,
 * with the phrase's span.
 */
function yuanInterest(m: RegExpExecArray | null, amounts: readonly Amount[]): (Span & { pct: number; period: RatePeriod }) | undefined {
  const g = m?.groups ?? {};
  const said = num((g.num ?? g.num2 ?? g.num3)?.replace(/,/g, ''));
  if (m === null || said === undefined) return undefined;
  const yuan = said * ((g.unit ?? g.unit2 ?? g.unit3) === 'k' ? 1000 : 1);
  const start = m.index;
  const end = start + m[0].length;
  const principal = amounts
    .filter((q) => q.start < start || q.start >= end)
    .reduce<Amount | undefined>((best, q) => (best === undefined || q.value > best.value ? q : best), undefined);
  // A period's interest of a tenth of the sum or more is a lender's price too (借一万 一个月利息一千: 10% a month, round 25), but
  // not the whole sum or more (then the sum beside it is no principal).
  if (principal === undefined || principal.value < 1000 || yuan >= principal.value) return undefined;
  const per = g.per ?? g.use ?? g.per2 ?? g.per3 ?? '';
  const period: RatePeriod = /天|日|day/.test(per) ? 'daily' : /年|year|annual/.test(per) ? 'annual' : 'monthly';
  return { pct: round4((yuan / principal.value) * 100), period, start, end };
}

function monthlyFee(text: string): (Span & { pct: number }) | undefined {
  const m = ZH_OFFER.monthlyFee.exec(text) ?? EN_OFFER.monthlyFee.exec(text);
  const pct = num(m?.groups?.num ?? m?.groups?.num2);
  return m === null || pct === undefined ? undefined : { pct, start: m.index, end: m.index + m[0].length };
}

/** The words that name what a sum is: before it (Chinese, English) or right after it (English). */
interface SumWords {
  zhBefore: RegExp;
  enBefore: RegExp;
  enAfter: RegExp;
}
const RECEIVED_WORDS: SumWords = {
  zhBefore: ZH_OFFER.receivedBefore,
  enBefore: EN_OFFER.receivedBefore,
  enAfter: EN_OFFER.receivedAfter,
};
/** The cash given short with no word of its arriving (借五万 实际就给了四万六, "borrowed 50k, got 46k"). */
const GIVEN_SHORT_WORDS: SumWords = {
  zhBefore: ZH_OFFER.givenShortBefore,
  enBefore: EN_OFFER.givenShortBefore,
  enAfter: /(?!)/,
};
const DOWN_PAYMENT_WORDS: SumWords = {
  zhBefore: ZH_OFFER.downPaymentBefore,
  enBefore: EN_OFFER.downPaymentBefore,
  enAfter: EN_OFFER.downPaymentAfter,
};

/** Whether the words name the sum: "到手9万", "actually get 76,000", "92k in hand". */
function namedBy(text: string, q: Quantity, words: SumWords): boolean {
  return words.zhBefore.test(before(text, q)) || words.enBefore.test(preceding(text, q.start, 24)) || words.enAfter.test(text.slice(q.end));
}

/** Every place the takings are named (ZH_OFFER.takings, compiled once for matchAll). */
const TAKINGS_EVERY = new RegExp(ZH_OFFER.takings.source, 'g');

/** Whether the takings are named before the sum, with no word of a loan between them: what reaches the hand is their profit. */
function ofTakings(text: string, q: Quantity): boolean {
  const head = text.slice(0, q.start);
  let last = -1;
  for (const m of head.matchAll(TAKINGS_EVERY)) last = m.index ?? last;
  return last >= 0 && !ZH_OFFER.loanWords.test(head.slice(last));
}

/** The down payment's share of the price, in percent ("首付20%", "首付三成", "30% down"). */
function downPaymentPct(text: string): number | undefined {
  const zh = ZH_OFFER.downPaymentShare.exec(text)?.groups;
  if (zh?.pct !== undefined) return num(zh.pct);
  if (zh?.pctcn !== undefined) return num(zh.pctcn);
  if (zh?.cheng !== undefined) return (num(zh.cheng) ?? 0) * 10;
  const en = EN_OFFER.downPaymentShare.exec(text)?.groups;
  return num(en?.pct ?? en?.pct2);
}

/** The sum financed: the price less the down payment said, as a sum or a share (below the whole price). */
function financed(price: number, downSum: number | undefined, downPct: number | undefined): number {
  if (downSum !== undefined && downSum < price) return price - downSum;
  if (downPct !== undefined && downPct > 0 && downPct < 100) return Math.round(price * (1 - downPct / 100));
  return price;
}

interface Span {
  start: number;
  end: number;
}

/** A rate's number right after a sum's place ("monthly 1.5%"): the figure is the rate's. */
const RATE_AFTER = /^\s*(?:%|percent\b|pct\b)/;

/**
 * A sum repaid each day and the days it runs (借三万 每天还三百 还一百二十天): the daily sum, and the total it comes to
 * when the days are said.
 */
function dailyPayment(text: string, amounts: readonly Amount[]): { sum: Amount; total?: number } | undefined {
  const sum = amounts.find((q) => ZH_OFFER.dailyPaymentBefore.test(before(text, q)));
  if (sum === undefined) return undefined;
  const days = num(ZH_OFFER.daysSaid.exec(text.slice(sum.end))?.groups?.num);
  return { sum, total: days !== undefined && days > 1 ? sum.value * days : undefined };
}

/** Interest for a year as a share in 成 (一年给他一成的利息): a tenth a 成, the year the rate's period, not the term. */
function yearlyShare(text: string): (Span & { pct: number }) | undefined {
  const m = ZH_OFFER.yearlyShare.exec(text);
  const cheng = num(m?.groups?.cheng);
  if (m === null || cheng === undefined) return undefined;
  return { pct: cheng * 10, start: m.index, end: m.index + m[0].length };
}

/** The words for a monthly repayment, every match of them (compiled once). */
const MONTHLY_REPAYMENT: readonly RegExp[] = [ZH_OFFER.monthlyRepayment, EN_OFFER.monthlyRepayment].map(
  (re) => new RegExp(re.source, `${re.flags}g`),
);

/**
 * Whether the offer is repaid monthly: words for it outside a stated rate ("1.2% per month",
 * "monthly interest 2%" name the rate's period, not how the loan is repaid).
 */
function repaidMonthly(text: string, rateSpans: readonly Span[]): boolean {
  // The monthly payment asked (每个月还多少, "whats the monthly payment") is the owner's question, not the lender's terms (round 21,
  // convention 3): its words say nothing of how the loan is repaid.
  const asked = Array.from(text.matchAll(MONTHLY_ASKED_ALL), (m) => ({ start: m.index, end: m.index + m[0].length }));
  const outside = (spans: readonly Span[], m: RegExpMatchArray & { index: number }) =>
    !spans.some((r) => m.index >= r.start && m.index + m[0].length <= r.end);
  return MONTHLY_REPAYMENT.some((re) => Array.from(text.matchAll(re)).some((m) => outside(rateSpans, m) && outside(asked, m)));
}

/** The monthly repayment asked, every match (compiled once). */
const MONTHLY_ASKED_ALL = new RegExp(MONTHLY_ASKED.source, `${MONTHLY_ASKED.flags.replace('g', '')}g`);

/**
 * One month right before the repayment asked (月息1分，一个月还多少) or after it ("2% a month, how much
 * a month?"), or a month or a year a rate is asked for (日息万五 一年算下来好多): the period asked, not the loan's term. `shorterRate`: a
 * day's or a month's rate was read (readOffer's own reading, not read again here).
 */
function periodAsked(text: string, q: Quantity, shorterRate: boolean): boolean {
  if (q.value !== 1 && q.value !== 12) return false;
  // A span repaid or borrowed over (还12个月 算下来年化好多, 借一年): the loan's term, whatever is asked after it.
  const before = text.slice(0, q.start);
  if (ZH_OFFER.termVerbBefore.test(before)) return false;
  // A month or a year a rate is asked for (日息万五 一年算下来好多, "0.05% a day, how much is that a year"); not a year before the annual
  // rate itself asked (每月还四千六 一年 算下来年化多少: the year is the term; round 46).
  const askedAfter = ZH_OFFER.periodAskedAfter.exec(text.slice(q.end));
  if (
    (askedAfter !== null && !/年化|年息|年利率/.test(askedAfter[0])) ||
    ZH_OFFER.periodAskedBefore.test(before) ||
    EN_OFFER.periodAskedBefore.test(before)
  ) {
    return true;
  }
  // ...or the interest over a year asked beside a day's or a month's rate (日息万五 一年下来要出好多利息; round 58, convention 701).
  if (q.value === 12 && shorterRate && ZH_OFFER.interestOverPeriod.test(text.slice(q.end))) return true;
  return q.value === 1 && (COST_ASKED_AFTER.test(text.slice(q.end)) || COST_ASKED_BEFORE_EN.test(text.slice(0, q.start)));
}

/** Takings named right after a sum (每个月 1m 左右的 sales, 一个月十万的流水): the firm's sales, no instalment. */
const TAKINGS_AFTER = /^\s*(?:左右|上下|多|来|around|or so)?\s*(?:的)?\s*(?:sales|revenue|turnover|income|流水|营业额|销售额|营收|收入)/;

/** The firm's own sales said right before the sum (我们开五金店的 一年卖两百来万 网商给了十万额度): not the sum lent. */
function firmSales(text: string, q: Quantity): boolean {
  return ZH_OFFER.takingsBefore.test(before(text, q)) || EN_OFFER.takingsBefore.test(preceding(text, q.start, 24));
}

/** The period of the firm's own sales (一年卖两百来万, 一年流水): not the loan's term. */
function salesPeriod(text: string, q: Quantity): boolean {
  return ZH_OFFER.salesAfterPeriod.test(text.slice(q.end, q.end + 8));
}

/** Interest only along the way, the principal at the end (先息后本, 按月付息, "interest only", "interest-only"; round 60). */
const INTEREST_ONLY = /先息后本|按月付息|\binterest[- ]only\b/i;

/** The owner's own wish or question about a way of repaying (我们想等额本息还 分24期 行不行, 打算先息后本): no lender's terms. */
const WAY_WISHED = /想|打算|准备|希望|能不能|可不可以|行不行|得不得|合适|合不合适/;

/**
 * A fee's own period right after its name (担保费一年要两个点 加上银行年息4.35; round 57, convention 600): what the fee is charged
 * by, not the loan's term.
 */
function feePeriod(text: string, q: Quantity): boolean {
  return FEE_BEFORE_PERIOD.test(preceding(text, q.start, 12));
}
const FEE_BEFORE_PERIOD = /(?:担保|服务|手续|管理|咨询|评估|中介)费(?:是|要|都)?(?:每)?$/;

/** The interest of a span kept back (先扣了三个月的利息, "took the first 3 months of interest off"): the span is the interest's, no term. */
function interestPeriod(text: string, q: Quantity): boolean {
  const after = text.slice(q.end, q.end + 16);
  if (!ZH_OFFER.interestAfterPeriod.test(after) && !EN_OFFER.interestAfterPeriod.test(after)) return false;
  // Only when kept back: 一年利息要九千 and "3 months interest about how much" are the loan's term and its interest.
  return KEPT_BEFORE_PERIOD.test(preceding(text, q.start, 24));
}
/** A verb of keeping back right before the period (先扣了三个月的利息, "took the first 3 months of"). */
const KEPT_BEFORE_PERIOD =
  /(?:扣|扣了|扣掉|扣除|先扣|预扣|少给了?|拿走了?)\s*(?:头|前)?\s*$|\b(?:took|take[sn]?|keeps?|kept|withh\w*|deduct\w*|held back)\b(?:\s+(?:out|off|back))?\s+(?:the\s+)?(?:first\s+)?$/;

/**
 * Whether a sum "a month" is the lender's instalment by its place among the offer's words: after a lender who speaks or is named
 * ("bank manager said 500k over 3 years, 15,200 a month"), or with the instalments or payments named anywhere ("…, equal
 * instalments"). The firm's own sales said before the lender are not after it.
 */
function lendersTerms(text: string, q: Quantity, lenderSpeaks: boolean): boolean {
  return lenderSpeaks || licensedLender(text.slice(0, q.start)) || EN_OFFER.instalmentsNamed.test(text);
}

/**
 * The owner's own wish told beside a licensed lender's offer (我们想借五十万 分三年还 农商行只肯批三十万 两年; 农商行 … 只给两年, 我们想要三年的;
 * "we only need 150k but the bank keeps pushing 300k"): each runs from the wish to the next lender named, or to the end. Their sums
 * and spans are the owner's, none of the offer's (round 66, judge-237). None when no lender is named outside them.
 */
function ownWishSpans(text: string): Span[] {
  const lenders = lendersNamed(text);
  const spans = [...text.matchAll(ZH_OFFER.ownWish), ...text.matchAll(EN_OFFER.ownWish)].map((m) => ({
    start: m.index,
    end: lenders.find((at) => at > m.index) ?? text.length,
  }));
  const inside = (at: number) => spans.some((s) => at >= s.start && at < s.end);
  return lenders.some((at) => !inside(at)) ? spans : [];
}

/** Where a bank or a licensed lender is named (农商行给批了, "the bank offered"), not as the cover an impostor claims (自称建行客服). */
function lendersNamed(text: string): number[] {
  const claims = [...text.matchAll(ZH_IMPOSTOR), ...text.matchAll(EN_IMPOSTOR)];
  const claimed = (at: number) => claims.some((c) => at >= c.index && at < c.index + c[0].length);
  return [...text.matchAll(LICENSED_LENDER)].map((m) => m.index).filter((at) => !claimed(at));
}

/** A bank or a licensed lender named, not as an impostor's cover (lendersNamed). */
function licensedLender(text: string): boolean {
  return lendersNamed(text).length > 0;
}

/**
 * Whether an offer's price is told by its rate or its repayments (a rate of any period, the instalment, the total repaid), fees
 * apart: what interest kept back is weighed against (direct-question.ts: 砍头息先扣一万 月息1分5 costs the offer).
 */
export function pricedByRateOrRepayment(terms: OfferTerms): boolean {
  return [terms.monthlyRatePct, terms.annualRatePct, terms.dailyRatePct, terms.instalment, terms.total].some((v) => v !== undefined);
}

/**
 * Whether an offer has any price told, a fee too (a rate, a fee or its share, the total or the instalment): what a lawfulness asked
 * is set against the ceiling by (run.ts offerLawAsked, convention 11: 这个合法吗 of an offer with its price told).
 */
export function pricedOrCharged(terms: OfferTerms): boolean {
  return pricedByRateOrRepayment(terms) || terms.feePct !== undefined || terms.fee !== undefined;
}
/**
 * The offer's terms in a normalized message whose quantities the number grammar has read, or
 * undefined when it states none (no instalment, rate or fee). `lenderSpeaks`: the message reports
 * a lender's or agent's words ("客户经理讲可以贷五十万，月供一万六"), so "可以贷" is their offer,
 * not the owner's own plan.
 */
export function readOffer(text: string, quantities: readonly Quantity[], lenderSpeaks = false): OfferTerms | undefined {
  if (collectionFeeOnly(text)) return undefined;
  // A sum said wrong ("月供是四千二 不是四千八", "3,100 not 3,400") is none of the offer's terms.
  const amounts = quantities.filter(
    (q): q is Amount =>
      (q.kind === 'money' || q.kind === 'number') &&
      !ZH_OFFER.deniedBefore.test(before(text, q)) &&
      !EN_OFFER.deniedBefore.test(preceding(text, q.start, 12)),
  );
  // A guarantor's share is its yearly fee, read once: not also a fee of the offer (担保公司还要收2个点 is no one-off 2% fee).
  const guarantee = guarantorShare(text);
  const charged = fee(text);
  const feeTerm = charged !== undefined && guarantee !== undefined && overlaps(charged, guarantee) ? undefined : charged;
  const daily = dailyPayment(text, amounts);
  const inFee = (q: Quantity) => feeTerm !== undefined && q.start >= feeTerm.start && q.start < feeTerm.end;

  // Interest in yuan for a period ("interest is 1500 a month"): its sum is the interest, no instalment.
  const interestSaid = interestPhrase(text);
  const inInterest = (q: Quantity) =>
    interestSaid !== null && q.start >= interestSaid.index && q.start < interestSaid.index + interestSaid[0].length;
  const instalment = amounts.find(
    (q) =>
      !inFee(q) &&
      !inInterest(q) &&
      q !== daily?.sum &&
      // A rate's number after "monthly" (15万 monthly 1.5%): the rate, no instalment.
      !RATE_AFTER.test(text.slice(q.end)) &&
      !TAKINGS_AFTER.test(text.slice(q.end, q.end + 16)) &&
      !EN_OFFER.totalAfter.test(text.slice(q.end)) &&
      !ZH_OFFER.takingsAfter.test(text.slice(q.end)) &&
      (ZH_OFFER.instalmentBefore.test(before(text, q)) ||
        EN_OFFER.instalmentBefore.test(preceding(text, q.start, 44)) ||
        (EN_OFFER.instalmentAfter.test(text.slice(q.end)) &&
          (EN_OFFER.repayCue.test(preceding(text, q.start, 24)) ||
            EN_OFFER.termsGiven.test(text.slice(0, q.start)) ||
            lendersTerms(text, q, lenderSpeaks) ||
            // ...or after a fee kept back, the offer's terms already ("100k, they hold back 6k, 9,400 a month").
            (feeTerm !== undefined && feeTerm.end <= q.start))) ||
        EN_OFFER.repaidAfter.test(text.slice(q.end))),
  );
  const total = amounts.find(
    (q) =>
      q !== instalment &&
      q !== daily?.sum &&
      !inFee(q) &&
      // "pay 40k down" pays the down payment, no total.
      !namedBy(text, q, DOWN_PAYMENT_WORDS) &&
      (ZH_OFFER.totalBefore.test(before(text, q)) ||
        EN_OFFER.totalBefore.test(preceding(text, q.start, 24)) ||
        // ...or "back" after it ("10k now and 11.5k back in 3 months"; round 46), not the principal back after interest only ("interest
        // only for 2 yrs then the 400k back at the end"; round 64, judge-233).
        (EN_OFFER.totalBackAfter.test(text.slice(q.end)) && !INTEREST_ONLY_BEFORE.test(text.slice(0, q.start)))),
  );
  const namedSum = (taken: readonly (Amount | undefined)[], words: SumWords): Amount | undefined =>
    amounts.find((q) => !taken.includes(q) && !inFee(q) && namedBy(text, q, words));
  // The cash paid out, said beside the sum borrowed ("借10万，到手9万", "get 92k in hand").
  // Not what reaches the hand of takings said before it, no loan word between (一年到头收入二十来万，到手也就十万不到): a profit.
  // ...or given short with no word of its arriving (借五万 实际就给了四万六, "borrowed 50k, got 46k"): after a word of a loan, no wish
  // nor application said.
  const wished = [ZH_OFFER.ownPlan, EN_OFFER.ownPlan, ZH_OFFER.applied, EN_OFFER.applied].some((re) => re.test(text));
  const short = wished ? undefined : namedSum([instalment, total], GIVEN_SHORT_WORDS);
  const loanBefore = (q: Quantity) =>
    ZH_OFFER.loanWords.test(text.slice(0, q.start)) || EN_OFFER.borrowedBefore.test(text.slice(0, q.start));
  const receivedSaid = namedSum([instalment, total], RECEIVED_WORDS) ?? (short !== undefined && loanBefore(short) ? short : undefined);
  const received = receivedSaid !== undefined && !ofTakings(text, receivedSaid) ? receivedSaid : undefined;
  const terms: OfferTerms = {};
  const perMonthFee = monthlyFee(text);
  const monthly = rate(text, 'monthly', [guarantee, perMonthFee]);
  const dailyRate = rate(text, 'daily', [guarantee, perMonthFee]);
  const annual = rate(text, 'annual', [guarantee, perMonthFee]) ?? yearlyShare(text);
  // Interest in yuan for a day or a month on the sum beside it (一万块钱一天利息三块): its share of the principal.
  const yuanRate =
    monthly === undefined && dailyRate === undefined && annual === undefined ? yuanInterest(interestSaid, amounts) : undefined;
  const YUAN_RATE_KEY = { daily: 'dailyRatePct', monthly: 'monthlyRatePct', annual: 'annualRatePct' } as const;
  if (yuanRate !== undefined) terms[YUAN_RATE_KEY[yuanRate.period]] = yuanRate.pct;
  if (monthly !== undefined) terms.monthlyRatePct = monthly.pct;
  if (dailyRate !== undefined) terms.dailyRatePct = dailyRate.pct;
  if (annual !== undefined) terms.annualRatePct = annual.pct;
  if (perMonthFee !== undefined) terms.monthlyFeePct = perMonthFee.pct;
  else if (feeTerm?.pct !== undefined) terms.feePct = feeTerm.pct;
  if (guarantee !== undefined) terms.guaranteeFeePct = guarantee.pct;
  if (feeTerm?.yuan !== undefined) terms.fee = feeTerm.yuan;
  if (instalment) terms.instalment = instalment.value;
  if (total) terms.total = total.value;
  else if (daily?.total !== undefined) terms.total = daily.total;

  // The cash received named beside a larger sum (借5万 到手4万6, "borrow 80k but only get 76k"): what is kept back is a fee.
  // Not takings and what reaches the hand of them, with no word of a loan (一年流水八十万 到手二十万: a profit).
  const keptBack =
    received !== undefined &&
    (lenderSpeaks || !ZH_OFFER.takings.test(text) || ZH_OFFER.loanWords.test(text) || EN_OFFER.loanWords.test(text)) &&
    amounts.some((q) => q !== received && q !== instalment && q !== total && q.value > received.value);
  const priced =
    keptBack ||
    yuanRate !== undefined ||
    monthly !== undefined ||
    dailyRate !== undefined ||
    annual !== undefined ||
    feeTerm !== undefined ||
    perMonthFee !== undefined ||
    // ...or a guarantor's share with the total asked (还有个担保费 一年两个点 加进去一共好多): added to the offer before (709).
    (guarantee !== undefined && FEE_ADDED.test(text));
  // "想借50万，每月能还2万" is the owner's own plan, not an offer to judge.
  // A sum given or approved, or a price with a down payment, says the terms are the lender's ("a loan app gives us 50k, we repay…").
  const ownPlan = !lenderSpeaks && !EN_OFFER.termsGiven.test(text) && (ZH_OFFER.ownPlan.test(text) || EN_OFFER.ownPlan.test(text));
  // A way of repaying named with the instalments counted (等额本息 分24期): the lender's terms, with no rate.
  // (Not the owner's own plan: 我们想等额本息还 分24期 行不行.)
  const methodNamed = ZH_OFFER.repaymentMethod.test(text) && ZH_OFFER.periods.test(text) && !ownPlan && !WAY_WISHED.test(text);
  // A seller's or a lender's split told, the share down and the rest in instalments counted (车 price 48w, dealer 讲 首付 三成, 剩下的 分
  // 36 期; round 66, judge-237): its terms, with no rate; not the owner's own (挖机 price 六十万 首付 20万 剩下的想贷款).
  // The payments counted ("36 monthly payments of 7,200", 12期) are the term, no sum (round 24).
  const periods = ZH_OFFER.periods.exec(text) ?? EN_OFFER.periods.exec(text);
  const sellerSplit =
    downPaymentPct(text) !== undefined &&
    periods !== null &&
    (lenderSpeaks || ZH_OFFER.sellerSpeaks.test(text) || EN_OFFER.termsGiven.test(text));
  if (!priced && (instalment === undefined || ownPlan) && terms.total === undefined && !methodNamed && !sellerSplit) return undefined;
  // With no rate nor fee, a payment is an offer's only beside a word of a loan, or an instalment put right after a figure
  // computed wrong (算错了 每个月是九千).
  const recomputed = instalment !== undefined && ZH_OFFER.recomputed.test(text);
  // A lender named or speaking gives terms too ("rural credit coop said 150k for 2 years, 6,900 monthly").
  const lenderNamed = lenderSpeaks || licensedLender(text);
  if (
    !priced &&
    !recomputed &&
    !lenderNamed &&
    !methodNamed &&
    !sellerSplit &&
    !ZH_OFFER.loanWords.test(text) &&
    !EN_OFFER.loanWords.test(text) &&
    !EN_OFFER.termsGiven.test(text)
  )
    return undefined;

  // A number inside a stated rate ("月息1分5", "daily interest 0.05%") is the rate, not the sum;
  // a period inside it ("利息一个月两分") is the rate's, not the term.
  // A year's interest in yuan (一年 利息要七千五) leaves the year to the term: the loan runs the year it is said for.
  const yuanSpan = yuanRate?.period === 'annual' ? undefined : yuanRate;
  // ...nor a monthly fee's month (担保费每月0.3%: no monthly repayment said; round 60).
  const rateSpans: Span[] = [monthly, dailyRate, annual, yuanSpan, perMonthFee].filter((r): r is Span & { pct: number } => r !== undefined);
  // A down payment (首付16万, "pay 50k down") is paid by the owner: not the sum financed.
  const downSum = namedSum([instalment, total, received], DOWN_PAYMENT_WORDS);
  const inRate = (q: Quantity) => rateSpans.some((r) => q.start >= r.start && q.start < r.end);
  const wishes = ownWishSpans(text);
  const ownWished = (q: Quantity) => wishes.some((w) => q.start >= w.start && q.start < w.end);
  const inPeriods = (q: Quantity) => periods !== null && q.start >= periods.index && q.start < periods.index + periods[0].length;
  const principal = amounts
    .filter(
      (q) =>
        q !== instalment &&
        q !== total &&
        q !== daily?.sum &&
        q !== received &&
        q !== downSum &&
        // Nothing down (0首付, "0 down"): no sum at all (round 63, found by a tester: it had been a principal of 0).
        q.value > 0 &&
        !inFee(q) &&
        !inRate(q) &&
        !inPeriods(q) &&
        !ownWished(q) &&
        !firmSales(text, q),
    )
    .reduce<Amount | undefined>((best, q) => (best === undefined || q.value > best.value ? q : best), undefined);
  // ...the price of one of the things counted, times their count (想再买两台大疆T50，一台七万多，厂家说…首付三成; round 66, a tester's drones).
  if (principal) terms.principal = financed(principal.value * (thingsCounted(text, principal) ?? 1), downSum?.value, downPaymentPct(text));
  // "首付两成 每个月还1万2 还36期 一台车": a share down with no price said: the share, for the price said before.
  const share = principal === undefined && downSum === undefined ? downPaymentPct(text) : undefined;
  if (share !== undefined && share > 0 && share < 100) terms.downPaymentPct = share;
  // ...or a sum down with no price said (首付两万五 剩下的每个月还4500 还两年; round 67, a tester): the sum, for the price said before.
  else if (principal === undefined && downSum !== undefined && downSum.value > 0) terms.downPayment = downSum.value;
  if (received && principal && received.value < principal.value) terms.received = received.value;
  // ...or beside a fee kept back with no sum signed for said (扣了五千手续费 到手9.5万; round 55, convention 544): the cash received.
  else if (received && principal === undefined && feeTerm?.yuan !== undefined && feeTerm.yuan < received.value)
    terms.received = received.value;
  const months = Math.max(
    0,
    // "9,333 a month", "2% per month", "3 points a month": a unit of the rate, not the term.
    ...quantities
      .filter(
        (q) =>
          q.kind === 'duration' &&
          !perUnit(text, q) &&
          !inRate(q) &&
          !periodAsked(text, q, monthly !== undefined || dailyRate !== undefined) &&
          !salesPeriod(text, q) &&
          !interestPeriod(text, q) &&
          !feePeriod(text, q) &&
          !ownWished(q) &&
          // ...nor the firm's age told beside the offer (做汽修的 开了五六年了 … 分三年; round 60, convention 714).
          !FIRM_AGE_BEFORE.test(preceding(text, q.start, 16)) &&
          // ...nor the guarantor's fee's year (担保费一年两个点), said after its share too (担保公司收1.5%一年; round 60).
          !(guarantee !== undefined && inOrRightAfter(guarantee, q, text)) &&
          !instalmentsMonth(text, q, instalment),
      )
      .map((q) => q.value),
    periods?.groups?.num ? Number(periods.groups.num) : 0,
  );
  if (months >= 1) terms.months = Math.round(months);
  // A payment no smaller than the sum lent, over more than a month, is what is paid back in all ("lend me 10万 for 3 months, I pay back
  // 10.6万"; round 67, found by a tester: it had been costed as 10.6万 a month, 1,088% a year): no one repays the whole loan each month.
  if (
    terms.instalment !== undefined &&
    terms.total === undefined &&
    terms.principal !== undefined &&
    terms.instalment >= terms.principal &&
    (terms.months ?? 0) > 1
  ) {
    terms.total = terms.instalment;
    delete terms.instalment;
  }
  // Interest paid along the way with the principal at the end (先息后本, "interest only … then the whole 300k is due at the end as a
  // balloon") is a way told with no value (convention 464): no single payment at the end (round 60, convention 714).
  if ((ZH_OFFER.endRepayment.test(text) || EN_OFFER.endRepayment.test(text)) && !INTEREST_ONLY.test(text)) terms.repayment = 'end';
  else if (repaidMonthly(text, rateSpans)) terms.repayment = 'monthly';
  if (licensedLender(text)) terms.licensed = true;
  // No term kept (a sum "received" of sales, no loan's sum beside it: "we sold 50k, received 46k"; round 49): no offer.
  return Object.keys(terms).length > 0 ? terms : undefined;
}
