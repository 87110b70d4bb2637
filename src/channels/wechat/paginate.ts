// Splits a long answer into pages that each fit one passive text reply (2,047 bytes of UTF-8 is the
// community-measured ceiling), appending a "reply MORE" hint to every page but the last.
//
// Cut preference, within the bytes a page can hold: a paragraph break, then a line break, then a
// sentence end — each of these only if it keeps at least half the page, so that an early break
// does not leave a stub page — then any of them wherever it is (a short page that ends a sentence
// beats one that stops mid-sentence), then whitespace, and as a last resort a grapheme boundary
// (never inside a UTF-8 sequence or a surrogate pair, and not inside an emoji sequence when
// avoidable). Whitespace at the cut points is dropped; nothing else is.
//
// Empty or whitespace-only text yields [] (nothing worth sending); text that already fits is
// returned unchanged as the single page, hint-free.
//
// paginateItems does the same for a text made of items (a recommendation with its reasons, a
// caution, a paragraph): pages break between items, never inside one (an item longer than a page
// is cut as above); the items marked `lead` (the best pick, the most important caution) are all on
// page 1, the items that do not fit beside them move, in their order, to the next pages; each page
// but the last ends with a hint saying what the next page holds.

export const WECHAT_TEXT_MAX_BYTES = 2047;

export interface PaginateOptions {
  /** Byte ceiling per page, hint included; WECHAT_TEXT_MAX_BYTES for WeChat. */
  maxBytes: number;
  /** Appended to every page but the last, e.g. '\n\n回复“更多”查看下一页'; counted in the budget. */
  moreHint: string;
}

const MAX_CODE_POINT_BYTES = 4;
// Sentence ends that need no following space (CJK punctuation is not followed by one).
const CJK_STOPS = new Set(['。', '！', '？', '；']);
// Latin ones count only before whitespace or the end, so 3.14, e.g.x and URLs are not cut.
const LATIN_STOPS = new Set(['.', '!', '?', ';']);
// Closing quotes and brackets belong to the sentence they close.
const CLOSERS = new Set(['"', "'", ')', ']', '}', '”', '’', '」', '』', '）', '】', '》', '〉']);
const WHITESPACE = /\s/;
// Enough context past the cut for the segmenter to judge the boundary at the cut itself.
const GRAPHEME_LOOKAHEAD = 32;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

export function paginate(text: string, opts: PaginateOptions): string[] {
  const { maxBytes, moreHint } = opts;
  if (!Number.isSafeInteger(maxBytes) || maxBytes < MAX_CODE_POINT_BYTES) {
    throw new RangeError(`paginate: maxBytes must be an integer >= ${MAX_CODE_POINT_BYTES}`);
  }
  const budget = maxBytes - utf8Bytes(moreHint);
  if (budget < MAX_CODE_POINT_BYTES) {
    throw new RangeError('paginate: moreHint leaves no room for text within maxBytes');
  }

  if (text.trim() === '') return [];
  if (utf8Bytes(text) <= maxBytes) return [text];

  const pages: string[] = [];
  // Invariant inside the loop: rest is non-empty and starts and ends with non-whitespace.
  let rest = text.trim();
  while (utf8Bytes(rest) > maxBytes) {
    const cut = chooseCut(rest, budget);
    pages.push(rest.slice(0, cut).trimEnd() + moreHint);
    // Non-empty: rest.slice(0, cut) holds at most `budget` < utf8Bytes(rest) bytes, and rest ends
    // in non-whitespace.
    rest = rest.slice(cut).trimStart();
  }
  pages.push(rest);
  return pages;
}

/** Code units of the longest prefix of `text` whose UTF-8 encoding fits in `budget` bytes. */
function prefixWithin(text: string, budget: number): number {
  let bytes = 0;
  let i = 0;
  while (i < text.length) {
    // A lone surrogate comes back as itself and, like Buffer.byteLength, counts 3 bytes (U+FFFD).
    const cp = text.codePointAt(i) ?? 0;
    const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (bytes + size > budget) break;
    bytes += size;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/**
 * Index at which to end the current page; 0 < result, and rest.slice(0, result) fits `budget`.
 * `rest` starts with non-whitespace, so every candidate > 0 leaves a non-empty page.
 */
function chooseCut(rest: string, budget: number): number {
  const limit = prefixWithin(rest, budget);
  let paragraph = 0;
  let line = 0;
  let sentence = 0;
  let space = 0;
  let lastNewline = -1;
  let blankSinceNewline = false;

  for (let i = 0; i < limit; i++) {
    const ch = rest.charAt(i);
    if (ch === '\n') {
      // A newline with only blanks since the previous one closes a blank line: paragraph break.
      if (lastNewline >= 0 && blankSinceNewline) paragraph = lastNewline;
      line = i;
      lastNewline = i;
      blankSinceNewline = true;
    } else if (WHITESPACE.test(ch)) {
      space = i;
    } else {
      blankSinceNewline = false;
      const end = sentenceEnd(rest, i);
      // When the closing quotes do not fit, ending right after the stop still ends the sentence;
      // closers are BMP characters, so any index among them is a code point boundary.
      if (end > 0) sentence = Math.min(end, limit);
    }
  }

  const half = Math.ceil(limit / 2);
  if (paragraph >= half) return paragraph;
  if (line >= half) return line;
  if (sentence >= half) return sentence;
  const boundary = Math.max(paragraph, line, sentence);
  if (boundary > 0) return boundary;
  if (space > 0) return space;
  return graphemeBoundary(rest, limit);
}

/** If a sentence ends with the character at `i`, the index just past it (and its closers); else 0. */
function sentenceEnd(text: string, i: number): number {
  const ch = text.charAt(i);
  const cjk = CJK_STOPS.has(ch);
  if (!cjk && !LATIN_STOPS.has(ch)) return 0;
  let j = i + 1;
  while (j < text.length && CLOSERS.has(text.charAt(j))) j++;
  if (cjk || j === text.length || WHITESPACE.test(text.charAt(j))) return j;
  return 0;
}

/** The last grapheme boundary at or before `limit`, or `limit` itself if one grapheme is longer. */
function graphemeBoundary(rest: string, limit: number): number {
  let best = 0;
  for (const { index } of graphemes.segment(rest.slice(0, limit + GRAPHEME_LOOKAHEAD))) {
    if (index > limit) break;
    best = index;
  }
  return best > 0 ? best : limit;
}

/** One item of a paged text; see paginateItems. */
export interface PageItem {
  text: string;
  /** A blank line before it when it follows another item on a page; else a line break. */
  paragraph: boolean;
  /** Must be on page 1 (all lead items together must fit one page beside the hint). */
  lead?: boolean;
}

export interface ItemPaginateOptions<T extends PageItem> {
  /** Byte ceiling per page, hint included. */
  maxBytes: number;
  /** The line ending a page that has a next one, saying what that page holds (without the blank line). */
  moreHint: (next: readonly T[]) => string;
  /** The most bytes moreHint returns: reserved on every page. */
  hintBytes: number;
}

const HINT_SEPARATOR = '\n\n';

function joinItems(items: readonly PageItem[]): string {
  return items.map((item, i) => (i === 0 ? '' : item.paragraph ? '\n\n' : '\n') + item.text).join('');
}

/** Bytes an item adds after others on a page (its separator included). */
function addedBytes(item: PageItem, first: boolean): number {
  return utf8Bytes(item.text) + (first ? 0 : item.paragraph ? 2 : 1);
}

/** An item longer than `budget` as pieces that each fit (cut like paginate); lead stays on the first. */
function fitItem<T extends PageItem>(item: T, budget: number): T[] {
  if (utf8Bytes(item.text) <= budget) return [item];
  const pieces: T[] = [];
  let rest = item.text;
  while (utf8Bytes(rest) > budget) {
    const cut = chooseCut(rest, budget);
    pieces.push({ ...item, text: rest.slice(0, cut).trimEnd(), ...(pieces.length > 0 ? { lead: false, paragraph: true } : {}) });
    rest = rest.slice(cut).trimStart();
  }
  pieces.push({ ...item, text: rest, ...(pieces.length > 0 ? { lead: false, paragraph: true } : {}) });
  return pieces;
}

export function paginateItems<T extends PageItem>(items: readonly T[], opts: ItemPaginateOptions<T>): string[] {
  const { maxBytes, moreHint, hintBytes } = opts;
  const budget = maxBytes - hintBytes - utf8Bytes(HINT_SEPARATOR);
  if (!Number.isSafeInteger(budget) || budget < MAX_CODE_POINT_BYTES) {
    throw new RangeError('paginateItems: the hint leaves no room for text within maxBytes');
  }
  const kept = items.map((item) => ({ ...item, text: item.text.trim() })).filter((item) => item.text !== '');
  if (kept.length === 0) return [];
  const whole = joinItems(kept);
  if (utf8Bytes(whole) <= maxBytes) return [whole];

  const pieces = kept.flatMap((item) => fitItem(item, budget));
  const [first, rest] = firstPage(pieces, budget);
  const pages: T[][] = [first];
  let page: T[] = [];
  let used = 0;
  for (const item of rest) {
    const added = addedBytes(item, page.length === 0);
    if (page.length > 0 && used + added > budget) {
      pages.push(page);
      page = [];
      used = 0;
    }
    used += addedBytes(item, page.length === 0);
    page.push(item);
  }
  if (page.length > 0) pages.push(page);

  return pages.map((items, i) => {
    const next = pages[i + 1];
    return next ? joinItems(items) + HINT_SEPARATOR + moreHint(next) : joinItems(items);
  });
}

/**
 * Page 1: the items in order while they fit beside the lead items still to come; once one does
 * not, only lead items join it, so that what moves on keeps its order. Returns page 1 and the rest.
 */
function firstPage<T extends PageItem>(pieces: readonly T[], budget: number): [T[], T[]] {
  let leadBytes = pieces.reduce((sum, item) => sum + (item.lead ? addedBytes(item, false) : 0), 0);
  const page: T[] = [];
  const rest: T[] = [];
  let used = 0;
  let moving = false;
  for (const item of pieces) {
    const added = addedBytes(item, page.length === 0);
    if (item.lead) leadBytes -= addedBytes(item, false);
    // A lead item takes the room before the leads after it; any other leaves room for all of them.
    const room = budget - used - (item.lead ? 0 : leadBytes);
    if ((item.lead || !moving) && added <= room) {
      page.push(item);
      used += added;
    } else {
      if (!item.lead) moving = true;
      rest.push(item);
    }
  }
  return [page, rest];
}
