// The assembler: turns the mentions that survived the refiners into the fields of an
// `Understanding`, each with the rule that produced it. Precedence between mentions of one kind
// lives here and nowhere else: the industry of highest priority (earliest on a tie, a side line
// only when nothing else is named), the purpose first in the word lists' order, the first size.

import type { Understanding } from '../types';
import { WEAK_INDUSTRY_PRIORITY } from '../lexicon/index';
import type { Slots } from './figures';
import { BARE_RENOVATION } from './refiners/renovation';
import { ofKind, scopes, type MentionOf, type State } from './mention';

export type RuleField = Exclude<keyof Understanding, 'language' | 'rules'>;
export type Rules = Partial<Record<RuleField, string>>;

/** Drops fields a refiner finds the message does not give, each dropped one recorded with why under the refiner's name. */
export function dropFields(
  state: State,
  u: Understanding,
  rules: Rules,
  keys: readonly RuleField[],
  refiner: string,
  because: string,
): void {
  for (const key of keys) {
    if (u[key] === undefined) continue;
    state.decisions.push({ refiner, action: 'drop', mention: `${key}:${JSON.stringify(u[key])}`, because });
    delete u[key];
    delete rules[key];
  }
}

function bestIndustry(mentions: readonly MentionOf<'industry'>[]): MentionOf<'industry'> | undefined {
  let best: MentionOf<'industry'> | undefined;
  for (const m of mentions) {
    if (best === undefined || m.priority > best.priority || (m.priority === best.priority && m.start < best.start)) best = m;
  }
  return best;
}

function industry(state: State, u: Understanding, rules: Rules): void {
  const all = ofKind(state, 'industry');
  const primary = bestIndustry(all.filter((m) => !m.also));
  const chosen = primary ?? bestIndustry(all);
  if (chosen === undefined) return;
  u.industry = chosen.value;
  rules.industry = chosen.rule;
  if (chosen.priority <= WEAK_INDUSTRY_PRIORITY) u.industryWeak = true;
  if (primary === undefined) u.industryAlso = true;
}

function first<M extends { rank: number }>(mentions: readonly M[]): M | undefined {
  let best: M | undefined;
  for (const m of mentions) if (best === undefined || m.rank < best.rank) best = m;
  return best;
}

/** Purposes that raise no money: payments collected or settled across the border. */
const PAYMENTS_ONLY: ReadonlySet<string> = new Set(['payment-collection', 'cross-border-settlement']);
/** Trade finance named (押汇, 贸易融资, trade finance): money borrowed on the goods. */
const TRADE_FINANCE = /押汇|贸易融资|trade financ/;
/** Purposes that are money borrowed (the bot's funding needs). */
const FUNDING: ReadonlySet<string> = new Set(['working-capital', 'equipment-expansion', 'renovation', 'startup', 'product-innovation']);

/**
 * The purpose, first in the word lists' order; but money to borrow named beside payments ("cross-border payment
 * in kip, and trade finance for 3 months", "要做跨境收款 还想借点钱周转") is the need: the payments stay as the
 * firm's cross-border or collection situation, and the financing need is not dropped for them.
 */
function needFirst(state: State): MentionOf<'purpose'> | undefined {
  const mentions = ofKind(state, 'purpose');
  const best = first(mentions);
  if (best === undefined || !PAYMENTS_ONLY.has(best.value)) return best;
  // Borrowing said (借, 贷, a loan wanted), or trade finance named: not goods' payments (货款) alone.
  const borrowing = hasFlag(state, 'borrow-wish') !== undefined;
  const funding = mentions.filter((m) => FUNDING.has(m.value) && (borrowing || TRADE_FINANCE.test(state.text.slice(m.start, m.end))));
  return first(funding) ?? best;
}

function hasFlag(state: State, name: MentionOf<'flag'>['value']): MentionOf<'flag'> | undefined {
  return ofKind(state, 'flag').find((m) => m.value === name);
}

/** true when the message says so, false when it only denies it, undefined when silent. */
function fact(
  state: State,
  name: 'cross-border' | 'online-sales',
  denial: 'market-denial' | 'online-denial',
): { value: boolean; rule: string } | undefined {
  const said = hasFlag(state, name);
  if (said !== undefined) return { value: true, rule: said.rule };
  const denied = scopes(state, denial)[0];
  return denied === undefined ? undefined : { value: false, rule: denied.rule };
}

export function assemble(state: State, u: Understanding, slots: Slots, rules: Rules): void {
  const { rules: slotRules, costs: _, ...values } = slots;
  // An item number a details request named ("第二个详细说说") is the number.
  if (u.number !== undefined) delete values.number;
  Object.assign(u, values);
  Object.assign(rules, slotRules);
  industry(state, u, rules);
  const correcting = hasFlag(state, 'correcting');
  if (correcting !== undefined) {
    u.correcting = true;
    rules.correcting = correcting.rule;
  }
  // Replacing says an unlabelled sum is the amount: with no such sum ("人数说少了 应该是二十二个人",
  // "i meant 12 staff") there is nothing for it to say.
  const replacing = hasFlag(state, 'replacing');
  if (replacing !== undefined && u.money !== undefined) {
    u.replacing = true;
    rules.replacing = replacing.rule;
  } else if (u.deniedMoney !== undefined && u.money !== undefined) {
    // A sum taken back and an unlabelled sum given in its place (我刚才讲错了 不是三十万 是五十万): the new sum replaces it,
    // whatever words of a slip come before.
    u.replacing = true;
    rules.replacing = 'a sum denied and an unlabelled sum given';
  }
  if (BARE_RENOVATION.test(state.text)) {
    u.tradeOrPurpose = true;
    rules.tradeOrPurpose = 'bare "装修"';
  }
  const purpose = needFirst(state);
  if (purpose?.value === 'information' && hasFlag(state, 'borrow-wish') !== undefined) {
    // "我想了解一下，我们开客栈的想借点钱": a wish to borrow, not just finding out.
    if (u.command === undefined) {
      u.command = 'advice';
      rules.command = `${purpose.rule} with ${hasFlag(state, 'borrow-wish')?.rule ?? ''}`;
    }
  } else if (purpose?.value === 'information' && (u.service !== undefined || u.number !== undefined)) {
    // "想了解一下众筹" asks about the service; it does not say the firm is only browsing.
    if (u.command === undefined) {
      u.command = 'details';
      rules.command = `${purpose.rule} about a service`;
    }
  } else if (purpose !== undefined) {
    u.purpose = purpose.value;
    rules.purpose = purpose.rule;
  }
  const size = first(ofKind(state, 'size'));
  if (size !== undefined) {
    u.declaredSize = size.value;
    rules.declaredSize = size.rule;
  }
  const crossBorder = fact(state, 'cross-border', 'market-denial');
  if (crossBorder !== undefined) {
    u.crossBorder = crossBorder.value;
    rules.crossBorder = crossBorder.rule;
  }
  const online = fact(state, 'online-sales', 'online-denial');
  if (online !== undefined) {
    u.onlineSales = online.value;
    rules.onlineSales = online.rule;
  }
  const owed = hasFlag(state, 'buyer-owes');
  if (owed !== undefined) {
    u.buyerOwes = true;
    rules.buyerOwes = owed.rule;
  }
  asked(state, u, rules);
}

/** A direct question, else an offer's terms (refiners/direct-question.ts has dropped the profile's mentions). */
function asked(state: State, u: Understanding, rules: Rules): void {
  const question = ofKind(state, 'question')[0];
  if (question !== undefined) {
    u.question = question.value;
    rules.question = question.rule;
  }
  const offer = ofKind(state, 'offer')[0];
  if (offer !== undefined) {
    u.offer = offer.value;
    rules.offer = offer.rule;
  }
  const term = ofKind(state, 'term')[0];
  if (term !== undefined) {
    u.term = term.value;
    rules.term = term.rule;
  }
}
