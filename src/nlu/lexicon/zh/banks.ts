// The banks in Chinese, by their kind or short name, and the banks' own apps: one list every reader of a bank named
// uses (a licensed lender in an offer, where to apply, a bank's own app, a bank weighed against a service, currency
// changed at a bank). A bank added here is read as a bank everywhere.

import type { Words } from '../types';

/** Banks by their kind or short name (银行 covers 邮政储蓄银行, 村镇银行, 富滇银行 and every bank's full name). */
export const BANKS = [
  '银行',
  '信用社',
  '农商行',
  '农信社',
  '农信',
  '邮储',
  '邮政储蓄',
  '建行',
  '工行',
  '农行',
  '中行',
  '交行',
  '招行',
  '富滇',
];

/** The banks' own apps and channels named for the bank (建行的惠懂你): the bank itself, as a lender or a channel. */
export const BANK_APPS = ['惠懂你'];

/** A bank named, its apps too, as an alternation. */
export const BANK_NAMED = [...BANKS, ...BANK_APPS].join('|');

/**
 * A bank or a bank's loan weighed against a service (网商贷跟建行哪个好, 网商贷和建行的惠懂你哪个好): the banks' side of the choice
 * (pipeline/compared.ts). Not an online bank's name (网商银行, 微众银行, 网上银行, 手机银行, 直销银行, 新型银行).
 */
export const bankWeighed: Words = [String.raw`(?<![网商微众上销机新])(?:${BANK_NAMED})`];
