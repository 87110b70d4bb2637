// A figure corrected inside one sentence: "营业额差不多300万 哦不对 是200万", "we have 12 staff, no
// wait, 15", "想借80万 说错了 60万". The owner takes back the figure said before the correction and
// gives the right one after it: the later figure takes the earlier one's place (its cue and its
// marks: revenue, staff, the amount), and the earlier one is dropped. Only when the later figure
// names no role of its own (营业额300万 说错了 借款是200万 gives a second figure, not a correction of
// the first) and both count the same kind of thing (a sum for a sum, a count for a count).

import type { Quantity } from '../../numbers';
import { drop, type Mention, type MentionOf, note, ofKind, overlaps, scopes, type State } from '../mention';
import { PER_PERIOD } from '../figures';
import { unitMonths } from './denied-unit';

/** A sentence ends between the two figures: no correction reaches across it. */
const SENTENCE_END = /[.!?。！？]\s/;

/** The last sentence end in a text, and what follows it: "150k. actually " -> " actually ". */
const AFTER_LAST_END = /[.!?。！？]\s([^.!?。！？]*)$/;
/** A few words that may open the sentence of a correction: "actually", "oh", "ok so", 哦. */
const OPENING = /^[\sa-z,，哦噢啊嗯]{0,12}$/;

/** The marks of a sum's period shorter than a year. */
const SUM_PERIODS: ReadonlySet<string> = new Set(PER_PERIOD);
/** A period mark said right after the figure (80k rmb per month, 8万一个月). */
function periodOf(text: string, q: Mention, mark: Mention): boolean {
  return mark.start >= q.end && /^\s{0,2}$/.test(text.slice(q.end, mark.start));
}

/**
 * The correction reaches the figure before it: no sentence ends between them, or the sentence that
 * ends is the figure's and the next opens with the correction ("need 150k. sorry, 100k").
 */
function sameSentence(text: string, beforeEnd: number, flagStart: number, flagEnd: number, afterStart: number): boolean {
  // The correction's own stop ("20k? no. 200k") ends no sentence: only what lies after it.
  if (SENTENCE_END.test(text.slice(flagEnd, afterStart))) return false;
  const gap = text.slice(beforeEnd, flagStart);
  if (!SENTENCE_END.test(gap)) return true;
  const opening = AFTER_LAST_END.exec(gap)?.[1] ?? gap;
  return !SENTENCE_END.test(gap.slice(0, gap.length - opening.length - 1)) && OPENING.test(opening);
}

function sameKind(a: Quantity, b: Quantity): boolean {
  if (b.kind === 'money') return a.kind === 'money';
  // A term said again as a bare number ("3 yrs, make that 4", round 25): the number in the term's unit (bareTerm).
  if (a.kind === 'duration' && b.kind === 'number') return b.value > 0 && b.value <= 50;
  if (a.kind === 'money') return b.kind === 'number';
  if (a.kind === 'people' || a.kind === 'number') return b.kind === 'people' || b.kind === 'number';
  return a.kind === b.kind;
}

/**
 * A cue that is the later figure's own: before it, or right after it ("50k profit", 200万营业额); a
 * Chinese word after a space opens the next phrase (15w 周转收菌子: the purpose, not the sum's label).
 */
function ownCue(text: string, cue: Mention, after: Mention): boolean {
  if (cue.start < after.start) return true;
  const gap = text.slice(after.end, cue.start);
  return gap === '' || (/^ $/.test(gap) && /^[a-z]/.test(text.slice(cue.start, cue.end)));
}

/** A cue said again: the cue of the later figure is the one right before the figure corrected (借二十万 … 借二十五万). */
function saidAgain(text: string, cues: readonly MentionOf<'cue'>[], later: MentionOf<'cue'>, before: Mention): boolean {
  const own = cues.filter(
    (c) => c.end <= before.start && before.start - c.end <= 4 && !/[，,.。;；!?？]/.test(text.slice(c.end, before.start)),
  );
  return own.some((c) => c.value === later.value);
}

/** A restart said as speech-to-text writes it: a hesitation, then 不是 (嗯 不是, 呃不是). */
const RESTART_NO = /^[哦噢喔啊呃嗯额]\s*不是$/;
/** A figure's hedge or particle after it: 左右, 的样子, 吧 (30万左右吧; round 33, corpus convention 165). */
const HEDGE_AFTER = '(?:左右|上下|的样子|吧|嘛|哦|啊|噢)*';
/** Only a pause between the figure and the restart after it, the figure's hedge before it (30万左右吧 嗯 不是 35万; round 33). */
const NOTHING_BETWEEN = new RegExp(`^${HEDGE_AFTER}[\\s,，]*$`);
/** Dots typed for a pause: "...", "…", 。。。 (full-width stops typed on a phone). */
const DOTS = String.raw`(?:\.{2,}|…+|。{2,})`;
/**
 * Only dots between, the pause as typed ("二十万... 不是 二十五万"), the figure's hedge before them (三十万吧... 不是 三十八万: round 36,
 * corpus convention 242).
 */
// ...or a full stop, the figure's sentence ended (四十万吧。不是 四十五万: round 37, fix37b, corpus convention 282).
const DOTS_BETWEEN = new RegExp(`^\\s*${HEDGE_AFTER}\\s*(?:${DOTS}|。)\\s*$`);
/** A pause as typed or spoken, dots and hesitations in any order, the figure's hedge before (四十万吧 嗯... 不是, 40万... 呃不是: round 36). */
const PAUSE_BETWEEN = new RegExp(`^\\s*${HEDGE_AFTER}\\s*(?:(?:[嗯呃额哦噢啊]|${DOTS})\\s*)+$`);
/** A comma before the no, the figure's hedge before it (40万吧，不是，45万): with a comma after the no too, a restart (round 36). */
const COMMA_BETWEEN = new RegExp(`^\\s*${HEDGE_AFTER}\\s*[,，]\\s*$`);
const COMMA_AFTER = /^\s*[,，]/;
/**
 * English words of a pause or a second thought before the no ("200k, actually no, 250k": round 36); a comma alone
 * before the correction ("150k, sorry, 180k", "60k, no wait, 70k") stays the plain correction, no sum set aside (fix23e, w24-fix24a).
 */
const SECOND_THOUGHT_EN = String.raw`(?:actually|wait|oh|hmm|um|uh|erm)`;
/** An English hedge after the figure, before the pause ("around 40k i think... no, 45k", "200k or so.. no 250k": round 36). */
const HEDGE_AFTER_EN = String.raw`(?:\s*(?:i (?:think|guess|reckon)|or so|ish|maybe|probably|prob)\b)*`;

/** A slip's verb that names the figure typed wrong right after it: 打成八十万了, 写成五十个了. */
const SLIP_NAMES_NEXT = /成$/;
/**
 * What may stand before a sum named as wrong at the opening of a reply: the, that, 上面那个 (no figure); not a verb of
 * saying or typing, whose object it is ("i typed 50k, meant 500k", "i put 520k by mistake": the figure taken back).
 */
const NAMED_BEFORE = /^(?![^\d]*(?:\b(?:typed|put|said|wrote|gave|entered|told)\b|[说讲写打填报输]))[^\d]{0,16}$/;
/** Between the sum and the slip said of it: "the 520k was a typo", "那个八十万是打错了", "上面那个八十万打错了". */
// ...or a hesitation before the word taken back (四十万 嗯 不对 四十五万, 30万 no 不对 35万: round 24), typed as dots too
// ("300k.. no 350k", "8k... no 80k": a pause, as 嗯 is; round 26, corpus convention 22).
// ...the sum hedged before the pause (大概二十来万吧 不对 二十五万, 三十万左右嘛 不对; round 33, corpus convention 165).
// ...a Chinese full stop (五十万吧。不对 五十五万: round 37, convention 282).
// ...full-width dots too, and English words of a second thought before the no ("like 200k, actually no, 250k": round 36, convention 242).
const SLIP_OF_IT = new RegExp(
  String.raw`^\s*${HEDGE_AFTER}${HEDGE_AFTER_EN}\s*(?:是|都是)?\s*(?:${DOTS}|。)?\s*(?:,?\s*${SECOND_THOUGHT_EN}\b,?\s*)*(?:(?:[嗯呃额哦噢啊]|no\b|${DOTS}),?\s*)*$`,
);

/**
 * A sum pointed at as said or given earlier in the talk (刚才讲的三十万, 之前说的那个 60万, "the 150k i gave before", "i said
 * 200k earlier"): the figure the owner gave in an earlier message, not one typed wrong in this one (打成, typed: dropped).
 */
const SAID_EARLIER_BEFORE = /(?:刚才|刚刚|之前|前面|上面|先前|头先)[^\d，,。.!?！？]{0,3}?(?:说|讲|报|给|填|写|发)(?:的|了)?(?:那个)?\s*$/;
/** ...in English the verb before the sum and the time after it ("i said 200k earlier"), or both after it ("the 150k i gave before"). */
const SAID_BEFORE_SUM = /\b(?:i|we)\s+(?:said|gave(?: you)?|told you|mentioned|put down|quoted)\s*$/;
const EARLIER_AFTER_SUM = /^\s*(?:earlier|before)\b/;
// ...or typed, entered, with no time said ("the 300k i typed was wrong, its 30k"; round 54).
const SAID_EARLIER_AFTER =
  /^\s*(?:that\s+)?(?:i|we)\s+(?:(?:said|gave(?: you)?|told you|mentioned|put down|quoted)\s+(?:earlier|before)\b|(?:typed|entered|wrote|put in|put)\b)/;
/** Between a sum said earlier and the correction: its words of saying, "was wrong", a comma (no figure, no sentence end). */
const SAID_EARLIER_BETWEEN = /^[^\d.!?。！？]{0,40}$/;

/**
 * A sum named as said wrong before: the slip said of it, the reply's subject with no label ("the 520k was a typo",
 * "那个八十万是打错了"), is the figure the owner gave earlier, set aside as a sum said wrong (a `denied` mark); a sum
 * right after a slip's verb that names it (前面打成八十万了, as "typed 50k, meant 500k") is dropped. Either way the sum
 * after it, with no label of its own, replaces it. Not a sum stated with its label in this message (营业额三百万 说错了
 * 两百万: corrected in place).
 */
function namedWrong(state: State, wrong: Mention, flag: Mention, deny: boolean, rule: string): void {
  if (deny) state.mentions.push({ kind: 'mark', value: 'denied', start: wrong.start, end: wrong.start, rule: `mark:denied (${rule})` });
  else drop(state, 'correctedFigure', (m) => m === wrong, `the figure named as typed wrong (${rule})`);
  if (deny) note(state, 'correctedFigure', wrong, 'relabel', `a sum said wrong (${rule})`);
  if (wrong.kind !== 'quantity' || wrong.value.kind !== 'money') return;
  const cues = ofKind(state, 'cue');
  const right = ofKind(state, 'quantity').find((q) => q.start >= Math.max(wrong.end, flag.end) && q.value.kind === 'money');
  if (right === undefined || cues.some((c) => c.start >= wrong.end && c.end <= right.end + 4 && ownCue(state.text, c, right))) return;
  if (!ofKind(state, 'flag').some((f) => f.value === 'replacing'))
    state.mentions.push({ kind: 'flag', value: 'replacing', start: flag.start, end: flag.end, rule: `flag:replacing (${rule})` });
}

export function correctedFigure(state: State): void {
  const flags = ofKind(state, 'flag').filter((f) => f.value === 'correcting');
  const cues = ofKind(state, 'cue');
  for (const flag of flags) {
    const quantities = ofKind(state, 'quantity');
    const after = quantities.find((q) => q.start >= flag.end);
    if (after === undefined) continue;
    const slipVerb = state.text.slice(flag.start, flag.end);
    if (SLIP_NAMES_NEXT.test(slipVerb) && /^\s*$/.test(state.text.slice(flag.end, after.start))) {
      // ...a count too (工人是十八个 前面打成八十了): the count said right is the other one.
      namedWrong(state, after, flag, false, `named by "${slipVerb}"`);
      continue;
    }
    // The figure taken back: the last one before the correction that counts what the later one counts (its noun may be
    // the correction's first word: "the 50 staff was wrong, it's 15").
    const before = quantities.filter((q) => q.start < flag.start && q.end <= flag.end && sameKind(q.value, after.value)).at(-1);
    if (before === undefined) continue;
    // A restart's 不是 after a hesitation (三十万 嗯 不是 三十五万, round 24) takes back the figure before it: it denies
    // nothing after it (its denial and its mark dropped), as 嗯不是 是三十五万 reads.
    // ...and so does a bare 不是 after dots, the pause typed (二十万... 不是 二十五万: round 26).
    const between = state.text.slice(before.end, flag.start);
    // ...and a hesitation after dots (40万... 呃不是 45万), a bare 不是 after a pause of dots and hesitations or set off by commas (四十万吧
    // 嗯... 不是 四十五, 40万吧，不是，45万: round 36, corpus convention 242).
    const restart =
      (RESTART_NO.test(slipVerb) && (NOTHING_BETWEEN.test(between) || PAUSE_BETWEEN.test(between))) ||
      (/^不是$/.test(slipVerb) &&
        (DOTS_BETWEEN.test(between) ||
          PAUSE_BETWEEN.test(between) ||
          (COMMA_BETWEEN.test(between) && COMMA_AFTER.test(state.text.slice(flag.end, after.start)))));
    if (restart)
      drop(
        state,
        'correctedFigure',
        (m) =>
          (m.kind === 'scope' || m.kind === 'mark') && m.start >= flag.start && m.end <= flag.end && /denial|denied/.test(String(m.value)),
        'a restart: the figure before it taken back, nothing after it denied',
      );
    // The wrong figure already denied (不是六个 我记错了 是十六个): the later one stands as it is.
    if (
      scopes(state, 'denial').some((d) => overlaps(d, before)) ||
      /不是\s*$/.test(state.text.slice(Math.max(0, before.start - 3), before.start))
    )
      continue;
    if (!sameSentence(state.text, before.end, flag.start, flag.end, after.start)) continue;
    // The reply's subject: a sum with nothing before it but a few words, no label, no figure, the slip said of it;
    // ...or pointed at as said earlier, the correction after it (刚才讲的三十万不对 应该是四十万, "sorry i said 200k earlier, meant
    // 250k": round 27).
    const opening = state.text.slice(0, before.start);
    const saidEarlier =
      (SAID_EARLIER_BEFORE.test(opening) ||
        (SAID_BEFORE_SUM.test(opening) && EARLIER_AFTER_SUM.test(state.text.slice(before.end))) ||
        SAID_EARLIER_AFTER.test(state.text.slice(before.end, flag.start))) &&
      SAID_EARLIER_BETWEEN.test(state.text.slice(before.end, flag.start)) &&
      !/\d/.test(opening);
    if (
      before.value.kind === 'money' &&
      !cues.some((c) => c.start < before.start) &&
      ((NAMED_BEFORE.test(opening) && (SLIP_OF_IT.test(between) || (/^不[是对]$/.test(slipVerb) && COMMA_BETWEEN.test(between)))) ||
        saidEarlier)
    ) {
      namedWrong(state, before, flag, true, `"${state.text.slice(flag.start, flag.end)}" said of it`);
      continue;
    }
    // The later figure with a cue of its own is a second figure, not the first corrected.
    // (before it, or a noun right after it, "50k profit"; not a cue of the next phrase: 15w 周转收菌子), unless the cue is
    // the one the figure before was said with, said again as a restart does (借二十万 不对 借二十五万, "we need 300k, sorry,
    // we need 350k": round 23).
    // (Not the "it" of "make it", the replacing words before the figure: "no, make it 2 years".)
    const replacingWords = ofKind(state, 'flag').filter((f) => f.value === 'replacing');
    const laterCue = cues.find(
      (c) =>
        c.start >= flag.end &&
        c.end <= after.end + 4 &&
        ownCue(state.text, c, after) &&
        !replacingWords.some((f) => f.start <= c.start && c.end <= f.end),
    );
    if (laterCue !== undefined && !saidAgain(state.text, cues, laterCue, before)) continue;
    if (before.value.kind === 'money' && after.value.kind === 'number' && after.value.value < 1000) continue;
    const { start, end } = before.value;
    const termUnit =
      before.value.kind === 'duration' && after.value.kind === 'number' ? unitMonths(state.text.slice(before.start, before.end)) : 1;
    if (termUnit === undefined) continue;
    const right: Quantity =
      before.value.kind === 'money'
        ? {
            kind: 'money',
            value: after.value.value,
            currency: after.value.kind === 'money' ? after.value.currency : before.value.currency,
            start,
            end,
          }
        : before.value.kind === 'duration'
          ? { kind: 'duration', value: after.value.value * termUnit, start, end }
          : {
              kind: before.value.kind === 'people' || after.value.kind === 'people' ? 'people' : 'number',
              value: after.value.value,
              start,
              end,
            };
    (before as MentionOf<'quantity'>).value = right;
    note(
      state,
      'correctedFigure',
      before as Mention,
      'relabel',
      `corrected to ${after.value.value} by "${state.text.slice(flag.start, flag.end)}"`,
    );
    drop(state, 'correctedFigure', (m) => m === after, 'the right figure, taking the place of the one corrected');
    // ...with its own period said after it ("80k usd? no sorry i mean 80k rmb per month": a month's; round 66, a tester), which goes with it.
    for (const period of ofKind(state, 'mark').filter((m) => SUM_PERIODS.has(String(m.value)) && periodOf(state.text, after, m))) {
      state.mentions.push({ ...period, start: end, end, rule: `${period.rule} (carried with the right figure)` });
    }
    // A sum put right replaces the one said ("the 520k was a typo, 250k"): if no cue labels it, it is the figure
    // the bot asked for, as after "sorry, 250k" (the assembler sets replacing only for an unlabelled sum).
    if (right.kind === 'money' && !ofKind(state, 'flag').some((f) => f.value === 'replacing')) {
      const rule = `flag:replacing (a sum corrected by "${state.text.slice(flag.start, flag.end)}")`;
      state.mentions.push({ kind: 'flag', value: 'replacing', start: flag.start, end: flag.end, rule });
    }
  }
}

/**
 * A figure named in the correction itself, with no figure of it before ("the turnover i gave earlier is too high,
 * more like 1.1m", 营业额刚才讲多了 也就八十万): the sum after it, with no label of its own, is that figure. The cue is
 * set again right before the sum, so the figure roles read it as they read "turnover 1.1m".
 */
export function figureNamedInCorrection(state: State): void {
  const cues = ofKind(state, 'cue');
  for (const flag of ofKind(state, 'flag').filter((f) => f.value === 'correcting')) {
    const named = cues.find((c) => c.start >= flag.start && c.end <= flag.end);
    if (named === undefined) continue;
    const quantities = ofKind(state, 'quantity');
    if (quantities.some((q) => q.end <= flag.start)) continue;
    const after = quantities.find((q) => q.start >= flag.end && q.value.kind === 'money');
    if (after === undefined || cues.some((c) => c !== named && c.start >= flag.end && c.end <= after.end + 4)) continue;
    state.mentions.push({
      kind: 'cue',
      value: named.value,
      start: after.start,
      end: after.start,
      rule: `cue:${named.value} (named in the correction "${state.text.slice(flag.start, flag.end)}")`,
    });
  }
}
