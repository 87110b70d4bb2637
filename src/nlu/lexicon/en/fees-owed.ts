// A service firm's fees, named as the money owed it (round 35, fix35b, corpus convention 219): "clients owe us design fees", "3 months
// late paying our consulting fees". Read over the whole message once the receivables question is asked: the fees-owed question.

/** The kinds of service a fee is for: design, consulting, training, tuition, legal, advertising. */
const SERVICE_KINDS = [
  'design',
  'consulting',
  'consultancy',
  'service',
  'training',
  'tuition',
  'course',
  'class',
  'lesson',
  'legal',
  'advertising',
  'marketing',
  'management',
  'maintenance',
  'development',
  'dev',
  'inspection',
  'testing',
  'cleaning',
  'repair',
  'installation',
  'agency',
  'translation',
  'tutoring',
  'medical',
  'audit',
  'accounting',
  'bookkeeping',
  'software',
  'project',
  'professional',
  'survey',
  'labou?r',
].join('|');

/** A service's fee by the service: "design fees", "our consulting fee", "fees for the training". */
const FEES_OF_A_SERVICE_EN = String.raw`\b(?:${SERVICE_KINDS})\s+fees?\b|\bfees?\s+(?:for|on)\s+(?:the\s+|our\s+)?(?:${SERVICE_KINDS})`;
/** Fees said owed the firm: "they owe us fees", "owes me two months' fees", "the fees they owe", "fees still unpaid". */
const FEES_OWED_US_EN = String.raw`\b(?:owe|owes|owed|owing)\s+(?:us|me)\s+(?:\w+\s+){0,2}?fees?\b|\bfees?\b[^.?!]{0,20}\b(?:owe|owes|owed|owing|unpaid|outstanding|overdue)\b`;
/** A service's fee named: "design fees", "our consulting fee", "fees for the training", "the fees they owe". */
export const SERVICE_FEES_NAMED_EN = new RegExp(`${FEES_OF_A_SERVICE_EN}|${FEES_OWED_US_EN}`);

/**
 * Goods' money named as what is owed ("owes us 300k for the cement", "payment for the goods", "for the last shipment"): the debt is a
 * goods debt, whatever fee a lender or factor charges beside it (round 35, the review of the merge).
 */
export const GOODS_MONEY_OWED_EN =
  /\b(?:owe|owes|owed|owing)\s+(?:us|me)\b[^.?!]{0,20}\bfor\s+(?:the|our)\s+(?!(?:\w+\s+)?fees?\b)\w+|\b(?:goods|stock|materials|produce|shipments?|deliver(?:y|ies))\b/;
