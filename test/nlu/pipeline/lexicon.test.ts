// The compile helper: word lists of every locale into one matcher, with the variants owners type
// and the frame saying where the words stand.

import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile, spelledAsTyped, withVariants } from '../../../src/nlu/lexicon/compile';
import { INDUSTRY_RULES } from '../../../src/nlu/lexicon/index';

describe('lexicon compile()', () => {
  it('joins the locales in order, inside an optional frame', () => {
    expect(compile([['营收', '毛利'], [String.raw`\bgross\b`]]).source).toBe(String.raw`营收|毛利|\bgross\b`);
    expect(compile([['不到'], ['under']], '', { before: '(?:', after: String.raw`)\s*$` }).source).toBe(String.raw`(?:不到|under)\s*$`);
    expect(compile([[], []]).test('anything')).toBe(false);
  });

  it('reads the spellings owners type in place of each right spelling, as a group', () => {
    expect(withVariants(['设备', '烘焙'])).toEqual(['(?:设备|设被|社备)', '(?:烘焙|烘陪|烘培)']);
    expect(withVariants([String.raw`\brestaurants?\b`])).toEqual([
      String.raw`\b(?:restaurant|resturant|restaraunt|restuarant|restraunt|restarant|resturent)s?\b`,
    ]);
    // Two right spellings in one word: every combination is read.
    const both = compile([['批发设备']]);
    expect(['批发设备', '批法设被', '批发社备', '批法设备'].every((t) => both.test(t))).toBe(true);
  });

  it('keeps what a quantifier after a right spelling applies to', () => {
    // 社备 ends as 设备 does and keeps the quantifier; 设被 does not and stands beside the whole.
    expect(spelledAsTyped('设备?')).toBe('(?:(?:设|社)备?|设被)');
    const logistics = compile([[String.raw`\blogistics?\b`]]);
    expect(['logistic', 'logistics', 'logistik'].every((t) => logistics.test(t))).toBe(true);
    expect(logistics.test('logisti')).toBe(false);
  });

  it('leaves guards, character classes, escapes and group names as written', () => {
    expect(spelledAsTyped('进口(?!设备|的设备)')).toBe('进口(?!设备|的设备)');
    expect(spelledAsTyped('(?<!跨境)支付')).toBe('(?<!跨境)支付');
    expect(spelledAsTyped('[贷款]')).toBe('[贷款]');
    // "\l" is one escape: the "loan" that starts on it is no word.
    expect(spelledAsTyped(String.raw`\loan`)).toBe(String.raw`\loan`);
    expect(spelledAsTyped(String.raw`\bsales`)).toBe(String.raw`\b(?:sales|slaes|saels|salse)`);
    expect(spelledAsTyped(String.raw`(?<loan>\d+)`)).toBe(String.raw`(?<loan>\d+)`);
    // A positive lookaround is part of what must be read: "sell to resturants" is said of customers too.
    expect(spelledAsTyped('to (?=loans)')).toBe('to (?=(?:loan|lone)s)');
    const guarded = compile([[String.raw`\bleasing\b(?! (?:company|business|firm))`]]);
    expect(guarded.test('a leasing business')).toBe(false);
    expect(guarded.test('leasing for tractors')).toBe(true);
  });

  it('keeps what may not stand before or after an industry word', () => {
    const other = INDUSTRY_RULES.find((r) => r.id === 'other');
    expect(other?.re.test('开了个诊所')).toBe(true);
    expect(other?.re.test('给医院供货')).toBe(false);
    expect(other?.re.test('医院旁边')).toBe(false);
  });
});

describe('the word lists stay readable (issue 11)', () => {
  /** Pattern literals in src/nlu: String.raw`…`, '…' and /…/ on one line. */
  const LITERAL = /String\.raw`((?:[^`\\]|\\.)*)`|'((?:[^'\\]|\\.)*)'|\/((?:[^/\\\n]|\\.)+)\/[dgimsuy]*/g;
  // The number grammar (numbers.ts, numerals.ts) is exempt, as the issue says.
  const EXEMPT = new Set(['numbers.ts', 'numerals.ts']);

  it('has no hand-written pattern longer than about 200 characters outside the number grammar', () => {
    const root = join(__dirname, '../../../src/nlu');
    const long: string[] = [];
    for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.ts') || EXEMPT.has(basename(file))) continue;
      readFileSync(join(root, file), 'utf8')
        .split('\n')
        .forEach((line, i) => {
          for (const m of line.trim().matchAll(LITERAL)) {
            const body = m[1] ?? m[2] ?? m[3] ?? '';
            if (body.length > 210) long.push(`${file}:${i + 1} (${body.length})`);
          }
        });
    }
    expect(long).toEqual([]);
  });
});
