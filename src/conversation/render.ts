// Renders the dialog machine's replies (keys, ids and parameters) as text in one locale, with
// the knowledge module's wording for services, reasons, risks and cautions. The only place where
// a reply becomes words; channels then lay the words out for their platform.

import type { SpokenFor } from '../nlu/types';
import type { AssumedTerms, ChoiceId, DialogReply, LprInstalment, Param, ProfileChange, ReplyPart, Stage } from '../../dialogs/types';
import { COMPLIANCE_CHECKS, P2P_NEGATIVE_LIST, PROBLEM_PLATFORM_SIGNS, regulationOf } from '../knowledge/regulation';
import { COST_ACTIONS, RISKS } from '../knowledge/risks';
import { type AskedSlot, isFraudQuestion, RISK_IDS, type ServiceId } from '../knowledge/ids';
import type { EnterpriseProfile } from '../knowledge/profile';
import type { AmountSize, Answer, Fit, SizeAnswer, SupportId } from '../knowledge/answers';
import { TERMS, type TermId } from '../knowledge/terms';
import {
  COST_LINES,
  costBand,
  DEFAULT_MONTHS,
  DEFAULT_PRINCIPAL,
  LPR,
  type CostBand,
  type CostReading,
  type OfferCost,
  type OfferTerms,
} from '../knowledge/cost';
import { nextSteps, type NextStepId } from '../knowledge/next-steps';
import { type Caution, type Excluded, type Outside, outsideFit, type Reason, type Recommendation } from '../knowledge/recommend';
import { ONLINE_LENDING, refusesOnlineLending, SERVICES, variantsOf } from '../knowledge/services';
import type { SizeMeasure } from '../knowledge/sme-size';
import { capitalise, formatCny, formatCount, formatMoney, formatNumber, formatTerm } from '../i18n/format';
import { translator } from '../i18n';
import { formatContact, formatDeskHours, formatDuration, formatWhen } from '../i18n/desk-time';
import {
  citationLabel,
  industryName,
  purposeName,
  renderCaution,
  renderNextStep,
  renderQrLevels,
  renderReason,
  renderRegulation,
  renderSuitability,
  renderSizeRule,
  riskName,
  serviceAdvantage,
  serviceName,
  serviceSummary,
  sizeClassName,
} from '../i18n/knowledge-text';
import { type Citation, isReferenceTopic } from '../knowledge/citations';
import type { Locale } from '../locale';

export interface Choice {
  id: string;
  label: string;
}

export interface Reply {
  text: string;
  choices: Choice[];
  /** `number`: a reply of "2" picks the second choice; `text`: choices are picked by their words. */
  choiceMode: 'number' | 'text';
  /**
   * Where the text's items lie, in order, for channels that cut a reply into pages (WeChat): the
   * text between two items is a line break, or a blank line before a new paragraph. Set only when
   * the reply has more than plain text (the advice). Offsets, so that stored answers carry the
   * text once.
   */
  items?: ReplyItem[];
}

/** What an item is, so that a channel can say what a next page holds ("风险提示（2条）"); `menu` says what to reply. */
export type ReplyItemKind = 'text' | 'recommendation' | 'caution' | 'menu';

/** Lines that belong together and are never split across pages: a service with its reasons, a caution. */
export interface ReplyItem {
  /** The item is `text.slice(start, end)` (UTF-16 code units). */
  start: number;
  end: number;
  kind: ReplyItemKind;
  /** Shown first when space is short: the best pick and the most important caution. */
  lead?: boolean;
}

/** An item while a reply is laid out: its words, and whether a blank line comes before it. */
interface Piece {
  text: string;
  kind: ReplyItemKind;
  paragraph: boolean;
  lead?: boolean;
}

/** The pieces as one text (a blank line before a paragraph, a line break before anything else). */
function layoutPieces(pieces: readonly Piece[]): { text: string; items: ReplyItem[] } {
  let text = '';
  const items: ReplyItem[] = [];
  pieces.forEach((piece, i) => {
    if (i > 0) text += piece.paragraph ? '\n\n' : '\n';
    items.push({ start: text.length, end: text.length + piece.text.length, kind: piece.kind, ...(piece.lead ? { lead: true } : {}) });
    text += piece.text;
  });
  return { text, items };
}

function textItem(text: string): Piece {
  return { text, kind: 'text', paragraph: false };
}

/** Reasons shown for the best pick in a chat message; the API's view carries them all. */
const REASONS_FOR_BEST = 2;
/** Cautions in the advice message: the two that matter most for the case (issue 15). */
const CAUTIONS_IN_ADVICE = 2;
const BULLET = '· ';

function sentenceJoin(locale: Locale, items: string[], last: 'and' | 'or' = 'and'): string {
  if (locale === 'zh-CN') return items.join('、');
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)}`;
}

function people(locale: Locale, count: number): string {
  // "1 employee", not "1 employees".
  return translator(locale)(count === 1 ? 'people-one' : 'people', { count: formatCount(locale, count) });
}

function formatParam(locale: Locale, value: Param): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatCount(locale, value);
  if ('money' in value) return formatMoney(locale, value.money);
  if ('cny' in value) return formatCny(locale, value.cny);
  if ('term' in value) return formatTerm(locale, value.term);
  if ('people' in value) return people(locale, value.people);
  if ('industry' in value) return industryName(locale, value.industry);
  if ('purpose' in value) return purposeName(locale, value.purpose);
  if ('sizeClass' in value) return sizeClassName(locale, value.sizeClass);
  if ('service' in value) return serviceName(locale, value.service, value.variant);
  if ('deskHours' in value) return formatDeskHours(locale, value.deskHours);
  if ('when' in value) return formatWhen(locale, value.when, value.from);
  if ('duration' in value) return formatDuration(locale, value.duration);
  if ('contact' in value) return formatContact(locale, value.contact);
  return translator(locale, 'knowledge')(`measures.${value.measure}`);
}

function changeText(locale: Locale, change: ProfileChange): string {
  const t = translator(locale);
  switch (change.slot) {
    case 'industry':
      // The "Other" choice: said as such ("industry: other"), not as "industry: another industry".
      return change.value === 'other' ? t('noted.industry-other') : t('noted.industry', { value: industryName(locale, change.value) });
    case 'employees':
      return t('noted.employees', { count: formatCount(locale, change.value) });
    case 'annualRevenueCny':
    case 'totalAssetsCny':
      return t(`noted.${change.slot}`, { value: formatCny(locale, change.value) });
    case 'sizeClass':
      return t(change.declared ? 'noted.sizeClassDeclared' : 'noted.sizeClass', { value: sizeClassName(locale, change.value) });
    case 'purpose':
      return t('noted.purpose', { value: purposeName(locale, change.value) });
    case 'amount':
      return t('noted.amount', { value: formatMoney(locale, change.value) });
    case 'termMonths':
      return t('noted.termMonths', { value: formatTerm(locale, change.value) });
    case 'crossBorder':
      return t(change.value ? 'noted.crossBorder' : 'noted.notCrossBorder');
    case 'onlineSales':
      return t(change.value ? 'noted.onlineSales' : 'noted.notOnlineSales');
    case 'buyerOwes':
      return t('noted.buyerOwes');
  }
}

/** "零售业 · 微型企业 · 资金周转 · 20万元 · 3个月": the profile on one line. */
export function profileLine(locale: Locale, profile: EnterpriseProfile): string {
  const t = translator(locale);
  const items: string[] = [];
  if (profile.industry) items.push(profile.industry === 'other' ? t('noted.industry-other-short') : industryName(locale, profile.industry));
  if (profile.sizeClass) items.push(sizeClassName(locale, profile.sizeClass));
  if (profile.employees !== undefined) items.push(people(locale, profile.employees));
  if (profile.annualRevenueCny !== undefined)
    items.push(t('noted.annualRevenueCny', { value: formatCny(locale, profile.annualRevenueCny) }));
  if (profile.totalAssetsCny !== undefined) items.push(t('noted.totalAssetsCny', { value: formatCny(locale, profile.totalAssetsCny) }));
  if (profile.crossBorder !== undefined) items.push(t(profile.crossBorder ? 'noted.crossBorder' : 'noted.notCrossBorder'));
  if (profile.onlineSales !== undefined) items.push(t(profile.onlineSales ? 'noted.onlineSales' : 'noted.notOnlineSales'));
  if (profile.buyerOwes) items.push(t('noted.buyerOwes'));
  if (profile.purpose) items.push(purposeName(locale, profile.purpose));
  if (profile.amount) items.push(formatMoney(locale, profile.amount));
  if (profile.termMonths !== undefined) items.push(formatTerm(locale, profile.termMonths));
  return items.join(locale === 'zh-CN' ? ' · ' : ', ');
}

/**
 * Sources as an owner on a phone can read them: the paper by its author, year and short title with
 * its sections ("Rong Wu (2018), ..., sections 2.3 and 5"), then each reference by its name and
 * date. The API's view keeps the bare ids ("§2.3", "current-finance"), as the contract says.
 */
function citations(locale: Locale, list: readonly Citation[]): string {
  const k = translator(locale, 'knowledge');
  const paper = list.filter((c) => !isReferenceTopic(c));
  const sections = paper.filter((c) => c.startsWith('§')).map((c) => c.slice(1));
  const tables = paper.filter((c) => c.startsWith('Table ')).map((c) => c.slice('Table '.length));
  const where = [
    ...(sections.length > 0
      ? [
          k(sections.length === 1 ? 'citationLabels.section' : 'citationLabels.sections', {
            list: locale === 'zh-CN' ? sections.join('、') : sentenceJoin(locale, sections),
          }),
        ]
      : []),
    ...tables.map((n) => k('citationLabels.table', { n })),
  ];
  const parts = [
    ...(where.length > 0 ? [k('citationLabels.paper', { where: where.join(locale === 'zh-CN' ? '、' : ', ') })] : []),
    ...list.filter(isReferenceTopic).map((c) => citationLabel(locale, c)),
  ];
  return parts.join(locale === 'zh-CN' ? '；' : '; ');
}

function sizeQuestion(locale: Locale, measures: SizeMeasure[], stillMissing: boolean): string {
  const t = translator(locale);
  if (measures.length === 0) return t('ask.size-declare');
  const example = measures.map((m) => t(`measureExample.${m}`)).join(locale === 'zh-CN' ? '，' : ', ');
  if (stillMissing) return t('ask.size-missing', { measure: t(`measureAsk.${measures[0]}`), example: t(`measureExample.${measures[0]}`) });
  return t('ask.size', {
    list: sentenceJoin(
      locale,
      measures.map((m) => t(`measureAsk.${m}`)),
    ),
    example,
  });
}

/** The reason that best says why this service, beyond "it is made for your need". */
function telling(reasons: readonly Reason[]): Reason[] {
  const specific = reasons.filter((r) => r.key !== 'purpose' && r.key !== 'also-purpose');
  return specific.length > 0 ? specific : [...reasons];
}

/**
 * The advice as a phone shows it (issue 15): the best pick and why in a few lines with where to
 * go, the two cautions that matter most, the alternatives one line each, then the choices. Each
 * service's details, every risk and the sources are a tap away. As items, so that a channel that
 * pages (WeChat) keeps the best pick and the first caution (both `lead`) on the first page.
 */
function adviceItems(
  locale: Locale,
  profile: EnterpriseProfile,
  recs: Recommendation[],
  cautions: Caution[],
  excluded: readonly Excluded[] = [],
  fitsWell = true,
  leftOut: readonly ServiceId[] = [],
): Piece[] {
  const t = translator(locale);
  // English service names already hold a colon before their variant ("Big-data finance: ...").
  const colon = locale === 'zh-CN' ? '：' : ' — ';
  const whyNot = excluded.map((e) => `${BULLET}${renderSuitability(locale, e.rule)}`);
  // The services the owner refused, named so the owner knows they were left out on purpose.
  // Online loans refused (网贷): said as that, with the branch to go to instead (services.ts, ONLINE_LENDING).
  const online = refusesOnlineLending(leftOut);
  const refusedOthers = online ? leftOut.filter((id) => !ONLINE_LENDING.includes(id)) : leftOut;
  const refused = [
    ...(online ? [t('advice.left-out-online')] : []),
    ...(refusedOthers.length > 0
      ? [
          t('advice.left-out', {
            services: sentenceJoin(
              locale,
              refusedOthers.map((id) => serviceName(locale, id)),
            ),
          }),
        ]
      : []),
  ];
  if (recs.length === 0) {
    const why = profile.sizeClass === 'large' ? [`${BULLET}${t('advice.why-large')}`] : [];
    return [textItem([t('advice.intro-empty'), ...why, ...whyNot, ...refused].join('\n'))];
  }
  const [best, ...others] = recs as [Recommendation, ...Recommendation[]];
  const intro = profile.purpose === undefined ? 'advice.intro-no-purpose' : fitsWell ? 'advice.intro' : 'advice.intro-second-best';
  const items: Piece[] = [textItem(t(intro, { profile: profileLine(locale, profile) }))];
  const bestLines = [`${best.rank}. ${serviceName(locale, best.serviceId, best.variant)}`];
  for (const reason of telling(best.reasons).slice(0, REASONS_FOR_BEST)) bestLines.push(`${BULLET}${renderReason(locale, reason)}`);
  const firstStep = nextSteps(best.serviceId, profile, leftOut)[0];
  if (firstStep) bestLines.push(`${t('advice.next-step')}${renderNextStep(locale, firstStep)}`);
  items.push({ text: bestLines.join('\n'), kind: 'recommendation', paragraph: true, lead: true });
  // The cautions come right after the best pick, as an adviser says them ("watch out for..."), so
  // that a phone's first screen holds the pick and its first caution; the heading goes with the
  // first caution, the most important one for the case: both lead.
  cautions.slice(0, CAUTIONS_IN_ADVICE).forEach((c, i) => {
    const line = `${BULLET}${renderCaution(locale, c)}`;
    items.push(
      i === 0
        ? { text: `${t('advice.cautions')}\n${line}`, kind: 'caution', paragraph: true, lead: true }
        : { text: line, kind: 'caution', paragraph: false },
    );
  });
  others.forEach((r, i) => {
    // A service the sum or term is outside (MYbank's online loan for 5 million): ranked last, and why, not an advantage.
    const beyond = outsideLines(
      locale,
      outsideFit(r.serviceId, profile).filter((o) => o.fact !== 'size'),
    );
    const why = telling(r.reasons)[0];
    const said = beyond.length > 0 ? beyond.join(locale === 'zh-CN' ? '' : ' ') : why ? renderReason(locale, why) : '';
    const line = `${r.rank}. ${serviceName(locale, r.serviceId, r.variant)}${said ? colon + said : ''}`;
    items.push({ text: i === 0 ? `${t('advice.alternatives')}\n${line}` : line, kind: 'recommendation', paragraph: i === 0 });
  });
  // Why the services made for this purpose are not offered, when none of what is offered is.
  if (!fitsWell && whyNot.length > 0) items.push({ text: whyNot.join('\n'), kind: 'text', paragraph: false });
  if (refused.length > 0) items.push({ text: refused.join('\n'), kind: 'text', paragraph: true });
  items.push({ text: t('advice.menu'), kind: 'menu', paragraph: true });
  return items;
}

function stepLines(locale: Locale, steps: readonly NextStepId[]): string[] {
  return steps.map((s) => `${BULLET}${renderNextStep(locale, s)}`);
}

/** An answer's steps under their heading ("可以这样做：" / "What you can do:"), none when there are none. */
function stepsBlock(locale: Locale, steps: readonly NextStepId[]): string[] {
  return steps.length > 0 ? [translator(locale)('answer.steps'), ...stepLines(locale, steps)] : [];
}

/** Why a service made for the need ranks low for this firm: each fact outside its usual fit, a sentence. */
function outsideLines(locale: Locale, outside: readonly Outside[]): string[] {
  const k = translator(locale, 'knowledge');
  return outside.map((o) => {
    if (o.fact === 'size') return k('answers.does-it-fit.outside.size', { sizeClass: sizeClassName(locale, o.sizeClass) });
    const value = o.fact === 'term' ? o.termMonths : o.amountCny;
    const over = o.range.max !== undefined && value > o.range.max;
    const bound = (over ? o.range.max : o.range.min) ?? value;
    const show = (n: number) => (o.fact === 'term' ? formatTerm(locale, n) : formatCny(locale, n));
    return k(`answers.does-it-fit.outside.${o.fact}-${over ? 'max' : 'min'}`, { bound: show(bound), [o.fact]: show(value) });
  });
}

/** The verdicts that do not name their service, said instead of it when online loans were asked about (P2P, 网贷). */
const ONLINE_NAMED: ReadonlySet<string> = new Set(['yes', 'second']);

/** "融资租赁格合适": yes or no for this firm first, then why, then what fits better or what is missing. */
function fitText(locale: Locale, fit: Fit, steps: readonly NextStepId[]): string {
  const k = translator(locale, 'knowledge');
  const service = serviceName(locale, fit.serviceId);
  const better = fit.better ? serviceName(locale, fit.better.serviceId, fit.better.variant) : undefined;
  // "有这些前提：" only above the conditions it announces; none turning on the facts missing, said plainly.
  const plain = fit.verdict === 'depends' && fit.rules.length === 0 && (fit.outside ?? []).length === 0;
  // Asked of P2P or 网贷: "yes" or "it can work" would read as said of P2P, so the verdict names the service it is said of.
  const verdict = plain ? 'depends-plain' : fit.onlineLoans && ONLINE_NAMED.has(fit.verdict) ? `online-${fit.verdict}` : fit.verdict;
  const lines = [
    ...(fit.onlineLoans ? [k('answers.does-it-fit.online-loans')] : []),
    k(`answers.does-it-fit.${verdict}`, { service, ...(fit.recommendation ? { rank: fit.recommendation.rank } : {}) }),
  ];
  if (fit.recommendation) {
    for (const reason of telling(fit.recommendation.reasons).slice(0, REASONS_FOR_BEST))
      lines.push(`${BULLET}${renderReason(locale, reason)}`);
  }
  for (const rule of fit.rules) lines.push(`${BULLET}${renderSuitability(locale, rule)}`);
  for (const line of outsideLines(locale, fit.outside ?? [])) lines.push(`${BULLET}${line}`);
  if (fit.verdict === 'depends' && fit.missing && fit.missing.length > 0) {
    const facts = fit.missing.map((f) => k(`answers.does-it-fit.facts.${f}`));
    lines.push(k('answers.does-it-fit.tell-me', { facts: sentenceJoin(locale, facts) }));
  }
  if (better && fit.verdict !== 'depends') lines.push(k('answers.does-it-fit.better', { service: better }));
  lines.push(...stepsBlock(locale, steps));
  return lines.join('\n');
}

/**
 * Where to apply for the service the owner named: the steps first, as asked; then, when it does
 * not suit this firm, why and what does. P2P, gone, has no steps: only why.
 */
function applyText(locale: Locale, fit: Fit, steps: readonly NextStepId[]): string {
  if (fit.verdict === 'gone') return fitText(locale, fit, []);
  const k = translator(locale, 'knowledge');
  const service = serviceName(locale, fit.serviceId, fit.recommendation?.variant);
  // "网贷在哪里申请": online loans as they are today, then where.
  const lines = [
    ...(fit.onlineLoans ? [k('answers.does-it-fit.online-loans')] : []),
    k('answers.where-to-apply.pick', { service }),
    ...stepLines(locale, steps),
  ];
  if (fit.verdict === 'no' || fit.verdict === 'not-made' || fit.verdict === 'weak')
    lines.push(fitText(locale, { ...fit, recommendation: undefined, onlineLoans: undefined }, []));
  return lines.join('\n');
}

/**
 * "网商银行和融资租赁哪个好": the better of the services named first, with why; then each other
 * one in a line (its rank, or the rule that rules it out); then what to do.
 */
function comparisonText(locale: Locale, fits: readonly Fit[], best: Recommendation | undefined, steps: readonly NextStepId[]): string {
  const k = translator(locale, 'knowledge');
  const [first, ...others] = fits;
  if (!first || first.verdict === 'depends') return k('answers.which-is-best.unknown');
  const fitting = first.verdict === 'yes' || first.verdict === 'second';
  const which = k(`answers.which-is-best.${fits.length === 2 ? 'two' : 'several'}`);
  const lines = [
    fitting
      ? k('answers.which-is-best.between', { which, service: serviceName(locale, first.serviceId) })
      : k(`answers.which-is-best.none-${fits.length === 2 ? 'two' : 'several'}`),
  ];
  if (fitting && first.recommendation) {
    for (const reason of telling(first.recommendation.reasons).slice(0, REASONS_FOR_BEST))
      lines.push(`${BULLET}${renderReason(locale, reason)}`);
  }
  for (const fit of fitting ? others : fits) lines.push(`${BULLET}${versusLine(locale, fit)}`);
  // The steps belong to the one named that fits; the advice's own first pick, beyond those asked, comes after them.
  lines.push(...stepsBlock(locale, steps));
  if (best) lines.push(k('answers.which-is-best.overall', { which, service: serviceName(locale, best.serviceId, best.variant) }));
  return lines.join('\n');
}

/** One service of a comparison that is not the pick, in a line: its rank, or why it does not suit. */
function versusLine(locale: Locale, fit: Fit): string {
  const k = translator(locale, 'knowledge');
  const service = serviceName(locale, fit.serviceId);
  // Each rule is a sentence of its own, ending with its stop.
  const why = [...fit.rules.map((rule) => renderSuitability(locale, rule)), ...outsideLines(locale, fit.outside ?? [])].join(
    locale === 'zh-CN' ? '' : ' ',
  );
  const verdict = fit.verdict === 'no' && why === '' ? 'not-made' : fit.verdict;
  return k(`answers.which-is-best.versus.${verdict}`, { service, why, rank: fit.recommendation?.rank ?? '' });
}

/**
 * "Is that too much?": the verdict for this firm first (the sum as a share of a year's revenue), then
 * the revenue of the term it is repaid from, then what to do; or what to tell when a figure is missing.
 * No rate is quoted.
 */
function amountSizeText(locale: Locale, size: AmountSize): string {
  const k = translator(locale, 'knowledge');
  const { amountCny, revenueCny, termMonths, shareOfYearPct, revenueOverTermCny, band } = size;
  // No sum told but the revenue known (要借多少合适): the revenue's measure of a sum first, then the sum asked for.
  if (amountCny === undefined)
    return revenueCny === undefined
      ? k('answers.amount-size.no-amount')
      : [revenueMeasure(locale, revenueCny), k('answers.amount-size.no-amount')].join('\n');
  const amount = formatCny(locale, amountCny);
  if (revenueCny === undefined || band === undefined || shareOfYearPct === undefined)
    return k('answers.amount-size.no-revenue', { amount });
  const lines = [
    k(`answers.amount-size.${band}`, { amount, revenue: formatCny(locale, revenueCny), share: formatNumber(locale, shareOfYearPct) }),
  ];
  if (termMonths !== undefined && revenueOverTermCny !== undefined) {
    lines.push(k('answers.amount-size.term', { term: formatTerm(locale, termMonths), termRevenue: formatCny(locale, revenueOverTermCny) }));
  }
  // What to do: for stock, buying in stages and the prices; for anything else, drawing the money as needed. Then the loans
  // already held, which the firm's cash repays with this one (§3.1: the credit risk grows with the debt).
  lines.push(k(size.stock ? `answers.amount-size.do-${band}` : `answers.amount-size.do-${band}-other`), k('answers.amount-size.held'));
  return lines.join('\n');
}

/** What a year's revenue says of a sum to borrow: repaid from the term's profit and takings, half a year's sales a lot. */
function revenueMeasure(locale: Locale, revenueCny: number): string {
  const k = translator(locale, 'knowledge');
  return k('answers.borrow-amount.revenue', { revenue: formatCny(locale, revenueCny), half: formatCny(locale, revenueCny / 2) });
}

/** What a word means: a few sentences, their source, and where to read more. */
function termText(locale: Locale, term: TermId): string {
  const t = translator(locale);
  const facts = TERMS[term];
  const lines = [translator(locale, 'knowledge')(`terms.${term}`)];
  if (facts.service && facts.service !== 'p2p-lending') lines.push(t('term.more', { service: serviceName(locale, facts.service) }));
  // The paper's sections belong in a details or sources reply; an owner's explanation names the
  // current references only (the API's view keeps every citation).
  const current = facts.citations.filter(isReferenceTopic);
  if (current.length > 0) lines.push(t('term.source', { citations: citations(locale, current) }));
  return lines.join('\n');
}

/** The answer's current references (the paper's sections belong in a details reply), last. */
function withSource(locale: Locale, lines: string[], answer: Answer): string {
  const current = answer.citations.filter(isReferenceTopic);
  if (current.length > 0) lines.push(translator(locale)('term.source', { citations: citations(locale, current) }));
  return lines.join('\n');
}

/** What a lender decides a sum on (current-finance): the order the borrow-amount answer lists them in. */
const BORROW_FACTORS = ['revenue', 'tax', 'pledge', 'credit'] as const;

/** Small and micro firms: what owners mean by 小微企业. */
const SMALL_OR_MICRO: ReadonlySet<string> = new Set(['micro', 'small']);

/** "Are we a small business?": the class and the rule that decides it, or what is still needed to tell (round 63). */
function sizingText(locale: Locale, sizing: SizeAnswer): string {
  const k = translator(locale, 'knowledge');
  const list = (measures: readonly SizeMeasure[]) =>
    new Intl.ListFormat(locale, { type: 'conjunction' }).format(measures.map((m) => k(`measures.${m}`)));
  switch (sizing.kind) {
    case 'decided':
      return [
        k(`answers.size-class.${SMALL_OR_MICRO.has(sizing.sizeClass) ? 'small' : 'larger'}`, {
          sizeClass: sizeClassName(locale, sizing.sizeClass),
        }),
        renderSizeRule(locale, sizing.industry, sizing.rule),
      ].join('\n');
    case 'small-or-micro':
      return k('answers.size-class.small-or-micro', {
        industry: industryName(locale, sizing.industry),
        measure: k(`measures.${sizing.measure}`),
      });
    case 'missing':
      return k(`answers.size-class.${sizing.missing.length === 1 ? 'missing-one' : 'missing'}`, {
        industry: industryName(locale, sizing.industry),
        measures: list(sizing.missing),
      });
    case 'declared':
      return k('answers.size-class.declared', { sizeClass: sizeClassName(locale, sizing.sizeClass) });
    case 'no-industry':
      return k('answers.size-class.no-industry');
    case 'unknown':
      return k('answers.size-class.unknown');
  }
}

/** The questions whose answers decide the size class under the standard (the rest decide the way of financing). */
const SIZED_BY: ReadonlySet<AskedSlot> = new Set(['industry', 'size']);

/** A direct answer: the point first, then what to do. */
function answerText(locale: Locale, answer: Answer): string {
  const k = translator(locale, 'knowledge');
  const lines: string[] = [];
  switch (answer.question) {
    case 'size-class':
      return sizingText(locale, answer.sizing ?? { kind: 'unknown' });
    case 'data-use':
      return k('answers.data-use');
    case 'why-asked': {
      // What the figure asked decides, that it may be skipped and deleted; the size standard's source where the class is what it decides.
      const said = [k(`answers.why-asked.${answer.asked ?? 'none'}`), k('answers.why-asked.yours')];
      return answer.asked === undefined || SIZED_BY.has(answer.asked) ? withSource(locale, said, answer) : said.join('\n');
    }
    case 'does-it-fit':
      if (answer.fit) return fitText(locale, answer.fit, answer.steps);
      return k('answers.which-is-best.unknown');
    case 'which-is-best':
      if (answer.compared) return comparisonText(locale, answer.compared, answer.best, answer.steps);
      if (!answer.best) return k('answers.which-is-best.unknown');
      lines.push(k('answers.which-is-best.pick', { service: serviceName(locale, answer.best.serviceId, answer.best.variant) }));
      for (const reason of telling(answer.best.reasons).slice(0, REASONS_FOR_BEST)) lines.push(`${BULLET}${renderReason(locale, reason)}`);
      lines.push(...stepsBlock(locale, answer.steps.slice(0, 2)));
      return lines.join('\n');
    case 'where-to-apply':
      if (answer.fit) return applyText(locale, answer.fit, answer.steps);
      lines.push(
        answer.best
          ? k('answers.where-to-apply.pick', { service: serviceName(locale, answer.best.serviceId, answer.best.variant) })
          : k('answers.where-to-apply.general'),
      );
      lines.push(...stepLines(locale, answer.steps));
      return lines.join('\n');
    case 'loan-term': {
      const terms = answer.terms ?? [];
      lines.push(k(terms.length > 0 ? 'answers.loan-term.usual' : 'answers.loan-term.none'));
      for (const { serviceId, termMonths } of terms) {
        const range =
          termMonths?.min !== undefined && termMonths.max !== undefined
            ? k('answers.loan-term.range.between', { min: termMonths.min, max: termMonths.max })
            : termMonths?.min !== undefined
              ? k('answers.loan-term.range.min', { min: termMonths.min })
              : k('answers.loan-term.range.max', { max: termMonths?.max ?? 12 });
        lines.push(`${BULLET}${k('answers.loan-term.item', { service: serviceName(locale, serviceId), range })}`);
      }
      // The term matched to when the money comes back (§3.1 liquidity risk): what a seasonal owner asks (只借一季, repay after the harvest).
      lines.push(k('answers.loan-term.payback'));
      // How it is repaid: in instalments, what 能分期不 and "can i pay monthly" ask (round 47).
      lines.push(k('answers.loan-term.monthly'));
      if (answer.renewal) lines.push(k('answers.loan-term.renewal'));
      // With no service's usual term, the opening line already says the contract decides.
      else if (terms.length > 0) lines.push(k('answers.loan-term.contract'));
      return withSource(locale, lines, answer);
    }
    case 'platform-legit':
      lines.push(k(`answers.platform-legit.${answer.platform ?? 'general'}`));
      lines.push(...stepsBlock(locale, answer.steps));
      return withSource(locale, lines, answer);
    case 'upfront-interest': {
      // The rule, then the owner's own sums worked (what was kept back, its share) or the sums asked for (round 36).
      lines.push(k('answers.upfront-interest'));
      const kept = answer.kept;
      if (kept === undefined) {
        if (!answer.costed) lines.push(k('answers.upfront-interest-ask'));
      } else
        lines.push(
          k(answer.costed ? 'answers.upfront-interest-kept' : 'answers.upfront-interest-kept-ask', {
            principal: formatCny(locale, kept.principalCny),
            received: formatCny(locale, kept.receivedCny),
            kept: formatCny(locale, kept.principalCny - kept.receivedCny),
            share: formatNumber(locale, Math.round((1000 * (kept.principalCny - kept.receivedCny)) / kept.principalCny) / 10),
          }),
        );
      lines.push(...stepsBlock(locale, answer.steps));
      return withSource(locale, lines, answer);
    }
    case 'credit-repair':
    case 'apply-in-person':
    case 'who-may-apply':
    case 'money-market-fund':
    case 'deposit-terms':
    case 'bill-discount':
    case 'platform-early-payout':
    case 'personal-credit-line':
    case 'loan-held':
      lines.push(k(`answers.${answer.question}`));
      lines.push(...stepsBlock(locale, answer.steps));
      return withSource(locale, lines, answer);
    case 'amount-size': {
      // How much is right, asked before any sum (要借多少合适, "how much should we borrow"): borrow the need, not the most, first;
      // then what the revenue says of a sum, or the revenue and the sum asked for.
      const size = answer.size ?? {};
      if (size.amountCny !== undefined) return amountSizeText(locale, size);
      const after = size.revenueCny === undefined ? k('answers.borrow-amount.no-revenue') : amountSizeText(locale, size);
      return [k('answers.draw-all'), after].join('\n');
    }
    case 'draw-all':
      // The principle first, then the owner's own sum weighed (or asked for).
      return [k('answers.draw-all'), amountSizeText(locale, answer.size ?? {})].join('\n');
    case 'borrow-amount': {
      // What lenders look at; the owner's revenue (and sum) set against it when known; no limit quoted.
      lines.push(k('answers.borrow-amount.lead'), ...BORROW_FACTORS.map((f) => `${BULLET}${k(`answers.borrow-amount.factors.${f}`)}`));
      const { amountCny, revenueCny, band, shareOfYearPct } = answer.size ?? {};
      if (revenueCny === undefined) lines.push(k('answers.borrow-amount.no-revenue'));
      else if (amountCny !== undefined && band !== undefined && shareOfYearPct !== undefined)
        lines.push(
          k(`answers.amount-size.${band}`, {
            amount: formatCny(locale, amountCny),
            revenue: formatCny(locale, revenueCny),
            share: formatNumber(locale, shareOfYearPct),
          }),
        );
      else lines.push(revenueMeasure(locale, revenueCny));
      lines.push(...stepsBlock(locale, answer.steps));
      return withSource(locale, lines, answer);
    }
    case 'approval-time':
      lines.push(k('answers.approval-time'));
      return withSource(locale, lines, answer);
    case 'bank-refused':
      lines.push(k('answers.bank-refused'));
      lines.push(...stepsBlock(locale, answer.steps));
      return withSource(locale, lines, answer);
    case 'cannot-repay': {
      lines.push(k('answers.cannot-repay.lead'));
      const { amountCny, termMonths } = answer.loan ?? {};
      if (amountCny !== undefined && termMonths !== undefined) {
        lines.push(k('answers.cannot-repay.before', { amount: formatCny(locale, amountCny), term: formatTerm(locale, termMonths) }));
      }
      lines.push(k('answers.cannot-repay.if'), ...stepLines(locale, answer.steps));
      return lines.join('\n');
    }
    default:
      if (answer.support) {
        // Support the bank must decide on (the trade or size not named outright): said as such, never as given.
        const ask = (answer.support.ask ?? []).map((id) => `${BULLET}${k(`answers.subsidies.ask-items.${id}`)}`);
        const items = answer.support.ids.map((id) => `${BULLET}${k(`answers.subsidies.items.${id}`)}`);
        if (answer.support.specific || ask.length === 0) {
          lines.push(k(`answers.subsidies.${answer.support.specific ? 'some' : 'general'}`), ...items);
          if (ask.length > 0) lines.push(k('answers.subsidies.also-ask'), ...ask);
        } else {
          lines.push(k('answers.subsidies.ask'), ...ask);
          if (items.length > 0) lines.push(k('answers.subsidies.others'), ...items);
        }
      } else {
        // A medium firm's loan, or a sum beyond what a bank's app lends: the answer for such loans.
        const variant = answer.documents ?? (answer.large ? 'large' : answer.asset ? 'leasing' : undefined);
        // Money owed a service firm: its fees, in a service's words (round 35).
        // ...asked whether they can be borrowed on (round 37): the loan on them first.
        if (answer.fees) lines.push(k(answer.question === 'receivables-loan' ? 'answers.fees-owed-loan' : 'answers.fees-owed'));
        else lines.push(k(variant ? `answers.${answer.question}-${variant}` : `answers.${answer.question}`));
      }
      lines.push(...stepsBlock(locale, answer.steps));
      // A fraud answer (stop paying, 110, 96110) names where its word comes from, as the other plain answers do.
      if (isFraudQuestion(answer.question)) return withSource(locale, lines, answer);
      return lines.join('\n');
  }
}

/** "2026年3月" / "March 2026" from "2026-03". */
function monthName(locale: Locale, yearMonth: string): string {
  const [year, month] = yearMonth.split('-').map(Number) as [number, number];
  if (locale === 'zh-CN') return `${year}年${month}月`;
  return `${new Date(Date.UTC(year, month - 1, 1)).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' })} ${year}`;
}

function pct(locale: Locale, value: number): string {
  return formatNumber(locale, Math.round(value * 10) / 10);
}

/** The arithmetic of one reading, on one line. */
function arithmetic(locale: Locale, r: CostReading): string {
  const t = translator(locale);
  const common = { nominal: formatNumber(locale, r.nominalPct), compounded: formatNumber(locale, r.compoundedPct) };
  if (r.basis === 'daily') {
    // ...a guarantor's yearly fee added to the rate's year (round 58): the rate's year, then the fee, then the sum.
    const fee = r.yearlyFeePct ?? 0;
    const daily = { daily: formatNumber(locale, (r.nominalPct - fee) / 365), ...common };
    if (fee === 0) return t('offer.arithmetic.daily', daily);
    const rate = formatNumber(locale, Math.round((r.nominalPct - fee) * 100) / 100);
    return t('offer.arithmetic.daily-fee', { ...daily, rate, fee: formatNumber(locale, fee) });
  }
  if (r.finalPayment !== undefined) {
    return t('offer.arithmetic.bullet', {
      received: formatCny(locale, r.received ?? 0),
      final: formatCny(locale, r.finalPayment),
      term: formatTerm(locale, r.months ?? 12),
      ...common,
    });
  }
  return t('offer.arithmetic.instalments', {
    received: formatCny(locale, r.received ?? 0),
    perMonth: formatCny(locale, r.perMonth ?? 0),
    months: formatCount(locale, r.months ?? 0),
    total: formatCny(locale, r.totalPaid ?? 0),
    period: formatNumber(locale, Math.round((r.periodRatePct ?? 0) * 100) / 100),
    ...common,
  });
}

/** What an offer truly costs: the verdict, the arithmetic in one line, the lines it is judged by. */
/** What the figures rest on when the offer did not say: the owner's own sum and term, or the example's. */
function offerBasis(locale: Locale, terms: OfferTerms, cost: OfferCost, assumed: AssumedTerms | undefined): string | undefined {
  const t = translator(locale);
  const sum = (value: number) => formatCny(locale, value);
  const term = (months: number) => formatTerm(locale, months);
  // A follow-up on the offer above ("那5万呢", "手续费2%先扣"): its conditions, with the sum and term worked on.
  if (assumed?.fromOffer) {
    return terms.principal !== undefined && terms.months !== undefined
      ? t('offer.assumed.follow', { sum: sum(terms.principal), term: term(terms.months) })
      : t('offer.assumed.follow-any');
  }
  // "首付两成 每个月还1万2": the owner's sum as the price, less the share down.
  // ...or a sum down said in yuan (首付两万五): that sum, as the owner said it.
  if (assumed?.price !== undefined && assumed.down !== undefined && assumed.principal !== undefined) {
    const params = { price: sum(assumed.price), down: sum(assumed.down), sum: sum(assumed.principal) };
    return assumed.months !== undefined
      ? t('offer.assumed.price-down-term', { ...params, term: term(assumed.months) })
      : t('offer.assumed.price-down', params);
  }
  if (assumed?.price !== undefined && assumed.principal !== undefined) {
    const share = Math.round((1 - assumed.principal / assumed.price) * 100);
    const params = { price: sum(assumed.price), share, sum: sum(assumed.principal) };
    return assumed.months !== undefined
      ? t('offer.assumed.price-term', { ...params, term: term(assumed.months) })
      : t('offer.assumed.price', params);
  }
  if (assumed?.principal !== undefined && assumed.months !== undefined) {
    return t('offer.assumed.both', { sum: sum(assumed.principal), term: term(assumed.months) });
  }
  if (assumed?.principal !== undefined) return t('offer.assumed.sum', { sum: sum(assumed.principal) });
  if (assumed?.months !== undefined) return t('offer.assumed.term', { term: term(assumed.months) });
  // ...or a yearly rate with a guarantor's fee and no sum (worked on the example's sum over a year).
  const example =
    (cost.main.basis === 'flat' || terms.guaranteeFeePct !== undefined) && (terms.principal === undefined || terms.months === undefined);
  if (!example) return undefined;
  // Only what the offer left out is the example's (借了二十万 月息两分: the sum is the offer's, the term the example's).
  const key = terms.principal !== undefined ? 'example-term' : terms.months !== undefined ? 'example-sum' : 'example';
  return t(`${terms.held ? 'offer.held' : 'offer'}.assumed.${key}`, {
    sum: sum(terms.principal ?? DEFAULT_PRINCIPAL),
    term: term(terms.months ?? DEFAULT_MONTHS),
  });
}

/** The lines an annual cost is judged by (current-finance.md): 4 x LPR, the 24% red flag, 36%. */
const LINES_PCT = [COST_LINES.privateCeilingPct, COST_LINES.redFlagPct, COST_LINES.maxPct];
/** Verdicts with a wording that names the compounded figure as the one judged (offer.verdict.<key>-compounded). */
const SAID_COMPOUNDED: ReadonlySet<string> = new Set([
  'within-private-ceiling',
  'above-private-ceiling',
  'above-red-flag',
  'above-36',
  'licensed-above-private-ceiling',
]);

/**
 * The verdict: one figure and its band, or, when the words allow two readings that fall in different
 * bands ("月息2分" from a private lender is often interest on what is owed, from a platform interest
 * on the original sum), both figures, what each means, and the question that settles it. The
 * advice to act follows the cheaper reading: the offer is at least that dear.
 */
function verdict(locale: Locale, cost: OfferCost, how: string, licensed = false, held = false): string {
  const t = translator(locale);
  // A loan the firm already has: the same figures, and what to do about a loan taken (repay it with a cheaper one), not signing.
  const said = held ? 'offer.held' : 'offer';
  const { main, other } = cost;
  const otherBand = other ? costBand(other.compoundedPct) : cost.band;
  // A bank's or licensed lender's offer under 24%: the private-lending ceiling named for what it covers, banks the yardstick.
  const own = (band: CostBand): string =>
    licensed && (band === 'within-private-ceiling' || band === 'above-private-ceiling') ? `licensed-${band}` : band;
  if (!other || otherBand === cost.band) {
    // "约24%（按月利率×12），按复利算约26.8%": a line between the two figures, the verdict says it is the compounded one's.
    const key = own(cost.band);
    const shown = Math.round(main.nominalPct * 10) / 10;
    const split = LINES_PCT.some((line) => Math.min(shown, main.compoundedPct) <= line && line < Math.max(shown, main.compoundedPct));
    return t(`${said}.verdict.${split && SAID_COMPOUNDED.has(key) ? `${key}-compounded` : key}`, {
      nominal: pct(locale, main.nominalPct),
      compounded: pct(locale, main.compoundedPct),
      how,
    });
  }
  const [low, high] = other.compoundedPct <= main.compoundedPct ? [other, main] : [main, other];
  const [lowBand, highBand] = other.compoundedPct <= main.compoundedPct ? [otherBand, cost.band] : [cost.band, otherBand];
  return t(`${said}.range`, {
    low: pct(locale, low.nominalPct),
    high: pct(locale, high.nominalPct),
    lowCompounded: pct(locale, low.compoundedPct),
    highCompounded: pct(locale, high.compoundedPct),
    how,
    lowBand: t(`offer.band.${own(lowBand)}`),
    highBand: t(`offer.band.${own(highBand)}`),
    action: t(`${said}.action.${own(lowBand)}`),
  });
}

/** How a reading's yearly figure was reached, as `offer.basis.<key>` names it: a daily rate x 365, a simple rate, a monthly rate x 12. */
function basisKey(r: CostReading): 'daily' | 'simple' | 'monthly' {
  return r.basis === 'daily' ? 'daily' : r.finalPayment !== undefined ? 'simple' : 'monthly';
}

function offerText(
  locale: Locale,
  terms: OfferTerms,
  cost: OfferCost | undefined,
  assumed?: AssumedTerms,
  monthly = false,
  earlier?: OfferCost,
  licensed = false,
): string {
  const t = translator(locale);
  if (!cost) return t('offer.need-more');
  const { main, other } = cost;
  const how = basisKey(main);
  const basis = offerBasis(locale, terms, cost, assumed);
  // The monthly repayment asked: said first, for each reading of the offer.
  const perMonth = monthly && main.perMonth !== undefined ? [monthlyLine(locale, main, other)] : [];
  const weighed = earlier ? [weighedLine(locale, cost, earlier)] : [];
  const lines = [
    ...(basis ? [basis] : []),
    ...perMonth,
    verdict(locale, cost, t(`offer.basis.${how}`), licensed, terms.held === true),
    // A guarantor's yearly fee added to the lender's rate (round 58): said to be in the figure.
    ...(terms.guaranteeFeePct !== undefined ? [t('offer.guarantee', { pct: pct(locale, terms.guaranteeFeePct) })] : []),
    ...weighed,
  ];
  if (other) {
    lines.push(`${BULLET}${t(`offer.reading.${main.basis}`)}${arithmetic(locale, main)}`);
    lines.push(`${BULLET}${t(`offer.reading.${other.basis}`)}${arithmetic(locale, other)}`);
  } else {
    lines.push(t('offer.how', { arithmetic: arithmetic(locale, main) }));
  }
  lines.push(costLines(locale));
  return lines.join('\n');
}

/**
 * Whether an offer costed is lawful ("is that legal?" right after its cost; round 47): its compounded rate (both readings when the
 * words allow two, the lines said for the dearer) against the lines of current-finance.md: the private-lending ceiling of 4 x the LPR (dated), whom it covers,
 * 24% as a red flag, 36% as outside the rules; then the lender's licence to check and the annual rate every loan must show.
 */
function offerLawfulText(locale: Locale, cost: OfferCost, licensed: boolean): string {
  const t = translator(locale);
  const rates = [cost.main.compoundedPct, ...(cost.other ? [cost.other.compoundedPct] : [])];
  const [low, high] = [Math.min(...rates), Math.max(...rates)];
  const band = costBand(high);
  // A bank's or licensed lender's offer under 24%: outside the private-lending ceiling, said so (as the offer's verdict does).
  const own = licensed && (band === 'within-private-ceiling' || band === 'above-private-ceiling') ? `licensed-${band}` : band;
  return [
    pct(locale, low) === pct(locale, high)
      ? t('offer-lawful.lead', { compounded: pct(locale, high) })
      : t('offer-lawful.lead-range', { low: pct(locale, low), high: pct(locale, high) }),
    t(`offer-lawful.band.${own}`, { ceiling: pct(locale, LPR.ratePct * 4), ...lprParams(locale) }),
    t(licensed ? 'offer-lawful.check-licensed' : 'offer-lawful.check'),
  ].join('\n');
}

/**
 * An offer costed, its yearly cost asked next ("年化是好多"; round 48): the verdict line again (its yearly rate, compounded, the band,
 * both readings when the words allow two), then the annual rate with all fees every lender must show, to set beside it.
 */
function offerYearlyText(locale: Locale, cost: OfferCost, licensed: boolean, held: boolean): string {
  const t = translator(locale);
  return [
    t('offer-yearly.lead'),
    verdict(locale, cost, t(`offer.basis.${basisKey(cost.main)}`), licensed, held),
    t('offer-yearly.shown'),
  ].join('\n');
}

/** Within this many points the two offers' compounded rates are called about the same. */
const SAME_COST_POINTS = 0.5;

/**
 * This offer set beside the one before, by the compounded annual rate of each one's main reading (the dearer
 * when the words allow two, as the verdict): cheaper, dearer or about the same; said when a figure is that reading.
 */
function weighedLine(locale: Locale, cost: OfferCost, earlier: OfferCost): string {
  const t = translator(locale);
  const now = cost.main.compoundedPct;
  const before = earlier.main.compoundedPct;
  const which = Math.abs(now - before) < SAME_COST_POINTS ? 'same' : now < before ? 'cheaper' : 'dearer';
  const key = cost.other || earlier.other ? 'offer.weighed.higher-reading' : 'offer.weighed.line';
  return t(key, { earlier: pct(locale, before), now: pct(locale, now), verdict: t(`offer.weighed.${which}`) });
}

/** "每月还约X元" for the offer's reading (and its other reading, when the words allow two). */
function monthlyLine(locale: Locale, main: CostReading, other: CostReading | undefined): string {
  const t = translator(locale);
  const pay = (r: CostReading) => formatCny(locale, Math.round(r.perMonth ?? 0));
  if (other?.perMonth !== undefined) {
    return t('offer.monthly-two', { main: pay(main), other: pay(other), months: formatNumber(locale, main.months ?? 0) });
  }
  return t('offer.monthly', { payment: pay(main), months: formatNumber(locale, main.months ?? 0) });
}

/** How a bank prices a business loan (LPR plus a margin, dated), and where an offer costed stands against it; its source. */
function bankPriceText(locale: Locale, offer?: OfferCost, cheapest = false): string {
  const t = translator(locale);
  const lines = [t(cheapest ? 'bank-price.cheapest' : 'bank-price.lead', lprParams(locale))];
  if (offer) {
    const rates = [offer.main.nominalPct, ...(offer.other ? [offer.other.nominalPct] : [])];
    const low = Math.min(...rates);
    const high = Math.max(...rates);
    const range = low === high ? `${pct(locale, low)}%` : t('bank-price.range', { low: pct(locale, low), high: pct(locale, high) });
    const above = offer.band !== 'within-private-ceiling';
    lines.push(t(above ? 'bank-price.offer-above' : 'bank-price.offer-within', { range, times: Math.floor(low / LPR.ratePct) }));
  }
  lines.push(t('term.source', { citations: citations(locale, ['current-finance']) }));
  return lines.join('\n');
}

/** The lines a price is judged against: the private-lending ceiling (with the LPR's date), 24%, 36%. */
function costLines(locale: Locale): string {
  return translator(locale)('offer.lines', {
    ceiling: formatNumber(locale, COST_LINES.privateCeilingPct),
    ...lprParams(locale),
    redFlag: formatNumber(locale, COST_LINES.redFlagPct),
    max: formatNumber(locale, COST_LINES.maxPct),
  });
}

function serviceText(locale: Locale, id: ServiceId, cautions: Caution[], profile: EnterpriseProfile = {}): string {
  const t = translator(locale);
  const service = SERVICES[id];
  const lines = [serviceName(locale, id), serviceSummary(locale, id), '', t('service.advantages')];
  for (const adv of service.advantages) lines.push(`${BULLET}${capitalise(locale, serviceAdvantage(locale, id, adv))}`);
  const variants = variantsOf(id);
  if (variants.length > 0) {
    lines.push(
      t('service.variants', {
        variants: variants
          .map((v) => translator(locale, 'knowledge')(`services.${id}.variants.${v}`))
          .join(locale === 'zh-CN' ? '、' : ', '),
      }),
    );
  }
  lines.push(t('service.risks', { risks: service.risks.map((r) => riskName(locale, r)).join(locale === 'zh-CN' ? '、' : ', ') }));
  if (cautions.length > 0) {
    lines.push(t('service.cautions'));
    for (const c of cautions) lines.push(`${BULLET}${renderCaution(locale, c)}`);
  }
  const steps = nextSteps(id, profile);
  if (steps.length > 0) lines.push(t('service.next-steps'), ...stepLines(locale, steps));
  lines.push(t('service.sources', { citations: citations(locale, service.citations) }));
  return lines.join('\n');
}

function risksText(locale: Locale, cautions: readonly Caution[] = []): string {
  const t = translator(locale);
  const k = translator(locale, 'knowledge');
  const lines: string[] = [];
  if (cautions.length > 0) {
    lines.push(t('risks.for-you'));
    for (const c of cautions) lines.push(`${BULLET}${renderCaution(locale, c)}`);
    lines.push('');
  }
  lines.push(t('risks.intro'));
  for (const category of ['traditional', 'internet'] as const) {
    lines.push('', k(`riskCategories.${category}`));
    for (const id of RISK_IDS.filter((r) => RISKS[r].category === category)) {
      const actions = RISKS[id].actions.map((a) => k(`risks.${id}.actions.${a}`)).join(locale === 'zh-CN' ? '；' : '; ');
      lines.push(
        `${BULLET}${riskName(locale, id)}${locale === 'zh-CN' ? '：' : ': '}${k(`risks.${id}.summary`)} ${t('risks.actions', { actions })}`,
      );
    }
  }
  lines.push('', t('risks.outro'));
  return lines.join('\n');
}

function platformText(locale: Locale, serviceId?: ServiceId): string {
  const t = translator(locale);
  const k = translator(locale, 'knowledge');
  // A named service still in business (网商银行, leasing): is it the real one, not an impostor? The
  // signs of a failing P2P platform are for P2P and for a platform not named.
  const named = serviceId !== undefined && serviceId !== 'p2p-lending';
  const lines = [named ? t('platform.named', { service: serviceName(locale, serviceId) }) : t('platform.intro')];
  COMPLIANCE_CHECKS.forEach((c, i) => {
    lines.push(`${i + 1}) ${k(`complianceChecks.${c}`)}`);
  });
  if (named) {
    lines.push('', renderCaution(locale, { id: 'official-channels', riskId: 'operational', citations: ['current-finance'] }));
    lines.push(renderNextStep(locale, 'check-licence'));
    return lines.join('\n');
  }
  lines.push('', t('platform.signs'));
  for (const s of PROBLEM_PLATFORM_SIGNS) lines.push(`${BULLET}${k(`problemSigns.${s}`)}`);
  lines.push(
    '',
    t('platform.negative', {
      items: sentenceJoin(
        locale,
        P2P_NEGATIVE_LIST.map((n) => k(`negativeList.${n}`)),
        'or',
      ),
    }),
  );
  lines.push('', renderNextStep(locale, 'check-licence'));
  return lines.join('\n');
}

/** A what-if: the owner's figures kept; the monthly repayment on the what-if's sum and term beside the owner's own. */
function whatIfText(locale: Locale, monthly?: LprInstalment & { held?: LprInstalment }): string {
  const t = translator(locale);
  if (!monthly) return t('what-if.kept');
  const held = monthly.held ? t('what-if.held', instalmentParams(locale, monthly.held)) : '';
  const line = t('what-if.monthly', { ...instalmentParams(locale, monthly), held, ...lprParams(locale) });
  return [line, t('what-if.kept')].join('\n');
}

/** A monthly repayment's figures as the wording interpolates them. */
function instalmentParams(locale: Locale, m: LprInstalment): Record<string, string> {
  return { payment: formatCny(locale, m.payment), principal: formatCny(locale, m.principal), months: formatNumber(locale, m.months) };
}

/** The interest an equal-instalment repayment comes to in all: the payments less the sum lent. */
function interestOf(m: LprInstalment): number {
  return m.payment * m.months - m.principal;
}

/** The dated one-year LPR a worked repayment rests on. */
function lprParams(locale: Locale): Record<string, string> {
  return { lpr: LPR.ratePct.toFixed(1), asOf: monthName(locale, LPR.asOf) };
}

/** `payments`: the rules on card-acquiring fees are pointed to only when the cost asked may be a payment fee. */
function costText(
  locale: Locale,
  subsidies: readonly SupportId[],
  payments: boolean,
  monthly?: LprInstalment | 'needs-terms',
  estimate?: LprInstalment,
  leased = false,
): string {
  const t = translator(locale);
  const k = translator(locale, 'knowledge');
  // The monthly repayment asked comes first: on the owner's sum and term at the dated LPR, or what is needed; the cost
  // asked in general on a loan whose sum and term are known, the interest they come to.
  const lead =
    monthly === undefined
      ? estimate === undefined
        ? []
        : [
            t('cost.estimate', {
              ...instalmentParams(locale, estimate),
              interest: formatCny(locale, interestOf(estimate)),
              ...lprParams(locale),
            }),
          ]
      : monthly === 'needs-terms'
        ? [t('cost.monthly-needs')]
        : [t('cost.monthly', { ...instalmentParams(locale, monthly), ...lprParams(locale) })];
  // A lease's cost is its total rent, told before the banks' pricing it is weighed against (round 61).
  const lines = [...lead, t('cost.intro'), ...(leased ? [t('cost.leasing')] : []), t('cost.banks')];
  if (subsidies.length > 0) {
    lines.push(t('cost.subsidies'), ...subsidies.map((id) => `${BULLET}${k(`answers.subsidies.items.${id}`)}`));
  }
  lines.push(costLines(locale), '', t('cost.offer'));
  for (const { risk, action } of COST_ACTIONS) lines.push(`${BULLET}${capitalise(locale, k(`risks.${risk}.actions.${action}`))}`);
  lines.push('', t(payments ? 'cost.outro' : 'cost.outro-loan'));
  return lines.join('\n');
}

function regulationText(locale: Locale, serviceId?: ServiceId): string {
  const t = translator(locale);
  const own = serviceId === undefined ? [] : regulationOf(serviceId);
  if (serviceId !== undefined && own.length > 0) {
    // "who regulates leasing companies": the facts that name its regulator and rules, their source, the rest offered.
    // P2P asked of (p2p 现在 还 allowed 吗, "is p2p lending still allowed"): that it is gone is the answer, said first (round 37, fix37c).
    const gone = serviceId === 'p2p-lending' ? [translator(locale, 'knowledge')('services.p2p-lending.status')] : [];
    const lines = [...gone, t('regulation.service', { service: serviceName(locale, serviceId) })];
    for (const r of renderRegulation(locale, own)) lines.push(`${BULLET}${r}`);
    const current = [...new Set(own.flatMap((f) => f.citations))].filter(isReferenceTopic);
    if (current.length > 0) lines.push(t('term.source', { citations: citations(locale, current) }));
    lines.push(t('regulation.more'));
    return lines.join('\n');
  }
  const lines = [t('regulation.intro')];
  for (const r of renderRegulation(locale)) lines.push(`${BULLET}${r}`);
  lines.push('', t('regulation.qr'));
  for (const q of renderQrLevels(locale)) lines.push(`${BULLET}${q}`);
  return lines.join('\n');
}

function p2pText(locale: Locale): string {
  return [translator(locale, 'knowledge')('services.p2p-lending.status'), '', translator(locale)('p2p.outro')].join('\n');
}

/** A plain-text case summary a human agent can pick up, in the conversation's language. */
export function summaryText(
  locale: Locale,
  profile: EnterpriseProfile,
  stage: Stage,
  listed: readonly ServiceId[],
  advisedFor?: SpokenFor,
): string {
  const t = translator(locale);
  const line = profileLine(locale, profile);
  return [
    t('summary.title'),
    t('summary.stage', { stage: t(`summary.stages.${stage}`) }),
    line ? t('summary.profile', { profile: line }) : t('summary.profile-empty'),
    // "我老爹开了个五金店": whose firm it is, for the agent who picks the case up.
    ...(advisedFor ? [t(`summary.for.${advisedFor}`)] : []),
    t('summary.recommended', {
      services: listed.length ? listed.map((id) => serviceName(locale, id)).join(locale === 'zh-CN' ? '、' : ', ') : t('summary.none'),
    }),
  ].join('\n');
}

function partText(locale: Locale, part: ReplyPart): string {
  const t = translator(locale);
  switch (part.kind) {
    case 'text': {
      const params = Object.fromEntries(Object.entries(part.params ?? {}).map(([k, v]) => [k, formatParam(locale, v)]));
      return t(part.key, params);
    }
    case 'noted': {
      const items = part.changes.map((c) => changeText(locale, c)).join(t('noted.separator'));
      return t(part.same ? 'noted.same' : part.corrected ? 'noted.correction' : 'noted.intro', { items });
    }
    case 'size-rule':
      return renderSizeRule(locale, part.industry, part.rule);
    case 'ask-size':
      return sizeQuestion(locale, part.measures, part.stillMissing);
    case 'advice':
      return layoutPieces(
        adviceItems(locale, part.profile, part.recommendations, part.cautions, part.excluded, part.fitsWell, part.leftOut),
      ).text;
    case 'service':
      return serviceText(locale, part.serviceId, part.cautions, part.profile);
    case 'risks':
      return risksText(locale, part.cautions);
    case 'term':
      return termText(locale, part.term);
    case 'bank-price':
      return bankPriceText(locale, part.offer, part.cheapest === true);
    case 'answer':
      return part.again ? translator(locale, 'knowledge')(`answers.again.${part.answer.question}`) : answerText(locale, part.answer);
    case 'offer':
      return offerText(locale, part.terms, part.cost, part.assumed, part.monthly === true, part.earlier, part.licensed === true);
    case 'offer-lawful':
      return offerLawfulText(locale, part.cost, part.licensed === true);
    case 'offer-yearly':
      return offerYearlyText(locale, part.cost, part.licensed === true, part.held === true);
    case 'platform-check':
      return platformText(locale, part.serviceId);
    case 'regulation':
      return regulationText(locale, part.serviceId);
    case 'cost':
      return costText(locale, part.subsidies, part.payments, part.monthly, part.estimate, part.leased === true);
    case 'what-if':
      return whatIfText(locale, part.monthly);
    case 'p2p-status':
      return p2pText(locale);
    case 'summary':
      return summaryText(locale, part.profile, part.stage, part.listed, part.advisedFor);
  }
}

/** A choice's label never changes while the process runs: each is rendered once, not per reply. */
const LABELS = new Map<string, string>();

/** A choice's label, as a button shows it (capitalised in English: "Working capital"). */
export function choiceLabel(locale: Locale, id: ChoiceId): string {
  const key = `${locale}|${id}`;
  const known = LABELS.get(key);
  if (known !== undefined) return known;
  const label = capitalise(locale, choiceWords(locale, id));
  LABELS.set(key, label);
  return label;
}

function choiceWords(locale: Locale, id: ChoiceId): string {
  const t = translator(locale);
  const [kind, value = ''] = id.split(':') as [string, string | undefined];
  switch (kind) {
    case 'industry':
      return t(`choices.industry.${value}`);
    case 'purpose':
      return purposeName(locale, value as Parameters<typeof purposeName>[1]);
    case 'size':
      return sizeClassName(locale, value as Parameters<typeof sizeClassName>[1]);
    case 'service':
      return serviceName(locale, value as ServiceId);
    case 'cmd':
      return t(`choices.cmd.${value}`);
    case 'lang':
      return t(`choices.lang.${value}`);
    case 'sum':
      return t(`choices.sum.${value}`);
    case 'term':
      return formatTerm(locale, Number(value));
    default:
      return t(`choices.${kind}`);
  }
}

function partItems(locale: Locale, part: ReplyPart): Piece[] {
  if (part.kind === 'advice')
    return adviceItems(locale, part.profile, part.recommendations, part.cautions, part.excluded, part.fitsWell, part.leftOut);
  return [textItem(partText(locale, part))];
}

export function renderReply(locale: Locale, reply: DialogReply): Reply {
  const pieces = reply.parts.flatMap((p) => partItems(locale, p));
  const { text, items } = layoutPieces(pieces);
  return {
    text,
    choices: reply.choices.map((id) => ({ id, label: choiceLabel(locale, id) })),
    choiceMode: reply.choiceMode,
    ...(items.some((item) => item.kind !== 'text') ? { items } : {}),
  };
}
