// Where the owner's own need to borrow is told beside a question (refiners/direct-question.ts keeps it): before the question (想借二十万
// 要抵押不), after it (征信有点花 想贷30万装修), inside its words (…现在想借15万进货 格还借得着), as the question's condition ("if we want
// 100k"), as a figure replied first (二十万左右吧 不过我征信有点花), or after a turn ("want 200k … but we missed 2 payments"). A question
// of whether the owner may borrow is asked of the firm and its need only when such a wish is told; the helpers here find it.

import { HURDLE_QUESTIONS } from '../../../knowledge/ids';
import { ANOTHER_OPENS } from '../../lexicon/index';
import { type Mention, ofKind, type State } from '../mention';

/**
 * Questions of whether the owner may borrow and on what (collateral, the credit record, whether or how much; round 30, fix30a): asked
 * of the firm described before them only when the owner's own wish to borrow is told there (文山种三七的 长期工十五个 想借两百万 三年 要抵押不,
 * "we run a hardware store with 4 staff and want to borrow 150k for stock. do we need collateral?"); with no wish told the question
 * stands alone (我们开火锅店的 员工十个 银行讲要抵押 咋个整, judge-94), and a lender's offered sum is no wish (信用社主任讲可以给我们贷三十万).
 */
// ...and whether the one with the wish may apply at all ("she wants to borrow 40k for a new tyre changer but the business licence is in her
// brother's name. can she still apply?"; round 44, as conventions 367 and 395 keep the firm and its need).
export const ASKED_OF_THE_WISH: ReadonlySet<string> = new Set([...HURDLE_QUESTIONS, 'guarantee-fee', 'who-may-apply']);

/** Whether the owner's own wish to borrow is told in the clauses before the question's own. */
export function wishTold(state: State, asked: Mention, start: number): boolean {
  if (!ASKED_OF_THE_WISH.has(String(asked.value))) return false;
  // ...or opening the question's own clause (想拿林权证去抵押贷款 格得: the wish is the pledge asked about; round 39).
  const opening = ofKind(state, 'flag').some((f) => f.value === 'borrow-wish' && f.start < asked.start);
  // ...or a word of wishing right before the asking (想拿教练车去抵押 贷一百二十万 格得; round 42).
  const wished = WISHED_BEFORE.test(state.text.slice(0, asked.start));
  return opening || wished || wishBefore(state, start) || replyFirst(state, start);
}

/** Hedges said with a figure given as a reply (二十万左右吧, 两年吧, "200k should be enough"), up to the break after them. */
const HEDGES_AFTER = [
  '左右|上下|的样子|差不多|就够了?|应该够了?|够了|吧|嘛|哦|啊|呢|个人|人',
  // ...no one else hired (就我们两口子 没请人; round 44).
  String.raw`\s?没(?:有)?(?:请|雇)(?:别)?人|\s?no (?:other )?(?:staff|employees)`,
  'should be enough|would do|will do|is enough|or so|ish|tops|max|full[- ]time|part[- ]time|staff|people|ppl|of us|workers',
  // ...the period of a year's figure ("we did about 900k last year."; round 44).
  'last year|this year|a year|per year|annually',
].join('|');
const REPLY_AFTER = new RegExp(String.raw`^(?:\s*(?:${HEDGES_AFTER}))*\s*(?:[,，。.;；]|\s)`);
/** Words before such a figure: none, a guess (大概, about), the owner counted in (连我, 算上我), or the figure's own label (一年流水, revenue). */
const A_PERIOD = '(?:一年|去年|今年|每年|一个月)';
const REPLY_BEFORE = new RegExp(
  // ...the period after the label, or a verb of selling (营业额一年九十来万, 去年做了九十来万; round 44).
  // (...the label in English inside Chinese: 去年 revenue 大概 两百来万; round 45.)
  String.raw`^\s*(?:${A_PERIOD}?(?:的)?\s?(?:流水|营业额|收入|营收|销售额|revenue|turnover|sales)?\s?${A_PERIOD}?(?:做了|卖了|做|卖)?` +
    String.raw`(?:大概|大约|差不多|估计|可能|应该|就|只有|连我在内|(?:连我|算上我|加上我|包括我)(?:(?:和|跟)我?(?:婆娘|老婆|老公|媳妇|爱人|老倌|爹|妈|爸|哥|姐|弟|妹))?)?(?:一共|总共|我们|我家)?|` +
    String.raw`(?:(?:last year|annual|yearly)\s*)?(?:revenue|sales|turnover)?(?:\s*(?:last year|this year))?(?:\s*(?:was|is|were))?:?\s*` +
    // ...the verb with no subject, as chat drops it ("did about 3.5m last year"; round 45).
    String.raw`(?:(?:we\s+|i\s+)?(?:did|made|turned over|sold|do|make)\s*)?(?:about|around|maybe|roughly|probably|just|only|like)?)\s*$`,
);
/** The figures a reply gives: a sum, a head count, a term. */
const REPLIED: ReadonlySet<string> = new Set(['money', 'people', 'number', 'duration']);

/**
 * A figure given as the reply to the bot's question (how much, how many, how long), opening the message before a question of whether the
 * owner may borrow (二十万左右吧 不过我征信有点花 怕批不下来, 连我十一个 对了 我爹…会不会影响我, 两年吧 我身上还有个车贷 还能再贷不, "200k should
 * be enough, though … late payments"; round 42): the reply told, kept as a wish before the question is.
 */
function replyFirst(state: State, at: number): boolean {
  // (The figure's own period before it, 一年流水一百来万, is part of its label: each figure before the question is tried.)
  const figure = ofKind(state, 'quantity').some(
    (q) =>
      REPLIED.has(q.value.kind) &&
      q.end <= at &&
      REPLY_BEFORE.test(withoutRoles(state, q.start)) &&
      REPLY_AFTER.test(state.text.slice(q.end, at + 1)),
  );
  return figure || useRepliedFirst(state, at) || tradeRepliedFirst(state, at) || marketRepliedFirst(state, at);
}

/** Words before a market given as a reply: yes (有呢, 是的, yes), mostly (大部分, 主要), sold to (卖到, 出口到). */
const MARKET_REPLY_BEFORE =
  /^\s*(?:(?:有呢|有的|有|是的|是|对的|对|嗯|yes|yeah|yep)\s*[,，]?\s*)?(?:大部分|主要|基本上|大多|多半|一半)?\s*(?:是)?\s*(?:卖到|卖给|卖去|出口到|销往|发到|运到|出口)\s*$/i;
/** ...and after it, up to the question's clause: that side, a break, a word of turning. */
const MARKET_REPLY_AFTER = /^(?:那边|那里|那头)?\s*[,，。.;；]?\s*(?:(?:不过|但是|可是|就是|\bbut\b)\s*[,，]?\s*)?$/i;

/**
 * Where the goods go given as the reply to the bot's question (do you sell across the border), opening the message before a hurdle (有呢
 * 大部分卖到老挝 不过去年信用卡有两期晚还了 格有影响, "yes 主要卖到越南 不过…还能贷不"; round 45): kept as a trade replied first is.
 */
function marketRepliedFirst(state: State, at: number): boolean {
  return ofKind(state, 'flag').some(
    (m) =>
      m.value === 'cross-border' &&
      m.end <= at &&
      MARKET_REPLY_BEFORE.test(state.text.slice(0, m.start)) &&
      MARKET_REPLY_AFTER.test(state.text.slice(m.end, at)),
  );
}

/** Words before a trade given as a reply: we, am, run, a shop of (我们开…的, 做…的, "we run a …"), the trade's first words ("rice noodle factory"). */
const TRADE_VERB_ZH = '开|做|搞|卖|种|养|跑|干|整|收|办';
const TRADE_REPLY_BEFORE = new RegExp(
  String.raw`^\s*(?:(?:我们|我|我家|家里)?\s*(?:是|就是)?\s*(?:在?[^\s，,。]{1,4}?(?=${TRADE_VERB_ZH})|在?[^\s，,。\d一二两三四五六七八九十几百了年月]{1,4}?$)?` +
    String.raw`\s*(?:(?:${TRADE_VERB_ZH})\s*(?:了)?\s*(?:个|一个|一家)?[^\s，,。\d一二两三四五六七八九十几年月]{0,4})?` +
    String.raw`|(?:we|i)?\s*(?:run|have|own|are|am|['’]re|['’]m)?\s*(?:a|an)?\s*(?:[a-z-]+\s+){0,2})\s*$`,
  'i',
);
/**
 * The 的 closing a trade, read joined to another person's clause after it (开 noodle shop 的 我 老公 之前 帮 他 朋友 co-sign …: 的我老公…;
 * round 45): the trade's words end at the 的. `after`: the text right after the trade's word. One check for the reply kept here and for
 * where the question starts (direct-question.ts).
 */
export function joinedToAnother(after: string): RegExpExecArray | null {
  const de = CLOSED_BY_DE.exec(after);
  return de !== null && ANOTHER_OPENS.test(after.slice(de[0].length)) ? de : null;
}
const CLOSED_BY_DE = /^[^\s，。,.;；!?？]{0,4}?\s?的/;
/** ...and after it, up to its break: 的, a shop's word, its town in English ("printing factory in kunming."; round 45). */
// (...its county and town: "flower grower in tonghai, yuxi."; round 46.)
const TRADE_REPLY_AFTER =
  /^(?:\s+(?:in|at|near|outside)\s+[a-z]+(?:\s[a-z]+)?(?:,\s*[a-z]+(?=\s*[.;]))?(?=\s*[,.;])|[^\s，。,.;；!?？]{0,4})\s*(?:[,，。.;；]|\s)/i;

/**
 * The trade given as the reply to the bot's question, alone in the message's opening clause before a hurdle question, nothing else of the
 * firm told before the question (开面包店的 不过我之前帮我小舅子担保过一笔车贷 … 格会影响我贷款; round 44, judge-157): kept as a figure replied first
 * is (convention 420). A firm described at more length with no wish is the question's alone (62: 我们开火锅店的 员工十个 银行讲要抵押 咋个整).
 */
function tradeRepliedFirst(state: State, at: number): boolean {
  for (const m of ofKind(state, 'industry')) {
    if (m.end > at || !TRADE_REPLY_BEFORE.test(state.text.slice(0, m.start))) continue;
    const after = TRADE_REPLY_AFTER.exec(state.text.slice(m.end, at + 1)) ?? joinedToAnother(state.text.slice(m.end));
    if (after === null) continue;
    // The question's own clause follows right after it, a word of turning at most between: no clause of other facts (有四百亩, 员工十个),
    // or one of the question's own third party (跑物流的 我兄弟在公安局上班 他愿意给我当担保人 这样格好批点; round 45).
    const between = state.text.slice(m.end + after[0].length, at);
    // (Each of the trade's words is tried: "rice noodle factory in mengzi." ends at its last; round 45.)
    if (ONLY_TURNING.test(between) || ANOTHER_OPENS.test(between)) return true;
    // ...or nothing else of the firm told before the question's words, only the hurdle's own (coffee farm in baoshan. never had a loan …,
    // will the bank even look at us?; 昭通种苹果的 惠农e贷要不要抵押; round 46): no figure, no other trade, no market or size.
    // (Only the trade's words closed, by 的 or a break, as a reply is: not "the shop is already mortgaged …", the shop a subject.)
    const from = m.end + after[0].length;
    const closed = /的|[,，。.;；]/.test(after[0]) && !NUMERALS.test(state.text.slice(from, at));
    if (closed && !state.mentions.some((f) => f.start >= from && f.start < at && tellsMoreOfTheFirm(f, m))) return true;
  }
  return false;
}
/** Numerals: a count said between (十二间房) tells more of the firm. */
const NUMERALS = /[\d一二两三四五六七八九十百千万几]/;
/**
 * Whether a mention tells more of the firm than the trade replied: a figure, a size, a market, another trade; not the trade's own words
 * read twice (flower grower, flower), nor a wish to borrow (a flag, but no fact of the firm).
 */
function tellsMoreOfTheFirm(f: Mention, trade: Mention): boolean {
  if (f.kind === 'industry') return f.start >= trade.end || f.end <= trade.start;
  if (f.kind === 'flag') return f.value !== 'borrow-wish';
  return f.kind === 'quantity' || f.kind === 'size';
}
const ONLY_TURNING = /^\s*(?:(?:不过|但是|可是|就是|对了|另外|\bbut\b|\bbtw\b|\balso\b|\band\b)\s*[,，]?\s*)*$/i;

/** The words before `at`, a staff role's words left out (长期的就五个, "staff 七个": the count's own label; round 43). */
function withoutRoles(state: State, at: number): string {
  let said = state.text.slice(0, at);
  for (const r of ofKind(state, 'role')
    .filter((m) => m.end <= at)
    .reverse())
    said = said.slice(0, r.start) + said.slice(r.end);
  return said;
}

/** Words before a use given as a reply: mostly, mainly, to, for, 主要是, 就是, 用来. */
// (...an article or the verb of buying too: "a new oven mostly.", "buy stock"; round 45.)
const USE_REPLY_BEFORE = /^\s*(?:(?:mostly|mainly|just|it'?s|it is|for|to|a|an|some|buy|buying|主要|是|就是|用来|拿来|拿去)\s*)*$/i;
/** ...and after it, up to its break: 吧, 用, 的, a few words of its object, a hedge in English ("a new oven mostly."; round 45). */
const USE_REPLY_AFTER = /^[^\s，。,.;；!?？]{0,6}(?:\s+(?:mostly|mainly|probably|i guess|i think|really))?\s*(?:[,，。.;；]|\s)/i;

/**
 * The use given as the reply to the bot's question (what is the money for), opening the message before a question of whether the owner
 * may borrow ("mostly to buy stock. my credit card was late twice…", 主要是进货 不过我信用卡逾期过两次 格有影响; round 43): kept as a figure
 * replied first is.
 */
function useRepliedFirst(state: State, at: number): boolean {
  return ofKind(state, 'purpose').some(
    (p) => p.end <= at && USE_REPLY_BEFORE.test(state.text.slice(0, p.start)) && USE_REPLY_AFTER.test(state.text.slice(p.end, at + 1)),
  );
}

/**
 * A word of wanting before a sum ("want 400k", "need 150k"; in Chinese, 想上一条生产线 要三百来万, 需要五十万: round 35, open): the owner's
 * wish told with its sum (round 32, corpus convention 122).
 */
const WANTING = /^(?:want|wants|wanted|need|needs|needed|要|需要|得要|差|还差|想弄|想整|想搞|想凑|要弄)$/;

/** Whether a wish to borrow (想借, 想贷, need) is told before `at`, or a sum wanted right after a word of wanting ("want 400k for…"). */
export function wishBefore(state: State, at: number): boolean {
  return wishBetween(state, 0, at);
}

/**
 * Whether the owner's own wish to borrow is told after a question of whether they may borrow and on what, its trouble told as a fact
 * of the firm (我们在大理开客栈 征信有点花 想贷30万装修, 以前网贷逾期过 现在想在昆明开个米线店 想贷二十万, "my credit's a bit messy, we
 * run a guesthouse and want 300k"; round 39, corpus convention 361): the record or the pledge is what the loan wished for meets, so the
 * firm and its need told around it are kept, as convention 62 keeps them with the wish told before.
 */
export function wishAfter(state: State, asked: Mention): boolean {
  if (!ASKED_OF_THE_WISH.has(String(asked.value))) return false;
  // (...or the need told as the question's condition: "will that hurt us if we apply for 80k for stock?"; round 45.)
  if (IF_WISHED.test(state.text.slice(asked.end))) return true;
  return wishBetween(state, asked.end, state.text.length, wantingIsWish(asked));
}

/**
 * Whether a word of wanting before a sum is a wish beside the question: not beside a guarantor's fee, where 要 before a sum is what the fee
 * comes to (担保公司 收 2.5 个点 一年 要 一万多 worth it 不; round 45): only a wish's own words count there.
 */
function wantingIsWish(asked: Mention): boolean {
  return asked.value !== 'guarantee-fee';
}

/**
 * The owner's wish to borrow told inside the words of a question of whether they may borrow (房贷有两期晚还了十来天 现在想借15万进货
 * 格还借得着, 我是白户 在建水开了个客栈 想借二十万装修 bank 会不会 reject 我; round 41, judge-140): the trouble's words and the asking
 * reach over it, but it is the need told between them, kept as when it follows the question (convention 361), from the clause after the
 * trouble's own.
 */
/** Questions beside which a wish told inside their words is kept too: the papers, who may apply. */
const WISH_INSIDE_KEPT: ReadonlySet<string> = new Set(['what-to-bring', 'who-may-apply']);

export function wishInside(state: State, asked: Mention): Mention | undefined {
  // ...and inside the papers' or the applicant's question (营业执照下个月到期 正在换 想贷十五万进一批药 这阵子格贷得了, 我自己征信花了
  // 想用我老婆的名义去贷三十万 格得; round 42, as convention 199 keeps it beside).
  if (!ASKED_OF_THE_WISH.has(String(asked.value)) && !WISH_INSIDE_KEPT.has(String(asked.value))) return undefined;
  // ...or one reaching into its words from before (想找担保公司担保贷三百万 担保费一般要好多: the guarantor sought is the question's; round 43).
  // ...or one opening inside them and running on past their end ("… 6 months left. can we take out another 200k for stock?"; round 43).
  // ...or one reaching over them both ways ("can we use the trucks as collateral for a 500k loan?": the pledge sought for a sum; round 45).
  const flag = ofKind(state, 'flag').find(
    (f) =>
      f.value === 'borrow-wish' &&
      f.end > asked.start + 1 &&
      (f.end <= asked.end || (f.start > asked.start && f.start < asked.end) || (f.start <= asked.start && f.end >= asked.end)),
  );
  // ...or a word of wanting before its sum ("we already have a 400k loan …. we need another 150k for stock …, can we still get it?").
  if (flag !== undefined) return flag;
  return (wantingIsWish(asked) ? wantingBefore(state, asked.start + 1, asked.end) : undefined) ?? wishedVerbBefore(state, asked);
}

/** 想, then a few words and the verb of borrowing right before a sum (想去农商行再贷五十万; round 42). */
// ...or 再 right before it, another asked with its sum (还完能不能马上再贷六十万; round 45, convention 419).
const WISHED_THEN_VERB = /(?:想[^，。,.!?；;\s]{0,8}|再)$/;

/** The verb of borrowing inside the asking's words, wished a few words before it, a sum right after: its cue. */
function wishedVerbBefore(state: State, asked: Mention): Mention | undefined {
  // (The sum may run past the asking's words, which end at the verb: 再贷六十万.)
  const sums = ofKind(state, 'quantity').filter((q) => q.value.kind === 'money' && q.start > asked.start && q.start <= asked.end);
  return ofKind(state, 'cue').find(
    (c) =>
      c.value === 'amount' &&
      c.start > asked.start &&
      /^(?:贷|借)$/.test(state.text.slice(c.start, c.end)) &&
      WISHED_THEN_VERB.test(state.text.slice(asked.start, c.start)) &&
      sums.some((q) => q.start === c.end),
  );
}

/** Nothing, or a guess, between a word of wanting and its sum ("need around 400k", 要个大概二十万; round 42). */
// ...or the money's turn said between (要周转八十万; round 43).
const HEDGE_ONLY =
  /^\s*(?:(?:around|about|roughly|maybe|like|approximately|approx\.?|some|another|an extra|大概|差不多|大约|个|周转|借|贷)\s*)?$/;
/** Whether a wish to borrow is told between `from` and `to` (a flag, or a word of wanting right before a sum). */
/** `wanting`: whether a word of wanting before a sum counts too, not a wish's own words only (wantingIsWish). */
export function wishBetween(state: State, from: number, to: number, wanting = true): boolean {
  if (ofKind(state, 'flag').some((f) => f.value === 'borrow-wish' && f.start >= from && f.end <= to)) return true;
  return wanting && (wantingBefore(state, from, to) !== undefined || thingWantedWithSum(state, from, to));
}

/** A word of wanting or planning to buy, at the end of the words before the thing (想再添, 准备买, "want 2 more", "planning to get a"). */
const WANT_BEFORE_THING_ZH = String.raw`(?:想|要|打算|准备|计划)(?:再|要)?(?:买|添|换|搞|整|弄|上|加)?\s*(?:[\d一二两三四五六七八九十几]+\s*(?:台|张|辆|部|套|个)?)?\s*$`;
const WANT_BEFORE_THING_EN = String.raw`\b(?:want|need|planning|plan|looking|hoping)\b(?:\s+(?:to|on))?(?:\s+(?:buy|get|add|buying|getting|adding))?(?:\s+(?:another|an?|some|\d+|two|three))?(?:\s+more)?\s*$`;
const WANT_BEFORE_THING = new RegExp(`${WANT_BEFORE_THING_ZH}|${WANT_BEFORE_THING_EN}`, 'i');
/** ...or opening the words the purpose was read from ("want 2 more trucks about"). */
const WANT_OPENS_THING = /^(?:想|要|打算|准备|计划|(?:want|need|planning|plan|looking|hoping)\b)/i;
/** How far before the thing the wanting word may stand, and the sum after it. */
const THING_REACH = 16;
const PRICE_REACH = 24;
/**
 * A thing the owner wants to buy with its price after ("want 2 more trucks about 200k each", 想再添两张冷藏车 一张三十来万; round 64,
 * judge-232): the need told with its sum, a wish as a sum wanted is (convention 62 keeps the facts before a hurdle with it).
 */
function thingWantedWithSum(state: State, from: number, to: number): boolean {
  const sums = ofKind(state, 'quantity').filter((q) => q.value.kind === 'money' && q.start >= from && q.end <= to);
  return ofKind(state, 'purpose').some(
    (p) =>
      p.start >= from &&
      p.end <= to &&
      (WANT_BEFORE_THING.test(state.text.slice(Math.max(from, p.start - THING_REACH), p.start)) ||
        WANT_OPENS_THING.test(state.text.slice(p.start, p.end))) &&
      sums.some((q) => q.start >= p.end && q.start - p.end <= PRICE_REACH),
  );
}

/** A word of wanting right before a sum, both between `from` and `to` ("want 400k", "need another 150k"): its cue. */
function wantingBefore(state: State, from: number, to: number): Mention | undefined {
  const sums = ofKind(state, 'quantity').filter((q) => q.value.kind === 'money' && q.start >= from && q.end <= to);
  return ofKind(state, 'cue').find(
    (c) =>
      c.value === 'amount' &&
      c.start >= from &&
      WANTING.test(state.text.slice(c.start, c.end)) &&
      sums.some((q) => q.start >= c.end && HEDGE_ONLY.test(state.text.slice(c.end, q.start))),
  );
}

/** A word turning from the trouble to the need (but, so, 但是, 可是, 不过): the wish after it opens the owner's own clause. */
export const TURN_TO_NEED = /\b(?:but|so|however)\b|但是|可是|不过/g;

/** Where the words after the last turn (but, 但是, 不过, 可是) between `from` and `to` begin; undefined with none. */
export function lastTurnBetween(text: string, from: number, to: number): number | undefined {
  let at: number | undefined;
  for (const m of text.slice(from, to).matchAll(TURN_TO_NEED)) at = from + m.index + m[0].length;
  return at;
}

/** A word of wishing right before the asking: 想, 打算, "want to". */
const WISHED_BEFORE = /(?:想|打算|准备|\bwant to|\bwe'?d like to)\s*$/;
/** The asking's words ending with a verb of borrowing (去贷, 贷款, borrow). */
// (...a measure word after the verb: 贷个五十万; round 45.)
const ENDS_BORROWING = /(?:贷|借|贷款|借款|\bborrow|\bloan)\s*(?:个|点)?\s*$/;

/** A sum right after a verb of borrowing in the asking's words, or that verb itself as the sum's cue: the loan asked about. */
export function sumOfTheAsking(m: Mention, asked: Mention, text: string): boolean {
  // Wished right before the asking (想用我老婆的名义去贷三十万, 想拿教练车去抵押 贷一百二十万 格得); asked bare, the sum is the question's
  // (能不能贷二十万: convention 367).
  if (!WISHED_BEFORE.test(text.slice(0, asked.start))) return false;
  if (m.kind === 'cue')
    // (...or right after them: 想用林权证抵押贷一百五十万, the asking's words ending at 抵押; round 45.)
    return m.value === 'amount' && m.start >= asked.start && m.start <= asked.end && ENDS_BORROWING.test(text.slice(m.start, m.end));
  if (m.kind !== 'quantity' || m.value.kind !== 'money' || m.start < asked.start) return false;
  return m.start <= asked.end + 1 && ENDS_BORROWING.test(text.slice(asked.start, m.start));
}

/** The question's condition, a wish to borrow: "if we want 100k …", "if we need", "if i borrow" (round 42). */
export const IF_WISHED = /^\s*,?\s*(?:if|when)\s+(?:we|i)\s+(?:only\s+)?(?:want|need|wanna|borrow|apply for|ask for)\b[^.!?]*[?？]?\s*$/;
