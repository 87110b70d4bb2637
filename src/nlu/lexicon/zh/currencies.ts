// Chinese word list: foreign currencies, one list for every list that names one (paid in one,
// purposes.ts; how to change one, questions.ts). Not re-exported by index.ts: no
// matcher of its own.

import type { Words } from '../types';

/** Currencies of the neighbours and of trade: paid in one, a payment across the border. */
export const foreignCurrencies: Words = [
  '泰铢',
  '越南盾',
  '缅币',
  '缅元',
  '基普',
  '老挝币',
  '瑞尔',
  '林吉特',
  '卢比',
  '美元',
  '美金',
  '欧元',
  '日元',
];
