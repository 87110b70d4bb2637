// A staff role with a head count is staff ("收银一个", "司机5个"): its word names no purpose and no
// trade (收银 is not payment collection, 导游 not a travel agency).

import { breakBetween, PUNCTUATION } from '../clauses';
import { drop, ofKind, overlaps, type MentionOf, type State } from '../mention';

/** How close a count stands to its role word, as in figures.ts. */
const REACH = 2;

function counted(text: string, role: MentionOf<'role'>, counts: readonly MentionOf<'quantity'>[]): boolean {
  return counts.some(
    (q) =>
      overlaps(role, q) ||
      (q.start >= role.end && q.start - role.end <= REACH && !breakBetween(text, role.end, q.start, PUNCTUATION)) ||
      (q.end <= role.start && role.start - q.end <= REACH && !breakBetween(text, q.end, role.start, PUNCTUATION)),
  );
}

/**
 * A trade's word right before a word for the staff in general (做越南水果 import staff 8个): the trade the firm is in, the
 * staff word alone the role (round 22).
 */
const STAFF_IN_GENERAL = /^\s*(?:staff|employees|workers|员工|工人)\b/;

export function staffRoles(state: State): void {
  const counts = ofKind(state, 'quantity').filter((q) => q.value.kind === 'people' || q.value.kind === 'number');
  const staff = ofKind(state, 'role').filter((r) => counted(state.text, r, counts));
  if (staff.length === 0) return;
  const tradeBeforeStaff = (m: { start: number; end: number }) =>
    STAFF_IN_GENERAL.test(state.text.slice(m.end)) && staff.some((r) => r.start === m.start);
  drop(
    state,
    'staffRoles',
    (m) => (m.kind === 'purpose' || (m.kind === 'industry' && !tradeBeforeStaff(m))) && staff.some((r) => overlaps(r, m)),
    'a staff role with a head count',
  );
}

/** A verb of owing the firm right after a person named, or the rest of the word (有个 developer 欠我们, 包工头欠我们). */
const OWES_THE_FIRM = /^[头子]?\s*(?:还|一直|都)?(?:欠(?:着)?(?:我们|我|咱们)|(?:still\s+)?owes?\s+(?:us|me)\b)/;

/**
 * A person counted who owes the firm (有个 developer 欠我们 120万, 有个包工头欠我们): a buyer, no staff; the role, its
 * count and the trade its word names are dropped.
 */
/**
 * A verb of owing the firm right after a trade's word, perhaps with the rest of a word for its firms between (猪场欠着我们, 建材店欠我们
 * (its shop word; round 27),
 * 养殖场 欠 我们, 种植户欠我们, "a few contractors owe us", "construction firms owe us money"): the debtor's trade (round 23).
 */
const TRADE_OWES_THE_FIRM =
  /^(?:户|场|厂|们|家|老板|店|铺|馆|行)*\s*(?:(?:firms?|companies|businesses|guys|people|shops?|farms?|clients?|customers?)\s+)?(?:还|一直|都|still\s+)?(?:欠(?:着|了)?\s*(?:我们|我|咱们)|owe[sd]?\s+(?:us|me)\b)/;

/**
 * Credit terms demanded right after a trade's word (越南 distributor 要 90 days credit, 超市要 60 天账期, "the supermarket wants 60 day
 * terms"; round 62): the buyer's trade, not the firm's.
 */
const TRADE_WANTS_TERMS =
  /^(?:那边|们|s)?\s*(?:要|想要|要求|wants?|asks? for|asking for|demands?)\s*(?:我们)?\s*(?:给)?\s*(?:[\d一二两三四五六七八九十]+)\s*(?:个)?\s*(?:天|个月|月|days?|months?)\s*(?:的)?\s*(?:账期|(?:of\s+)?credit\b|(?:payment\s+)?terms?\b)/;

/** A contractor pointed at as another party (the main contractor, our contractors, their contractor), not the firm said to be one. */
const CONTRACTOR_POINTED = /\b(?:the|our|their|his|her|some|a few|several|those|these)\s+(?:(?:main|general|head|big|biggest|prime)\s+)?$/i;
const FIRM_IS_ONE = /\b(?:we|i)(?:['’]?re|['’]?m| are| am| r)\s+(?:\w+\s+){0,2}$/i;

export function owingPerson(state: State): void {
  // "the main contractor is a state owned company, can we use their receivables?" (round 62, a tester): a contractor pointed at is
  // the party the firm works for, not its trade ("we're the main contractor" keeps it).
  drop(
    state,
    'owingPerson',
    (m) =>
      m.kind === 'industry' &&
      /^contractors?$/i.test(state.text.slice(m.start, m.end)) &&
      CONTRACTOR_POINTED.test(state.text.slice(Math.max(0, m.start - 24), m.start)) &&
      !FIRM_IS_ONE.test(state.text.slice(Math.max(0, m.start - 24), m.start)),
    'a contractor pointed at: the party the firm works for',
  );
  // The trade of whoever owes the firm is the buyers', not the firm's (做饲料批发 好几个猪场欠着我们的钱).
  drop(
    state,
    'owingPerson',
    (m) =>
      m.kind === 'industry' &&
      (TRADE_OWES_THE_FIRM.test(state.text.slice(m.end, m.end + 24)) || TRADE_WANTS_TERMS.test(state.text.slice(m.end, m.end + 32))),
    "the trade of those who owe the firm: the buyers', not the firm's",
  );
  const owing = ofKind(state, 'role').filter((r) => OWES_THE_FIRM.test(state.text.slice(r.end, r.end + 16)));
  if (owing.length === 0) return;
  const counts = ofKind(state, 'quantity').filter((q) => q.value.kind === 'people' || q.value.kind === 'number');
  const theirs = counts.filter((q) => owing.some((r) => counted(state.text, r, [q])));
  drop(
    state,
    'owingPerson',
    (m) =>
      owing.includes(m as MentionOf<'role'>) ||
      theirs.includes(m as MentionOf<'quantity'>) ||
      (m.kind === 'industry' && owing.some((r) => overlaps(r, m))),
    'a person who owes the firm: a buyer, no staff and not the trade',
  );
}

/**
 * The words that count a group of staff in or leave it out of a head count, right before the group is named ("30 including
 * the farm hands", "forgot the factory workers", "plus the kitchen staff", 包括厂里的工人, 忘了算地里的工人, 加上茶园的工人).
 */
const COUNTED_LEADS_EN = String.raw`\binclud(?:ing|es?|ed)|\bincl\.?|\bcounting|\bplus|\bforgot(?: about)?|\bleft out|\bmissed|\bdid(?:n'?t| not) count|\bnot counting|\bexcluding|\bbesides`;
const COUNTED_LEADS_ZH = String.raw`包括|算上|加上|再加上?|连|还有|忘了算(?:上)?|忘记算(?:上)?|没算(?:上)?|不算`;
const COUNTED_IN_OR_OUT = new RegExp(
  String.raw`(?:${COUNTED_LEADS_EN}|${COUNTED_LEADS_ZH})\s*(?:(?:the|our|all|all the|those|these|\d+|two|three|four|five|six)\s+)*$`,
);
/** Between a trade's word and the staff word it names a group by: nothing, or 的/里的 (厂里的工人, 地里干活的). */
// ...and the group's own count (忘了算茶园的五个工人).
const GROUP_GAP = /^\s*(?:里的?|上的?|的)?\s*(?:干活的?)?\s*(?:(?:[一二两三四五六七八九十几]{1,3}|\d{1,3})\s*[个名位])?\s*$/;

/**
 * A group of staff named by where they work, counted in or left out of a head count ("sorry its 15 staff not 6, forgot the
 * farm workers", "its 30 including the farm hands", 包括厂里的工人一共30个): the trade word says which staff, not the firm's
 * trade (a processor's pickers do not make it a farm; round 62).
 */
export function groupCountedIn(state: State): void {
  const staffWords = state.mentions.filter((m) => m.kind === 'role' || (m.kind === 'mark' && m.value === 'people-label'));
  if (staffWords.length === 0) return;
  const names = (trade: { start: number; end: number }) =>
    staffWords.some(
      (s) =>
        (s.start === trade.start && s.end > trade.end) || (s.start >= trade.end && GROUP_GAP.test(state.text.slice(trade.end, s.start))),
    );
  drop(
    state,
    'groupCountedIn',
    (m) =>
      m.kind === 'industry' &&
      names(m) &&
      COUNTED_IN_OR_OUT.test(state.text.slice(Math.max(0, m.start - 24), m.start).replace(/^.*[,.;，。；]/, '')),
    'a group of staff counted in or left out, named by where they work: not the trade',
  );
}

/** A staff word right after a country's name: 缅甸工人, 越南的小工, "burmese workers", "lao staff". */
// (Nothing between in Chinese: 主要卖到新加坡 工人十二个 is a market, then the staff; 做cross-border的 员工七个 the trade.)
const STAFF_AFTER_COUNTRY = /^(?:(?:的|籍)?(?:工人|员工|小工|师傅|帮工|工)|\s(?:workers?|staff|employees|helpers|hands)\b)/i;

/**
 * Staff named by their country (连缅甸工人一起算, "we hire 5 burmese workers"; round 62, judge-229): who works for the firm, not a trade
 * across the border.
 */
export function staffFromAbroad(state: State): void {
  drop(
    state,
    'staffFromAbroad',
    (m) => m.kind === 'flag' && m.value === 'cross-border' && STAFF_AFTER_COUNTRY.test(state.text.slice(m.end, m.end + 12)),
    'staff named by their country: no trade across the border',
  );
}
