// What the costing tests share: the Pu'er coffee roaster they play (the same firm told in both languages, its profile kept through
// every costing), the line every costing ends with (the private-lending ceiling, its LPR dated) and the lines a cost asked in general
// closes with (the offer to work one out, what to do before signing).

import type { EnterpriseProfile } from '../../src/knowledge/profile';

/** The roaster's own figures, kept through every costing and what-if. */
export const ROASTER: EnterpriseProfile = {
  assetBought: true,
  industry: 'industry',
  employees: 12,
  annualRevenueCny: 3000000,
  purpose: 'equipment-expansion',
  amount: { value: 400000, currency: 'CNY' },
  termMonths: 36,
  sizeClass: 'micro',
  sizeClassSource: 'standard',
};

/** The line every costing ends with: the private-lending ceiling, its LPR dated. */
export const ZH_CEILING =
  '对照：民间借贷受法律保护的上限是一年期LPR的4倍，即12%（LPR 3.0%是2026年3月的数字，这里核实到的最新一期；LPR每月20日公布，请查最新）；综合成本超过24%要警惕；超过36%不被允许。银行和持牌小贷、融资租赁等机构不受4倍LPR这条上限约束，但也必须标明年化利率。';
export const EN_CEILING =
  'For comparison: courts protect private-lending interest up to 4 x the one-year LPR, that is 12% (LPR 3.0%, the figure as of March 2026, the latest verified here; it is published on the 20th of each month, check the latest); an all-in cost above 24% is a red flag; above 36% is not allowed. Banks and licensed micro-loan and leasing companies are outside the 4 x LPR ceiling, but must also show the annual rate.';

/** The lines a cost asked in general ends with: an offer to work out the true cost, what to do before signing, the licence check. */
export const ZH_OFFER = [
  '把对方的报价告诉我（借多少、每月还多少、还几个月、先扣多少费用），我帮您算真实的年化成本。办理前请做到：',
  '· 借款前算清年化综合成本，包括各种服务费',
  '· 借款时问清利率是固定还是浮动，按最坏情况测算还款',
  '· 核实对方的营业执照、金融牌照和经营记录',
  '',
  '想确认放贷方是否持牌合规，请回复“核查平台”。',
];
export const EN_OFFER = [
  'Tell me an offer (how much, how much a month, how many months, any fee deducted) and I will work out its true annual cost. Before you sign:',
  '· Work out the full annual cost of a loan, fees included, before you borrow',
  "· Ask whether a loan's rate is fixed or floating and plan repayments for the worst case",
  "· Check the other party's business licence, financial licence and track record",
  '',
  'To check that a lender is licensed, reply "check a platform".',
];
