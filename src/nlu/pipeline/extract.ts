// Extractors: each turns the message into mentions of one kind, with the rule that found them,
// and decides nothing else. Which mention counts is for the refiners; what they add up to is for
// the assembler.

import {
  HANDS_CALLED_IN,
  ALSO_CLAUSE,
  BORROW_WISH,
  BOUGHT_THINGS,
  BUYING_TRADE,
  CORRECTION_CUE,
  CROSS_BORDER_NEGATIVE,
  CROSS_BORDER_POSITIVE,
  CUSTOMERS_SUPPLIED,
  OWING_BUYER,
  FORMER_TRADE,
  HYPOTHETICAL,
  DESCRIBED_PEOPLE,
  OTHER_FIRM,
  SOLD_GOODS,
  MORE_PREMISES,
  EXISTING_LOAN,
  SALES_SO_FAR,
  SALES_TARGET,
  LANDMARK,
  PROVIDER_QUOTING,
  WORK_SEASON,
  REPAID_AFTER_SOLD,
  OWNER_ORIGIN,
  PARTNERSHIP,
  SERVED_SHOPS,
  ELIGIBILITY_AFTER_TOPIC,
  ELIGIBILITY_BEFORE_TOPIC,
  FACT_DENIAL,
  FIGURE_MARK_RULES,
  COUPLE,
  PARTNERS_OF_TWO,
  OWNER_ALONE,
  OWNERS_GROUP,
  HOUSEHOLD,
  HALF_OF_THAT,
  HOUSEHOLD_ONE,
  KIN_COUNT_AFTER_OWNER,
  HOUSEHOLD_TWO,
  OWNER_AND_COUNT,
  OWNERS_BESIDE,
  OWNERS_NAMED,
  PEOPLE_LIST,
  PERSON_LISTED,
  OWNER_WORKS,
  FAMILY_WORKS,
  INDUSTRY_DENIAL,
  INDUSTRY_RULES,
  LENDER_SAYS,
  MONEY_CUES,
  ONLINE_SALES_NEGATIVE,
  ONLINE_SALES_POSITIVE,
  BUYER_OWES,
  PURPOSE_RULES,
  PURCHASE_DENIED,
  COST_RISEN,
  QUESTION_AFTER_TOPIC,
  QUESTION_BEFORE_TOPIC,
  WHAT_IF_ASKED,
  CONDITION_ASKED,
  NOTHING_AFTER,
  OFFERED_BY,
  RELATIVE_BUSINESS,
  RELATIVE_NAMED_AFTER,
  RELATIVE_GIVEN,
  RELATIVE_GIVEN_ZH,
  RENOVATION_TRADE,
  REPLACE_CUE,
  SERVICE_RULES,
  SIZE_IGNORE,
  SIZE_RULES,
  STAFF_ROLES,
  STAFF_FORMS_EN,
  STAFF_FORMS_ZH,
  FORM_NEEDS_COMPANY,
  FORM_PEOPLE_AFTER,
  FORM_PEOPLE_BEFORE,
  AFTER_A_HEAD_COUNT,
} from '../lexicon/index';
import { A_ENDING_LIST, EN_TENS_AND_TEENS } from '../lexicon/en/roles';
import { findQuantities } from '../numbers';
import { HOTLINE_DIALLED } from '../lexicon/hotlines';
import { parseArabic, parseChineseNumeral, parseEnglishNumber } from '../numerals';
import { clauseEnd, clauseStart, PUNCTUATION } from './clauses';
import { directQuestions, offers, purposeDetails, terms } from './extract-asked';
import { heads, peopleListed } from './people-listed';
import { allMatches, type Match } from './match';
import { AT_WORK, type FlagName, isHouseholdRole, type Mention, OWNERS_ONLY_BESIDE, type ScopeKind, type State } from './mention';

export type Extractor = (state: State) => void;

/** Services: the first of overlapping names wins, the longer at the same place. */
export const services: Extractor = (state) => {
  const found: Mention[] = [];
  for (const rule of SERVICE_RULES) {
    for (const m of allMatches(rule.re, state.text)) {
      found.push({ kind: 'service', value: rule.id, start: m.start, end: m.end, rule: `service:${rule.id} "${m.text}"` });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  let lastEnd = -1;
  for (const m of found) {
    if (m.start >= lastEnd) {
      state.mentions.push(m);
      lastEnd = m.end;
    }
  }
};

export const industries: Extractor = (state) => {
  for (const rule of INDUSTRY_RULES) {
    for (const m of allMatches(rule.re, state.text)) {
      state.mentions.push({
        kind: 'industry',
        value: rule.id,
        priority: rule.priority,
        start: m.start,
        end: m.end,
        rule: `industry:${rule.id}@${rule.priority} "${m.text}"`,
      });
    }
  }
};

/**
 * The text with a single space between two Han characters left out (买 猪苗 和 饲料, 开 二店: Chinese typed
 * with spaces as in mixed messages), and for each of its characters the offset in the text as typed.
 */
function hanJoined(text: string): { text: string; at: number[] } | null {
  if (!HAN_SPACE_HAN.test(text)) return null;
  let out = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === ' ' && HAN_CHAR.test(text[i - 1] ?? '') && HAN_CHAR.test(text[i + 1] ?? '')) continue;
    out += text[i];
    at.push(i);
  }
  at.push(text.length);
  return { text: out, at };
}
const HAN_CHAR = /\p{Script=Han}/u;
const HAN_SPACE_HAN = /\p{Script=Han} \p{Script=Han}/u;

export const purposes: Extractor = (state) => {
  const asTyped: Mention[] = [];
  PURPOSE_RULES.forEach((rule, rank) => {
    for (const m of allMatches(rule.re, state.text)) {
      asTyped.push({ kind: 'purpose', value: rule.id, rank, start: m.start, end: m.end, rule: `purpose:${rule.id} "${m.text}"` });
    }
  });
  state.mentions.push(...asTyped);
  const joined = hanJoined(state.text);
  if (joined === null) return;
  // A purpose said in Chinese words typed apart is read as if typed together, unless the words as typed
  // already name a purpose there (换一下 收银系统: the till system's own purpose).
  PURPOSE_RULES.forEach((rule, rank) => {
    for (const m of allMatches(rule.re, joined.text)) {
      const start = joined.at[m.start] ?? 0;
      const end = (joined.at[m.end - 1] ?? start) + 1;
      if (end - start === m.end - m.start) continue;
      if (asTyped.some((t) => t.start < end && start < t.end)) continue;
      state.mentions.push({ kind: 'purpose', value: rule.id, rank, start, end, rule: `purpose:${rule.id} "${m.text}" (typed apart)` });
    }
  });
};

export const sizes: Extractor = (state) => {
  SIZE_RULES.forEach((rule, rank) => {
    for (const m of allMatches(rule.re, state.text)) {
      state.mentions.push({ kind: 'size', value: rule.id, rank, start: m.start, end: m.end, rule: `size:${rule.id} "${m.text}"` });
    }
  });
};

const FLAGS: ReadonlyArray<[FlagName, RegExp]> = [
  ['cross-border', CROSS_BORDER_POSITIVE],
  ['online-sales', ONLINE_SALES_POSITIVE],
  ['buyer-owes', BUYER_OWES],
  ['correcting', CORRECTION_CUE],
  ['replacing', REPLACE_CUE],
  ['borrow-wish', BORROW_WISH],
];
export const flags: Extractor = (state) => {
  for (const [name, re] of FLAGS) {
    for (const m of allMatches(re, state.text)) {
      state.mentions.push({ kind: 'flag', value: name, start: m.start, end: m.end, rule: `flag:${name} "${m.text}"` });
    }
  }
};

const SCOPES: ReadonlyArray<[ScopeKind, RegExp]> = [
  ['denial', INDUSTRY_DENIAL],
  ['denial', FACT_DENIAL],
  ['purchase-denied', PURCHASE_DENIED],
  ['cost-risen', COST_RISEN],
  ['relative', RELATIVE_BUSINESS],
  ['relative', RELATIVE_NAMED_AFTER],
  ['relative', RELATIVE_GIVEN],
  ['relative', RELATIVE_GIVEN_ZH],
  ['relative', DESCRIBED_PEOPLE],
  ['relative', OTHER_FIRM],
  ['lender', LENDER_SAYS],
  // Both shapes of someone else's offer: a lender speaking, a loan promised ("he can get me 500k").
  ['lender', OFFERED_BY],
  ['bought', BOUGHT_THINGS],
  ['more-premises', MORE_PREMISES],
  ['customers', CUSTOMERS_SUPPLIED],
  ['customers', OWING_BUYER],
  ['served-shops', SERVED_SHOPS],
  ['partnership', PARTNERSHIP],
  ['former', FORMER_TRADE],
  ['hypothetical', HYPOTHETICAL],
  ['sold-goods', SOLD_GOODS],
  ['existing-loan', EXISTING_LOAN],
  ['sales-target', SALES_TARGET],
  ['sales-so-far', SALES_SO_FAR],
  ['landmark', LANDMARK],
  ['provider', PROVIDER_QUOTING],
  ['season', WORK_SEASON],
  ['repaid-after', REPAID_AFTER_SOLD],
  ['origin', OWNER_ORIGIN],
  ['side-line', ALSO_CLAUSE],
  ['market-denial', CROSS_BORDER_NEGATIVE],
  ['online-denial', ONLINE_SALES_NEGATIVE],
  ['renovation-trade', RENOVATION_TRADE],
  ['buying-trade', BUYING_TRADE],
  ['size-ignore', SIZE_IGNORE],
];
export const scopeWords: Extractor = (state) => {
  for (const [kind, re] of SCOPES) {
    for (const m of allMatches(re, state.text)) {
      state.mentions.push({ kind: 'scope', value: kind, start: m.start, end: m.end, rule: `scope:${kind} "${m.text}"` });
    }
  }
};

/** How far a question reaches from its words to the topic asked about. */
const QUESTION_REACH = 12;

/** Where a scope reaching back from `end` to `start` begins once past any service's name it would cut into. */
function afterServices(state: State, start: number, end: number): number {
  let at = start;
  for (const n of state.mentions) if (n.kind === 'service' && n.start < end && n.end > at) at = Math.min(n.end, end);
  return at;
}

const TOPIC_QUESTIONS: ReadonlyArray<['question' | 'eligibility' | 'what-if' | 'condition', RegExp, RegExp]> = [
  ['question', QUESTION_AFTER_TOPIC, QUESTION_BEFORE_TOPIC],
  ['what-if', NOTHING_AFTER, WHAT_IF_ASKED],
  ['condition', NOTHING_AFTER, CONDITION_ASKED],
  ['eligibility', ELIGIBILITY_AFTER_TOPIC, ELIGIBILITY_BEFORE_TOPIC],
];

/**
 * Questions about what a word means or whether a thing is allowed ("租赁是哪样意思", "什么是众筹",
 * "is leasing legal?"), and whether a kind of firm may borrow or what it counts as ("个体户能贷款吗",
 * "can a guesthouse apply"): a scope over the topic asked about, within its clause.
 */
export const questions: Extractor = (state) => {
  const { text } = state;
  for (const [kind, after, before] of TOPIC_QUESTIONS) {
    for (const m of allMatches(after, text)) {
      // Reaching back, not into a service named before the topic ("供应链金融是给做批发的用的吗"):
      // the scope's words are the question's, the service's name is its own.
      const start = afterServices(state, Math.max(clauseStart(text, m.start, PUNCTUATION), m.start - QUESTION_REACH), m.start);
      state.mentions.push({ kind: 'scope', value: kind, start, end: m.end, rule: `scope:${kind} "${text.slice(start, m.end)}"` });
    }
    for (const m of allMatches(before, text)) {
      // What might be reaches its clause's end (round 22: "what if we only borrow 200k for the vietnam order instead": the
      // market named is the what-if's too, no fact of the firm).
      const reach = kind === 'what-if' ? Number.POSITIVE_INFINITY : QUESTION_REACH * 2;
      const end = Math.min(clauseEnd(text, m.end, PUNCTUATION), m.end + reach);
      state.mentions.push({ kind: 'scope', value: kind, start: m.start, end, rule: `scope:${kind} "${text.slice(m.start, end)}"` });
    }
  }
};

const HAN = /[\u4e00-\u9fff]/;
const LATIN = /[a-z]{3}/;
/**
 * Staff roles ("厨师", "drivers"): head counts next to different roles add up. A role listed, or a
 * word of a person's form beside its count (STAFF_FORMS: "助理三个", "2 hygienists"), unless a listed
 * role holds it, or it is a 的-form over a trade's name (客栈的两个); a form that holds a listed role
 * replaces it ("厨师长", "forklift operators"). An -er/-or form ("2 plumbers") is a role only beside
 * another role: alone it is as often a machine, a food or a customer.
 */
/** A trade's name that is a place or a firm (客栈, 饭店, 修理厂), not a job done (烤串, 穿串). */
const PLACE_OF_TRADE = /[店栈馆厂场铺摊社司行园所院部室吧楼房屋局站点档坊]$|[a-z]$/;
export const roles: Extractor = (state) => {
  const found = allMatches(STAFF_ROLES, state.text);
  const inside = (a: { start: number; end: number }, b: { start: number; end: number }) => b.start <= a.start && a.end <= b.end;
  const industries = state.mentions.filter((m) => m.kind === 'industry');
  const written = [...(HAN.test(state.text) ? [STAFF_FORMS_ZH] : []), ...(LATIN.test(state.text) ? [STAFF_FORMS_EN] : [])];
  const forms = written
    .flatMap((re) => allMatches(re, state.text))
    .sort((a, b) => a.start - b.start)
    .filter(
      // 客栈的两个 (the inn's two): a trade's place named; 烤串的两个 (two who grill skewers): a job done, a role.
      (f) =>
        !found.some((r) => inside(f, r)) &&
        !(
          f.text.endsWith('的') &&
          industries.some((i) => i.start < f.end && f.start < i.end && PLACE_OF_TRADE.test(state.text.slice(i.start, i.end)))
        ),
    );
  const all = [...found.filter((r) => !forms.some((f) => inside(r, f))), ...forms];
  // A role listed, or a form holding one ("laundry workers"), or a form no machine has.
  const sure = (m: Match) => !forms.includes(m) || found.some((r) => inside(r, m)) || !FORM_NEEDS_COMPANY.test(m.text);
  // ...or an -er form with words that make it a person ("we employ 4 polishers", "6 pickers help us", "4个 carver"),
  // or beside another such form counted ("7 dyers and 2 carvers"): machines are seldom two kinds counted in a row.
  const unsure = all.filter((m) => !sure(m));
  const withPeople = (m: Match) =>
    FORM_PEOPLE_BEFORE.test(state.text.slice(Math.max(0, m.start - 40), m.start)) || FORM_PEOPLE_AFTER.test(state.text.slice(m.end));
  for (const m of all) {
    const form = forms.includes(m);
    if (!sure(m) && !all.some((o) => o !== m && sure(o)) && unsure.length < 2 && !withPeople(m)) continue;
    const rule = form ? `role by its form "${m.text}"` : `role "${m.text}"`;
    state.mentions.push({ kind: 'role', value: m.text, start: m.start, end: m.end, rule });
    // Roles run together before their total (保安保洁维修工加起来三十五个, 教练文员财务一共二十八个): the word
    // between the last role known and the total is one more role of the list.
    const last = LAST_OF_LIST.exec(state.text.slice(m.end, m.end + 8));
    if (last?.groups?.w !== undefined && !all.some((o) => o.start === m.end)) {
      const end = m.end + last.groups.w.length;
      state.mentions.push({ kind: 'role', value: last.groups.w, start: m.end, end, rule: `role, the last of a list "${last.groups.w}"` });
    }
  }
  dropKinInsideRoles(state);
};

/** The user's own before a word (我小妹, 我的徒弟, 我家小妹): a kin word there is kin, whatever else the word may name. */
const OWNED_BEFORE = /(?:我|我的|我家|我们家|咱|咱家)\s*$/;

/**
 * A kin word inside a worker's name (徒弟's 弟, 洗头小妹's 妹: round 35): a worker counted, no relative whose business follows;
 * the user's own (我小妹开了个奶茶店) stays kin.
 */
function dropKinInsideRoles(state: State): void {
  const roles = state.mentions.filter((m) => m.kind === 'role' && !OWNED_BEFORE.test(state.text.slice(0, m.start)));
  dropRelativesInside(state, roles, false);
}

/**
 * Drops the relative scopes inside a span: those opening after its first character, or at it too when `fromItsStart` (a kin word
 * inside a worker's name, dropKinInsideRoles; the family at the firm's work, familyWorks): no relative's business of their own.
 */
function dropRelativesInside(state: State, spans: readonly { start: number; end: number }[], fromItsStart: boolean): void {
  const inside = (at: number, s: { start: number; end: number }): boolean => (fromItsStart ? at >= s.start : at > s.start) && at < s.end;
  state.mentions = state.mentions.filter((o) => !(o.kind === 'scope' && o.value === 'relative' && spans.some((s) => inside(o.start, s))));
}
/** A word run on after a role, right before the list's total: the list's last role. */
const LAST_OF_LIST = /^(?<w>[^\s\d，。,.!?；;、我你他她们的了和跟还有也都就是一二两三四五六七八九十几个]{1,4}?)(?=加起来|一共|总共|合计)/;

// 木工瓦工加起来三十几个: the total of the roles before it, said after the last one; drivers 只有3个: a count only so many.
// A count said bare in a list of roles (厨师三 服务员二, 保安五、保洁三): its numeral alone, the phrase ending after it.
/** How the role is hired, said between it and its count (司机都是自己请的五个, 工人是长期雇的十个). */
const HOW_HIRED = String.raw`(?:都|也|全)?是?(?:自己|我们|我|长期)?(?:请|雇|招|找)(?:来)?的`;
const COUNT_AFTER_ROLE = new RegExp(
  String.raw`^\s*(?:有|是|:|加起来|一共|总共|合计|就|只有|就是|大概|大约|差不多|${HOW_HIRED})?\s*(?<n>[零〇一二两三四五六七八九十百几]+|\d+(?:\s*几)?)(?:\s*[多来余]?\s*(?:个|名|位|人)|(?<=[一二两三四五六七八九十])(?=$|[，,。;；、!！?？]|\s+(?![月年天号级对点分岁期次楼层班])))`,
);
/**
 * The count before a role, perhaps with a word of the role's kind between (三个货车司机, 两个生活老师, 四个客房服务员):
 * Han characters that are no numeral, time word (一个礼拜收银), particle or pronoun.
 */
/** The count and its measure word: 三个, 两名, 10 位. */
const COUNT_AND_MEASURE = String.raw`(?<n>[零〇一二两三四五六七八九十百几]+|\d+几?)\s*[多来余]?\s*(?:个|名|位)\s*`;
/** A word of the role's kind: Han characters that are no numeral, time word, particle or pronoun. */
const ROLE_KIND = String.raw`(?:(?![零〇一二两三四五六七八九十百千万几个名位的了和跟与及有是就只还另加请雇招我你他她们在也都月天年日周礼星时季晚早夜店小忘算])[\u4e00-\u9fff]){0,3}`;
/**
 * ...or a short phrase of what they do or how they are hired, then 的 (一个帮忙的小妹, 一个长期请的工人): not a child's
 * or a shop's (两个孩子的妈, 两个店的).
 */
const WORK_OF = String.raw`(?:(?![零〇一二两三四五六七八九十百千万几个名位的了和跟与及有是就只我你他她们月天年日周礼星时季晚早夜店孩娃儿女子家])[\u4e00-\u9fff]){1,4}的`;
// ...typed apart, a space on both sides of the kind's words (三个 缅甸 工人; round 50), not a noun of its own (两百多个娃娃 老师).
const COUNT_BEFORE_ROLE = new RegExp(`${COUNT_AND_MEASURE}(?:${ROLE_KIND}|${WORK_OF}|(?<=\\s)${ROLE_KIND}\\s)$`);
/** A count after an English role and a colon or a dash, as a form is filled in ("drivers - 6", "cooks: 3"); no sum. */
const COUNT_LISTED_AFTER = /^\s*(?:[:=]|\s-)\s*(?<n>\d{1,4})(?![\d.]|[.,]\d|\s*(?:k|m|w|%|x)\b|\s*(?:万|千|块|元))/;
/** A count in digits right before an English role ("5 shop assistants", "4 bartenders"): the number grammar reads only some. */
const DIGITS_BEFORE_ROLE = /(?<![\d.,])(?<n>\d{1,4})\s+$/;
/** A count in English words right before a role ("two clerks", "three washers", "twenty-two permanent"): the number grammar reads only some. */
const WORD_COUNT_BEFORE_ROLE = new RegExp(
  `\\b(?<n>(?:a|one|two|three|four|five) dozen|a couple of|${EN_TENS_AND_TEENS}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+$`,
);
/** A count by role in digits, perhaps with 几 after its tens ("装卸工30几个": 35, as 三十几 is). */
function roleCountValue(n: string): number | undefined {
  if (n === '俩' || n === '仨') return n === '俩' ? 2 : 3;
  if (n === 'a couple of') return 2;
  if (/^[a-z][a-z -]*$/.test(n)) return parseEnglishNumber(n);
  n = n.replace(/\s+/g, '');
  if (!/^\d+几?$/.test(n)) return parseChineseNumeral(n);
  const base = parseArabic(n.replace('几', ''));
  return base !== undefined && n.endsWith('几') && base % 10 === 0 ? base + 5 : base;
}
/** "还有个会计", "请了个厨师", "雇了个小工", "再加个打杂的": one, the numeral left out; not one still wanted (要再加个厨师). */
const ONE_BEFORE_ROLE = /(?:有|请了?|招了?|雇了?|喊了?|(?<!(?:要|想|得|需要|准备|打算|还差|差)再?)加上?)(?<n>)个\s*$/;
/** "俩小工", "仨师傅": two and three in one word, before the role (the number grammar reads neither). */
const PAIR_OR_THREE_BEFORE_ROLE = /(?<![我你他她们子妻弟妹姐哥])(?<n>俩|仨)个?\s*$/;
/** How far back "a X" ending a list may find its joining word: ", and also a ". */
const LIST_JOINER_REACH = 14;
/** "2 dentists, 3 hygienists and a receptionist": one, the last of a list of roles counted. */
const ONE_ENDING_LIST = new RegExp(`${A_ENDING_LIST}$`);
// ...or after the owner named ("my wife and me run it, plus a part-timer", "me and my brother plus a helper").
// ...or one of the family named with them ("my dad + a dishwasher", "my aunt with a cleaner").
/** Family named before "a X" ending a list ("my dad + a dishwasher"). */
const FAMILY_NAMED_BEFORE =
  /\bmy\s+(?:mom|mum|dad|wife|husband|son|daughter|brother|sister|aunt|uncle|cousin|nephew|niece|parents|\d\s+\w+|two\s+\w+)\b[^.;!?]*$/;
const COUNT_NAMED_BEFORE =
  /(?:\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+[a-z-]+|(?:\d+|[一二两三四五六七八九十]+)\s*[个名位])[^.;!?]*$/;
const COUNTED_BEFORE = new RegExp(`${COUNT_NAMED_BEFORE.source}|\\b(?:me|myself)\\b[^.;!?]*$|${FAMILY_NAMED_BEFORE.source}`);

/**
 * The count after a role ("厨师四个"), else the one before it ("三个师傅"); a count after that is
 * itself right before another role ("三个师傅一个学徒") is that role's, unless that role has its
 * own count after it ("主播两个客服三个").
 */
function roleCount(
  text: string,
  role: Mention,
  roleEnds: ReadonlyMap<number, number>,
): { start: number; end: number; n: string } | undefined {
  const matched = COUNT_AFTER_ROLE.exec(text.slice(role.end, role.end + 12));
  const next = matched === null ? 0 : role.end + matched[0].length;
  // "我是老师 两个孩子": a count right before a noun is the noun's.
  const ofANoun = matched !== null && /^\s/.test(matched[0]) && !roleEnds.has(next) && !AFTER_A_HEAD_COUNT.test(text.slice(next));
  const after = ofANoun ? null : matched;
  const nextRoleEnd = after === null ? undefined : roleEnds.get(next);
  const nextHasOwn = nextRoleEnd !== undefined && COUNT_AFTER_ROLE.test(text.slice(nextRoleEnd, nextRoleEnd + 12));
  const from = Math.max(0, role.start - 8);
  const before =
    COUNT_BEFORE_ROLE.exec(text.slice(from, role.start)) ??
    ONE_BEFORE_ROLE.exec(text.slice(from, role.start)) ??
    PAIR_OR_THREE_BEFORE_ROLE.exec(text.slice(from, role.start));
  // A count right before the next role is that role's when this one has its own count before it
  // ("一个会计一个出纳") or a space sets it apart from this one ("出纳 三个业务员").
  const nextsCount = nextRoleEnd !== undefined && (before?.groups?.n !== undefined || /^\s/.test(after?.[0] ?? ''));
  if (after?.groups?.n !== undefined && before?.groups?.n !== undefined && jobCountAfter(text, role, roleEnds) !== undefined) {
    return { start: from + before.index, end: role.start, n: before.groups.n || '一' };
  }
  if (after?.groups?.n !== undefined && (nextRoleEnd === undefined || (nextHasOwn && !nextsCount))) {
    const start = role.end + after.index + after[0].indexOf(after.groups.n);
    return { start, end: role.end + after[0].length, n: after.groups.n };
  }
  if (before?.groups?.n !== undefined) return { start: from + before.index, end: role.start, n: before.groups.n || '一' };
  const latin = /^[a-z]/.test(text.slice(role.start, role.end));
  const listed = latin ? COUNT_LISTED_AFTER.exec(text.slice(role.end, role.end + 12)) : null;
  if (listed?.groups?.n !== undefined) {
    const start = role.end + listed[0].length - listed.groups.n.length;
    return { start, end: role.end + listed[0].length, n: listed.groups.n };
  }
  // ...or a Chinese role after a count in digits in English words ("we have 7 司机", "about 7 阿姨 and 8 workers").
  const inEnglish = latin || /(?:^|[a-z]\s+)\d{1,4}\s*$/.test(text.slice(Math.max(0, role.start - 16), role.start));
  const digits = inEnglish ? DIGITS_BEFORE_ROLE.exec(text.slice(from, role.start)) : null;
  if (digits?.groups?.n !== undefined) return { start: from + digits.index, end: role.start, n: digits.groups.n };
  const words = WORD_COUNT_BEFORE_ROLE.exec(text.slice(Math.max(0, role.start - 14), role.start));
  if (words?.groups?.n !== undefined) return { start: role.start - words[0].length, end: role.start, n: words.groups.n };
  // The joining word may be longer than the reach of a count ("besides a picker", "and also a cook").
  const listFrom = Math.max(0, role.start - LIST_JOINER_REACH);
  const one = ONE_ENDING_LIST.exec(text.slice(listFrom, role.start));
  if (one !== null && COUNTED_BEFORE.test(text.slice(Math.max(0, role.start - 60), listFrom + one.index))) {
    return { start: listFrom + one.index + one[0].search(/an?\s+$/), end: role.start, n: '一' };
  }
  return latin ? oneOfAPair(text, role, roleEnds) : undefined;
}

/** A worker named by the job and 的 right after a count, the clause ending there (一个抓药的, 一个做甜品的). */
const JOB_NAMED_AFTER = /^[\u4e00-\u9fff]{1,4}的(?=$|[\s，,。.;；、!！?？])/;
/**
 * A count right after a role counted before it, then a job and 的 (两个护士一个抓药的, 两个咖啡师一个做甜品的): the
 * count is of the one who does that job, not of the role before it, which keeps its own count.
 */
function jobCountAfter(
  text: string,
  role: Mention,
  roleEnds: ReadonlyMap<number, number>,
): { start: number; end: number; n: string } | undefined {
  const after = COUNT_AFTER_ROLE.exec(text.slice(role.end, role.end + 12));
  if (after?.groups?.n === undefined || /^\s/.test(after[0]) || !/[个名位]$/.test(after[0])) return undefined;
  const next = role.end + after[0].length;
  if (roleEnds.has(next) || !JOB_NAMED_AFTER.test(text.slice(next))) return undefined;
  const from = Math.max(0, role.start - 8);
  if (COUNT_BEFORE_ROLE.exec(text.slice(from, role.start))?.groups?.n === undefined) return undefined;
  const start = role.end + after[0].indexOf(after.groups.n);
  return { start, end: next, n: after.groups.n };
}

/** "a" right before a role, as its own word. */
const A_BEFORE = /(?<![a-z'])an?\s+$/;
/** The words joining two roles each said with "a": ", ", "and", "&", "+", "plus". */
const PAIR_JOIN = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*[&+]\s*|\s+plus\s+)an?\s+$/;
/**
 * Two roles each said with "a" and joined, with no count before them ("a cleaner and a cook", "we hire a driver, a
 * cook"): one head each, the first as the second.
 */
function oneOfAPair(
  text: string,
  role: Mention,
  roleEnds: ReadonlyMap<number, number>,
): { start: number; end: number; n: string } | undefined {
  const a = A_BEFORE.exec(text.slice(Math.max(0, role.start - 4), role.start));
  if (a === null) return undefined;
  const joined = (end: number, start: number): boolean => PAIR_JOIN.test(text.slice(end, start));
  const next = [...roleEnds.keys()].some((start) => start > role.end && joined(role.end, start));
  const before = [...roleEnds].some(
    ([start, end]) => end < role.start && joined(end, role.start) && A_BEFORE.test(text.slice(Math.max(0, start - 4), start)),
  );
  if (!next && !before) return undefined;
  return { start: role.start - a[0].length, end: role.start, n: '一' };
}

/** Hands called in at busy times, every place they are said. */
const BUSY_HANDS = new RegExp(HANDS_CALLED_IN.source, 'g');

/**
 * A head count next to a role that the number grammar leaves ("保安二十个", "手下十几个师傅"): a
 * count of people, unless a quantity is already there.
 */
export const roleCounts: Extractor = (state) => {
  const roleEnds = new Map(state.mentions.filter((m) => m.kind === 'role').map((m) => [m.start, m.end]));
  const busyHands = [...state.text.matchAll(BUSY_HANDS)].map((m) => [m.index, m.index + m[0].length] as const);
  for (const role of state.mentions.filter((m) => m.kind === 'role')) {
    const job = jobCountAfter(state.text, role, roleEnds);
    const jobValue = job === undefined ? undefined : roleCountValue(job.n);
    if (
      job !== undefined &&
      jobValue !== undefined &&
      !state.mentions.some((q) => q.kind === 'quantity' && q.start < job.end && job.start < q.end)
    ) {
      const { start, end } = job;
      state.mentions.push({
        kind: 'quantity',
        value: { kind: 'people', value: jobValue, start, end },
        start,
        end,
        rule: `count of a job named after a role counted "${state.text.slice(start, end)}"`,
      });
    }
    const count = roleCount(state.text, role, roleEnds);
    if (count === undefined) continue;
    const { start, end, n } = count;
    // A hand called in at busy times (就我们两口子 忙不过来请个小工; round 40): no staff, as 忙的时候还要喊几个小工 reads (convention 286).
    if (busyHands.some(([from, to]) => start >= from && end <= to)) continue;
    const overlaps = (q: Mention) => q.kind === 'quantity' && q.start < end && start < q.end;
    // A bare count the number grammar read ("保洁十个": 十个 alone) is this role's head count; so is a
    // duration whose unit begins the role word (三个月嫂, "3 day laborers": no months, no days).
    const readInside = (q: Mention): boolean =>
      q.kind === 'quantity' && (q.value.kind === 'number' || (q.value.kind === 'duration' && q.start < role.start && q.end > role.start));
    if (state.mentions.some((q) => overlaps(q) && !readInside(q))) continue;
    const value = roleCountValue(n);
    if (value === undefined) continue;
    for (let i = state.mentions.length - 1; i >= 0; i -= 1) if (overlaps(state.mentions[i] as Mention)) state.mentions.splice(i, 1);
    state.mentions.push({
      kind: 'quantity',
      value: { kind: 'people', value, start, end },
      start,
      end,
      rule: `count by role "${state.text.slice(start, end)}"`,
    });
  }
};

/** One hired, the numeral said and nothing after it (另外请了一个, 还雇了一个): a bare count the number grammar leaves. */
const ONE_HIRED = /(?:请|雇|招)了?(?<n>一个|一位|一名)(?=\s*(?:$|[，,。.;；!！?？]|\s))/g;

/** "我们一家五口 另外请了一个": the one hired, a bare count of one after the verb (figures.ts reads it by the label). */
export const oneHired: Extractor = (state) => {
  for (const m of state.text.matchAll(ONE_HIRED)) {
    const n = m.groups?.n;
    if (n === undefined) continue;
    const start = (m.index ?? 0) + m[0].length - n.length;
    const end = start + n.length;
    if (state.mentions.some((q) => q.kind === 'quantity' && q.start < end && start < q.end)) continue;
    state.mentions.push({ kind: 'quantity', value: { kind: 'number', value: 1, start, end }, start, end, rule: `one hired "${m[0]}"` });
  }
};

/** How many people are named beside the owner: one a person, two for 爸妈 or parents. */
function namedWithOwner(text: string): number {
  const two = allMatches(HOUSEHOLD_TWO, text);
  const one = allMatches(HOUSEHOLD_ONE, text).filter((p) => !two.some((t) => t.start <= p.start && p.end <= t.end));
  // Kin counted after whose they are ("my 2 sons", 我 两个 儿子): as many heads.
  const counted = (p: Match): number => {
    const n = KIN_COUNTED_BEFORE.exec(text.slice(0, p.start));
    const word = n?.[1] ?? n?.[2];
    if (word === undefined) return 1;
    return /^\d$/.test(word) ? Number(word) : (parseChineseNumeral(word) ?? parseEnglishNumber(word) ?? 1);
  };
  return one.reduce((sum, p) => sum + counted(p), 0) + 2 * two.length;
}
/** A count right before a person named, after whose they are ("my 2 ", 我 两个): its number (lexicon KIN_COUNT_AFTER_OWNER). */
const KIN_COUNTED_INSIDE = new RegExp(`${KIN_COUNT_AFTER_OWNER}(?:${HOUSEHOLD_ONE.source})`);
const KIN_COUNTED_BEFORE = /(?:\b(?:my|our)\s+([2-5]|two|three|four|five)\s+|我的?\s*([2-5]|[两三四五])\s*个\s*)$/;

/** The heads of the owners' family group (一家三口: 3, 兄弟俩: 2, "a family of four": 4), if it is one. */
function groupCount(text: string): number | undefined {
  const m = OWNERS_GROUP.exec(text);
  if (m === null) return undefined;
  const n = /\d|[俩二两三四五六七]|two|three|four|five|six/.exec(m[0].replace(/^一家/, ''));
  if (n === null) return undefined;
  // 俩 is two (哥俩, 母女俩); the numeral grammars read the rest.
  return n[0] === '俩' ? 2 : /\d/.test(n[0]) ? Number(n[0]) : (parseChineseNumeral(n[0]) ?? parseEnglishNumber(n[0]));
}

/**
 * Only the owner and the people named with them ("就我和老板娘", "just me my husband and my mom"):
 * a head count, one a person (two for 爸妈, parents), given as a role so that counts by role
 * beside it add up ("就我和老板娘还有两个帮工" is four); a count right after it is the count.
 */
/** What may stand between the people named and their count ("就我和我妹两个人", "just me and my wife, 2 of us"). */
const COUNT_GAP = /^[\s,，]*(?:一共|总共|共|就|也就)?\s*$/;
export const household: Extractor = (state) => {
  for (const m of allMatches(HOUSEHOLD, state.text)) {
    // The people listed beside the staff (people-listed.ts) are counted already.
    if (state.mentions.some((r) => r.kind === 'role' && r.value === 'household' && r.start < m.end && m.start < r.end)) continue;
    // "就我和我妹两个人": the count said right after is the count (a period or a sum there is none:
    // "就我跟我爸 一年卖个八十万").
    // Staff counted after the people named ("three partners, 5 workers", 我们两口子 三个工人) are no count of theirs.
    const staffInside = (q: Mention): boolean =>
      state.mentions.some(
        (r) =>
          ((r.kind === 'role' && r.value !== 'household') || (r.kind === 'mark' && r.value === 'people-label')) &&
          r.start >= q.start &&
          r.end <= q.end,
      );
    const stated = (q: Mention): boolean =>
      q.kind === 'quantity' &&
      !staffInside(q) &&
      (q.value.kind === 'number' || q.value.kind === 'people') &&
      q.start < m.end + 4 &&
      m.start < q.end &&
      COUNT_GAP.test(state.text.slice(m.end, Math.max(m.end, q.start)));
    // "3 ppl total, me my sister and her husband": their count said before them is the count (ownersBeside reads it).
    if (
      state.mentions.some(
        (q) =>
          q.kind === 'quantity' && q.value.kind === 'people' && q.end <= m.start && COUNT_BEFORE_GAP.test(state.text.slice(q.end, m.start)),
      )
    )
      continue;
    const span = { start: m.start, end: m.end };
    // Two partners named (我跟朋友合伙开的) are heads only beside the staff counted, as the owners named are.
    const headsRole = PARTNERS_OF_TWO.test(m.text) ? OWNERS_ONLY_BESIDE : 'household';
    const role: Mention = { kind: 'role', value: headsRole, ...span, rule: `role household "${m.text}"` };
    const inside = (q: Mention): boolean => q.kind === 'quantity' && q.start >= m.start && q.end <= m.end;
    // "就我和一个帮手": a count of one inside the people named is one of them, counted below with the owner.
    const one = state.mentions.findIndex((q) => inside(q) && q.kind === 'quantity' && q.value.value === 1);
    // "我和一个朋友合伙": the friend of two partners too.
    if (one >= 0 && (!COUPLE.test(m.text) || PARTNERS_OF_TWO.test(m.text))) state.mentions.splice(one, 1);
    // 一家三口, 两兄弟: the group's own count, whatever the number grammar read inside it.
    const group = COUPLE.test(m.text) ? undefined : groupCount(m.text);
    if (group !== undefined)
      for (let i = state.mentions.length - 1; i >= 0; i -= 1) if (inside(state.mentions[i] as Mention)) state.mentions.splice(i, 1);
    // "pig farm, me my wife n my 2 sons": the kin counted inside are heads counted below, no count of all.
    if (KIN_COUNTED_INSIDE.test(m.text)) state.mentions = state.mentions.filter((q) => !inside(q));
    // "两口子": the number grammar reads the two heads; they are a role, so counts beside add up.
    if (state.mentions.some(inside)) {
      state.mentions.push(role);
      continue;
    }
    // "我跟我老公两个": a bare count right after the people named is theirs, counted below.
    const bare = state.mentions.findIndex((q) => stated(q) && q.kind === 'quantity' && q.value.kind === 'number');
    if (bare >= 0) state.mentions.splice(bare, 1);
    else if (state.mentions.some(stated)) continue;
    // 两口子 is the owner and the spouse: two heads in all.
    // 老两口带着儿子儿媳: the couple and each one they lead.
    const value = COUPLE.test(m.text)
      ? 2 + namedWithOwner(m.text.replace(COUPLE, ''))
      : OWNER_ALONE.test(m.text)
        ? 1
        : (group ?? 1 + namedWithOwner(m.text));
    state.mentions.push(role);
    state.mentions.push({
      kind: 'quantity',
      value: { kind: 'people', value, ...span },
      ...span,
      rule: `count of the owner and those named "${m.text}"`,
    });
  }
};

/** "me and 2 helpers", "me + wife + 1 cleaner": the owner and family named are heads beside the helpers (a role, so counts add up). */
export const ownerAndCount: Extractor = (state) => {
  for (const m of allMatches(OWNER_AND_COUNT, state.text)) {
    // "just me and my wife plus 3 staff": the owner and the wife are counted once.
    if (state.mentions.some((r) => r.kind === 'role' && r.value === 'household' && r.start < m.end && m.start < r.end)) continue;
    const span = { start: m.start, end: m.end };
    state.mentions.push({ kind: 'role', value: 'household', ...span, rule: `role owner "${m.text}"` });
    const value = 1 + namedWithOwner(m.text);
    state.mentions.push({ kind: 'quantity', value: { kind: 'people', value, ...span }, ...span, rule: `the owner "${m.text}"` });
    peopleAddedToOwner(state, m.end);
  }
};

/** The people counted right after the owner ("me plus three washers", "me and 2 others"), in English words or digits. */
const ADDED_TO_OWNER = /^(?<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?<w>[a-z]+)\b/;
/**
 * "me plus three washers": people added to the owner are people, whatever the word (washers are also
 * machines, others no role): the count is a head count by role, unless a role or people already read it.
 */
function peopleAddedToOwner(state: State, at: number): void {
  const m = ADDED_TO_OWNER.exec(state.text.slice(at));
  if (m?.groups?.n === undefined || m.groups.w === undefined) return;
  const start = at;
  const end = at + m[0].length;
  const overlaps = (q: Mention) => q.start < end && start < q.end;
  if (state.mentions.some((q) => overlaps(q) && (q.kind === 'role' || (q.kind === 'quantity' && q.value.kind !== 'number')))) return;
  const value = roleCountValue(m.groups.n);
  if (value === undefined) return;
  for (let i = state.mentions.length - 1; i >= 0; i -= 1) if (overlaps(state.mentions[i] as Mention)) state.mentions.splice(i, 1);
  const wordStart = end - m.groups.w.length;
  state.mentions.push({ kind: 'role', value: m.groups.w, start: wordStart, end, rule: `role added to the owner "${m.groups.w}"` });
  state.mentions.push({
    kind: 'quantity',
    value: { kind: 'people', value, start, end },
    start,
    end,
    rule: `people added to the owner "${m[0]}"`,
  });
}

/** Before the owners' own count said after them: 就我们, 只有我们, "just us". */
const OWN_COUNT_BEFORE = /(?:就|只有|就只有|只|一共|总共)\s*(?:我们|咱们)(?:家)?\s*(?:就|一共)?\s*$|\b(?:just|only)\s+(?:us|the)\s*$/;
/** Between a count of people and the people listed after it: a colon, a comma, "total". */
const COUNT_BEFORE_GAP = /^\s*(?:in total|total|altogether|一共|总共)?\s*[,:：，]\s*$/;
/** The owner as one of the people listed. */
const OWNER_ITEM = /^(?:i|me|myself|我|我自己)$/;

/** Whether the owner or the family is already counted as heads (a household role). */
const householdNamed = (state: State): boolean => state.mentions.some((m) => m.kind === 'role' && isHouseholdRole(m.value));

/**
 * Staff counted apart from the owners ("my wife and i run a bakery, 3 staff besides us", "2 cooks
 * apart from me"): the owners are heads beside them, the owner and those named ("my wife and i"),
 * or the owner alone ("me"); "us" with nobody named says too little.
 */
export const ownersBeside: Extractor = (state) => {
  if (householdNamed(state)) return;
  const besideWords = allMatches(OWNERS_BESIDE, state.text)[0];
  const pair = allMatches(OWNERS_NAMED, state.text)[0];
  // The whole list of the people named with the owner, kin counted before their word as many ("i and my 2
  // daughters", "my dad, my uncle and me", "me, the wife and our 2 boys").
  const listed = allMatches(PEOPLE_LIST, state.text).find((l) => {
    const items = allMatches(PERSON_LISTED, l.text);
    const covers = pair === undefined || (l.start <= pair.start && l.end >= pair.end);
    return covers && items.length > 1 && items.some((i) => OWNER_ITEM.test(i.text)) && (pair !== undefined || /^[a-z]/.test(l.text));
  });
  const named = listed ?? pair;
  // A joining word inside the list ("me + my sister") sets no staff beside it.
  const inList = besideWords !== undefined && listed !== undefined && besideWords.start >= listed.start && besideWords.end <= listed.end;
  const beside = inList ? undefined : besideWords;
  const me = beside !== undefined && /\b(?:me|myself)\b|我(?!们)|老板/.test(beside.text);
  const m = named ?? (me ? beside : undefined);
  if (m === undefined) return;
  // "我和我兄弟两个人", "my brother and i, 2 of us": the count said right after the people named is theirs.
  const stated = (q: Mention): boolean =>
    q.kind === 'quantity' && q.start >= m.end && q.start < m.end + 4 && COUNT_GAP.test(state.text.slice(m.end, q.start));
  // "我跟老公开了个小卖部 就我们两个人", "just the two of us": the owners' own count said later is the whole.
  const ownCount = (q: Mention): boolean =>
    q.kind === 'quantity' && q.start >= m.end && OWN_COUNT_BEFORE.test(state.text.slice(Math.max(m.end, q.start - 8), q.start));
  // "3 people: me, my sister and my mum", "3 ppl total, me my sister and her husband": their count said before them.
  const statedBefore = (q: Mention): boolean =>
    q.kind === 'quantity' && q.value.kind === 'people' && q.end <= m.start && COUNT_BEFORE_GAP.test(state.text.slice(q.end, m.start));
  if (beside === undefined && state.mentions.some((q) => stated(q) || ownCount(q) || statedBefore(q))) return;
  // "十个 staff, 加上 我 和 my partner 十二个": the owners counted into a total, the count right after them that total (round 65).
  // The total's mark is stretched over the owners named, so the count stands right after it.
  const total = state.mentions.find(
    (q) => q.kind === 'mark' && q.value === 'total' && beside !== undefined && q.start <= beside.start && beside.start < q.end,
  );
  if (total !== undefined && state.mentions.some(stated)) {
    if (total.end < m.end)
      state.mentions.push({
        kind: 'mark',
        value: 'total',
        start: total.start,
        end: m.end,
        rule: `mark:total the owners counted in "${state.text.slice(total.start, m.end)}"`,
      });
    return;
  }
  const value =
    listed !== undefined
      ? allMatches(PERSON_LISTED, listed.text).reduce((sum, item) => sum + heads(item.text), 0)
      : named === undefined
        ? 1
        : 1 + namedWithOwner(named.text);
  const span = { start: m.start, end: m.end };
  // Kin counted inside the list ("my 2 daughters") are in its heads.
  if (listed !== undefined)
    state.mentions = state.mentions.filter((q) => !(q.kind === 'quantity' && q.start >= span.start && q.end <= span.end));
  // With no word setting the staff beside them ("my husband and i run a homestay, one cleaner"), the
  // owners named are heads only beside staff counted (OWNERS_ONLY_BESIDE in figures.ts): "my wife
  // and i run a guesthouse" alone says who runs it, no head count.
  const role = beside === undefined ? OWNERS_ONLY_BESIDE : 'household';
  const why = beside === undefined ? `the owners "${m.text}" named beside the staff` : `the owners "${m.text}" beside "${beside.text}"`;
  state.mentions.push({ kind: 'role', value: role, ...span, rule: `role owners beside the staff "${m.text}"` });
  state.mentions.push({ kind: 'quantity', value: { kind: 'people', value, ...span }, ...span, rule: why });
};

/**
 * "自己开一台 请了一个司机", "2 mechanics + me": the owner works beside staff counted by role, one
 * more head (a role, so the counts add up); only when a count by role is there to add to.
 */
/** How close a count stands to its role word (as in figures.ts). */
const OWNER_REACH = 2;
/** How far a bare count may stand after its staff word: "staff: 6". */
const LABEL_REACH = 3;
/** Staff counted by role, or people counted with a staff word ("staff: 6 + me"): heads the owner or the family may be beside. */
function staffCountedBeside(state: State): boolean {
  const counts = state.mentions.filter((m) => m.kind === 'quantity' && (m.value.kind === 'people' || m.value.kind === 'number'));
  const labelled = counts.some(
    (q) => q.kind === 'quantity' && q.value.kind === 'people' && !/^(?:the owner|count of the owner|the family)/.test(q.rule),
  );
  // "staff: 6 + me": a bare count right after a staff word.
  const afterLabel = state.mentions.some(
    (m) => m.kind === 'mark' && m.value === 'people-label' && counts.some((q) => q.start >= m.end && q.start - m.end <= LABEL_REACH),
  );
  return (
    labelled ||
    afterLabel ||
    state.mentions.some(
      (r) =>
        r.kind === 'role' &&
        !isHouseholdRole(r.value) &&
        counts.some((q) => q.end >= r.start - OWNER_REACH && q.start <= r.end + OWNER_REACH),
    )
  );
}
/**
 * The owner and one of the family each said at a job of the firm, with no count at all (老公煮粉 我收钱, "my wife does the
 * books and i drive the van"): the firm's people named by the work they do, each a head, as beside staff counted (round 25).
 */
function pairAtWork(state: State): boolean {
  if (state.mentions.some((m) => m.kind === 'quantity' && (m.value.kind === 'people' || m.value.kind === 'number'))) return false;
  // Not a trade each (我老公跑运输 我做装修: his firm and the owner's own).
  const trade = (w: { start: number; end: number }) =>
    state.mentions.some((m) => m.kind === 'industry' && m.start < w.end && w.start < m.end);
  const owner = allMatches(OWNER_WORKS, state.text);
  const family = allMatches(FAMILY_WORKS, state.text);
  // Each in a phrase of their own: not one doing a thing for the other (我截图给我老婆看, 我替我哥问问, 我女儿帮我看).
  const apart = (a: { start: number; end: number }, b: { start: number; end: number }) =>
    a.end <= b.start && /[\s，,。.;；、]/.test(state.text.slice(a.end, b.start + 1));
  return owner.some((o) => family.some((f) => (apart(o, f) || apart(f, o)) && !(trade(o) && trade(f))));
}
export const ownerWorks: Extractor = (state) => {
  if (!(staffCountedBeside(state) || pairAtWork(state)) || householdNamed(state)) return;
  for (const m of allMatches(OWNER_WORKS, state.text)) {
    const span = { start: m.start, end: m.end };
    // 我一个人带四个徒弟: the owner's own 一个人 is the head said here, not one more.
    state.mentions = state.mentions.filter(
      (q) => !(q.kind === 'quantity' && q.value.kind === 'people' && q.start >= m.start && q.end <= m.end),
    );
    state.mentions.push({ kind: 'role', value: 'household', ...span, rule: `role owner working "${m.text}"` });
    state.mentions.push({ kind: 'quantity', value: { kind: 'people', value: 1, ...span }, ...span, rule: `the owner working "${m.text}"` });
    return;
  }
};

/**
 * One of the family at a job of the firm beside the staff counted ("老板娘管账 我掌勺 还有两个帮厨", "my
 * husband cooks, i do the till, plus 2 waitresses"): one more head each, as the owner working is; not
 * when the owners are already counted as people named ("就我和老婆 …"), nor one already read.
 */
export const familyWorks: Extractor = (state) => {
  if (!staffCountedBeside(state) && !state.mentions.some((m) => m.rule.startsWith('the owner working'))) return;
  const heads = state.mentions.filter((m) => m.kind === 'role' && isHouseholdRole(m.value));
  if (heads.some((h) => !h.rule.startsWith('role owner working'))) return;
  for (const m of allMatches(FAMILY_WORKS, state.text)) {
    if (heads.some((h) => h.start < m.end && m.start < h.end)) continue;
    const span = { start: m.start, end: m.end };
    state.mentions.push({ kind: 'role', value: AT_WORK, ...span, rule: `role owner working, the family "${m.text}"` });
    state.mentions.push({
      kind: 'quantity',
      value: { kind: 'people', value: 1, ...span },
      ...span,
      rule: `the family working "${m.text}"`,
    });
    // 老公开车, 老公跑外卖: the family at the firm's work, beside its staff, is no relative's business of their own.
    dropRelativesInside(state, [span], true);
  }
};

/** The words around a number that say what it is (营业额, 借, profit...). */
export const cues: Extractor = (state) => {
  for (const { slot, re } of MONEY_CUES) {
    for (const m of allMatches(re, state.text)) {
      state.mentions.push({ kind: 'cue', value: slot, start: m.start, end: m.end, rule: `cue:${slot} "${m.text}"` });
    }
  }
};

/**
 * The marks that say what a figure next to them is (a period, a head-count label, a denial, a
 * term, the firm's age, a rate): only in a message with a figure.
 */
export const marks: Extractor = (state) => {
  if (!state.mentions.some((m) => m.kind === 'quantity')) return;
  for (const { mark, re } of FIGURE_MARK_RULES) {
    for (const m of allMatches(re, state.text)) {
      state.mentions.push({ kind: 'mark', value: mark, start: m.start, end: m.end, rule: `mark:${mark} "${m.text}"` });
    }
  }
};

/** Money, head counts, durations and bare numbers, from the number grammar (numbers.ts). */
export const quantities: Extractor = (state) => {
  const found = findQuantities(state.text);
  // A hotline dialled (打96110, "called 110") is no figure (round 55): looked for only where a bare number stands.
  const hotlines = found.some((q) => q.kind === 'number') ? allMatches(HOTLINE_DIALLED, state.text) : [];
  for (const q of found) {
    if (q.kind === 'number' && hotlines.some((h) => h.start === q.start && h.end === q.end)) continue;
    state.mentions.push({
      kind: 'quantity',
      value: q,
      start: q.start,
      end: q.end,
      rule: `number:${q.kind} "${state.text.slice(q.start, q.end)}"`,
    });
  }
  // "45k a month in winter, half that in summer": half the sum named before it, in its currency.
  for (const m of allMatches(HALF_OF_THAT, state.text)) {
    const before = state.mentions.filter((q) => q.kind === 'quantity' && q.value.kind === 'money' && q.end <= m.start).at(-1);
    if (before === undefined || before.kind !== 'quantity' || before.value.kind !== 'money' || m.start - before.end > HALF_REACH) continue;
    const value = Math.round(before.value.value / 2);
    const span = { start: m.start, end: m.end };
    state.mentions.push({
      kind: 'quantity',
      value: { kind: 'money', value, currency: before.value.currency, ...span },
      ...span,
      rule: `number:money half the sum before "${m.text}"`,
    });
  }
};
/** How far a half may stand after the sum it halves: the rest of its sentence. */
const HALF_REACH = 60;

export const EXTRACTORS: ReadonlyArray<[string, Extractor]> = [
  ['services', services],
  ['quantities', quantities],
  ['oneHired', oneHired],
  ['cues', cues],
  ['industries', industries],
  ['purposes', purposes],
  ['sizes', sizes],
  ['flags', flags],
  ['scopes', scopeWords],
  ['questions', questions],
  ['roles', roles],
  ['roleCounts', roleCounts],
  ['marks', marks],
  ['directQuestions', directQuestions],
  ['terms', terms],
  ['offers', offers],
  ['purposeDetails', purposeDetails],
  ['peopleListed', peopleListed],
  ['household', household],
  ['ownerAndCount', ownerAndCount],
  ['ownersBeside', ownersBeside],
  ['ownerWorks', ownerWorks],
  ['familyWorks', familyWorks],
];
