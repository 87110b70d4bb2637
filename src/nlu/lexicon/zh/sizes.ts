// Chinese (Simplified, as normalize() leaves it; Yunnan words included) word lists. Declared size classes, in order; sizeIgnore: words that name no class (中小企业) or deny one.

import type { SizeWords, Words } from '../types';

export const sizeIgnore: Words = [
  String.raw`中小微?企业`,
  '中小微',
  String.raw`(?:不是|并非|不算|不属于)(?:一家|一个)?(?:小微企业|小微|微型企业|微型|小型企业|小型|中型企业|中型|大型企业|大型|个体工商户|个体户|个体|小企业|小公司|大企业|大公司)`,
];

export const sizeRules: readonly SizeWords[] = [
  { id: 'small', words: [
      '小微',
      '小型和微型',
    ] },
  { id: 'micro', words: [
      '微型',
      '微小企业',
      '个体户',
      '个体工商户',
      '个体经营',
      '个体',
    ] },
  { id: 'medium', words: [
      '中型',
      '中等规模',
    ] },
  { id: 'small', words: [
      '小型',
      '小企业',
      '小公司',
    ] },
  { id: 'large', words: [
      '大型',
      '大企业',
      '大公司',
    ] },
];
