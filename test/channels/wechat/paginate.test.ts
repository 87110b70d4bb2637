import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WECHAT_TEXT_MAX_BYTES, paginate, paginateItems, type PageItem } from '../../../src/channels/wechat/paginate';

const HINT = '\n\n回复“更多”查看下一页';
const OPTS = { maxBytes: WECHAT_TEXT_MAX_BYTES, moreHint: HINT };
const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

/** Page texts without their hints, after checking that exactly the non-last pages carry one. */
function bodies(pages: string[], hint: string): string[] {
  return pages.map((page, i) => {
    if (i === pages.length - 1) return page;
    expect(page.endsWith(hint)).toBe(true);
    return page.slice(0, page.length - hint.length);
  });
}

/**
 * The pages, in order, are pieces of the original separated only by whitespace: nothing lost,
 * nothing reordered, nothing invented — "equal modulo the whitespace at cut points".
 * Returns where each piece starts in the original.
 */
function expectCovers(text: string, parts: string[]): number[] {
  const starts: number[] = [];
  let pos = 0;
  for (const part of parts) {
    expect(part.length).toBeGreaterThan(0);
    const at = text.indexOf(part, pos);
    expect(at).toBeGreaterThanOrEqual(pos);
    expect(text.slice(pos, at)).toMatch(/^\s*$/);
    starts.push(at);
    pos = at + part.length;
  }
  expect(text.slice(pos)).toMatch(/^\s*$/);
  return starts;
}

const CLOSING = new Set(['"', "'", ')', ']', '}', '”', '’', '」', '』', '）', '】', '》', '〉']);

/** Longest prefix of `text` (whole code points) whose UTF-8 fits in `budget` bytes. */
function windowOf(text: string, budget: number): string {
  let end = 0;
  for (const ch of text) {
    if (bytes(text.slice(0, end + ch.length)) > budget) break;
    end += ch.length;
  }
  return text.slice(0, end);
}

/** Independent oracle: does `window` (a prefix of `rest`) contain a line break or sentence end? */
function boundaryAvailable(rest: string, window: string): boolean {
  for (let i = 1; i < window.length; i++) if (window.charAt(i) === '\n') return true;
  for (let i = 0; i < window.length; i++) {
    const ch = window.charAt(i);
    if ('。！？；'.includes(ch)) return true;
    if ('.!?;'.includes(ch)) {
      let j = i + 1;
      while (j < rest.length && CLOSING.has(rest.charAt(j))) j++;
      if (j === rest.length || /\s/.test(rest.charAt(j))) return true;
    }
  }
  return false;
}

/** Every non-last page ends at a line break or sentence end whenever its window offered one. */
function expectSentenceAware(text: string, pages: string[], moreHint: string, maxBytes: number): void {
  const parts = bodies(pages, moreHint);
  const starts = expectCovers(text, parts);
  const budget = maxBytes - bytes(moreHint);
  parts.slice(0, -1).forEach((part, i) => {
    const start = starts[i] ?? 0;
    const rest = text.slice(start).trimEnd();
    if (!boundaryAvailable(rest, windowOf(rest, budget))) return;
    const after = text.slice(start + part.length);
    const endsSentence = ENDS_SENTENCE.test(part);
    const endsLine = /^[^\S\n]*\n/.test(after);
    expect(endsSentence || endsLine, `page ${i} ends mid-sentence: …${JSON.stringify(part.slice(-20))}`).toBe(true);
  });
}

function expectValidPages(text: string, opts: { maxBytes: number; moreHint: string }): string[] {
  const pages = paginate(text, opts);
  for (const page of pages) {
    expect(bytes(page)).toBeLessThanOrEqual(opts.maxBytes);
    // Well-formed UTF-16 survives UTF-8 encoding unchanged: no surrogate pair was cut in half.
    expect(Buffer.from(page, 'utf8').toString('utf8')).toBe(page);
  }
  const parts = bodies(pages, opts.moreHint);
  expectCovers(text, parts);
  return parts;
}

const ZH_SENTENCES = [
  '小微企业可以通过线上渠道申请普惠贷款，审批流程一般在三个工作日内完成。',
  '如果您的店铺有稳定的流水，银行会更愿意提供信用贷款！',
  '请问您目前每月的营业额大约是多少？',
  '建议先比较几家银行的年化利率；同时留意是否有隐藏的手续费。',
  '“税易贷”根据纳税记录授信，适合按时纳税的企业。',
];
const EN_SENTENCES = [
  'Small businesses in Yunnan can apply for inclusive loans online, and approval usually takes three working days.',
  'If your shop has a steady cash flow, banks are more willing to lend without collateral!',
  'What is your monthly turnover, roughly?',
  'Compare the annual rates of several banks; watch out for hidden fees.',
  'The "tax loan" (based on your tax record) suits firms that file on time.',
];

function sentences(pool: string[], count: number, separator: string, paragraphEvery = 0): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    out.push(pool[i % pool.length] ?? '');
    if (i < count - 1) out.push(paragraphEvery > 0 && (i + 1) % paragraphEvery === 0 ? '\n\n' : separator);
  }
  return out.join('');
}

const ENDS_SENTENCE = /[。！？；.!?;]["'”’」』）)\]]*$/u;

describe('paginate basics', () => {
  it('returns no page for empty or whitespace-only text', () => {
    expect(paginate('', OPTS)).toEqual([]);
    expect(paginate('  \n\t　', OPTS)).toEqual([]);
    expect(paginate(' '.repeat(5000), OPTS)).toEqual([]);
  });

  it('returns a fitting text unchanged as a single hint-free page', () => {
    const text = '  您好！我是小微金融助手。\n';
    expect(paginate(text, OPTS)).toEqual([text]);
  });

  it('keeps a text of exactly maxBytes on one page and splits one byte more', () => {
    const exact = 'a'.repeat(WECHAT_TEXT_MAX_BYTES);
    expect(paginate(exact, OPTS)).toEqual([exact]);
    const over = `${exact}b`;
    const pages = expectValidPages(over, OPTS);
    expect(pages).toHaveLength(2);
  });

  it('counts bytes, not characters: 683 CJK characters fit, 700 do not', () => {
    expect(paginate('中'.repeat(682), OPTS)).toHaveLength(1); // 2046 bytes
    expect(paginate('中'.repeat(700), OPTS)).toHaveLength(2);
  });

  it('rejects a hint that leaves no room, and nonsense limits', () => {
    expect(() => paginate('x', { maxBytes: 10, moreHint: '更多更多' })).toThrow(RangeError); // 12 bytes
    expect(() => paginate('x', { maxBytes: 3, moreHint: '' })).toThrow(RangeError);
    expect(() => paginate('x', { maxBytes: Number.NaN, moreHint: '' })).toThrow(RangeError);
  });
});

describe('paginate realistic texts', () => {
  const cases: Array<[string, string]> = [
    ['Chinese, one paragraph', sentences(ZH_SENTENCES, 120, '')],
    ['Chinese, paragraphs', sentences(ZH_SENTENCES, 120, '', 4)],
    ['English, one paragraph', sentences(EN_SENTENCES, 90, ' ')],
    ['English, paragraphs', sentences(EN_SENTENCES, 90, ' ', 5)],
    ['mixed, lines', sentences([...ZH_SENTENCES, ...EN_SENTENCES], 140, '\n')],
    [
      'emoji-laden',
      sentences(
        ZH_SENTENCES.map((s) => `💰${s}👍🏽`),
        80,
        ' 🇨🇳 ',
      ),
    ],
  ];

  it.each(cases)('%s: every page fits and the text survives', (_label, text) => {
    expect(bytes(text)).toBeGreaterThan(3 * WECHAT_TEXT_MAX_BYTES);
    const parts = expectValidPages(text, OPTS);
    expect(parts.length).toBeGreaterThanOrEqual(4);
  });

  it.each(cases)('%s: no page stops mid-sentence when a sentence end was available', (_label, text) => {
    const parts = expectValidPages(text, OPTS);
    for (const part of parts.slice(0, -1)) expect(part).toMatch(ENDS_SENTENCE);
    expectSentenceAware(text, paginate(text, OPTS), HINT, WECHAT_TEXT_MAX_BYTES);
  });

  it.each(cases)('%s: pages are reasonably full (no stub pages)', (_label, text) => {
    const pages = paginate(text, OPTS);
    for (const page of pages.slice(0, -1)) expect(bytes(page)).toBeGreaterThan(WECHAT_TEXT_MAX_BYTES / 2);
  });

  it('works for lengths around every page boundary', () => {
    const full = sentences([...ZH_SENTENCES, ...EN_SENTENCES], 200, ' ');
    for (let n = 1; n < 4000; n += 97) {
      const parts = expectValidPages(full.slice(0, n).replace(/[\uD800-\uDBFF]$/, ''), OPTS);
      for (const part of parts.slice(0, -1)) expect(part).toMatch(ENDS_SENTENCE);
    }
  });
});

describe('paginate cut preferences', () => {
  it('prefers a paragraph break', () => {
    const first = sentences(ZH_SENTENCES, 18, ''); // ~1,200 bytes
    const second = sentences(ZH_SENTENCES, 25, '');
    const [page1] = bodies(paginate(`${first}\n\n${second}`, OPTS), HINT);
    expect(page1).toBe(first);
  });

  it('prefers a line break to a sentence end', () => {
    const lines = Array.from({ length: 40 }, (_, i) => `${i + 1}. ${EN_SENTENCES[i % EN_SENTENCES.length] ?? ''} More.`);
    const text = lines.join('\n');
    const parts = expectValidPages(text, OPTS);
    for (const part of parts.slice(0, -1)) {
      const next = text.indexOf(part) + part.length;
      expect(text.charAt(next)).toBe('\n');
    }
  });

  it('does not cut at an early paragraph break when a later sentence end exists', () => {
    const text = `标题\n\n${sentences(ZH_SENTENCES, 60, '')}`;
    const [page1] = bodies(paginate(text, OPTS), HINT);
    expect(bytes(page1 ?? '')).toBeGreaterThan(1000);
    expect(page1).toMatch(ENDS_SENTENCE);
  });

  it('ends a page at a sentence even when the only one is early, rather than mid-sentence', () => {
    const text = `Hi. ${'x'.repeat(3000)}`;
    const parts = expectValidPages(text, OPTS);
    expect(parts[0]).toBe('Hi.');
  });

  it('ends after the stop when its closing quote no longer fits (regression)', () => {
    const parts = expectValidPages('e\u0301 。”。', { maxBytes: 12, moreHint: '👉' });
    expect(parts).toEqual(['e\u0301 。', '”。']);
  });

  it('does not treat decimal points, abbreviations inside words or URLs as sentence ends', () => {
    const text = 'Rates from 3.85% to 4.35% apply, see https://example.com/a.b?x=1.2 or v1.2.3 '.repeat(40);
    const parts = expectValidPages(text, OPTS);
    for (const part of parts.slice(0, -1)) {
      expect(part).toMatch(/\S$/);
      const next = text.indexOf(part) + part.length;
      expect(text.charAt(next)).toBe(' '); // cut at a space, never inside "3.85%" or the URL
    }
  });

  it('falls back to spaces between words', () => {
    const text = 'word '.repeat(1000).trim();
    const parts = expectValidPages(text, OPTS);
    for (const part of parts) expect(part).toMatch(/^word( word)*$/);
  });

  it('as a last resort fills pages to the byte, splitting between characters', () => {
    const text = '中'.repeat(2000);
    const parts = expectValidPages(text, OPTS);
    expect(bytes(parts[0] ?? '') + bytes(HINT)).toBeGreaterThan(WECHAT_TEXT_MAX_BYTES - 3);
  });

  it('never splits an emoji sequence when another boundary exists', () => {
    const clusters = ['👨‍👩‍👧‍👦', '🇨🇳', '👍🏽', 'é', '😀'];
    const text = Array.from({ length: 600 }, (_, i) => clusters[i % clusters.length] ?? '').join('');
    const parts = expectValidPages(text, OPTS);
    expect(parts.join('')).toBe(text);
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    for (const part of parts) {
      for (const { segment } of segmenter.segment(part)) expect(clusters).toContain(segment);
    }
  });
});

describe('paginate properties', () => {
  const hints = fc.constantFrom('', '…', ' [more]', '\n\n回复“更多”查看下一页', '👉');
  const fragments = fc.constantFrom(
    '。',
    '. ',
    '! ',
    '？',
    '；',
    '\n',
    '\n\n',
    ' ',
    '　',
    '你好',
    'hello',
    '3.14',
    '😀',
    '👨‍👩‍👧',
    'e\u0301',
    '”',
    '𠀀',
  );

  it('arbitrary unicode (astral included): pages fit, are valid UTF-8, lose nothing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.integer({ min: 8, max: 120 }), hints, (text, maxBytes, moreHint) => {
        fc.pre(maxBytes - bytes(moreHint) >= 4);
        const opts = { maxBytes, moreHint };
        const pages = expectValidPages(text, opts);
        if (text.trim() === '') expect(pages).toEqual([]);
      }),
      { numRuns: 600 },
    );
  });

  it('graphemes and composites: same guarantees', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 300 }), fc.integer({ min: 16, max: 200 }), (text, maxBytes) => {
        expectValidPages(text, { maxBytes, moreHint: '…' });
      }),
      { numRuns: 300 },
    );
  });

  it('texts built from boundaries of every kind: same guarantees, and sentence ends win over spaces', () => {
    fc.assert(
      fc.property(fc.array(fragments, { maxLength: 300 }), fc.integer({ min: 12, max: 150 }), hints, (parts, maxBytes, moreHint) => {
        fc.pre(maxBytes - bytes(moreHint) >= 4);
        const text = parts.join('');
        expectValidPages(text, { maxBytes, moreHint });
        expectSentenceAware(text, paginate(text, { maxBytes, moreHint }), moreHint, maxBytes);
      }),
      { numRuns: 600 },
    );
  });

  it('at the real limit with long texts', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 500, maxLength: 3000 }), (text) => {
        expectValidPages(text, OPTS);
      }),
      { numRuns: 60 },
    );
  });

  it('lone surrogates: never crashes, pages still fit and cover the text', () => {
    const unit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 300 }), fc.integer({ min: 8, max: 80 }), (text, maxBytes) => {
        const pages = paginate(text, { maxBytes, moreHint: '' });
        for (const page of pages) expect(bytes(page)).toBeLessThanOrEqual(maxBytes);
        expectCovers(text, pages);
      }),
      { numRuns: 300 },
    );
  });
});

describe('paginateItems: pages break between items, lead items on page 1', () => {
  interface Named extends PageItem {
    name: string;
  }
  const item = (name: string, text: string, extra: Partial<Named> = {}): Named => ({ name, text, paragraph: true, ...extra });
  /** The hint names what the next page holds, so a test can see it was told the right items. */
  const opts = (maxBytes: number) => ({
    maxBytes,
    hintBytes: 12,
    moreHint: (next: readonly Named[]) => `>${next.map((n) => n.name).join('')}`,
  });

  it('returns the text unchanged, hint-free, when it fits; nothing for nothing', () => {
    const items = [item('a', 'intro'), item('b', '· one', { paragraph: false }), item('c', '· two', { paragraph: false })];
    expect(paginateItems(items, opts(100))).toEqual(['intro\n· one\n· two']);
    expect(paginateItems([item('a', '  '), item('b', '')], opts(100))).toEqual([]);
  });

  it('breaks between items, never inside one, and tells what the next page holds', () => {
    // Budget per page: 40 - 12 (hint) - 2 (its blank line) = 26 bytes.
    const items = [
      item('a', 'aaaaaaaaaa\naaaaaaaaaa'),
      item('b', 'bbbbbbbbbb'),
      item('c', 'cccccccccc', { paragraph: false }),
      item('d', 'dddddd'),
    ];
    expect(paginateItems(items, opts(40))).toEqual(['aaaaaaaaaa\naaaaaaaaaa\n\n>bc', 'bbbbbbbbbb\ncccccccccc\n\n>d', 'dddddd']);
  });

  it('keeps the lead items on page 1: what does not fit beside them moves on, in order', () => {
    const items = [
      item('i', 'intro'),
      item('1', 'best pick', { lead: true }),
      item('2', 'second pick'),
      item('3', 'third pick'),
      item('x', 'caution one', { lead: true }),
      item('y', 'caution two', { paragraph: false }),
      item('m', 'menu'),
    ];
    // Budget 55 - 14 = 41 bytes: intro, best pick and caution one take 5 + 11 + 13 = 29, and
    // second pick (13) does not fit beside them.
    expect(paginateItems(items, opts(55))).toEqual([
      'intro\n\nbest pick\n\ncaution one\n\n>23ym',
      'second pick\n\nthird pick\ncaution two\n\nmenu',
    ]);
  });

  it('cuts an item longer than a page as paginate does, and keeps the others whole', () => {
    const long = 'First sentence here. Second sentence here. Third one.';
    const pages = paginateItems([item('a', 'head'), item('b', long), item('c', 'tail')], opts(40));
    expect(pages).toEqual(['head\n\nFirst sentence here.\n\n>b', 'Second sentence here.\n\n>bc', 'Third one.\n\ntail']);
  });

  it('refuses a hint that leaves no room', () => {
    expect(() => paginateItems([item('a', 'x')], { maxBytes: 10, hintBytes: 6, moreHint: () => '' })).toThrow(RangeError);
  });

  it('property: pages fit, items are whole and in order after page 1, leads on page 1, nothing lost', () => {
    const arbItem = fc.record({
      text: fc.string({ unit: fc.constantFrom('a', '风', ' ', '。', '\n', '😀'), minLength: 1, maxLength: 60 }).map((t) => `x${t}x`),
      paragraph: fc.boolean(),
      lead: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(arbItem, { minLength: 1, maxLength: 12 }), fc.integer({ min: 90, max: 400 }), (raw, maxBytes) => {
        const items = raw.map((r, i) => ({ ...r, lead: r.lead && i % 3 === 0, name: String.fromCharCode(65 + i) }));
        const hint = (next: readonly Named[]) => `>${next.map((n) => n.name).join('')}`.slice(0, 12);
        const pages = paginateItems(items, { maxBytes, hintBytes: 12, moreHint: hint });
        for (const page of pages) expect(bytes(page)).toBeLessThanOrEqual(maxBytes);
        const budget = maxBytes - 14;
        const leadBytes = items.filter((i) => i.lead).reduce((sum, i) => sum + bytes(i.text.trim()) + 2, 0);
        for (const it of items) {
          if (bytes(it.text.trim()) > budget) continue;
          // A whole item on exactly one page.
          expect(pages.filter((p) => p.includes(it.text.trim())).length).toBeGreaterThanOrEqual(1);
          if (it.lead && leadBytes <= budget) expect(pages[0]).toContain(it.text.trim());
        }
        if (pages.length === 1)
          expect(pages[0]).toBe(items.map((i, n) => (n === 0 ? '' : i.paragraph ? '\n\n' : '\n') + i.text.trim()).join(''));
      }),
      { numRuns: 400 },
    );
  });
});
