// Turns the knowledge module's ids and parameters (reasons, cautions, size rules, services) into
// sentences in one locale. The only place that knows which locale key each knowledge id uses.

import type { Citation } from '../knowledge/citations';
import { REFERENCE_TOPICS } from '../knowledge/citations';
import type { IndustryId, PurposeId, RiskId, ServiceId, SizeClass } from '../knowledge/ids';
import type { NextStepId } from '../knowledge/next-steps';
import type { Caution, Reason } from '../knowledge/recommend';
import type { SuitabilityRuleId } from '../knowledge/services';
import { QR_CODE_LEVELS, REGULATION } from '../knowledge/regulation';
import type { SizeFloors, SizeMeasure, SizeRule } from '../knowledge/sme-size';
import { YUNNAN_CENSUS_2013 } from '../knowledge/yunnan';
import type { Locale } from '../locale';
import { capitalise, formatCny, formatCount, formatNumber, formatTerm } from './format';
import { translator } from './index';

function k(locale: Locale) {
  return translator(locale, 'knowledge');
}

export function serviceName(locale: Locale, id: ServiceId, variant?: string): string {
  const t = k(locale);
  const name = t(`services.${id}.name`);
  if (!variant) return name;
  const variantName = t(`services.${id}.variants.${variant}`);
  return locale === 'zh-CN' ? `${name} · ${variantName}` : `${name}: ${variantName}`;
}

export function serviceShort(locale: Locale, id: ServiceId): string {
  return k(locale)(`services.${id}.short`);
}

export function serviceSummary(locale: Locale, id: ServiceId): string {
  return k(locale)(`services.${id}.summary`);
}

export function serviceAdvantage(locale: Locale, id: ServiceId, advantage: string): string {
  return k(locale)(`services.${id}.advantages.${advantage}`);
}

export function purposeName(locale: Locale, id: PurposeId): string {
  return k(locale)(`purposes.${id}`);
}

export function industryName(locale: Locale, id: IndustryId): string {
  return k(locale)(`industries.${id}`);
}

export function sizeClassName(locale: Locale, id: SizeClass): string {
  return k(locale)(`sizeClasses.${id}`);
}

export function riskName(locale: Locale, id: RiskId): string {
  return k(locale)(`risks.${id}.name`);
}

/** Paper sections stay as they are ("§2.2", "Table 2"); reference topics get a readable name. */
export function citationLabel(locale: Locale, citation: Citation): string {
  return (REFERENCE_TOPICS as readonly string[]).includes(citation) ? k(locale)(`citationLabels.${citation}`) : citation;
}

export function renderReason(locale: Locale, reason: Reason): string {
  const t = k(locale);
  switch (reason.key) {
    case 'purpose':
    case 'also-purpose':
      return t(`reasons.${reason.key}`, { purpose: purposeName(locale, reason.purpose) });
    case 'advantage': {
      const text = serviceAdvantage(locale, reason.serviceId, reason.advantage);
      return `${capitalise(locale, text)}${locale === 'zh-CN' ? '。' : '.'}`;
    }
    case 'industry':
      return t('reasons.industry', { industry: industryName(locale, reason.industry) });
    case 'size':
      return t('reasons.size', { sizeClass: sizeClassName(locale, reason.sizeClass) });
    case 'amount':
      return capitalise(locale, t('reasons.amount', { amount: formatCny(locale, reason.amountCny) }));
    case 'term':
      return t('reasons.term', { term: formatTerm(locale, reason.termMonths) });
    case 'online-sales':
    case 'cross-border':
      return t(`reasons.${reason.key}.${reason.serviceId}`);
    case 'buyer-owes':
      return t('reasons.buyer-owes');
    case 'asset-bought':
      return t('reasons.asset-bought');
    case 'paper-advice':
      return t(`reasons.paper-advice.${reason.advice}`);
    case 'programme': {
      const text = t(`reasons.programme.${reason.programme}`);
      if (reason.daysLeft === undefined) return text;
      return `${text}${locale === 'zh-CN' ? '' : ' '}${t('reasons.programme-ends', { days: reason.daysLeft })}`;
    }
  }
}

/** What to do next ("先问您开结算账户的银行……"), one sentence per step. */
export function renderNextStep(locale: Locale, step: NextStepId): string {
  return k(locale)(`nextSteps.${step}`);
}

/** Why a service does not fit ("融资租赁只能为设备……融资"). */
export function renderSuitability(locale: Locale, rule: SuitabilityRuleId): string {
  return k(locale)(`suitability.${rule}`);
}

export function renderCaution(locale: Locale, caution: Caution): string {
  const params = Object.fromEntries(Object.entries(caution.params ?? {}).map(([name, value]) => [name, formatNumber(locale, value)]));
  return k(locale)(`cautions.${caution.id}`, params);
}

/** "从业人员低于10人" / "employees below 10": the head count reads as a bare number in English. */
function measureValue(locale: Locale, measure: SizeMeasure, value: number): string {
  if (measure === 'employees') return locale === 'zh-CN' ? `${formatCount(locale, value)}人` : formatNumber(locale, value);
  return formatCny(locale, value);
}

function floorsText(locale: Locale, floors: SizeFloors): string {
  const t = k(locale);
  return (Object.entries(floors) as [SizeMeasure, number][])
    .map(([m, v]) => `${t(`measures.${m}`)}${locale === 'zh-CN' ? '' : ' '}${measureValue(locale, m, v)}`)
    .join(locale === 'zh-CN' ? '、' : ', ');
}

/** The sentence that says why a firm is in its size class, naming the 2011 standard. */
export function renderSizeRule(locale: Locale, industry: IndustryId, rule: SizeRule): string {
  const t = k(locale);
  const industryText = industryName(locale, industry);
  switch (rule.kind) {
    case 'large':
    case 'micro':
      return t(`sizeRules.${rule.kind}`, {
        industry: industryText,
        measure: t(`measures.${rule.measure}`),
        threshold: measureValue(locale, rule.measure, rule.threshold),
      });
    case 'medium':
    case 'small':
      return t(`sizeRules.${rule.kind}`, { industry: industryText, floors: floorsText(locale, rule.floors) });
  }
}

export function renderQrLevels(locale: Locale): string[] {
  const t = k(locale);
  return QR_CODE_LEVELS.map((l) =>
    t(`qrLevels.${l.level}`, l.dailyLimitCny === null ? {} : { limit: formatNumber(locale, l.dailyLimitCny) }),
  );
}

/** The regulation facts, all of them or those given (a service's: regulationOf). */
export function renderRegulation(locale: Locale, facts: readonly (typeof REGULATION)[number][] = REGULATION): string[] {
  const t = k(locale);
  return facts.map((fact) =>
    t(
      `regulation.${fact.id}`,
      Object.fromEntries(
        Object.entries(fact.figures).map(([name, value]) => [
          name,
          typeof value === 'number' && name !== 'since' ? formatNumber(locale, value) : String(value),
        ]),
      ),
    ),
  );
}

export function renderYunnanCensus(locale: Locale): string {
  const c = YUNNAN_CENSUS_2013;
  return k(locale)('yunnan.census', {
    entities: formatCount(locale, c.smallMicroEntities),
    entitiesPct: c.shareOfEntitiesPct,
    employees: formatCount(locale, c.employees),
    employeesPct: c.shareOfEmployeesPct,
    assetsPct: c.shareOfAssetsPct,
  });
}
