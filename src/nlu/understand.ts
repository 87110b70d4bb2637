// The NLU's entry point: one message in, everything it says out, as an `Understanding`. Pure and
// total: no I/O, no state between calls, never throws, every number finite and >= 0.

import { findItemNumber, readChoice, readYesNo } from './choices';
import { detectCommand } from './commands';
import { detectLanguage, normalize } from './normalize';
import { MAX_VALUE } from './numerals';
import { findQuantities } from './numbers';
import { readSlots } from './slots';
import { withDirectQuestion } from './questions';
import { refinePurpose } from './refine-purpose';
import { ALSO_CLAUSE, BORROW_WISH, BOUGHT_THINGS, CUSTOMERS_SUPPLIED, RENOVATION_TRADE, CORRECTION_CUE, INDUSTRY_DENIAL, REPLACE_CUE } from './lexicon';
import {
  detectCrossBorder,
  detectDeclaredSize,
  detectIndustry,
  detectOnlineSales,
  detectPurpose,
  findServices,
  mask,
  maskCrossBorderDenials,
} from './topics';
import type { Understanding } from './types';

function analyse(raw: string): Understanding {
  const text = normalize(raw);
  const understanding: Understanding = { language: detectLanguage(text) };
  if (text === '') return understanding;

  const choice = readChoice(text);
  if (choice !== undefined) {
    understanding.number = choice.number;
    if (choice.details) understanding.command = 'details';
    return understanding;
  }
  const yesNo = readYesNo(text);
  if (yesNo !== undefined) {
    understanding.yesNo = yesNo;
    return understanding;
  }

  const services = findServices(text);
  const first = services[0];
  if (first !== undefined) understanding.service = first.id;
  // Service names are not evidence of a purpose, an industry or a loan ("微信支付", "融资租赁",
  // "借呗"): everything below reads the message with them blanked out.
  const rest = mask(text, services);

  const { command, targetLocale } = detectCommand(text, first !== undefined);
  if (command !== undefined) understanding.command = command;
  if (targetLocale !== undefined) understanding.targetLocale = targetLocale;
  if (command === 'details') {
    const item = findItemNumber(text);
    if (item !== undefined) understanding.number = item;
  }

  Object.assign(understanding, readSlots(rest, findQuantities(rest)));

  // "不做外贸", "不是种茶" deny a trade; "买台炒茶机", "a new warehouse" name things bought, not
  // the business; a trade named only as a side line ("还做点零售") is marked so.
  const tradeText = rest.replace(INDUSTRY_DENIAL, ' ').replace(BOUGHT_THINGS, ' ').replace(CUSTOMERS_SUPPLIED, ' ');
  const primary = detectIndustry(maskCrossBorderDenials(tradeText.replace(ALSO_CLAUSE, ' ')));
  const industry = primary ?? detectIndustry(maskCrossBorderDenials(tradeText));
  if (industry !== undefined) {
    understanding.industry = industry.id;
    if (industry.weak) understanding.industryWeak = true;
    if (primary === undefined) understanding.industryAlso = true;
  }
  if (CORRECTION_CUE.test(rest)) understanding.correcting = true;
  if (REPLACE_CUE.test(rest)) understanding.replacing = true;
  // A bare "装修" / "renovation" is the trade when the industry is asked, the purpose otherwise.
  if (/^\s*(?:装修|renovations?)\s*$/.test(rest)) understanding.tradeOrPurpose = true;
  const purpose = detectPurpose(understanding.tradeOrPurpose ? rest : rest.replace(RENOVATION_TRADE, ' '));
  if (purpose === 'information' && BORROW_WISH.test(rest)) {
    // "我想了解一下，我们开客栈的想借点钱": a wish to borrow, not just finding out.
    understanding.command ??= 'advice';
  } else if (purpose === 'information' && (first !== undefined || understanding.number !== undefined)) {
    // "想了解一下众筹" asks about the service; it does not say the firm is only browsing.
    understanding.command ??= 'details';
  } else if (purpose !== undefined) {
    understanding.purpose = purpose;
  }
  const declaredSize = detectDeclaredSize(rest);
  if (declaredSize !== undefined) understanding.declaredSize = declaredSize;
  const crossBorder = detectCrossBorder(rest);
  if (crossBorder !== undefined) understanding.crossBorder = crossBorder;
  const onlineSales = detectOnlineSales(rest);
  if (onlineSales !== undefined) understanding.onlineSales = onlineSales;
  return understanding;
}

function saneNumber(n: number | undefined): boolean {
  return n === undefined || (Number.isFinite(n) && n >= 0 && n <= MAX_VALUE);
}

/** Last line of defence for the "every number finite and >= 0" promise. */
function sanitize(u: Understanding): Understanding {
  for (const key of ['employees', 'annualRevenueCny', 'totalAssetsCny', 'termMonths', 'number'] as const) {
    if (!saneNumber(u[key])) delete u[key];
  }
  for (const key of ['amount', 'money', 'deniedMoney'] as const) {
    if (u[key] !== undefined && !saneNumber(u[key]?.value)) delete u[key];
  }
  return u;
}

/**
 * Everything one message says: its language, the enterprise's slots, a purpose, a service, a
 * command, a menu choice or a yes/no. Never throws; on input it cannot read it returns only the
 * language (or null).
 */
export function understand(text: string): Understanding {
  const input = typeof text === 'string' ? text : '';
  try {
    // A direct question or an offer is all the message says: no profile field (questions.ts).
    return sanitize(withDirectQuestion(input, refinePurpose(input, analyse(input))));
  } catch {
    return { language: null };
  }
}
