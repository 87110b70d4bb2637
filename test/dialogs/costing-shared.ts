// What the costing tests share: the Pu'er coffee roaster they play (the same firm told in both languages, its profile kept through
// every costing) and the line every costing ends with (the private-lending ceiling, its LPR dated).

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
