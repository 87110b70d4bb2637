// The people at work named one by one beside the staff counted: the owner, the family and anyone the
// message is about, listed with the hired hands (我爸我妈还有我 外加三个采茶的, 就他跟我妈再加一个洗碗的,
// "my mom, my 2 sisters and me, plus 5 village women", 我跟 my wife 还有 two cooks). Each one named is a
// head (kin counted before their word as many: 两个姐姐, "my 2 sisters"; a couple two), given as the
// household role, so that the counts by role beside them add up (figures.ts). A list with no staff
// counted beside it is left to the household extractor (who runs the firm is no head count by itself).

import { parseChineseNumeral, parseEnglishNumber } from '../numerals';
import {
  COUPLE_LISTED,
  GROUP_LISTED,
  HOUSEHOLD,
  OWNER_AS_SUBJECT,
  ONE_OWNER,
  OWNER_RUNS_WITH,
  PEOPLE_LIST,
  PERSON_FORM_WORD,
  PERSON_LISTED,
  STAFF_AFTER_LIST,
  STAFF_BEFORE_LIST,
  STAFF_WORD_AFTER,
  TWO_LISTED,
} from '../lexicon/index';
import { allMatches, type Match } from './match';
import type { Mention, State } from './mention';

/** How far the staff counted may start after the words between ("a couple of", 个): a few characters. */
const STAFF_REACH = 3;
/** "the two of us": the owners' own count, no staff (en/roles.ts lists it beside the roles). */
const OF_US = 'of us';
/** Between a total word and the list it adds up: 总共就, 一共是, "in total:". */
const TOTAL_GAP = /^\s*(?:是|有|就|就是|:|：)?\s*$/;
/** Only the words that say the people listed are all (就, "just"), or nothing. */
const JUST_WORDS = /^(?:就|只有|只|光|就是|\s|just|only)*$/;
/** Before the people listed: they are all (就, 只有, 平时就, "just", "only"). */
const JUST_BEFORE = /(?:就|只有|只|光|\bjust|\bonly)\s*$/;
/**
 * After a count: a noun of its own, not the people listed counted (我跟我老婆三个孩子, 两个铺面, "300 ducks"): a Han word
 * that is no joiner, or an English noun that is no word of people or of the count itself (people, of us, in total).
 */
const NOT_THEIR_COUNT =
  /^(?![人一共就另还加外再请雇和跟都在吧啊呢嘛的，,。.；;！!？?、+])[\u4e00-\u9fff]|^\s*(?!(?:people|persons?|pax|heads?|of|in|and|plus|total|together|altogether|all|work\w*|run\w*|are|r|do\w*|we|us|who|that)\b)[a-z]{2,}/;
/** A Chinese count of the people listed said right after them, up to its 个 or 人 (三个, 一共两个人). */
const OWN_COUNT_SAID =
  /^\s*(?:一共|总共|共|就|也就)?\s*(?:[2-9]|[两三四五六七八九])\s*个?人|^\s*(?:一共|总共|共|就|也就)?\s*(?:[2-9]|[两三四五六七八九])\s*个(?=[一共就另还加外再请雇和跟都在])/;
/** A count that says it counts people (两个人, "3 of us"): no noun after it can be its own. */
const COUNTS_PEOPLE = /人$|\bpeople$|\bof us$/;
/** A count shared out, one each (我和 partner 一人一台, 每人一辆; round 43): what each has, no head count of the people listed. */
const SHARED_OUT = /^(?:一|每)\s*(?:人|个)\s*(?:一|两|\d)/;
/** The count right after the people listed that is their own ("我和我老婆两个人", "me and my wife, 2 of us"). */
const GROUP_COUNT_GAP = /^[\s,，]*(?:一共|总共|共|就|也就|the)?\s*$/;

/** How many heads one person of the list is: a couple two, 爸妈 two, kin counted as many, else one. */
export function heads(item: string): number {
  const group = GROUP_LISTED.test(item);
  if (!group && (COUPLE_LISTED.test(item) || TWO_LISTED.test(item))) return 2;
  const counted = /(?:^|[^\d])([2-9])(?:\s|个|$|[^\d])|([两三四五六七八九俩仨])|\b(two|three|four|five|six)\b/.exec(item);
  if (counted === null) return 1;
  const [, digit, han, word] = counted;
  if (digit !== undefined) return Number(digit);
  if (han === '俩' || han === '仨') return han === '俩' ? 2 : 3;
  return (han === undefined ? parseEnglishNumber(word ?? '') : parseChineseNumeral(han)) ?? 1;
}

/** A bare count right after a verb of hiring (另外请了三个, 雇了五个; round 67, judge-239): people hired, whatever the number grammar read. */
const HIRED_JUST_BEFORE = /(?:请|雇|招|喊)了?\s*$/;
const hiredCount = (state: State, m: Mention): boolean =>
  m.kind === 'quantity' && m.value.kind === 'number' && HIRED_JUST_BEFORE.test(state.text.slice(Math.max(0, m.start - 4), m.start));
const isCount = (m: Mention): boolean => m.kind === 'quantity' && (m.value.kind === 'people' || m.value.kind === 'number');
const isStaffRole = (m: Mention): boolean => m.kind === 'role' && m.value !== 'household';

/** Whether staff counted follow the list (after its own count, if said), where, and whether a joining word stands between (not a space or a verb alone). */
function staffAfter(state: State, listEnd: number): { follows: boolean; joined: boolean; at: number } {
  const gap = STAFF_AFTER_LIST.exec(state.text.slice(listEnd));
  const at = listEnd + (gap?.[0].length ?? 0);
  // ...or a count and a word of a person's form, which the role lists leave alone ("+ three carvers").
  const added = COUNT_AND_WORD.exec(state.text.slice(at));
  const follows =
    state.mentions.some((m) => (isCount(m) || isStaffRole(m)) && m.start >= at && m.start <= at + STAFF_REACH) ||
    (added?.groups?.w !== undefined && PERSON_FORM_WORD.test(added.groups.w));
  return { follows, joined: gap?.groups?.joiner !== undefined, at };
}

/** A number and the English word after it: "2 groomers", "three washers". */
// ...where they are from or what kind between ("2 local girls", "three village women"; round 65).
const COUNT_AND_WORD =
  /^(?<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:(?:local|village|young|older|part-?time|full-?time|hired|extra)\s+)?(?<w>[a-z]+)\b/;

/**
 * "我 plus 2 groomers", "me, my wife and three washers": people added to the people listed are people, whatever
 * the word of a person's form (groomers, washers, which alone may be machines): a head count by role, unless a role already reads it.
 */
function peopleAdded(state: State, at: number): void {
  const m = COUNT_AND_WORD.exec(state.text.slice(at));
  if (m?.groups?.n === undefined || m.groups.w === undefined) return;
  // Only a word of a person's form: "200 pigs" or "8 rooms" after the people listed are the firm's things.
  if (!PERSON_FORM_WORD.test(m.groups.w)) return;
  const end = at + m[0].length;
  const within = (q: Mention): boolean => q.start < end && at < q.end;
  if (state.mentions.some((q) => within(q) && (q.kind === 'role' || (q.kind === 'quantity' && q.value.kind !== 'number')))) return;
  const value = /^\d/.test(m.groups.n) ? Number(m.groups.n) : parseEnglishNumber(m.groups.n);
  if (value === undefined) return;
  state.mentions = state.mentions.filter((q) => !(q.kind === 'quantity' && within(q)));
  const wordStart = end - m.groups.w.length;
  state.mentions.push({ kind: 'role', value: m.groups.w, start: wordStart, end, rule: `role added to the people listed "${m.groups.w}"` });
  state.mentions.push({
    kind: 'quantity',
    value: { kind: 'people', value, start: at, end },
    start: at,
    end,
    rule: `people added to the people listed "${m[0]}"`,
  });
}

/** Only a hedge before a bare count opening a reply ("about 8", "大概八个"). */
const REPLY_OPENING = /^\s*(?:(?:大概|差不多|估计|就|有|一共|总共|about|around|roughly|like|maybe|prob(?:ably)?|we have|we got)\s*)*$/;

/**
 * Whether staff counted stand right before the list, a joining word between ("两个保洁 还有我自己", "4 waiters and
 * me"): a role or people counted, not a bare number ("i'm 45 with 2 kids").
 */
function staffBefore(state: State, list: Match): boolean {
  const joiner = STAFF_BEFORE_LIST.exec(state.text.slice(Math.max(0, list.start - 12), list.start));
  if (joiner === null) return false;
  const at = list.start - joiner[0].length;
  // ...or a bare count opening the reply ("六个 加上老板娘", "10, plus my wife": round 26).
  const people = (m: Mention): boolean =>
    (m.kind === 'quantity' && m.value.kind === 'people') ||
    isStaffRole(m) ||
    (m.kind === 'quantity' &&
      m.value.kind === 'number' &&
      Number.isInteger(m.value.value) &&
      m.value.value < 1000 &&
      REPLY_OPENING.test(state.text.slice(0, m.start)));
  return state.mentions.some((m) => people(m) && m.end <= at && m.end >= at - 1 && !othersBusiness(state, m, list));
}

/** Staff inside someone else's business, the list outside it ("my wife runs a clinic with 2 doctors, i drive a taxi"). */
function othersBusiness(state: State, staff: Mention, list: Match): boolean {
  return state.mentions.some(
    (s) =>
      s.kind === 'scope' &&
      s.value === 'relative' &&
      s.start <= staff.start &&
      staff.end <= s.end &&
      !(s.start <= list.start && list.end <= s.end),
  );
}

/** The partnership's word right after the people listed (合伙, 一起合伙开, 合开; "run it together"), 一起 perhaps between. */
const PARTNERS_AFTER =
  /^\s*(?:一起|一块儿?)?\s*(?:合伙|合开|合办|搭伙|合股)|^\s*,?\s*(?:we\s+)?(?:run|own|started|opened|co-?own|co-?run)\s+(?:it|this|the\s+\w+)\s+together\b/;

/**
 * The people listed are the partners who share the firm (我和两个兄弟合伙开了个修车铺, 我和 2 个 partners 合伙): the partnership's
 * word right after them, so they are its owners, heads beside staff counted later in the message (另外请了3个人: round 30,
 * corpus convention 66).
 */
function partnersAfter(state: State, listEnd: number): boolean {
  return PARTNERS_AFTER.test(state.text.slice(listEnd));
}

/** The words that count the whole staff, the owner among them: staff, employees, people (not workers: "i run a stall with 3 workers", 4). */
const WHOLE_STAFF_WORD = /^[^,.;!?]*?\b(?:staff|staffers|employees?|people|ppl|persons)\b/;

/**
 * The owner running the firm with hired hands counted right after "with" and nothing listed ("i run a flower shop in kunming
 * with 2 helpers", "run a noodle stall with 3 staff"): the owner works beside them, one head more, as "me and 2 helpers" and
 * 我带着三个徒弟 read (round 32, corpus convention 108). Not when the owner or kin are already listed (peopleListed), nor with "we"
 * or a staff word (the count is the whole staff).
 */
function ownerWithCounted(state: State): void {
  if (state.mentions.some((m) => m.kind === 'role' && m.value === 'household')) return;
  for (const q of state.mentions) {
    if (q.kind !== 'quantity' || q.value.kind !== 'people') continue;
    // A staff word is the whole count, the count in words too ("a laundry with seven staff", "with uh 4 employees").
    if (WHOLE_STAFF_WORD.test(state.text.slice(q.start, q.end + 12))) continue;
    const counted = state.mentions.some((r) => isStaffRole(r) && r.value !== OF_US && r.start >= q.start && r.end <= q.end);
    // The clause of the count only: another's firm told after a comma is theirs (i run a shop, my brother runs a stall with 3 helpers).
    const before = state.text.slice(Math.max(0, q.start - 60), q.start).replace(/^[\s\S]*[,.;!?，。；！？]/, '');
    // One owner speaking ("i run a flower shop with 2 helpers"): "we run a salon with 5 stylists" counts the stylists alone, as the
    // judges read it (judge-12, -18, w6-people, w7-found, w13-trades-a).
    if (!counted || !OWNER_RUNS_WITH.test(before) || !ONE_OWNER.test(before)) continue;
    const at = state.text.lastIndexOf('with', q.start);
    const span = { start: at, end: at + 'with'.length };
    state.mentions.push({ kind: 'role', value: 'household', ...span, rule: 'role the owner running it with the hands counted' });
    state.mentions.push({
      kind: 'quantity',
      value: { kind: 'people', value: 1, ...span },
      ...span,
      rule: 'the owner running the firm with the hands counted after "with"',
    });
    return;
  }
}

/** A bare count right after the people listed, no staff word after it (加上我老婆四个). */
function countRightAfter(state: State, end: number): boolean {
  return state.mentions.some(
    (q) =>
      isCount(q) &&
      q.start >= end &&
      GROUP_COUNT_GAP.test(state.text.slice(end, q.start)) &&
      !STAFF_WORD_AFTER.test(state.text.slice(q.end)),
  );
}

export function peopleListed(state: State): void {
  // A count shared out, one each, counts no people (一人一台).
  state.mentions = state.mentions.filter((m) => !(isCount(m) && SHARED_OUT.test(state.text.slice(m.start))));
  peopleListedOnce(state);
  ownerWithCounted(state);
}

function peopleListedOnce(state: State): void {
  // The household phrases of the whole text, found once (once per list, a long message cost the square of its length).
  let households: Match[] | undefined;
  for (const list of allMatches(PEOPLE_LIST, state.text)) {
    const items = allMatches(PERSON_LISTED, list.text);
    if (items.length === 1 && OWNER_AS_SUBJECT.test(list.text)) continue;
    // "my wife does the till", 老公开车: one of the family as the subject of their own clause is read by
    // familyWorks (at the firm's work) or othersBusiness (their own firm), not as one listed.
    if (state.mentions.some((m) => m.kind === 'scope' && m.value === 'relative' && m.start >= list.start && m.start < list.end)) continue;
    // "我和我老婆两个人 还请了三个工人": the count right after the people listed is theirs, said twice.
    const own = state.mentions.find(
      (q) =>
        items.length > 1 &&
        isCount(q) &&
        q.start >= list.end &&
        GROUP_COUNT_GAP.test(state.text.slice(list.end, q.start)) &&
        !STAFF_WORD_AFTER.test(state.text.slice(q.end)) &&
        (COUNTS_PEOPLE.test(state.text.slice(q.start, q.end)) || !NOT_THEIR_COUNT.test(state.text.slice(q.end))) &&
        !state.mentions.some((r) => isStaffRole(r) && r.value !== OF_US && r.start >= q.start && r.start <= q.end + 1),
    );
    // ...or a bare count the number grammar leaves with a word glued after it (我爸我妈我三个另外请了…).
    const ownSaid = own === undefined && items.length > 1 ? OWN_COUNT_SAID.exec(state.text.slice(list.end)) : null;
    const ownEnd = own?.end ?? (ownSaid === null ? list.end : list.end + ownSaid[0].length);
    const after = staffAfter(state, ownEnd);
    // One person alone is listed only with a joining word to the staff ("我 + 2个服务员", "还有我自己"):
    // "我请了三个工人" says who hired them.
    // ...but a group counted is several (家里四个人 长期请了六个: 10; round 67).
    // (Not a group's count that is the count of the people listed before it, said again: 我跟老婆还有我弟三个人合伙 雇了五个: 8.)
    const countedBefore = state.mentions.some(
      (m) => m.kind === 'role' && m.value === 'household' && m.start < list.start && m.end > list.start,
    );
    const several = items.length > 1 || (items.length === 1 && GROUP_LISTED.test(items[0]?.text ?? '') && !countedBefore);
    const beside = several ? after.follows : after.follows && after.joined;
    // With no staff beside, the people listed are a head count of their own when counted after (我跟我老公还有公公婆婆
    // 四个人, "me, my wife and her brother, 3 of us") or said to be all (平时就我跟我老公还有公公婆婆).
    // (Not a list the household extractor reads whole, 就我和我爸妈: it counts that one, and a count beside it as the same group;
    // nor the end of a longer phrase it reads, 老两口带着儿子儿媳.)
    households ??= allMatches(HOUSEHOLD, state.text);
    const whole = households.filter((h) => h.start <= list.start && h.end >= list.end);
    if (whole.some((h) => !JUST_WORDS.test(state.text.slice(h.start, list.start)))) continue;
    const readWhole = whole.length > 0;
    const all = JUST_BEFORE.test(state.text.slice(0, list.start)) && !readWhole;
    const counted = items.length > 1 && (own !== undefined || ownSaid !== null || all);
    // "i run a noodle shop with my wife and 2 staff": the owner who runs it with them is one more.
    const ownerBefore = OWNER_RUNS_WITH.test(state.text.slice(Math.max(0, list.start - 60), list.start)) ? 1 : 0;
    // ...and the owners who run it so are at work beside staff counted anywhere after them ("a guesthouse with my
    // sister, 8 rooms, we got 1 cleaner").
    // ...as do the people listed who are said to run it in partnership right after them (我和两个兄弟合伙 … 另外请了3个人: round 30).
    const partners = items.length > 1 && partnersAfter(state, list.end);
    const staffLater =
      (ownerBefore === 1 || partners) &&
      state.mentions.some(
        (m) => (isStaffRole(m) || (m.kind === 'quantity' && m.value.kind === 'people') || hiredCount(state, m)) && m.start >= list.end,
      );
    if (!beside && !counted && !staffLater && !staffBefore(state, list)) continue;
    const inside = (m: Mention): boolean => m.start >= list.start && m.end <= list.end;
    let value = items.reduce((sum, item) => sum + heads(item.text), ownerBefore);
    let end = list.end;
    // "请了五个工人 加我和老婆7个": a total word over the list and a count after it: the total with the owners in it (figures.ts).
    // (Not 加上我和我媳妇 inside the list, 我爸我妈加上我和我媳妇 四个人: there it joins the people listed.)
    const totalOver = (m: Mention): boolean => m.kind === 'mark' && m.value === 'total' && m.start <= list.start && list.start < m.end;
    if (own !== undefined && state.mentions.some(totalOver)) continue;
    // ...one of the family alone after it too (三个人 加上我老婆四个; round 64): the count right after is the total.
    if (items.length === 1 && state.mentions.some(totalOver) && countRightAfter(state, list.end)) continue;
    if (own !== undefined && own.kind === 'quantity') {
      value = Math.max(value, own.value.value);
      end = own.end;
    } else if (ownSaid !== null) {
      value = Math.max(value, heads(ownSaid[0]));
      end = ownEnd;
    }
    const span = { start: list.start, end };
    // "总共我加侄子还有三个师傅": a total word before the list says what the whole list adds up to, not its first heads.
    const totalBefore = (m: Mention): boolean =>
      m.kind === 'mark' && m.value === 'total' && m.end <= list.start && TOTAL_GAP.test(state.text.slice(m.end, list.start));
    // ...and 加上我, 加我 inside the list join the owner to it, no total of it (加我三个 would be).
    state.mentions = state.mentions.filter((m) => !totalBefore(m) && !totalOver(m));
    const ownCount = (m: Mention): boolean => m === own || (ownSaid !== null && m.start >= list.end && m.end <= ownEnd);
    state.mentions = state.mentions.filter((m) => !(m.kind === 'quantity' && (inside(m) || ownCount(m)) && span.end >= m.end));
    state.mentions.push({ kind: 'role', value: 'household', ...span, rule: `role the people listed "${list.text}"` });
    state.mentions.push({
      kind: 'quantity',
      value: { kind: 'people', value, ...span },
      ...span,
      rule: `the people listed beside the staff "${state.text.slice(span.start, span.end)}"`,
    });
    if (after.follows && (beside || counted)) peopleAdded(state, after.at);
  }
}
