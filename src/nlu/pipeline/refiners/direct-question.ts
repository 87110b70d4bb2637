// A direct question or a loan offer is the whole of what a message says: "有人说先交8000块手续费就能
// 放款50万" asks whether that is a fraud, it does not make the amount 50万; "借10万，每月还9000"
// states an offer to cost, not the firm's need. Every mention that would set a profile field is
// dropped (the service named, the command and a wish to borrow stay); a question also outranks
// an offer it mentions. "Does it fit us?" is a question only about a service the message names;
// a question about a word's meaning (a term) stands only when nothing else is asked, or when it is
// asked of a requirement just stated ("they want a guarantor, what does that mean"): then it wins.
// A question of what suits the firm (which is best, does it fit) is asked of the firm the owner has
// just described: the facts stated in the clauses before the question's own ("我们开客栈的，有8个员工，
// 格有哪样贷款适合我们", "we run a noodle shop with 5 staff, which loan is best for us?") are kept; only
// the words in the question's clause ("做批发的一般用哪种贷款最好": the kind of firm asked about) are dropped.

import type { OfferTerms } from '../../../knowledge/cost';
import { itemAskedOf } from '../../choices';
import { commandSpans } from '../../commands';
import { FEE_ADDED, pricedByRateOrRepayment } from '../../offer';
import {
  CREDIT_WEIGHED,
  DEBT_TOLD,
  EARLIER_OFFER,
  MACHINE_NAMED,
  OFFER_JUDGED,
  OPEN_WISH_ZH,
  RAISED_TO_OPEN_EN,
  RECEIVABLE_NAMED,
} from '../../lexicon';
import { RAISED_IN_PLAN_ZH } from '../../lexicon/zh/questions';
import { plannedTrade } from './refined-purpose';
import { isTermWord } from '../extract-asked';
import { breakBetween, clauseEnd, clauseStart, PUNCTUATION, SENTENCES, SPOKEN_CLAUSES } from '../clauses';
import { drop, ofKind, type Mention, OWED_ASKED, type State } from '../mention';
import {
  ASKED_OF_THE_WISH,
  IF_WISHED,
  joinedToAnother,
  lastTurnBetween,
  sumOfTheAsking,
  TURN_TO_NEED,
  wishAfter,
  wishBefore,
  wishBetween,
  wishInside,
  wishTold,
} from './wish-told';

/** The way weighed is a lease (convention 144), not crowdfunding or a loan ("can we fund the new oven through crowdfunding?"). */
const LEASE_WEIGHED = /\bleas(?:e|ing)\b|租赁/i;

/** Mentions that only ever feed the profile. */
const PROFILE_KINDS: ReadonlySet<Mention['kind']> = new Set([
  'quantity',
  'cue',
  'industry',
  'purpose',
  'purpose-detail',
  'size',
  'role',
  'scope',
]);

/** Whether a charge is allowed, asked: the interest kept back is then the question (upfront-interest). */
// ...or whether it is normal (到手只有九万四 每个月还八千九 这样格正常; round 49): the rule, then the offer worked (machine.ts showAnswer).
const RIGHT_ASKED =
  /正常(?:吗|么|嘛|不)|正不正常|格正常|\bnormal\b|合法|合理吗|合不合理|格合理|违法|犯法|违规|允许|合规|规定|正规|投诉|举报|\b(?:il)?legal\b|\ballowed\b|\blawful\b|\bpermitted\b|\breport\b/;

/** A question that is only a tag after what it asks about: 得不得, 行不行, can?, ok or not. */
const BARE_TAG =
  /^[\s,，]*(?:得不得|得不得行|得行不|格得|格行|行不行|可不可以|可以不|行不|can|can or not|can or cannot|ok or not|can ah|can lah|is (?:it|that) ok(?:ay)?|is (?:it|that) allowed)\s*[?？]*$/;

/** A question mark right after a word asked about, more words after it: the word's meaning is a sentence of its own. */
const OWN_SENTENCE_END = /^\s*[?？]\s*\S/u;
/** Questions asked of the firm described before them: what suits it. */
const ASKED_OF_THE_FIRM: ReadonlySet<string> = new Set([
  // What now after a refusal, asked by a firm just described (在曲靖开汽修厂的 … 想贷二十万 银行要是不批咋个办; round 67).
  'bank-refused',
  'which-is-best',
  'does-it-fit',
  'subsidies',
  'where-to-apply',
  'what-to-bring',
  'receivables',
  'receivables-loan',
  // The platform's takings held, told by a shop just described (我们在京东卖家电 货款压在京东那边 一个多月才结; round 31): as a buyer's debt.
  'platform-early-payout',
  // "…要四十万左右 能贷多久": the terms for the need just described.
  'loan-term',
  // "我们开饭店的 想贷三十万 多久有结果", "we run a guesthouse with 6 staff, how long till the money comes" (round 14): how soon
  // the firm just described gets its loan; the question's own clause still sets nothing (开饭店的一般多久能批).
  'approval-time',
  // The branch asked faster, or who may apply, by a firm just described (我们是做装修的 十个人 跑一趟网点会不会批得快些, 我们开花店的
  // 营业执照是我老公的名字 我去贷款行不行; round 35, fix35b): the firm's facts told.
  'apply-in-person',
  'who-may-apply',
  // A personal code asked about by a firm just described (我们开面馆的 用微信个人码收钱 行不行).
  'personal-payment-code',
  // Money across the border asked about by a firm just described (我们做五金批发的，十个人，越南客户付的越南盾怎么换; "we run a
  // guesthouse with 6 staff and need 150k, how do we lock the exchange rate"; round 25): the firm's own trade and need, told.
  'currency-exchange',
  'lock-exchange-rate',
  'wallet-across-border',
  // A bill a buyer paid with, asked whether it can be discounted, by a firm just described (我们在昆明做建材批发 十二个人 工地给了张
  // 八十万的商票 格能拿去贴现; "we run a steel wholesale business with 20 staff … what does discounting cost"; round 37, fix37f,
  // corpus convention 316): the firm's own facts, told; the bill's face value and months stay the question's own (no figure, no term).
  'bill-discount',
  // The size class asked by a firm just described (我们公司25个人，年收入4000多万，是中型企业吗; round 63): its figures are what it is sized by.
  'size-class',
]);

/**
 * Where the clause holding a question's words starts, as owners type clauses (SPOKEN_CLAUSES: a space
 * beside Chinese or a 、 ends one too). A match that begins at the clause's boundary (the space or
 * comma before it) starts after it.
 */
function askedClauseStart(text: string, at: number): number {
  let from = at;
  while (from < text.length && (text[from] === ' ' || text[from] === ',')) from++;
  return clauseStart(text, from, SPOKEN_CLAUSES);
}

/** A word that opens a question inside a clause typed with no break (我们是做跨境物流的想问哪里可以申请, round 22). */
// ...or, said aloud in one breath, a "so" opening the question after the firm is told ("we have like 12 people so what kind
// of loan would suit us", round 23).
// ...or a wish to know (火锅店想知道审批要多久, 火锅店 想知道 approval 要多久, "we run a hotpot place and want to know how long approval
// takes": round 34, as the spaced and unspaced read alike).
// ...or the lender as the subject of the asking (…想借 40w 进车 bank 会不会嫌我们太新, typed apart and read joined: 进车银行会不会…; round 43).
const ASK_OPENER = new RegExp(
  String.raw`(?:银行|信用社|农信社|农商行)(?=\s*(?:会不会|格会|肯不肯|格肯|能不能|会))|想问(?:一下|下)?|请问|问一下|想咨询(?:一下|下)?|咨询一下|想知道(?:一下|下)?|` +
    String.raw`\b(?:wanna|want to|would like to|like to) (?:ask|know)\b|\bso(?= (?:what|which|how|is there|are there|can|could|do|does|would|should|any)\b)`,
  'g',
);

/** Where the question starts when a word of asking opens it inside its clause: after the last such word; else `start`. */
function askedAfterOpener(text: string, start: number, at: number): number {
  let opened = start;
  ASK_OPENER.lastIndex = start;
  for (let m = ASK_OPENER.exec(text); m !== null && m.index < at; m = ASK_OPENER.exec(text)) opened = m.index;
  return opened;
}

/** Back over the breaks before the clause starting at `start`: the last character of the clause before it (0 when none). */
function lastOfClauseBefore(text: string, start: number): number {
  let last = start - 1;
  while (last > 0 && (text[last] === ' ' || SPOKEN_CLAUSES.marks.includes(text[last] as string))) last--;
  return last;
}

/** Where the debt told in the question's own clause or the one right before it begins (not a clause of a wish between). */
function debtJustBefore(state: State, asked: Mention): number | undefined {
  const own = askedClauseStart(state.text, asked.start);
  const last = lastOfClauseBefore(state.text, own);
  const before = last > 0 ? askedClauseStart(state.text, last) : own;
  const debt = ofKind(state, 'flag').find((f) => f.value === 'buyer-owes' && f.end > before && f.start < asked.start);
  return debt === undefined ? undefined : Math.max(debt.start, before);
}

/**
 * Where a question of what suits the firm starts: its clause; for whether a thing will do, asked in a
 * clause that names no service ("用个人收款码收钱 格得行", "personal qr code is cheaper, can?"), the
 * clause before, which names the thing asked about (a way of doing something, asked, states no need).
 */
function questionStart(state: State, asked: Mention): number {
  // Money owed asked lent on, the debt told in the clause right before (…欠我们八十万 能不能拿这笔钱去贷款; round 37): the question is
  // told from the debt, as the receivables question's words run from it.
  const from = OWED_ASKED.has(String(asked.value)) ? (debtJustBefore(state, asked) ?? asked.start) : asked.start;
  const opened = askedAfterOpener(state.text, askedClauseStart(state.text, from), from);
  const start = OWED_ASKED.has(String(asked.value)) ? buyersSoldTo(state, opened, from) : opened;
  // The wish, then "but" and the trouble in one clause ("want 200k for a new hulling machine but we missed 2 payments …"; round 42), or
  // the wish told before and its use in the clause of the turn (想 borrow 八十万 装修但是征信有逾期; round 43): the question is told from
  // the turn, the wish before it kept.
  const turn = lastTurnBetween(state.text, start, asked.start);
  if (turn !== undefined && ASKED_OF_THE_WISH.has(String(asked.value)) && wishBetween(state, 0, turn)) return turn;
  const inside = ASKED_OF_THE_WISH.has(String(asked.value)) ? factsInsideTheClause(state, asked, start) : undefined;
  if (inside !== undefined) return inside;
  if (asked.value === 'borrow-amount') return askingClauseAfterTheWish(state, asked, start);
  if (asked.value !== 'does-it-fit' || start === 0) return start;
  const services = ofKind(state, 'service');
  if (services.some((s) => s.start >= start && s.start < asked.end)) return start;
  const before = askedClauseStart(state.text, lastOfClauseBefore(state.text, start));
  return services.some((s) => s.start >= before && s.start < start) ? before : start;
}

/**
 * The wish opening the question's words inside their clause, the firm told before it with no break (我们 是 曲靖 种 蔬菜 的 合作社 想拿 大棚 …
 * 去 pledge 贷 80w 格得, typed apart and read joined; round 45): the question starts at the wish, the words before it are the firm's.
 */
function wishOpening(state: State, asked: Mention, start: number): number | undefined {
  // (The wish reaching into the asking's words, not one told with its own use before them: 想 借 10w 买 肥料 他 … 会不会 理 他.)
  const wish = ofKind(state, 'flag').find(
    (f) => f.value === 'borrow-wish' && f.start > start && f.start <= asked.start && f.end >= asked.start,
  );
  // ...a word of wanting right before the asking's words, no flag of its own (做 tea export 的 想 用 warehouse receipt 贷 一百万 格得).
  const wanting = WANTING_JUST_BEFORE.exec(state.text.slice(start, asked.start));
  const at = wish?.start ?? (wanting !== null && wanting.index > 0 ? start + wanting.index : undefined);
  // Only the firm's trade told before it (not a partner named: 老挝的合伙人想用他的名义…申请贷款).
  return at !== undefined && ofKind(state, 'industry').some((t) => t.start >= start && t.end <= at) ? at : undefined;
}
const WANTING_JUST_BEFORE = /(?:想|要|打算|准备)\s*$/;

/** Where the question starts inside its clause when the firm's facts open that clause (below), else undefined. */
function factsInsideTheClause(state: State, asked: Mention, start: number): number | undefined {
  const at =
    wishOpening(state, asked, start) ??
    useThenSomeoneElse(state, asked, start) ??
    tradeThenSomeoneElse(state, asked, start) ??
    firmAsSubject(state, asked, start);
  return at > start ? at : undefined;
}

/**
 * The trade closed by 的, then another person's clause read joined to it (开 hardware 店 的 我老公 之前 帮 他 兄弟 co-sign 了 …: 店的我老公…;
 * round 45): the question starts at the person, the trade before is the firm's (a reply, convention 420).
 */
function tradeThenSomeoneElse(state: State, asked: Mention, start: number): number | undefined {
  for (const t of ofKind(state, 'industry')) {
    if (t.end <= start || t.end > asked.start) continue;
    const de = joinedToAnother(state.text.slice(t.end));
    if (de !== null && t.end + de[0].length <= asked.start) return t.end + de[0].length;
  }
  return undefined;
}

/** Another person opening the asking's words: 他, 她, 他们. */
const SOMEONE_OPENS = /^(?:他们|她们|他|她)/;
/**
 * The wish's use, then another person or the asking itself opening the question's words with no break (想 贷 五十万 换 机器 他 都 六十五 了 bank 还 肯 贷 给 他 不,
 * typed apart and read joined: 换机器他都…; round 45): the question starts at the person, the use before is the need's.
 */
function useThenSomeoneElse(state: State, asked: Mention, start: number): number | undefined {
  // (...or the asking right after the use, read joined: 想 借 三十万 进货 要不要 guarantor → 进货要不要担保人.)
  const use = ofKind(state, 'purpose').find((p) => {
    const between = state.text.slice(p.end, asked.start);
    // (...the use reaching back over a space typed inside it: 买 肥料他…, the clause opening at 肥料.)
    return p.end > start && p.end <= asked.start && (SOMEONE_OPENS.test(between) || between === '');
  });
  return use?.end;
}

/** The owner's firm opening the clause as its subject (我们驾校, 我们碾米厂, 我家饭店), and a lender's place after it (在, 跟, 向). */
const OWN_FIRM_SUBJECT = /^\s*(?:不过|但是|可是|只是|就是)?\s*(?:我们|我家|咱们|我)(?:的|家|这个)?\s*[^\s，,。]{0,4}$/;
const AT_THE_LENDER = /^\s*(?:在|跟|向|找|从)/;
/**
 * The owner's firm named as the subject of the question's own clause, a lender after it (我们驾校在建行还有一笔八十万的贷款 … 再贷五十万
 * 格可以, 我们碾米厂在农商行还有笔贷款没还完 格还能贷; round 45): the question starts after the firm, which is told as the wish is.
 */
function firmAsSubject(state: State, asked: Mention, start: number): number {
  const firm = ofKind(state, 'industry').find(
    (t) =>
      t.start >= start &&
      t.end < asked.start &&
      OWN_FIRM_SUBJECT.test(state.text.slice(start, t.start)) &&
      AT_THE_LENDER.test(state.text.slice(t.end, asked.start)),
  );
  if (firm !== undefined) return firm.end;
  // ...or the firm described in the clause's opening words, the loan held told right after, read joined (我们 在 河口 做 电子 产品 批发 卖 给
  // 越南 的 商户 有 一 笔 50万 的 loan …: 商户有一笔…): the question starts at its own words.
  const described =
    asked.value === 'loan-held' &&
    OWN_FIRM_DESCRIBED.test(state.text.slice(start, asked.start)) &&
    ofKind(state, 'industry').some((t) => t.start >= start && t.end <= asked.start);
  return described ? asked.start : start;
}
/** The owner's firm described from the clause's start: 我们在河口做…, 我家开…, 我是卖…的. */
const OWN_FIRM_DESCRIBED = /^\s*(?:我们|我家|咱们|我)(?:是|就是)?\s*(?:在[^\s，,。]{1,6}?)?\s*(?:做|开|搞|卖|种|养|跑|经营)/;

/** A word of selling to, right before the buyers named: "sales … mostly to", 卖给, 供货给. */
const SOLD_TO_BEFORE = /(?:\bto|卖给|供货给|供给|卖到)\s*$/;
/**
 * The buyers a debt is told of, named after the firm's own selling in the same clause ("sales last year 800k mostly to a factory in
 * kunming that pays 3 months later"; round 41): the question starts at the buyers, the sales told before them are the firm's facts.
 */
function buyersSoldTo(state: State, start: number, debtStart: number): number {
  const buyers = ofKind(state, 'scope').find(
    (s) => s.value === 'customers' && s.start > start && s.start <= debtStart && SOLD_TO_BEFORE.test(state.text.slice(start, s.start)),
  );
  return buyers?.start ?? start;
}

/**
 * Whether the firm can borrow, its words reaching back over what makes it doubtful and the owner's own wish told between (刚注册了个体户
 * 卖水果的 还没得流水 想贷五万进货 能贷到不; round 37, fix37a, convention 278): the question is the clause of its asking words, so the
 * facts and the wish before it are kept (convention 62), as when the doubt is its own clause.
 */
function askingClauseAfterTheWish(state: State, asked: Mention, start: number): number {
  const asking = askedClauseStart(state.text, Math.max(asked.start, asked.end - 1));
  return asking > start && wishBefore(state, asking) ? asking : start;
}

/**
 * How long approval takes, its words right after the owner's need with no break (我们开米线店的 想贷 20万 装修 approval 要多久, 想借
 * 三十万 建冷库 approval 一般要多久: the English question word is read as 审批 and joined to the need's last word; round 30, fix30a): the
 * use said right before it is the owner's need, told after a wish to borrow, not the kind of firm asked about (开饭店的一般多久能批).
 */
function needBeforeTheAsking(state: State, asked: Mention, start: number): number {
  if (asked.value !== 'approval-time' || start >= asked.start) return start;
  if (!wishBefore(state, start)) return start;
  const use = ofKind(state, 'purpose').find((p) => p.start >= start && state.text.slice(p.end, asked.start).trim() === '');
  return use === undefined || state.text.slice(start, use.start).trim() !== '' ? start : asked.start;
}

/**
 * Where the facts stated after a question of what suits the firm begin: after the end of the question's
 * clause ("what do you recommend for us, we need 500k for 3 months": the need told after it); the text
 * length when the question ends the message. Only punctuation ends it here, no space (PUNCTUATION, not
 * SPOKEN_CLAUSES): the words after a spaced question are its own (supply chain finance 适不适合 我们 这种
 * 小 厂: the kind of firm asked about, no fact stated).
 */
function clauseEndAfter(text: string, at: number): number {
  const end = clauseEnd(text, at, PUNCTUATION);
  // A wish to borrow after a space in Chinese opens the owner's own clause (哪种贷款最适合我们 想借二十万进货).
  WISH_AFTER_A_SPACE.lastIndex = at;
  const wish = WISH_AFTER_A_SPACE.exec(text);
  if (wish !== null && wish.index < end) return wish.index + 1;
  FIRM_AFTER_A_SPACE.lastIndex = at;
  const firm = FIRM_AFTER_A_SPACE.exec(text);
  if (firm !== null && firm.index < end) return firm.index + firm[0].length;
  return end < text.length ? end + 1 : end;
}

/**
 * Where the facts told after a question begin when a turning word stands before its clause's end ("had a late payment on my mortgage
 * in 2023 but we need 60k for stock, any chance?"; round 41): at the word, else `end`.
 */
function turnedFrom(text: string, from: number, end: number): number {
  TURN_TO_NEED.lastIndex = from;
  const turn = TURN_TO_NEED.exec(text);
  return turn !== null && turn.index < end ? turn.index : end;
}

/** Just after the end of the clause (as owners type clauses) holding `at`: where the facts told after a question there begin. */
function ownClauseEnd(text: string, at: number): number {
  const end = clauseEnd(text, at, SPOKEN_CLAUSES);
  return end < text.length ? end + 1 : end;
}

/** A space, then the owner's wish to borrow in Chinese: 想借, 要贷, 需要借, 打算融资. */
// ...a word of only or still before it (就想贷, 只想借, 还要借).
// ...or the owner's own firm declared after a space (办贷款要带哪些材料 我们是个体户, 有哪样贷款适合我们 我们是小微企业; round 23);
// ...or a thing the owner wants to buy (哪个好点嘛 我们要买设备; round 23).
// ...or the firm the owner plans to open (创业贷去哪里办 打算在曲靖开个奶茶店, 贷免扶补在哪点办理 准备在村里开个小卖部; round 36, corpus convention 239).
const WISH_AFTER_A_SPACE = new RegExp(
  String.raw`\s(?=(?:我们|我)?(?:就|只|还|也)?(?:想|要|需要|打算|准备)(?:借|贷|融资|弄|整|搞|买|添|换|购)|(?:我们|我)(?:是|属于|算)(?!不是)` +
    String.raw`|(?:我们|我)?(?:就|只|还|也)?${OPEN_WISH_ZH})`,
  'g',
);
/**
 * After how long approval takes, the firm told by where it is or its work too (办贷款要几天啊 我们在晋宁种花的, 审批要多久 我们开米线店的,
 * 放款要几天 我家养猪的; round 29, judge-87): corpus convention 28; after any question whose firm may be told after it, what to bring
 * above all (办经营贷要准备哪些材料 我们在丽江开民宿的, 办贷款要带哪些材料 我家养猪的; round 31, convention 87), as 我们是… after it
 * always read.
 */
// ...or right after the question's last word when the words typed apart were joined (approval 要多久 我们是 做 民宿 的 在 沙溪 read
// 审批要多久我们是做民宿的在沙溪; round 37, fix37c): the firm, 是 before its verb or not; where to apply too (贷款 去 哪点 apply 我们 在 蒙自
// 开 过桥米线 店 的, "apply" read 申请 and joined; round 47).
// ...or its figures after a space (格算小微企业嘛 我们营业额有三千万; round 63).
const FIRM_AFTER_A_SPACE =
  /\s(?=(?:我们|我|我家)(?:在|开|做|种|养|跑|卖|的?(?:营业额|营收|流水|收入|员工|工人|人|公司)|一年|去年)(?!不是))|(?<=多久|几天|多长时间|好久|几个月|申请|办理)(?=(?:我们|我家)是?(?:在|开|做|种|养|跑|卖)(?!不是))/g;

/**
 * Questions whose firm and need may be told after them: what to recommend (which is best, does it fit), and nothing to
 * pledge said first (没得抵押 想借个十五万, "no collateral, need 80k": the sum wanted told after it is the owner's).
 */
// What to bring and where to apply too (what documents do we need, we're a sole proprietor; 去哪里申请 我们是微型企业; round 23).
// ...and buyers paying late, then the shortfall (hotels pay us 60 days late, we're short maybe 200k): round 24.
const NEED_TOLD_AFTER: ReadonlySet<string> = new Set([
  // The size class asked, the figures after it (格算小微企业嘛 我们营业额有三千万; round 63).
  'size-class',
  'which-is-best',
  'does-it-fit',
  'collateral',
  'what-to-bring',
  'where-to-apply',
  'receivables',
  'receivables-loan',
  // How long approval takes, the firm told after it (审批要多久 我们是做鲜花批发的, "how long does approval take? we run a cold
  // store": round 27), as its facts told before it are kept.
  'approval-time',
  // A programme asked, the firm to be told after it ("is there a graduate startup loan? i want to open a bakery", 有没有贴息 我们想开个
  // 客栈; round 37, fix37a, convention 276).
  'subsidies',
]);

/**
 * A programme asked keeps what is told after it only when that is a firm to open (…? i want to open a bakery; round 37, fix37a,
 * convention 276): the firm described after 格有哪样补贴 (我们是种花的) stays the question's, as judge-1 reads it.
 */
function planAfter(state: State, asked: Mention): boolean {
  if (ofKind(state, 'purpose-detail').some((d) => d.value === 'startup' && d.start >= asked.end)) return true;
  // ...or the owner's own firm told after it (能不能申请贴息贷款 我们是做茶叶的, "any subsidies? we run a guesthouse"; round 40).
  return ofKind(state, 'industry').some((i) => i.start >= asked.end && OWN_FIRM_TOLD.test(state.text.slice(asked.end, i.start)));
}
/** The owner's firm told, the words before its trade: 我们是做, 我们开, 我家, "we run", "we're a". */
const OWN_FIRM_TOLD =
  /(?:我们|我|咱们|我家)\s*(?:是|家|这边)?\s*(?:在[^\s，,。.]{1,6})?\s*(?:做|开|搞|种|养|卖|经营|干)[^，,。.!?]{0,6}$|\b(?:we|i)(?:['’]re| are| am|['’]m)?\s+(?:run|own|have|do|sell|grow|make|a|an)\b[^.!?]{0,20}$/;

/** Questions whose own words may hold the sum wished (想用我老婆的名义去贷三十万 格得, 想拿猪场去抵押 贷 60万 扩圈舍 格得). */
const SUM_ASKED: ReadonlySet<string> = new Set(['who-may-apply', 'collateral']);

/** A use said right after the sum of the asking (贷 60万 扩圈舍), nothing but a space between, or its season (贷个六十万 割胶季周转; round 46). */
function useOfTheSumAsked(m: Mention, asked: Mention, text: string, sums: readonly Mention[]): boolean {
  return sums.some((q) => sumOfTheAsking(q, asked, text) && m.start >= q.end && USE_AFTER_SUM.test(text.slice(q.end, m.start)));
}
const USE_AFTER_SUM = /^\s*(?:[^\s，,。.\d]{1,4}?(?:季|季节|旺季|的时候))?\s*(?:来|去|用来|拿来)?\s*$/;

/** The owner's own firm right before its trade's word: "our bakery", "my little noodle shop", 我们的面馆, 我家客栈. */
const OWN_FIRM_NAMED = /\b(?:our|my)\s+(?:[a-z-]+\s+)?$|(?:我们|我|咱们)(?:的|家)\s*$|我家\s*$/;

/** Words that end with their sentence's mark ("subsidies?"). */
const SENTENCE_ENDED = /[?？!！。]\s*$/;
/** A later sentence that asks again (up to its end: "…, do we need collateral for 500k?"): no fact stated. */
const ASKED_AGAIN = /^[^.!。！]*[?？]/;
/**
 * Only a bare tag asking the chance left after the need ("… now i want 80k to open a noodle shop, any chance?", 想贷二十万 格行?; round 41):
 * the same question asked again in a word, not another one: the need before it stays.
 */
/** Approval asked as the tag ("will the bank still approve?", "can we still get one?"; round 42): the chance asked in other words. */
const APPROVED_STILL =
  String.raw`will (?:the |a )?(?:bank|they|lenders?|it|anyone) (?:still )?(?:approve|lend|say yes)(?:(?: to)? (?:it|us|me|that))?(?: again| more)?|` +
  String.raw`(?:can|could) (?:we|i) still (?:get|borrow|apply)(?: (?:it|one|a loan|money|for (?:it|one|a loan)))?|` +
  // ...or bare ("…, can we?"; round 43).
  String.raw`(?:can|could) (?:we|i)(?: still)?|` +
  // ...or the trouble told before weighed again ("… we need 600k for seedlings, will that old record hurt us?"; round 46).
  String.raw`(?:will|would|does|could|can) (?:that|it|this)(?: old| past)?(?: record| thing| late payment| loan)? (?:hurt|affect|stop|block|matter|count against|be a problem)(?: (?:us|me|it|our chances|my chances))?|` +
  String.raw`(?:is|would) (?:that|it) (?:be )?a problem`;
const CHANCE_TAG = new RegExp(
  String.raw`^[^.!。！?？]*?[,，\s](?:any chance|what are (?:my|our|the) chances|possible|is it possible|doable|格行|格得|行不行|得不得|有戏吗?|有希望吗?|${APPROVED_STILL})\s*[?？]\s*$`,
);

/**
 * Questions of money across the border (round 25): the firm's own facts told before them are kept (its trade, staff, sales and the
 * sum it wants: 我们开客栈的 七个人 想贷二十万 有没有办法锁汇), not what the question is about: a sum told with no word saying what it
 * is (越南客户付了我们五十万, "we got paid 80k baht": the payment), the money's way or its markets (收越南盾, 货款, buyers abroad: no
 * purpose, no cross-border, as "getting paid from abroad, asked how" has read since w7), nor a period (三个月后才到).
 */
const MONEY_ACROSS: ReadonlySet<string> = new Set(['currency-exchange', 'lock-exchange-rate', 'wallet-across-border']);

/**
 * Whether a way will do (融资租赁 格合适, can we lease…, is that ok), or which of two ways is better for it (round 25:
 * 买挖机是搞融资租赁好还是直接去农商行贷款好, "to get a new oven, leasing or a bank loan, which is better"): the way sets no
 * purpose, a thing bought does.
 */
const WAY_ASKED: ReadonlySet<string> = new Set(['does-it-fit', 'which-is-best']);
/** The purposes of a thing bought or done to the premises, kept beside the way asked (the way's own, collecting, is none). */
const THINGS_BOUGHT: ReadonlySet<string> = new Set(['equipment-expansion', 'renovation']);

/** The owner declaring the firm's class right before it: 我们是, 我是, 我们属于, "we're a", "we are". */
const CLASS_DECLARED_BEFORE =
  /(?:(?:^|\s|[，,。.])(?:我们|我|咱们)(?:是|属于)\s*(?:一个|一家|个)?|\b(?:we|i)(?:['’]re| are| am|['’]m) (?:a |an )?)$/;
/** A class asked, right after it: 吗, 不, 么, 算不算, "?". */
const CLASS_ASKED_AFTER = /^\s*(?:吗|么|嘛|不|没|呢|算不算|是不是|[?？]|\?)/;

function isProfile(m: Mention): boolean {
  return PROFILE_KINDS.has(m.kind) || (m.kind === 'flag' && m.value !== 'borrow-wish');
}

/**
 * Whether a mention the question or offer would drop is kept: a fact stated before a question of what
 * suits the firm (the customers supplied named there still bound it: 供货给酒店 他们结账要…, the hotels
 * are the buyers; of buyers paying late, the trade, staff and sales, not where the buyers are:
 * 越南 buyers 一直拖款); an offer's terms corrected still correct (说错了 月供是四千二 不是四千八).
 */
/** What the message tells around the question, for `keptFact`: its text and the mentions a decision looks at. */
interface Told {
  text: string;
  /** Whether a cue saying what a figure is stands before it in its clause. */
  cued: (m: Mention) => boolean;
  /** Whether a mention is the firm's own trade across the border, told. */
  tradeAcross: (m: Mention) => boolean;
  /** The buyers' debts told (buyer-owes flags). */
  debts: readonly Mention[];
  /** The sums of money said. */
  sums: readonly Mention[];
  /** Where a wish that is itself asked begins ("can we take out another 200k for stock?"), its words running past the question's. */
  wishAsked?: number;
}

/** Selling or bookings said before a platform's name: "bookings come through", "we sell on", 卖, 开店, 接单. */
const SOLD_ON_BEFORE = /\b(?:sell|sells|selling|sold|bookings?|orders?|come through|comes through|listed)\b|卖|开店|接单/;
/** A delivery platform's own selling word, in the flag or right after it (美团 外卖 的 钱; round 50), or a platform that only delivers
 * (饿了么的钱一个礼拜才打一回; round 55): selling told. */
const SELLING_FLAG = /外卖|饿了么|\b(?:delivery|takeaway|take-out|eleme|ele\.me)\b/;
/**
 * Customers booking or ordering on the platform, right after its name (客人都是在携程上订; round 55, convention 560): sold on it; not the
 * money named by the booking (携程上订房的钱: the payout's name, judge-187).
 */
const BOOKED_AFTER = /^\s*(?:上|里|上面)?\s*(?:订|预订|下单|订房)(?![^\s，。,]{0,2}的)/;

/** The owner's wish to get a thing, right before it: 想再买, 打算换, 准备添, "want a new", "need another" (see keptFact). */
const THING_WISHED_ZH = String.raw`(?:想|打算|准备|计划)(?:再|多)?(?:买|换|添|购|置办)\s*$`;
const THING_WISHED_EN = String.raw`\b(?:want|need|(?:looking|planning) to (?:buy|get)|wanna (?:buy|get))\s+(?:to (?:buy|get|add)\s+)?(?:a |an |another |one more |\d+ |two |three )?(?:new |more |second )?$`;
const THING_WISHED = new RegExp(`${THING_WISHED_ZH}|${THING_WISHED_EN}`);
/** An equipment purpose read of a thing the owner says it wants (THING_WISHED right before its words or inside them). */
function ownThingWanted(m: Mention, text: string): boolean {
  if (m.kind !== 'purpose' || m.value !== 'equipment-expansion') return false;
  const from = Math.max(0, m.start - 30);
  for (let at = m.start; at < m.end; at++) if (THING_WISHED.test(text.slice(from, at))) return true;
  return false;
}

function keptFact(m: Mention, asked: Mention, factsEnd: number, laterFacts: number, told: Told): boolean {
  const { text, cued, tradeAcross, debts, sums } = told;
  // (...and the thing the owner wants, said so before the seller's terms: 想再买两台大疆T50 … 厂家说可以分期, "want a new laser removal
  // machine, dealer quoted 168k…"; round 66, a tester: the need's purpose, the price left to the offer.)
  if (asked.kind === 'offer') return (m.kind === 'flag' && m.value === 'correcting') || ownThingWanted(m, text);
  // The sum borrowed in another's name, right after the asking's own borrowing verb (想用我老婆的名义去贷三十万 格得; round 42): the need.
  const sumAsked = SUM_ASKED.has(String(asked.value));
  if (sumAsked && sumOfTheAsking(m, asked, text)) return true;
  // ...and the use said right after that sum (想拿猪场去抵押 贷 60万 扩圈舍 格得; round 43): the need's.
  if (sumAsked && m.kind === 'purpose' && useOfTheSumAsked(m, asked, text, sums)) return true;
  // The firm's class declared by the owner in words of its own inside the question's (银行讲要拿一年的完税证明 我们是个体户 交的定额税
  // 咋个整, "…, we're a sole proprietor, …"; round 42): a fact told, whatever is asked around it; not a class asked (我们算小微企业吗).
  if (m.kind === 'size' && CLASS_DECLARED_BEFORE.test(text.slice(0, m.start)) && !CLASS_ASKED_AFTER.test(text.slice(m.end))) return true;
  // Someone else's business told before the question, whose scope runs on over it, is kept (我爹在弥勒种葡萄 … 他想贷十万买滴灌设备 去哪家
  // 申请好: the father's firm, asked for; round 27), a buyer's too, before money across's own test, which would drop the buyer's scope and
  // keep the trade inside it ("ship green beans to a roaster in chiang mai. he wants to pay in baht now, ok or nah?"; round 59).
  if (m.kind === 'scope' && (m.value === 'customers' || m.value === 'relative')) return m.start < factsEnd;
  if (MONEY_ACROSS.has(String(asked.value)) && !firmsOwn(m, cued) && !tradeAcross(m)) return false;
  // The owner's own firm named inside the question of who may apply ("my dad is the legal rep for our bakery …, can i sign"; round 43,
  // convention 216): the firm's trade, told.
  if (asked.value === 'who-may-apply' && m.kind === 'industry' && OWN_FIRM_NAMED.test(text.slice(0, m.start))) return true;
  // A loan held stays one (车贷还有 8 个月 才还完, 想再申请一笔经营贷 格可以; round 43): its months left are no term wanted, whatever is kept.
  if (m.kind === 'scope' && m.value === 'existing-loan') return true;
  // The platform the firm sells on, told so, beside its takings asked early ("most bookings come through airbnb and they only pay us
  // after checkout. can we get the money sooner?"; round 50): the firm's online sales; not the platform naming the payout asked
  // ("tiktok shop early payout, is the fee expensive").
  // (...the selling word inside the flag's own words too: "we sell mostly on taobao and shopee, …"; round 54.)
  const soldOn = (f: Mention) =>
    SELLING_FLAG.test(text.slice(f.start, f.end + 4)) ||
    BOOKED_AFTER.test(text.slice(f.end)) ||
    SOLD_ON_BEFORE.test(text.slice(clauseStart(text, f.start, SPOKEN_CLAUSES), f.end));
  if (asked.value === 'platform-early-payout' && m.kind === 'flag' && m.value === 'online-sales' && m.start <= asked.start && soldOn(m))
    return true;
  // Beside a receivables question only money already owed stays (round 24, convention 14): a debt or late paying told
  // (客户欠我们货款 怎么办, "customers haven't paid us"), not credit terms asked for or weighed (要我们给三个月账期 格答应得,
  // "wants 90 days credit, should we agree") nor the receivable only named as what a loan is raised on (应收账款能不能融资).
  if (OWED_ASKED.has(String(asked.value)) && m.kind === 'flag') {
    // ...and the firm's own trade across the border told before it (在磨憨做水果进出口 泰国买家…没打过来 咋个整, "we're a trading company
    // exporting rubber to thailand, our buyer … owes us"; round 34, fix34b): a fact of the firm, as beside a question of money across the
    // border (convention 97); the buyer's own country still sets none (convention 98).
    if (m.value === 'cross-border') return m.end <= factsEnd && tradeAcross(m);
    return m.value === 'buyer-owes' && debtOwed(m, text);
  }
  // ...nor the debt's own sum, inside its words (工程款 还有 90万 没结, can we borrow against it; round 37): no figure of the firm's.
  if (OWED_ASKED.has(String(asked.value)) && m.kind === 'quantity' && debts.some((d) => d.start <= m.start && m.end <= d.end)) return false;
  // A way asked about whose clause names a thing to buy with it (想搞融资租赁买烘干设备 格合适, "can we lease a truck for the
  // business, is that ok"): the thing keeps its purpose; the way itself (收钱 with a personal code) sets none (round 21).
  // (...its fitting out too, the premises' renovation read from the same words as a detail: 装修能不能用融资租赁; round 40.)
  if ((m.kind === 'purpose' || m.kind === 'purpose-detail') && WAY_ASKED.has(String(asked.value)) && THINGS_BOUGHT.has(String(m.value))) {
    if (m.start >= factsEnd && m.start < asked.start && !breakBetween(text, m.start, asked.start, SENTENCES)) return true;
    // ...or a machine named after the way in the question's own sentence, one way weighed (does-it-fit) and that a lease ("is leasing a
    // good idea for a concrete mixer truck"; round 33, corpus convention 144): not a shop ("… for our new shop"), not after two ways
    // weighed (convention 71: "is leasing cheaper or a bank loan for 3 new trucks?"), not after crowdfunding or a lender.
    if (
      asked.value === 'does-it-fit' &&
      m.start >= asked.start &&
      // ...the lease word before the thing, or opening the thing's own words ("does it make sense to lease a bread oven"; round 36).
      (LEASE_WEIGHED.test(text.slice(asked.start, m.start)) || LEASE_WEIGHED.test(text.slice(m.start, m.end))) &&
      !breakBetween(text, asked.start, m.start, SENTENCES) &&
      MACHINE_NAMED.test(text.slice(m.start, m.end))
    )
      return true;
  }
  // The firm planned with money raised by the way asked about (想在网上众筹开个咖啡馆 格行, "can we crowdfund to open a cafe in dali?";
  // round 40, convention 369): the plan is the owner's, its trade and sum kept.
  if (asked.value === 'does-it-fit' && raisedToOpen(text, m)) return true;
  // The way weighed for the owner's own loan, its sum and term right after ("what's the cheapest way to borrow 100k for 6 months";
  // round 40): the need told, as 借十万 半年 哪种最便宜 reads.
  if (asked.value === 'which-is-best' && m.start >= asked.end && wayToBorrowAfter(text, asked, m)) return true;
  // The need told as the question's condition ("… is that a problem if we want 100k for new cameras?"; round 42): the wish, kept.
  if (ASKED_OF_THE_WISH.has(String(asked.value)) && m.start >= asked.end && IF_WISHED.test(text.slice(asked.end))) return true;
  // The wish asked as the question's last words: its sum and use are the need, though a question mark ends them.
  if (told.wishAsked !== undefined && m.start >= told.wishAsked) return true;
  // The worth of the thing asked pledgeable, told after the question ("can we pledge what's in our cold store? about 800k worth of frozen
  // fish", 能不能拿库存抵押 价值两百万左右; round 45): the pledge's worth, no figure of the firm's, as credit39's coffee reads.
  if (asked.value === 'collateral' && m.kind === 'quantity' && m.start >= asked.end && worthSaid(text, m)) return false;
  // The firm's need told after the question, in a clause that asks nothing more.
  if (m.start >= laterFacts && (!ASKED_AGAIN.test(text.slice(m.end)) || CHANCE_TAG.test(text.slice(m.end)))) return true;
  return m.end <= factsEnd;
}

/** A sum said as a thing's worth: "800k worth of", "worth about 2m", 价值两百万. */
const WORTH_AFTER = /^\s*(?:worth\b|的货|的东西)/;
const WORTH_BEFORE = /(?:\bworth\s*(?:about|around|roughly|maybe)?|价值|值)\s*(?:大概|大约|差不多|about|around)?\s*$/;
function worthSaid(text: string, m: Mention): boolean {
  return WORTH_AFTER.test(text.slice(m.end)) || WORTH_BEFORE.test(text.slice(0, m.start));
}

/** The way asked to borrow, right after the asking words: " to borrow", " way to borrow", " for us to get". */
const TO_BORROW_AFTER = /^\s+(?:(?:way|option|route|loan|place|bank|lender)s?\s+)?(?:for (?:us|me)\s+)?to (?:borrow|get|raise)\b/;

/** Whether `m` (a sum, a term, their cue) is the loan the way is asked for, in the question's own sentence after it. */
function wayToBorrowAfter(text: string, asked: Mention, m: Mention): boolean {
  if (m.kind !== 'quantity' && m.kind !== 'cue') return false;
  return TO_BORROW_AFTER.test(text.slice(asked.end)) && !breakBetween(text, asked.end, m.start, SENTENCES);
}

const RAISED_TO_OPEN = new RegExp(RAISED_TO_OPEN_EN, 'g');

/** A sum raised by a way named right before it (众筹二十万 … 格行): the tag asks whether that way fits (round 40, convention 369). */
function raisedBy(state: State, sum: Mention): boolean {
  return ofKind(state, 'service').some((s) => s.end <= sum.start && /^\s*(?:个|上)?\s*$/.test(state.text.slice(s.end, sum.start)));
}

/** Whether the mention lies in a plan to open a firm with money raised in its own words (想众筹开个咖啡馆, "crowdfund to open a cafe"). */
function raisedToOpen(text: string, m: Mention): boolean {
  if (plannedTrade(text, m, RAISED_IN_PLAN_ZH)) return true;
  for (const p of text.matchAll(RAISED_TO_OPEN)) if (m.start >= p.index && m.end <= p.index + p[0].length) return true;
  return false;
}

/** The firm's own facts beside a question of money across the border: its trade, size, people and the sums said what they are. */
function firmsOwn(m: Mention, cued: (m: Mention) => boolean): boolean {
  if (m.kind === 'industry' || m.kind === 'size' || m.kind === 'role' || m.kind === 'cue') return true;
  if (m.kind !== 'quantity') return false;
  return m.value.kind === 'people' || (m.value.kind === 'money' && cued(m));
}

/**
 * The firm's own trade across the border, told before a question of money across the border (round 31, fix31d, corpus convention
 * 97: 我们在河口做水果进出口的 越南盾要是跌了咋个办, 我们做边贸的 老挝客户付的基普 咋个换, "we import durian from thailand, how do we lock
 * the baht rate"): a cross-border word in a clause (as owners type clauses: SPOKEN_CLAUSES) that names the firm's trade is a fact of the
 * firm, kept as its trade is; the payment's own markets (老挝客户付的基普, the currency's country) name no trade and stay dropped.
 */
function tradeAcrossTold(state: State): (m: Mention) => boolean {
  const trades = ofKind(state, 'industry');
  return (m) => {
    if (m.kind !== 'flag' || m.value !== 'cross-border') return false;
    const start = clauseStart(state.text, m.start, SPOKEN_CLAUSES);
    const end = clauseEnd(state.text, m.end, SPOKEN_CLAUSES);
    return trades.some((t) => t.start >= start && t.end <= end);
  };
}

/**
 * Only the 的 closing a trade phrase between the trade's word and the question's (做进出口的越南盾…), or a time word after it (做 durian
 * import 的 最近 泰铢 rate 跌得凶; round 50).
 */
const CLOSED_BY_DE = /^的\s*(?:最近|现在|这段时间|这几天|这两天|今年|近来)?\s*$/;
/** The verb a trade phrase opens with (做, 搞, 跑). */
const TRADE_VERB = /做|搞|跑/;

/**
 * A trade told with 做…的 closed right before the words of a question of money across the border, no break between (做 import export 的
 * 越南盾 的 rate 老是变, typed apart and read joined: 做进口出口的越南盾…; round 31, fix31d): the firm described, then the question; its
 * facts end where the question's words begin.
 */
function tradeClosedBefore(state: State, asked: Mention, factsEnd: number): number {
  if (OWED_ASKED.has(String(asked.value))) return tradeClosedBeforeTheDebtor(state, asked, factsEnd);
  if (!MONEY_ACROSS.has(String(asked.value)) || asked.start <= factsEnd) return factsEnd;
  const closed = ofKind(state, 'industry').some(
    (t) =>
      t.start >= factsEnd &&
      CLOSED_BY_DE.test(state.text.slice(t.end, asked.start)) &&
      TRADE_VERB.test(state.text.slice(factsEnd, t.start)),
  );
  return closed ? asked.start : factsEnd;
}

/** The 的 closing a trade phrase, right after the trade's word (做出口的, 做进出口的). */
const DE_AFTER = /^\s*的/;

/**
 * A trade told with 做…的, then the buyer that owes with no break (我们 做 export 的 缅甸 buyer 欠 我们 四十万, typed apart and read
 * joined: 我们做出口的缅甸客户欠我们…; round 34, fix34b): the firm described, then its debtor; its facts end at the 的, so the
 * trade and its market across the border are kept beside the receivables question, the buyer's country still not (convention 98).
 */
function tradeClosedBeforeTheDebtor(state: State, asked: Mention, factsEnd: number): number {
  if (asked.start <= factsEnd) return factsEnd;
  const trade = ofKind(state, 'industry').find(
    (t) =>
      t.start >= factsEnd &&
      t.end < asked.start &&
      DE_AFTER.test(state.text.slice(t.end, asked.start)) &&
      TRADE_VERB.test(state.text.slice(factsEnd, t.start)),
  );
  if (trade === undefined) return factsEnd;
  return trade.end + (DE_AFTER.exec(state.text.slice(trade.end))?.[0].length ?? 0);
}

/** A buyer-owes flag beside a receivables question tells money already owed: not the receivable's name alone, nor terms weighed. */
function debtOwed(m: Mention, text: string): boolean {
  if (RECEIVABLE_NAMED.test(text.slice(m.start, m.end))) return false;
  return DEBT_TOLD.test(text) || !CREDIT_WEIGHED.test(text);
}

/** Two things named to be weighed (跟, 还是, or): a rate told with neither is weighed against the offer before. */
const TWO_WEIGHED = /跟|和|与|还是|或者|或是|另一家|另外一家|\bor\b|\bvs\.?|\bversus\b|\bthan\b|\banother\b/;

/** After the question's mark, the owner's own answer opening: like, then, 那就, 就 (can I pay in instalments? like 1 year). */
const ANSWER_OPENS = /^[?？]\s*(?:(?:like|then|so|maybe|prob(?:ably)?|about|around|say|那|那就|就|大概|差不多)[\s,，]*)*$/;
/**
 * How long the loan runs, asked, then answered by the owner in the same message ("can I pay in instalments? like 1 year", "does term
 * mean how long to pay it back? then 2 yrs"; round 65): the term told after the question is the owner's.
 */
function termAnsweredAfter(text: string, m: Mention, asked: Mention): boolean {
  if (m.kind !== 'quantity' || m.value.kind !== 'duration' || asked.kind !== 'question' || asked.value !== 'loan-term') return false;
  const mark = Math.max(text.lastIndexOf('?', m.start), text.lastIndexOf('？', m.start));
  return mark >= asked.start && ANSWER_OPENS.test(text.slice(mark, m.start)) && !/^\s*[?？]/.test(text.slice(m.end));
}

export function directQuestion(state: State): void {
  // The meaning asked of a requirement just stated ("they want a guarantor, what does that mean"): no question of its own.
  const pointed = ofKind(state, 'term').find((t) => t.pointed === true);
  if (pointed !== undefined) {
    drop(state, 'directQuestion', (m) => m.kind === 'question' && m.start >= pointed.start && m.end <= pointed.end, 'its meaning is asked');
  }
  // The meaning of a word asked ("what does collateral mean", collateral 是什么意思): a question read from that word alone is
  // the word asked about, no question of its own.
  const meaning = ofKind(state, 'term')[0];
  if (meaning !== undefined && pointed === undefined) {
    const inside = (m: Mention) => m.start >= meaning.start && m.end <= meaning.end;
    const theWord = (m: Mention) =>
      m.kind === 'question' && inside(m) && isTermWord(String(meaning.value), state.text.slice(m.start, m.end));
    drop(state, 'directQuestion', theWord, 'the word whose meaning is asked');
  }
  // (An item of the advice named first is the service asked about: 第一个适不适合我们; round 61, convention 717; or named anywhere,
  // after the firm's news: 我们 restaurant 现在 staff 有 16 个了 第一个还适合不; round 63.)
  if (ofKind(state, 'service').length === 0 && itemAskedOf(state.text) === undefined) {
    drop(state, 'directQuestion', (m) => m.kind === 'question' && m.value === 'does-it-fit', 'whether it fits asks about no named service');
  }
  // A bare tag (得不得, 行不行, can?) after a sum asks for that loan (贷个二十万 两年还清 行不行), not whether a service fits.
  drop(
    state,
    'directQuestion',
    (m) =>
      m.kind === 'question' &&
      m.value === 'does-it-fit' &&
      BARE_TAG.test(state.text.slice(m.start, m.end)) &&
      ofKind(state, 'quantity').some((q) => q.value.kind === 'money' && !raisedBy(state, q)),
    'the tag asks for the sum said before it',
  );
  // An offer stated, then whether it will do in words that judge an offer (借呗给我开了五万额度 日利率0.04% 格划算):
  // the offer is judged (run.ts offerJudged), not whether the service named fits.
  if (ofKind(state, 'offer').length > 0) {
    drop(
      state,
      'directQuestion',
      (m) => m.kind === 'question' && m.value === 'does-it-fit' && OFFER_JUDGED.test(state.text.slice(m.start, m.end)),
      'the offer is what is judged',
    );
  }
  // An offer stated, then whether it is too much (3 percent per month, is it too much; 月供七千 格太多了): the offer's
  // cost is weighed, not the owner's sum.
  if (ofKind(state, 'offer').length > 0) {
    drop(state, 'directQuestion', (m) => m.kind === 'question' && m.value === 'amount-size', 'the offer is what is weighed');
  }
  // Interest kept back named (砍头息先扣一万, "taken upfront") in an offer with its rate or repayments, and no right asked
  // (合法吗, legal?): the offer's terms are what is weighed, its cost (round 20: 砍头息先扣1万 月息1分5 was explained, not costed).
  const priced = ofKind(state, 'offer').some((m) => pricedByRateOrRepayment(m.value as OfferTerms));
  if (priced && !RIGHT_ASKED.test(state.text)) {
    drop(state, 'directQuestion', (m) => m.kind === 'question' && m.value === 'upfront-interest', 'the offer kept back is what is costed');
  }
  // A bank's or a licensed lender's fee kept back, its cost asked ("the bank takes a 2% fee upfront, what does the loan really
  // cost"): the offer's fee weighed, no advance-fee fraud (unless whether it is real is asked too).
  const licensedFee = ofKind(state, 'offer').some((m) => {
    const terms = m.value as Record<string, unknown>;
    return terms.licensed !== undefined && (terms.fee !== undefined || terms.feePct !== undefined);
  });
  const costAsked = commandSpans(state.text, 'cost').length > 0;
  if (licensedFee && costAsked && commandSpans(state.text, 'platform-check').length === 0) {
    drop(
      state,
      'directQuestion',
      (m) => m.kind === 'question' && m.value === 'fraud-advance-fee',
      "a licensed lender's fee is the offer's cost",
    );
  }
  const question = ofKind(state, 'question')[0];
  // An offer weighed against the one before (月息八厘 跟刚才那家比哪个便宜, "4.2%, cheaper than the last one?"): the
  // offer is what is weighed, its terms kept.
  // ...or one rate told now and weighed with nothing else named beside it (那 compare 下 信用社 的 年息 6.5 哪个 划算; round 55, convention 545):
  // the other is the offer before.
  // (Two rates told, 年化百分之四点八 … 月息一分, are two offers weighed against each other.)
  const oneRate = ofKind(state, 'offer').some(
    (m) => [m.value.monthlyRatePct, m.value.annualRatePct, m.value.dailyRatePct].filter((v) => v !== undefined).length === 1,
  );
  const weighedAgainstEarlier =
    question?.value === 'which-is-best' &&
    (EARLIER_OFFER.test(state.text) || (priced && oneRate && ofKind(state, 'service').length === 0 && !TWO_WEIGHED.test(state.text)));
  // Interest kept back asked whether allowed (批了二十万 到手只有十八万 这个合法吗, "they paid us 180k of the 200k approved, is
  // that legal"): the sums kept back are what the answer works on, so the offer stays beside the question (round 36).
  const keptBackAsked = question?.value === 'upfront-interest';
  // A lender's priced offer beside a guarantor's fee, the two summed asked (农商行批了八十万 年化4.2 两年 还要找担保公司 担保费两个点 加起来一年实际要出
  // 好多钱; round 46): the offer is what the fee is added to, so it stays beside the question.
  // ...or the guarantor's yearly share alone, added to the offer costed before (还有个担保费 一年两个点 加进去一共好多; round 58, 709).
  const guarantorShare = ofKind(state, 'offer').some((m) => (m.value as OfferTerms).guaranteeFeePct !== undefined);
  const feeAddedTo = question?.value === 'guarantee-fee' && (priced || guarantorShare) && costAsked && FEE_ADDED.test(state.text);
  if (question !== undefined && !weighedAgainstEarlier && !keptBackAsked && !feeAddedTo) {
    drop(state, 'directQuestion', (m) => m.kind === 'offer', `a question outranks an offer (${question.rule})`);
  }
  const asked = question ?? ofKind(state, 'offer')[0];
  if (asked === undefined) return;
  drop(
    state,
    'directQuestion',
    // Unless the meaning is asked in a sentence of its own ("what is factoring? our buyer … pays after 90 days"):
    // two questions, the word's and the other.
    (m) => m.kind === 'term' && !OWN_SENTENCE_END.test(state.text.slice(m.end)),
    `${asked.kind === 'question' ? 'a direct question' : 'an offer'} outranks a word's meaning`,
  );
  // What suits the firm, asked after describing it: the clauses before the question's own are facts.
  const inside = asked.kind === 'question' ? wishInside(state, asked) : undefined;
  const wishedAfter = asked.kind === 'question' && (wishAfter(state, asked) || inside !== undefined);
  // (Where the question's words start, found once: the wish told before it and the facts end both need it.)
  const start = asked.kind === 'question' ? questionStart(state, asked) : 0;
  const ofTheFirm = asked.kind === 'question' && (ASKED_OF_THE_FIRM.has(asked.value) || wishTold(state, asked, start) || wishedAfter);
  const factsEnd = ofTheFirm ? tradeClosedBefore(state, asked, needBeforeTheAsking(state, asked, start)) : 0;
  // ...and the clauses after it, when the question opens the message (what do you recommend for us, we need 500k…;
  // 没得抵押 想借个十五万).
  const needAfter =
    asked.kind === 'question' && NEED_TOLD_AFTER.has(asked.value) && (asked.value !== 'subsidies' || planAfter(state, asked));
  // (Nothing to pledge is read up to the borrowing after it, 没得抵押 想借: its own clause ends before that.)
  const from = asked.value === 'collateral' ? asked.start : asked.end;
  // ...or when nothing of the firm comes before it, only what is weighed (网商贷和融资租赁哪个好 我们要买设备: round 23).
  // (A cue alone is no fact: 去信用社办贷款 要准备些哪样材料 我们是在弥渡养牛的, the loan named with no sum; round 42.)
  const nothingBefore = factsEnd === 0 || !state.mentions.some((m) => isProfile(m) && m.kind !== 'cue' && m.end <= factsEnd);
  const laterFacts = wishedAfter
    ? // (The wish inside the asking's own clause, "… expires next month and we need 300k to redo the rooms, can we still apply?": from it.)
      turnedFrom(
        state.text,
        asked.end,
        inside === undefined
          ? ownClauseEnd(state.text, Math.max(asked.start, asked.end - 1))
          : inside.end >= asked.end
            ? inside.start
            : Math.min(ownClauseEnd(state.text, asked.start), inside.start),
      )
    : needAfter && nothingBefore
      ? // The question's words ending its sentence ("any subsidies? we run a guesthouse"; round 40): the next one is the facts'.
        SENTENCE_ENDED.test(state.text.slice(asked.start, from))
        ? from
        : clauseEndAfter(state.text, from)
      : state.text.length + 1;
  // A sum with a word before it in its clause that says what it is (借, 营业额, need): the firm's figure.
  const cues = ofKind(state, 'cue');
  // ...or right after it, as English puts the label ("about 6m rmb revenue last year"; round 53).
  const labelledAfter = (m: Mention, c: Mention) => c.start >= m.end && /^\s{0,2}$/.test(state.text.slice(m.end, c.start));
  const cued = (m: Mention) =>
    cues.some((c) => (c.end <= m.start && !breakBetween(state.text, c.start, m.start, PUNCTUATION)) || labelledAfter(m, c));
  const tradeAcross = tradeAcrossTold(state);
  const debts = ofKind(state, 'flag').filter((f) => f.value === 'buyer-owes');
  const sums = ofKind(state, 'quantity').filter((q) => q.value.kind === 'money');
  // (...ending where the asking ends too: "… can we take out another" and its sum after; round 45.)
  // (...or, beside a loan held, its sum inside the asking after it: "can we borrow 300k more"; convention 419, round 45.)
  const sumInside = (w: Mention) => asked.value === 'loan-held' && sums.some((q) => q.start >= w.end && q.start < asked.end);
  const wishAsked = inside !== undefined && (inside.end >= asked.end || sumInside(inside)) ? { wishAsked: inside.start } : {};
  const told: Told = { text: state.text, cued, tradeAcross, debts, sums, ...wishAsked };
  drop(
    state,
    'directQuestion',
    // An offer's terms corrected ("说错了 月供是四千二 不是四千八") still say they correct what was said.
    (m) => isProfile(m) && !keptFact(m, asked, factsEnd, laterFacts, told) && !termAnsweredAfter(state.text, m, asked),
    `${asked.kind === 'question' ? 'a direct question' : 'an offer'} sets no profile field`,
  );
}
