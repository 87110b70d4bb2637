// What the message is about, from words alone: the services it names (and their spans, to mask),
// the industry, the purpose, a declared size, cross-border trade and online sales. Numbers are
// numbers.ts's; which number is which is slots.ts's.

import type { IndustryId, PurposeId, ServiceId, SizeClass } from '../knowledge/ids';
import {
  CROSS_BORDER_NEGATIVE,
  CROSS_BORDER_POSITIVE,
  INDUSTRY_RULES,
  ONLINE_SALES_NEGATIVE,
  ONLINE_SALES_POSITIVE,
  PURPOSE_RULES,
  SERVICE_RULES,
  SIZE_IGNORE,
  SIZE_RULES,
  WEAK_INDUSTRY_PRIORITY,
} from './lexicon';

export interface ServiceMention {
  id: ServiceId;
  start: number;
  end: number;
}

/** Every service mention, in text order (the same stretch of text counts once, the longer wins). */
export function findServices(text: string): ServiceMention[] {
  const mentions: ServiceMention[] = [];
  for (const rule of SERVICE_RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m !== null; m = rule.re.exec(text)) {
      if (m[0].length === 0) {
        rule.re.lastIndex += 1;
        continue;
      }
      mentions.push({ id: rule.id, start: m.index, end: m.index + m[0].length });
    }
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: ServiceMention[] = [];
  for (const mention of mentions) {
    const last = kept[kept.length - 1];
    if (last === undefined || mention.start >= last.end) kept.push(mention);
  }
  return kept;
}

/** The text with the given spans blanked out by spaces, so positions stay where they were. */
export function mask(text: string, spans: readonly { start: number; end: number }[]): string {
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const { start, end } of spans) {
    if (start < at) continue;
    out += text.slice(at, start) + ' '.repeat(end - start);
    at = end;
  }
  return out + text.slice(at);
}

function maskAll(text: string, re: RegExp): { masked: string; found: boolean } {
  let found = false;
  const masked = text.replace(re, (m) => {
    found = true;
    return ' '.repeat(m.length);
  });
  return { masked, found };
}

/** Highest priority wins; among equals, the earliest mention. `weak`: only a product or a passing word. */
export function detectIndustry(text: string): { id: IndustryId; weak: boolean } | undefined {
  let best: { id: IndustryId; priority: number; index: number } | undefined;
  for (const rule of INDUSTRY_RULES) {
    if (best !== undefined && rule.priority < best.priority) continue;
    const m = rule.re.exec(text);
    if (m === null) continue;
    if (best === undefined || rule.priority > best.priority || m.index < best.index) {
      best = { id: rule.id, priority: rule.priority, index: m.index };
    }
  }
  return best && { id: best.id, weak: best.priority <= WEAK_INDUSTRY_PRIORITY };
}

/** The first purpose in PURPOSE_RULES' precedence order that the message mentions. */
export function detectPurpose(text: string): PurposeId | undefined {
  return PURPOSE_RULES.find((rule) => rule.re.test(text))?.id;
}

export function detectDeclaredSize(text: string): SizeClass | undefined {
  const { masked } = maskAll(text, SIZE_IGNORE);
  return SIZE_RULES.find((rule) => rule.re.test(masked))?.id;
}

/** true when the message says so, false when it only denies it, undefined when silent. */
function flag(text: string, negative: RegExp, positive: RegExp): boolean | undefined {
  const { masked, found } = maskAll(text, negative);
  if (positive.test(masked)) return true;
  return found ? false : undefined;
}

/** The text with its cross-border denials ("不做外贸", "no export") blanked out. */
export function maskCrossBorderDenials(text: string): string {
  return maskAll(text, CROSS_BORDER_NEGATIVE).masked;
}

export function detectCrossBorder(text: string): boolean | undefined {
  return flag(text, CROSS_BORDER_NEGATIVE, CROSS_BORDER_POSITIVE);
}

export function detectOnlineSales(text: string): boolean | undefined {
  return flag(text, ONLINE_SALES_NEGATIVE, ONLINE_SALES_POSITIVE);
}
