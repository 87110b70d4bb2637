// Questions never change the profile: a message that asks what a word means or whether a thing
// is allowed ("租赁是哪样意思", "什么是众筹", "is leasing legal?") says nothing about the firm, so
// the profile's mentions inside the question's scope are dropped. The service asked about stays
// (the dialog answers "什么是众筹" as `details` of crowdfunding). Asked whether a kind of firm may
// borrow or what it counts as ("个体户能贷款吗", "can a guesthouse apply?"), the trade and the size
// class asked about are dropped; a sum in the same question ("借30万能贷吗") still stands.

import { COUNTS_AS_ASKED, EXPORT_FINANCE_ASKED, FALL_SUPPOSED, OWN_SELLING } from '../../lexicon/index';
import { clauseEnd as spokenClauseEnd, clauseStart, SPOKEN_CLAUSES } from '../clauses';
import { termWordIn } from '../extract-asked';
import { allMatches } from '../match';
import { plannedTrade } from './refined-purpose';
import { drop, dropInside, type Mention, ofKind, overlaps, scopes, type State } from '../mention';

const PROFILE_KINDS: ReadonlySet<Mention['kind']> = new Set(['industry', 'purpose', 'size', 'quantity', 'cue']);

function isProfile(m: Mention): boolean {
  return PROFILE_KINDS.has(m.kind) || (m.kind === 'flag' && (m.value === 'cross-border' || m.value === 'online-sales'));
}

/** What a question whether a kind of firm may borrow names: the trade, the size class, its markets asked about. */
function isFirmKind(m: Mention): boolean {
  return m.kind === 'industry' || m.kind === 'size' || (m.kind === 'flag' && (m.value === 'cross-border' || m.value === 'online-sales'));
}

/** What might be, asked: the firm's facts (its trade, size, markets, people) are none of the firm's; the loan's sum and term stand. */
function isFirmFact(m: Mention): boolean {
  return isFirmKind(m) || (m.kind === 'quantity' && m.value.kind === 'people');
}

/**
 * The firm's size in money, asked as what might be ("如果明年营业额到两百万呢", "if sales hit 3m would we
 * still count as micro"): the revenue or assets cue and the sums after it in the scope, up to a word of
 * the loan (贷款, borrow), are no figure of the firm; a sum of the loan's in the same scope still stands.
 */
/** The end of the clause that `at` stands in (a comma, a stop; not a decimal point). */
function clauseEnd(text: string, at: number): number {
  const m = /[，。,!?；;？！]|\.(?!\d)/.exec(text.slice(at));
  return m === null ? text.length : at + m.index;
}

function whatIfSize(state: State): void {
  for (const span of [...scopes(state, 'what-if'), ...scopes(state, 'condition')]) {
    const cues = state.mentions.filter((m) => m.kind === 'cue' && overlaps(span, m)).sort((a, b) => a.start - b.start);
    const size = cues.filter((c) => c.kind === 'cue' && (c.value === 'revenue' || c.value === 'assets'));
    if (size.length === 0) continue;
    const from = Math.min(...size.map((c) => c.start));
    const loan = cues.find((c) => c.kind === 'cue' && c.start > from && c.value === 'amount');
    const to = loan === undefined ? clauseEnd(state.text, span.end) : loan.start;
    drop(
      state,
      'questionScope',
      (m) => size.includes(m) || (m.kind === 'quantity' && m.value.kind === 'money' && m.start >= from && m.start < to),
      'what might be, asked: the firm’s size in money is none of its facts',
    );
  }
}

/**
 * A word's meaning asked, with the platform where it was seen ("直播平台上有个供应链金融是哪样意思", "what's
 * supply chain finance on douyin"): the platform is the place of the word, no sale of the firm's, unless the
 * question's words say the firm sells there ("我们在淘宝卖茶 供应链金融是什么意思").
 */
function termPlace(state: State): void {
  for (const term of ofKind(state, 'term')) {
    if (OWN_SELLING.test(state.text.slice(term.start, term.end))) continue;
    drop(
      state,
      'questionScope',
      (m) => m.kind === 'flag' && m.value === 'online-sales' && overlaps(term, m),
      'the platform where the word asked about was seen, not the firm’s sales',
    );
  }
}

/** Only spaces between a qualifier and the word it qualifies (not 做出口的 保理: the firm's trade, then the word). */
const QUALIFIER_GAP = /^\s*$/;

/**
 * A word's meaning asked, the word qualified by a trade's or a market's word (人家讲的出口保理是哪样意思, what exactly is
 * cross-border rmb settlement, round 22): the qualifier names the kind of the word asked about, not the firm's trade or markets.
 */
function termQualifier(state: State): void {
  for (const term of ofKind(state, 'term')) {
    const word = termWordIn(String(term.value), state.text.slice(term.start, term.end));
    if (word === undefined) continue;
    const [start, end] = [term.start + word.start, term.start + word.end];
    drop(
      state,
      'questionScope',
      (m) =>
        ((m.kind === 'industry' || (m.kind === 'flag' && m.value === 'cross-border')) &&
          m.start < end &&
          (m.end > start || QUALIFIER_GAP.test(state.text.slice(m.end, start)))) ||
        // ...nor the word itself a purpose (our 客户经理 keeps mentioning 跨境人民币结算, what is that exactly?; round 59).
        (m.kind === 'purpose' && m.start < end && m.end > start),
      'a word qualifying the word whose meaning is asked, or the word itself, not the firm’s trade, markets or need',
    );
  }
}

/**
 * The goods' price falling or the goods not selling, supposed (咖啡要是价格跌了咋个办, 菌子要是卖不出去 会怎样, "what if we can't
 * sell the stock"; round 26, corpus convention 24): the risks asked; the goods named in its clause, from its start, name no
 * trade and no need of the firm's, to its end (the firm's own words in a clause before it stand: 我们种咖啡的 要是价格跌了咋个办).
 */
function fallSupposed(state: State): void {
  for (const m of allMatches(FALL_SUPPOSED, state.text)) {
    const span = { start: clauseStart(state.text, m.start, SPOKEN_CLAUSES), end: spokenClauseEnd(state.text, m.end, SPOKEN_CLAUSES) };
    drop(
      state,
      'questionScope',
      (n) => (n.kind === 'industry' || n.kind === 'purpose') && overlaps(span, n),
      'the goods of a fall in price or of goods unsold, supposed: no trade and no need of the firm',
    );
  }
}

/**
 * Whether a thing counts as a kind of use, asked (大棚算设备吗, 冷库算不算设备, "does a greenhouse count as equipment"; round 29, corpus
 * convention 57): what a word covers, asked, as "does a tea shop count as retail?" reads: the thing and the class named in its clause
 * name no need and no trade (a thing said wanted in a clause before it stands: 我们想搭个大棚 这个算设备不).
 */
function countsAsAsked(state: State): void {
  for (const m of allMatches(COUNTS_AS_ASKED, state.text)) {
    const span = { start: clauseStart(state.text, m.start, SPOKEN_CLAUSES), end: m.end };
    drop(
      state,
      'questionScope',
      (n) => (n.kind === 'industry' || n.kind === 'purpose') && overlaps(span, n),
      'whether a thing counts as a kind of use, asked: no need and no trade of the firm',
    );
  }
}

/**
 * An export's finance or relief named in a question (出口退税能不能拿去银行贷款, 有没有出口退税贷款, "do banks do loans against export tax
 * rebates?"; round 34, fix34b, corpus convention 187): the product asked about; the export word inside its name names no trade and no
 * market of the firm's, as a word qualifying a term asked reads (termQualifier). No question id answers it, so none is read.
 */
function exportFinanceAsked(state: State): void {
  for (const m of allMatches(EXPORT_FINANCE_ASKED, state.text)) {
    drop(
      state,
      'questionScope',
      (n) => (n.kind === 'industry' || (n.kind === 'flag' && n.value === 'cross-border')) && overlaps(m, n),
      'an export’s finance named in a question: the product asked about, not the firm’s trade or markets',
    );
  }
}

/**
 * The owner's wish to borrow told between a firm named and the asking whether one may borrow (在文山开了个小卖部 想借三万进货 能借不;
 * round 43): the firm is the owner's, its need told, then the asking; a kind of firm asked about stands right before it (小卖部能借不).
 */
function wishedAfter(state: State, m: Mention): boolean {
  const asking = scopes(state, 'eligibility').filter((s) => s.start <= m.start && m.end <= s.end);
  return ofKind(state, 'flag').some((f) => f.value === 'borrow-wish' && f.start >= m.end && asking.some((s) => f.end <= s.end));
}

export function questionScope(state: State): void {
  termPlace(state);
  dropInside(state, 'questionScope', 'what-if', isFirmFact, 'what might be, asked: no fact of the firm');
  dropInside(state, 'questionScope', 'condition', isFirmFact, 'a condition asked about: no fact of the firm');
  whatIfSize(state);
  fallSupposed(state);
  countsAsAsked(state);
  exportFinanceAsked(state);
  dropInside(state, 'questionScope', 'question', isProfile, 'the topic of a question, not a fact about the firm');
  // A firm planned before it (退伍回来想搞个养鸡场 能贷创业担保贷款吗; round 36, fix36e, convention 260): the owner's firm to be, kept.
  dropInside(
    state,
    'questionScope',
    'eligibility',
    (m) => isFirmKind(m) && !plannedTrade(state.text, m) && !wishedAfter(state, m),
    'a kind of firm asked about, not the firm',
  );
  termQualifier(state);
}
