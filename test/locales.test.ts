// Both languages are complete: the same keys, the same interpolation variables, no empty text,
// and a text for every id the knowledge module can produce.

import { describe, expect, it } from 'vitest';
import {
  CAUTION_IDS,
  COMPLIANCE_CHECKS,
  INDUSTRY_IDS,
  NEXT_STEP_IDS,
  P2P_NEGATIVE_LIST,
  PROGRAMMES,
  QUESTION_IDS,
  SUITABILITY_RULES,
  PAPER_ADVICE,
  PROBLEM_PLATFORM_SIGNS,
  PURPOSE_IDS,
  QR_CODE_LEVELS,
  REFERENCE_TOPICS,
  REGULATION,
  RISKS,
  RISK_IDS,
  SERVICES,
  SERVICE_IDS,
  SIZE_CLASSES,
  variantsOf,
} from '../src/knowledge';
import { NAMESPACES, RESOURCES, hasText } from '../src/i18n';
import { LOCALES } from '../src/locale';
import { DIALOG_KEYS } from '../dialogs/types';
import { STRING_KEYS as WEBCHAT_KEYS } from '../src/channels/webchat/client/protocol';
import { STRING_KEYS as DESK_CONSOLE_KEYS } from '../src/channels/desk/console-client/protocol';
import { TERM_IDS } from '../src/knowledge/terms';

function flatten(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') {
    out.set(prefix, value);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      for (const [kk, vv] of flatten(v, prefix ? `${prefix}.${k}` : k)) out.set(kk, vv);
    }
  }
  return out;
}

function variables(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.-]+)\s*\}\}/g)].map((m) => m[1]!).sort();
}

describe.each(NAMESPACES)('namespace %s', (ns) => {
  const zh = flatten(RESOURCES['zh-CN'][ns]);
  const en = flatten(RESOURCES.en[ns]);

  it('has the same keys in zh-CN and en', () => {
    expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it('uses the same interpolation variables in both languages', () => {
    for (const [key, text] of zh) {
      expect({ key, vars: variables(text) }).toEqual({ key, vars: variables(en.get(key) ?? '') });
    }
  });

  it('has no empty text, and Chinese text in zh-CN', () => {
    for (const [key, text] of [...zh, ...en]) expect({ key, text: text.trim().length > 0 }).toEqual({ key, text: true });
    const hanRatio = [...zh.values()].filter((t) => /\p{Script=Han}/u.test(t)).length / Math.max(zh.size, 1);
    // A few values are language-neutral (a channel's keyword); nearly all zh-CN text is Chinese.
    if (zh.size > 0) expect(hanRatio).toBeGreaterThan(0.9);
  });
});

/** Every key the knowledge module can ask the renderer for. */
function requiredKnowledgeKeys(): string[] {
  const keys: string[] = [];
  for (const id of SERVICE_IDS) {
    keys.push(`services.${id}.name`, `services.${id}.short`, `services.${id}.summary`);
    for (const adv of SERVICES[id].advantages) keys.push(`services.${id}.advantages.${adv}`);
    for (const v of variantsOf(id)) keys.push(`services.${id}.variants.${v}`);
    if (SERVICES[id].status.kind === 'discontinued') keys.push(`services.${id}.status`);
    if (SERVICES[id].fit.onlineSales) keys.push(`reasons.online-sales.${id}`);
    if (SERVICES[id].fit.crossBorder) keys.push(`reasons.cross-border.${id}`);
  }
  for (const id of RISK_IDS) {
    keys.push(`risks.${id}.name`, `risks.${id}.summary`, `riskCategories.${RISKS[id].category}`);
    for (const c of RISKS[id].causes) keys.push(`risks.${id}.causes.${c}`);
    for (const a of RISKS[id].actions) keys.push(`risks.${id}.actions.${a}`);
  }
  for (const id of INDUSTRY_IDS) keys.push(`industries.${id}`);
  for (const id of SIZE_CLASSES) keys.push(`sizeClasses.${id}`);
  for (const id of PURPOSE_IDS) keys.push(`purposes.${id}`);
  for (const m of ['employees', 'revenue', 'assets']) keys.push(`measures.${m}`);
  for (const r of ['large', 'micro', 'medium', 'small', 'declared']) keys.push(`sizeRules.${r}`);
  for (const r of ['purpose', 'also-purpose', 'industry', 'size', 'amount', 'term']) keys.push(`reasons.${r}`);
  for (const a of PAPER_ADVICE) keys.push(`reasons.paper-advice.${a}`);
  for (const c of CAUTION_IDS) keys.push(`cautions.${c}`);
  for (const r of REGULATION) keys.push(`regulation.${r.id}`);
  for (const l of QR_CODE_LEVELS) keys.push(`qrLevels.${l.level}`);
  for (const n of P2P_NEGATIVE_LIST) keys.push(`negativeList.${n}`);
  for (const s of PROBLEM_PLATFORM_SIGNS) keys.push(`problemSigns.${s}`);
  for (const c of COMPLIANCE_CHECKS) keys.push(`complianceChecks.${c}`);
  for (const t of REFERENCE_TOPICS) keys.push(`citationLabels.${t}`);
  keys.push('citationLabels.paper', 'citationLabels.section', 'citationLabels.sections', 'citationLabels.table');
  for (const p of PROGRAMMES) keys.push(`reasons.programme.${p}`);
  for (const r of SUITABILITY_RULES) keys.push(`suitability.${r}`);
  for (const n of NEXT_STEP_IDS) keys.push(`nextSteps.${n}`);
  for (const q of QUESTION_IDS) {
    if (q === 'which-is-best') keys.push('answers.which-is-best.pick', 'answers.which-is-best.unknown');
    else if (q === 'where-to-apply') keys.push('answers.where-to-apply.pick', 'answers.where-to-apply.general');
    else if (q === 'does-it-fit') {
      for (const v of ['yes', 'second', 'weak', 'no', 'not-made', 'depends', 'gone', 'better', 'tell-me'])
        keys.push(`answers.does-it-fit.${v}`);
      for (const o of ['term-max', 'term-min', 'amount-max', 'amount-min', 'size']) keys.push(`answers.does-it-fit.outside.${o}`);
      for (const f of ['purpose', 'industry', 'size', 'amount', 'term']) keys.push(`answers.does-it-fit.facts.${f}`);
    } else if (q === 'cannot-repay') {
      for (const v of ['lead', 'before', 'if']) keys.push(`answers.cannot-repay.${v}`);
    } else if (q === 'amount-size') {
      for (const v of ['no-amount', 'no-revenue', 'term']) keys.push(`answers.amount-size.${v}`);
      for (const band of ['modest', 'sizeable', 'large']) keys.push(`answers.amount-size.${band}`, `answers.amount-size.do-${band}`);
    } else if (q === 'size-class') {
      for (const v of ['small', 'larger', 'small-or-micro', 'missing', 'missing-one', 'declared', 'no-industry', 'unknown'])
        keys.push(`answers.size-class.${v}`);
    } else keys.push(`answers.${q}`);
  }
  for (const t of TERM_IDS) keys.push(`terms.${t}`);
  keys.push('yunnan.census');
  return keys;
}

describe('knowledge text', () => {
  it.each(LOCALES)('exists in %s for every id the knowledge module uses', (locale) => {
    const missing = requiredKnowledgeKeys().filter((key) => !hasText(locale, key, 'knowledge'));
    expect(missing).toEqual([]);
  });

  it('covers all eight kinds of problem platform of Table 2', () => {
    expect(PROBLEM_PLATFORM_SIGNS).toHaveLength(8);
  });
});

describe('dialog text', () => {
  it.each(LOCALES)('exists in %s for every key the dialog machine uses', (locale) => {
    expect(DIALOG_KEYS.filter((key) => !hasText(locale, key, 'dialog'))).toEqual([]);
  });
});

describe('page text', () => {
  const pages = [
    ['webchat', WEBCHAT_KEYS],
    ['deskConsole', DESK_CONSOLE_KEYS],
  ] as const;
  it.each(LOCALES)('exists in %s for every string of the web chat page and the desk console', (locale) => {
    const channels = RESOURCES[locale].channels as Record<string, Record<string, unknown> | undefined>;
    const missing = pages.flatMap(([page, keys]) =>
      keys.filter((key) => typeof channels[page]?.[key] !== 'string').map((key) => `${page}.${key}`),
    );
    expect(missing).toEqual([]);
  });
});
