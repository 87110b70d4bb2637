// The banks in English, by their kind or short name: one list the readers of a bank named use (a bank weighed
// against a service, a bank preferred, a lender named). A bank added here is read as a bank everywhere.

import type { Words } from '../types';

/** Banks by their kind, and the big banks by the initials owners type (ccb, icbc, psbc). */
export const BANKS_EN = ['bank', 'banks', 'credit union', 'credit unions', String.raw`credit co-?op(?:erative)?s?`, 'ccb', 'icbc', 'psbc'];

/** A bank named, as an alternation inside word bounds. */
export const BANK_NAMED_EN = String.raw`\b(?:${BANKS_EN.join('|')})\b`;

/** A bank or a bank loan weighed against a service ("leasing or bank loan", "mybank or ccb"), not an online bank (pipeline/compared.ts). */
export const bankWeighed: Words = [String.raw`(?<!\b(?:online|digital|internet|web|virtual)\s)(?:\bbank loans?\b|${BANK_NAMED_EN})`];
