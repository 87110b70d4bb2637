// What a clause is: the one place that says which marks end a clause, and why a reader of one kind
// of thing uses a wider or a narrower set of them. Every helper of the pipeline that looks for the
// start or the end of a clause, or asks whether two places stand in one, asks here with one of the
// named sets below.
//
// The text is normalized (normalize.ts): NFKC has made full-width punctuation ASCII (，→, ；→;
// ！→! ？→? ：→:), and white space is single spaces (no line breaks are left). 。 and 、 have no
// ASCII form and stay as typed. A "." between two digits is a decimal point (1.5万, 3.5%), never a
// break, in every set.

/** Marks that end a sentence: what follows is a new statement or question. */
export const SENTENCE_ENDS = '.!?。';
/** Marks that end a clause inside a sentence. */
export const CLAUSE_MARKS = ',;';
/**
 * The enumeration comma: a writer parts the items of one list with it (做餐饮、零售的), inside one
 * clause; owners also type it where a writer puts a comma (我们开客栈的、有8个员工).
 */
export const LIST_COMMA = '、';

/** One set of clause breaks: the marks that end a clause, and whether a space beside Chinese does. */
export interface ClauseBreaks {
  /** The punctuation marks that end a clause. */
  readonly marks: string;
  /**
   * Whether a space beside a Chinese character ends a clause: owners type a space where a writer
   * puts a comma (我们开客栈的 有8个员工 格有哪样贷款); a space between English words never does.
   */
  readonly chineseSpace: boolean;
}

/**
 * A clause as punctuation closes it: any comma, semicolon or sentence end. The list comma is none:
 * the items of one list stay one clause (做餐饮、零售的能贷吗), and a role listed beside another's
 * count is still a role counted (服务员5个、收银). Where a question reaches for its topic, where a word
 * whose meaning is asked is looked for, where a machine counted or imported looks back for words of
 * getting it or of a trade, where the words of paying now look for a need said, where the facts told
 * after a question of what suits the firm begin (a space there ends no clause: the words after a spaced
 * question are its own, 适不适合 我们 这种 小 厂), and whether a role word has its count.
 */
export const PUNCTUATION: ClauseBreaks = { marks: CLAUSE_MARKS + SENTENCE_ENDS, chineseSpace: false };

/**
 * A clause as owners type it: punctuation, the list comma and a space beside Chinese, each typed
 * where a writer puts a comma. Where a question of what suits the firm starts: the facts stated
 * before it, clause by clause, are kept (我们开客栈的 有8个员工 格有哪样贷款适合我们).
 */
export const SPOKEN_CLAUSES: ClauseBreaks = { marks: CLAUSE_MARKS + SENTENCE_ENDS + LIST_COMMA, chineseSpace: true };

/**
 * Punctuation and the list comma: a figure's clause. Each item of a list of figures (厨师3个、服务员5个)
 * is its own clause for the words that say what the figure is, and for the role a count gives. The
 * caller keeps marks inside a sum read (800,000) from ending it.
 */
export const FIGURE_CLAUSES: ClauseBreaks = { marks: CLAUSE_MARKS + SENTENCE_ENDS + LIST_COMMA, chineseSpace: false };

/**
 * Sentence ends and the semicolon: a told debt's sentence, where the words about it stand (a buyer's debt said paid, a platform
 * holding the takings: refiners/debt-settled.ts, refiners/platform-payout.ts).
 */
export const DEBT_SENTENCE: ClauseBreaks = { marks: `${SENTENCE_ENDS};`, chineseSpace: false };

/** Sentence ends only: where two things compared must be named in one sentence (银行3.5%和借呗哪个好). */
export const SENTENCES: ClauseBreaks = { marks: SENTENCE_ENDS, chineseSpace: false };

const DIGIT = /\d/;
const HAN = /\p{Script=Han}/u;

/** Whether the character at `i` is a decimal point: a "." between two digits (1.5万), no break. */
function decimalPoint(text: string, i: number): boolean {
  return text[i] === '.' && DIGIT.test(text[i - 1] ?? '') && DIGIT.test(text[i + 1] ?? '');
}

/** Whether the character at `i` ends a clause, by `breaks`. */
export function isClauseBreak(text: string, i: number, breaks: ClauseBreaks): boolean {
  const ch = text[i];
  if (ch === undefined) return false;
  if (breaks.marks.includes(ch)) return !decimalPoint(text, i);
  return ch === ' ' && breaks.chineseSpace && (HAN.test(text[i - 1] ?? '') || HAN.test(text[i + 1] ?? ''));
}

/** Where the clause holding `at` starts: right after the last break before `at`, or 0. */
export function clauseStart(text: string, at: number, breaks: ClauseBreaks): number {
  for (let i = at - 1; i >= 0; i--) if (isClauseBreak(text, i, breaks)) return i + 1;
  return 0;
}

/** Where the clause holding `at` ends: the first break at or after `at` (itself outside), or the text's end. */
export function clauseEnd(text: string, at: number, breaks: ClauseBreaks): number {
  for (let i = at; i < text.length; i++) if (isClauseBreak(text, i, breaks)) return i;
  return text.length;
}

/** Whether a break stands in the stretch from `from` up to `to`: the two places are in different clauses. */
export function breakBetween(text: string, from: number, to: number, breaks: ClauseBreaks): boolean {
  return clauseEnd(text, from, breaks) < to;
}

/** The clauses of a text, in order: each stretch between breaks that holds a character, with where it starts. */
export function clausesOf(text: string, breaks: ClauseBreaks): { start: number; text: string }[] {
  const clauses: { start: number; text: string }[] = [];
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isClauseBreak(text, i, breaks)) continue;
    if (i > from) clauses.push({ start: from, text: text.slice(from, i) });
    from = i + 1;
  }
  return clauses;
}
