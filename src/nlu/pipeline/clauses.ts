// What a clause is: the one place that says which marks end a clause, and why a reader of one kind
// of thing uses a wider or a narrower set of them. Every helper of the pipeline that looks for the
// start or the end of a clause asks here, with one of the named sets below.
//
// The text is normalized (normalize.ts): NFKC has made full-width punctuation ASCII (，→, ；→;
// ！→! ？→?), and white space is single spaces (no line breaks are left). 。 and 、 have no ASCII
// form and stay as typed.

/** Marks that end a sentence: what follows is a new statement or question. */
export const SENTENCE_ENDS = '.!?。';
/** Marks that end a clause inside a sentence. */
export const CLAUSE_MARKS = ',;';
/**
 * The enumeration comma: a writer parts the items of one list with it (厨师、服务员), inside one
 * clause; owners also type it where a writer puts a comma (我们开客栈的、有8个员工).
 */
export const LIST_COMMA = '、';

/** One set of clause breaks: the marks that end a clause, how they read inside a number, and spaces. */
export interface ClauseBreaks {
  /** The punctuation marks that end a clause. */
  readonly marks: string;
  /**
   * A mark inside a number: 'breaks' (it ends the clause all the same), 'decimal-point' (a "."
   * between two digits, 1.5万, is none), 'before-digit' (no mark right before a digit: 1,000 and 1.5).
   */
  readonly inNumbers: 'breaks' | 'decimal-point' | 'before-digit';
  /**
   * Whether a space beside a Chinese character ends a clause: owners type a space where a writer
   * puts a comma (我们开客栈的 有8个员工 格有哪样贷款); a space between English words never does.
   */
  readonly chineseSpace: boolean;
}

/**
 * A clause as punctuation closes it: any comma, semicolon or sentence end, the list comma aside (the
 * items of one list stay one clause: 做餐饮、零售的能贷吗). Where a question reaches for its topic, and
 * where a word whose meaning is asked is looked for.
 */
export const PUNCTUATION: ClauseBreaks = { marks: CLAUSE_MARKS + SENTENCE_ENDS, inNumbers: 'breaks', chineseSpace: false };

/**
 * Punctuation outside a number: no mark right before a digit ends the clause (1,000, 1.5). Where a
 * machine counted or said to be imported looks back for words of getting it or of a trade.
 */
export const PUNCTUATION_OUTSIDE_NUMBERS: ClauseBreaks = { ...PUNCTUATION, inNumbers: 'before-digit' };

/**
 * Punctuation, a decimal point aside (1.5万 is one number). Where the facts told after a question of
 * what suits the firm begin.
 */
export const PUNCTUATION_OUTSIDE_DECIMALS: ClauseBreaks = { ...PUNCTUATION, inNumbers: 'decimal-point' };

/**
 * A clause as owners type it: punctuation (a decimal point aside), the list comma and a space beside
 * Chinese, each typed where a writer puts a comma. Where a question of what suits the firm starts:
 * the facts stated before it, clause by clause, are kept (我们开客栈的 有8个员工 格有哪样贷款适合我们).
 */
export const SPOKEN_CLAUSES: ClauseBreaks = {
  marks: CLAUSE_MARKS + SENTENCE_ENDS + LIST_COMMA,
  inNumbers: 'decimal-point',
  chineseSpace: true,
};

/**
 * Punctuation and the list comma: a figure's clause. Each item of a list of figures (厨师3个、服务员5个)
 * is its own clause for the words that say what the figure is. The caller keeps marks inside a sum
 * read (800,000, 1.5) from ending it.
 */
export const FIGURE_CLAUSES: ClauseBreaks = { marks: CLAUSE_MARKS + SENTENCE_ENDS + LIST_COMMA, inNumbers: 'breaks', chineseSpace: false };

/** The comma and the Chinese full stop only: where the words of paying now look back for a need said. */
export const COMMAS_AND_FULL_STOP: ClauseBreaks = { marks: ',。', inNumbers: 'breaks', chineseSpace: false };

/** Sentence ends only: where two things compared must be named in one sentence. */
export const SENTENCES: ClauseBreaks = { marks: SENTENCE_ENDS, inNumbers: 'breaks', chineseSpace: false };

/**
 * What may not stand between a role word and its count (厨师3个, "4 coaches, 12 employees"): a clause's
 * end or a list comma, each of which makes the count another item's. For the role a count gives.
 */
export const ROLE_AND_COUNT: ClauseBreaks = { marks: ',;.。、', inNumbers: 'breaks', chineseSpace: false };

/**
 * ...for whether a role word is counted (收银一个: staff, no purpose): punctuation and the colon, the
 * list comma aside.
 */
export const ROLE_COUNTED: ClauseBreaks = { marks: `${CLAUSE_MARKS}${SENTENCE_ENDS}:`, inNumbers: 'breaks', chineseSpace: false };

const DIGIT = /\d/;
const HAN = /\p{Script=Han}/u;

/** Whether the mark at `i` stands inside a number, where `breaks` says it ends no clause. */
function insideNumber(text: string, i: number, inNumbers: ClauseBreaks['inNumbers']): boolean {
  if (inNumbers === 'breaks') return false;
  const after = DIGIT.test(text[i + 1] ?? '');
  if (inNumbers === 'before-digit') return after;
  return text[i] === '.' && after && DIGIT.test(text[i - 1] ?? '');
}

/** Whether the character at `i` ends a clause, by `breaks`. */
export function isClauseBreak(text: string, i: number, breaks: ClauseBreaks): boolean {
  const ch = text[i];
  if (ch === undefined) return false;
  if (breaks.marks.includes(ch)) return !insideNumber(text, i, breaks.inNumbers);
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

/** Whether a break by `breaks` stands in the stretch from `from` up to `to`: the two places are in different clauses. */
export function breakBetween(text: string, from: number, to: number, breaks: ClauseBreaks): boolean {
  return clauseEnd(text, from, breaks) < to;
}
