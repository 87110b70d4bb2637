// Properties of understand() that hold for every message, checked on generated input: it never
// throws, every number it returns is finite and >= 0, and the reading does not depend on extra
// whitespace or on full-width forms. What it reads from given messages is the corpus's business
// (corpus.test.ts).

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { understand, type Understanding } from '../../src/nlu';

describe('robustness', () => {
  function assertSane(u: Understanding): void {
    for (const n of [u.employees, u.annualRevenueCny, u.totalAssetsCny, u.termMonths, u.number, u.amount?.value, u.money?.value]) {
      if (n === undefined) continue;
      expect(Number.isFinite(n)).toBe(true);
      expect(n).toBeGreaterThanOrEqual(0);
    }
  }

  it('never throws on arbitrary strings, and every number is finite and >= 0', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        assertSane(understand(s));
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on full Unicode, including astral characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        assertSane(understand(s));
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on raw UTF-16 code units (lone surrogates included)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 200 }), (units) => {
        assertSane(understand(String.fromCharCode(...units)));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on mixtures of the vocabulary it looks for', () => {
    const pieces = fc.constantFrom(
      '借',
      '万',
      '亿',
      '50',
      '1.5',
      ',',
      '，',
      '年',
      '个月',
      '人',
      '员工',
      '营业额',
      '期限',
      '半',
      '几',
      '两',
      '十',
      'k',
      'm',
      '$',
      '¥',
      'million',
      'years',
      'for',
      '成立',
      '了',
      '-',
      '到',
      '多',
      '第',
      '一',
      '二',
      '三',
      '点',
      ' ',
      '.',
      '?',
      '不',
      '是',
      '众筹',
      '网店',
      '外贸',
      'no',
      'export',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        assertSane(understand(parts.join('')));
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    ['2,000 characters', '我们是昆明的一家茶叶加工厂，员工25人，去年营业额800万，想借100万买设备。'.repeat(60).slice(0, 2000)],
    ['emoji', '😀🎉👍🏽👨‍👩‍👧'.repeat(50)],
    ['control characters', '\u0000\u0001\u0007\u001b[31m\u007f借50万'],
    ['HTML', '<script>alert("借50万")</script><b>员工30人</b>&amp;&#x4e07;'],
    ['right-to-left text', 'مرحبا \u202eبالعالم 500 שלום'],
    ['lone surrogates', '\uD800\uDC00\uDFFF\uD83D借\uDE00'],
    ['only digits', '1234567890'.repeat(200)],
    ['only punctuation', '，。！？,.!?'.repeat(200)],
    ['huge numbers', '借9999999999999999999999亿 1e308 Infinity NaN -5万'],
    ['numerals only', '万'.repeat(2000)],
    ['repeated cues', '借1万'.repeat(666)],
    ['empty', ''],
    ['spaces', '   \t\n  '],
  ])('%s', (_name, text) => {
    const u = understand(text);
    assertSane(u);
    expect(u.language === null || u.language === 'zh-CN' || u.language === 'en').toBe(true);
  });

  it('does not throw on a non-string at runtime', () => {
    expect(understand(undefined as unknown as string)).toEqual({ language: null });
  });
});

/** Every text of the corpus: real messages to vary. */
function corpusTexts(): string[] {
  const root = join(import.meta.dirname, 'corpus');
  const texts: string[] = [];
  for (const language of readdirSync(root)) {
    if (!/^(zh|en|mixed)$/.test(language)) continue;
    for (const file of readdirSync(join(root, language))) {
      if (!file.endsWith('.json')) continue;
      const cases = JSON.parse(readFileSync(join(root, language, file), 'utf8')) as { text: string }[];
      texts.push(...cases.map((c) => c.text));
    }
  }
  return texts;
}

/** ASCII letters, digits and punctuation as their full-width forms (U+FF01-U+FF5E), spaces as U+3000. */
function fullWidth(text: string): string {
  return text.replace(/[!-~ ]/g, (ch) => (ch === ' ' ? '\u3000' : String.fromCharCode(ch.charCodeAt(0) + 0xfee0)));
}

describe('forms that do not change the reading', () => {
  const texts = corpusTexts();

  it('has corpus messages to vary', () => {
    expect(texts.length).toBeGreaterThan(500);
  });

  it('extra spaces, tabs and line breaks around and between words change nothing', () => {
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.constantFrom(' ', '  ', '\t', '\n', ' \u3000'), (text, pad) => {
        const padded = `${pad}${text.replace(/ /g, ` ${pad}`)}${pad}`;
        expect(understand(padded)).toEqual(understand(text));
      }),
      { numRuns: 400 },
    );
  });

  // Every corpus text twice (about 17,000 readings, growing with the corpus): a sweep, not a timing, run in slices of
  // 1,000 texts so that each test's time stays well inside its limit on a loaded machine as the corpus grows.
  const SLICE = 1_000;
  const slices = Array.from({ length: Math.ceil(texts.length / SLICE) }, (_, i) => i * SLICE);
  it.each(slices)('full-width digits, letters and punctuation read as their ASCII forms (texts from %i)', { timeout: 300_000 }, (from) => {
    for (const text of texts.slice(from, from + SLICE)) {
      expect([text, understand(fullWidth(text))]).toEqual([text, understand(text)]);
    }
  });
});
