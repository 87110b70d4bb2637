// What the pipeline passes around: mentions, spans of the message that say one thing, each with
// the rule that found it, and the trace of what each refiner decided about them. Extractors make
// mentions, refiners drop or relabel them, the assembler reads the survivors.

import type { OfferTerms } from '../../knowledge/cost';
import { type IndustryId, OWED_QUESTIONS, type PurposeId, type QuestionId, type ServiceId, type SizeClass } from '../../knowledge/ids';
import type { TermId } from '../../knowledge/terms';
import type { FigureMark, MoneySlot } from '../lexicon/types';
import type { Quantity } from '../numbers';

/**
 * Stretches of the message that change what the words in them mean: a service's name (its words
 * are no purpose or cue), a denial, things bought, customers supplied, a side line, a denied
 * market, renovation as a trade, a size word that names no class, a question, a question whether
 * a kind of firm may borrow (eligibility), what might be (hypothetical), a relative's firm, a lender's or agent's words (a loan
 * someone else offers).
 */
export type ScopeKind =
  | 'what-if'
  // A condition, then a question ("if sales hit 3m would we still count as micro", 借二十万的话 一个月还多少):
  // no fact of the firm in it; the loan's sum and term in it are the owner's, asked about (not hypothetical).
  | 'condition'
  | 'service'
  | 'denial'
  | 'purchase-denied'
  // A cost said risen, told (房租涨了, "rent went up"): its words name no purpose (round 34).
  | 'cost-risen'
  | 'bought'
  | 'more-premises'
  | 'customers'
  | 'served-shops'
  | 'partnership'
  | 'former'
  | 'hypothetical'
  | 'sold-goods'
  | 'existing-loan'
  // Sales hoped for or aimed at (明年争取做到两百万, "hope to hit 2m next year"): no revenue now, no sum wanted.
  | 'sales-target'
  // Sales so far in a firm's first months (开业快半年了 一共卖了二十来万, "revenue so far about 200k"): no year's revenue.
  | 'sales-so-far'
  | 'landmark'
  // Whoever does work or sells to the firm, named as they price it (包工头报价, "builder quoted 350k"): no trade of the firm's.
  | 'provider'
  // A season of the trade's work named (采茶季, tea picking season): a time, its produce and buying no trade (round 21).
  | 'season'
  // The sale the loan waits for (等咖啡卖了就还, "till the beans are sold"): its goods no trade (round 60, convention 714).
  | 'repaid-after'
  | 'origin'
  | 'side-line'
  | 'market-denial'
  | 'online-denial'
  | 'renovation-trade'
  | 'buying-trade'
  | 'size-ignore'
  | 'question'
  | 'eligibility'
  | 'relative'
  | 'lender';

/** Yes/no facts a word can state: cross-border trade, online sales, a correction, a replacement, a wish to borrow. */
export type FlagName = 'cross-border' | 'online-sales' | 'buyer-owes' | 'correcting' | 'replacing' | 'borrow-wish';

interface Span {
  start: number;
  end: number;
  /** The rule that found it: "<list>:<id>" and the words matched. */
  rule: string;
}

export type Mention =
  | (Span & { kind: 'service'; value: ServiceId })
  | (Span & { kind: 'industry'; value: IndustryId; priority: number; also?: true })
  | (Span & { kind: 'purpose'; value: PurposeId; rank: number })
  | (Span & { kind: 'size'; value: SizeClass; rank: number })
  | (Span & { kind: 'flag'; value: FlagName })
  | (Span & { kind: 'cue'; value: MoneySlot })
  | (Span & { kind: 'mark'; value: FigureMark })
  | (Span & { kind: 'quantity'; value: Quantity })
  | (Span & { kind: 'role'; value: StaffRole })
  | (Span & { kind: 'scope'; value: ScopeKind })
  | (Span & { kind: 'question'; value: QuestionId; rank: number })
  | (Span & { kind: 'offer'; value: OfferTerms })
  | (Span & { kind: 'term'; value: TermId; pointed?: true })
  | (Span & { kind: 'purpose-detail'; value: PurposeDetail });

/** What narrows a broad purpose: renovating the premises, starting a firm with no revenue yet. */
export type PurposeDetail = Extract<PurposeId, 'renovation' | 'startup'>;

export type MentionKind = Mention['kind'];
export type MentionOf<K extends MentionKind> = Extract<Mention, { kind: K }>;

/** A word for a kind of staff ("厨师", "drivers"): head counts next to different roles add up. */
export type StaffRole = string;

/** One refiner's decision about one mention, for `npm run nlu` and `Understanding.rules`. */
export interface Decision {
  refiner: string;
  action: 'drop' | 'relabel' | 'note';
  mention: string;
  because: string;
}

export interface State {
  /** The normalize()d message. */
  text: string;
  mentions: Mention[];
  decisions: Decision[];
}

/** The questions of money owed to the firm (knowledge/ids.ts), as the pipeline's mentions hold them: plain strings. */
export const OWED_ASKED: ReadonlySet<string> = OWED_QUESTIONS;

export function describe(m: Mention): string {
  const value =
    m.kind === 'quantity'
      ? `${m.value.kind} ${m.value.value}${m.value.kind === 'money' ? ` ${m.value.currency}` : ''}`
      : m.kind === 'offer'
        ? JSON.stringify(m.value)
        : String(m.value);
  return `${m.kind} ${value} [${m.start},${m.end}) ${m.rule}`;
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

export function scopes(state: State, kind: ScopeKind): MentionOf<'scope'>[] {
  return state.mentions.filter((m): m is MentionOf<'scope'> => m.kind === 'scope' && m.value === kind);
}

export function ofKind<K extends MentionKind>(state: State, kind: K): MentionOf<K>[] {
  return state.mentions.filter((m): m is MentionOf<K> => m.kind === kind);
}

/** Drops the mentions `which` selects, recording why under the refiner's name. */
export function drop(state: State, refiner: string, which: (m: Mention) => boolean, because: string): void {
  state.mentions = state.mentions.filter((m) => {
    if (!which(m)) return true;
    state.decisions.push({ refiner, action: 'drop', mention: describe(m), because });
    return false;
  });
}

/** Drops the mentions `which` selects that stand inside a scope of `kind` (nothing when the message has none). */
export function dropInside(state: State, refiner: string, kind: ScopeKind, which: (m: Mention) => boolean, because: string): void {
  const spans = scopes(state, kind);
  if (spans.length === 0) return;
  drop(state, refiner, (m) => which(m) && spans.some((s) => overlaps(s, m)), because);
}

/** A sum of money read by the number grammar (a quantity of kind money). */
export function isMoney(m: Mention): boolean {
  return m.kind === 'quantity' && m.value.kind === 'money';
}

/** A flag of one of these values ("cross-border", "online-sales", "borrow-wish"). */
export function isFlag(m: Mention, ...values: readonly string[]): boolean {
  return m.kind === 'flag' && values.includes(m.value);
}

export function note(state: State, refiner: string, m: Mention, action: Decision['action'], because: string): void {
  state.decisions.push({ refiner, action, mention: describe(m), because });
}

/**
 * The role of the owners named with no word that sets the staff beside them ("my husband and i run
 * a homestay, one cleaner"): heads beside staff counted, none alone ("my wife and i run a guesthouse"
 * says who runs it). Like `household`, the owner and the people named.
 */
export const OWNERS_ONLY_BESIDE = 'owners-named';
/** Whether a role is the owner and the people named with them (`household`, `owners-named`). */
/**
 * One of the family at work beside the staff counted (老板娘管账, "my husband cooks"): a head each, never the
 * owners' group said twice (the owner at work and the spouse at work are two heads).
 */
export const AT_WORK = 'at-work';
export const isHouseholdRole = (role: string | undefined): boolean =>
  role === 'household' || role === OWNERS_ONLY_BESIDE || role === AT_WORK;
