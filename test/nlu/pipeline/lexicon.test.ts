// The compile helper: word lists of every locale into one matcher, with the variants owners type
// and the frame saying where the words stand.

import { describe, expect, it } from 'vitest';
import { compile, withVariants } from '../../../src/nlu/lexicon/compile';
import { INDUSTRY_RULES } from '../../../src/nlu/lexicon/index';

describe('lexicon compile()', () => {
  it('joins the locales in order, inside an optional frame', () => {
    expect(compile([['营收', '收入'], [String.raw`\bgross\b`]]).source).toBe(String.raw`营收|收入|\bgross\b`);
    expect(compile([['不到'], ['under']], '', { before: '(?:', after: String.raw`)\s*$` }).source).toBe(String.raw`(?:不到|under)\s*$`);
    expect(compile([[], []]).test('anything')).toBe(false);
  });

  it('adds the spellings owners type to every word holding the right one', () => {
    expect(withVariants(['周转', '流动资金'])).toEqual(['周转', '流动资金', '周专', '周砖', '周赚', '周传', '流动资机', '流动姿金']);
    expect(withVariants([String.raw`\brestaurants?\b`])).toEqual([
      String.raw`\brestaurants?\b`,
      String.raw`\bresturants?\b`,
      String.raw`\brestaraunts?\b`,
      String.raw`\brestuarants?\b`,
      String.raw`\brestraunts?\b`,
      String.raw`\brestarants?\b`,
      String.raw`\bresturents?\b`,
    ]);
  });

  it('keeps what may not stand before or after an industry word', () => {
    const other = INDUSTRY_RULES.find((r) => r.id === 'other');
    expect(other?.re.test('开了个诊所')).toBe(true);
    expect(other?.re.test('给医院供货')).toBe(false);
    expect(other?.re.test('医院旁边')).toBe(false);
  });
});
