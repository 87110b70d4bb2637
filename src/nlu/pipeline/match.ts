// Every match of a pattern in a text, as spans, whatever the pattern's flags: word lists compile
// to plain patterns and the extractors need all their occurrences.
//
// Linear on long texts. Many words start by taking the rest of their phrase before them, a class
// repeated (`[^，。,.!?；;\s]*(?:贷了|借了…)`): the engine tries such a word at every position of a long
// run of that class (2,000 emoji, a long number, a clause with no comma) and each try runs to the
// run's end, so one search cost the square of the run. A word that starts with a repeated class
// matches in the middle of a run only when it also matches from the run's start (the class takes
// the characters between), so the leftmost match never starts inside a run unless the search itself
// started there: the pattern searched is the same with those words tried only where the character
// before is not of their class (`(?<!C)C*`), and at the search's own start, where a previous match
// ended, the pattern as written is tried first. The matches are exactly those of the pattern.

interface Searchers {
  /** The pattern, global: the search as written. */
  global: RegExp;
  /** The pattern tried at one position (sticky), when the run-start pattern differs; else undefined. */
  sticky?: RegExp;
  /** The pattern with words that start with a repeated class tried only at a run's start (global). */
  runStarts?: RegExp;
}

const SEARCHERS = new WeakMap<RegExp, Searchers>();

function searchers(re: RegExp): Searchers {
  let s = SEARCHERS.get(re);
  if (s === undefined) {
    const global = re.global ? re : new RegExp(re.source, `${re.flags}g`);
    const rewritten = re.sticky ? null : runStartsOnly(re.source);
    s =
      rewritten === null
        ? { global }
        : {
            global,
            sticky: new RegExp(re.source, `${re.flags.replace('g', '')}y`),
            runStarts: new RegExp(rewritten, global.flags),
          };
    SEARCHERS.set(re, s);
  }
  return s;
}

/** The end of the group opened at `open` (its ")" index), or -1; escapes and classes skipped. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
  }
  return -1;
}

/** The end of the class opened at `open` (the index after its "]"), or -1. */
function classEnd(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']' && i > open + 1) return i + 1;
  }
  return -1;
}

/** The index after the alternative starting at i (at a "|" of its level, a ")" or the end). */
function alternativeEnd(source: string, i: number): number {
  let inClass = false;
  for (; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') {
      const end = groupEnd(source, i);
      if (end < 0) return -1;
      i = end;
    } else if (ch === '|' || ch === ')') return i;
  }
  return i;
}

/** A quantifier right at i that lets its atom be taken more than once or not at all. */
const QUANTIFIER = /^(?:[?*+]|\{\d*,?\d*\})/;

/**
 * The alternatives of `source[from, to)` with each one that starts with a class repeated unboundedly
 * (`[…]*`, `[…]+`, lazy too) guarded by `(?<![…])`; alternatives that start with a group taken once
 * are looked into the same way. Returns null when nothing was guarded.
 */
function guardAlternatives(source: string, from: number, to: number): string | null {
  let out = '';
  let changed = false;
  let i = from;
  while (i <= to) {
    const end = alternativeEnd(source, i);
    if (end < 0 || end > to) return null;
    const guarded = guardAlternative(source, i, end);
    out += guarded ?? source.slice(i, end);
    if (guarded !== null) changed = true;
    if (end === to) break;
    out += '|';
    i = end + 1;
  }
  return changed ? out : null;
}

function guardAlternative(source: string, start: number, end: number): string | null {
  const ch = source[start];
  const atomEnd = ch === '(' ? -1 : oneCharacterAt(source, start);
  if (atomEnd > 0 && atomEnd < end) {
    const atom = source.slice(start, atomEnd);
    const guarded = `(?<!${atom})${source.slice(start, end)}`;
    if (source[atomEnd] === '*' || source[atomEnd] === '+') return guarded;
    // One character, then a class that holds it, repeated ("\\d[\\d.,]*"): a match inside a run of the first also
    // matches from one character before, so it is guarded by the first.
    const next = oneCharacterAt(source, atomEnd);
    const repeated = next > 0 && next < end && (source[next] === '*' || source[next] === '+');
    return repeated && holds(source.slice(atomEnd, next), atom) ? guarded : null;
  }
  if (ch === '(' && source.startsWith('(?:', start)) {
    // A group of one character each way, repeated ("(?:[^,.;!?]|[.,](?=\d))*"): guarded as a class is.
    const close = groupEnd(source, start);
    if (
      close > 0 &&
      close < end &&
      (source[close + 1] === '*' || source[close + 1] === '+') &&
      oneCharacterEach(source, start + 3, close)
    ) {
      return `(?<!${source.slice(start, close + 1)})${source.slice(start, end)}`;
    }
  }
  if (ch === '(') {
    const head = /^\((?:\?:|\?<[A-Za-z_$][\w$]*>)?/.exec(source.slice(start))?.[0] ?? '(';
    // A lookaround is no group taken once at the alternative's start.
    if (source[start + 1] === '?' && head === '(') return null;
    const close = groupEnd(source, start);
    if (close < 0 || close >= end) return null;
    if (QUANTIFIER.test(source.slice(close + 1))) return null;
    const inner = guardAlternatives(source, start + head.length, close);
    return inner === null ? null : `${head}${inner}${source.slice(close, end)}`;
  }
  return null;
}

/** One character, as a class, an escape of one ("\\s", "\\p{…}", "\\."), "." or itself, at i: its end, or -1. */
function oneCharacterAt(source: string, i: number): number {
  const ch = source[i];
  if (ch === '[') return classEnd(source, i);
  if (ch === '\\') {
    const escaped = /^\\(?:[pP]\{[^}]*\}|u[\da-fA-F]{4}|u\{[\da-fA-F]+\}|x[\da-fA-F]{2}|[dDsSwWtnrfv.\\/^$*+?()[\]{}|-])/.exec(
      source.slice(i),
    );
    return escaped === null ? -1 : i + escaped[0].length;
  }
  if (ch === undefined || '()[]{}|*+?^$'.includes(ch)) return -1;
  return i + 1;
}

/** Whether the class `outer` takes every character `inner` takes: the same, or a class listing it ("[\\d.,]" holds "\\d"). */
function holds(outer: string, inner: string): boolean {
  if (outer === inner) return true;
  if (!outer.startsWith('[') || outer.startsWith('[^') || !/^\\[dws]$/.test(inner)) return false;
  const at = outer.indexOf(inner);
  return at > 0 && outer[at - 1] !== '\\';
}

/** Whether every alternative of source[from, to) takes one character, a lookahead after it allowed ("[.,](?=\\d)"). */
function oneCharacterEach(source: string, from: number, to: number): boolean {
  let i = from;
  while (i <= to) {
    const end = alternativeEnd(source, i);
    if (end < 0 || end > to) return false;
    let at = oneCharacterAt(source, i);
    if (at < 0) return false;
    while (at < end && (source.startsWith('(?=', at) || source.startsWith('(?!', at))) {
      const close = groupEnd(source, at);
      if (close < 0 || close >= end) return false;
      at = close + 1;
    }
    if (at !== end) return false;
    if (end === to) return true;
    i = end + 1;
  }
  return false;
}

/**
 * The pattern with every word that starts with a repeated class tried only at a run's start, or
 * null when it has none (or back-references, whose text could differ by where the match starts).
 */
export function runStartsOnly(source: string): string | null {
  if (/\\(?:[1-9]|k<)/.test(source)) return null;
  return guardAlternatives(source, 0, source.length);
}

/**
 * The first match of a pattern that is not global, as `re.exec(text)` gives it (from the text's start), with its
 * words that start with a repeated class tried only at a run's start (linear on a long run).
 */
export function firstMatch(re: RegExp, text: string): RegExpExecArray | null {
  if (re.global || re.sticky) return re.exec(text);
  const { runStarts } = searchers(re);
  if (runStarts === undefined) return re.exec(text);
  runStarts.lastIndex = 0;
  return runStarts.exec(text);
}

export interface Match {
  start: number;
  end: number;
  text: string;
}

export function allMatches(re: RegExp, text: string): Match[] {
  const { global, sticky, runStarts } = searchers(re);
  const out: Match[] = [];
  let at = 0;
  while (at <= text.length) {
    let m: RegExpExecArray | null = null;
    if (sticky !== undefined && runStarts !== undefined) {
      // Where the search starts (a previous match's end) the pattern as written: a word of a repeated
      // class may start here inside a run; after it, only at runs' starts.
      sticky.lastIndex = at;
      m = sticky.exec(text);
      if (m === null) {
        runStarts.lastIndex = at + 1;
        m = at + 1 <= text.length ? runStarts.exec(text) : null;
      }
    } else {
      global.lastIndex = at;
      m = global.exec(text);
    }
    if (m === null) break;
    if (m[0].length === 0) {
      at = m.index + 1;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    at = m.index + m[0].length;
  }
  return out;
}
