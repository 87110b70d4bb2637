// Where a fact comes from: a section or table of the paper (Rong Wu, "Discussion on Yunnan Small
// and Micro Enterprises' Choice of Internet Financial Services", 2018) or one of the verified
// reference files that correct or complete it. Every reason and caution carries these, so an
// adviser reading a reply can check it.

export const PAPER_SECTIONS = [
  '§1',
  '§2',
  '§2.1',
  '§2.2',
  '§2.3',
  '§2.4',
  '§2.5',
  '§2.6',
  'Table 1',
  '§3',
  '§3.1',
  '§3.2',
  '§4',
  '§4.1',
  '§4.2',
  '§4.2.1',
  '§4.2.2',
  'Table 2',
  '§5',
  '§6',
] as const;
export type PaperSection = (typeof PAPER_SECTIONS)[number];

/** The verified reference facts (docs/knowledge.md), named by their topic. */
export const REFERENCE_TOPICS = [
  'sme-size-standard',
  'p2p-and-online-lending-status',
  'payment-regulation',
  // current-finance.md (checked November 2026): the cost of a loan, where to apply, fraud and
  // illegal routes, what became of the paper's 2018 examples.
  'current-finance',
] as const;
export type ReferenceTopic = (typeof REFERENCE_TOPICS)[number];

export type Citation = PaperSection | ReferenceTopic;

export const CITATIONS: readonly Citation[] = [...PAPER_SECTIONS, ...REFERENCE_TOPICS];

const TOPICS: ReadonlySet<Citation> = new Set(REFERENCE_TOPICS);
/** A current reference rather than a section of the paper: what an owner's reply may name. */
export function isReferenceTopic(c: Citation): c is ReferenceTopic {
  return TOPICS.has(c);
}

/** Merges citation lists, keeping the first occurrence order (paper order reads naturally). */
export function mergeCitations(...lists: ReadonlyArray<readonly Citation[]>): Citation[] {
  return [...new Set(lists.flat())];
}
