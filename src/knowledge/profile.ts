// The enterprise profile the conversation builds and the recommender reads. Its shape is the
// `profile` of the contract's ConversationView, so the API can expose it as it is.

import type { IndustryId, PurposeId, SizeClass } from './ids';

/** An amount of money as the user said it; `currency` is ISO 4217, "CNY" when not said. */
export interface Money {
  value: number;
  currency: string;
}

export interface EnterpriseProfile {
  industry?: IndustryId;
  /** Trades across the border (Vietnam, Laos, Myanmar... or import/export in general). */
  crossBorder?: boolean;
  /** Sells on e-commerce platforms (Taobao, JD, Pinduoduo, Douyin, Shopee...). */
  onlineSales?: boolean;
  /** A buyer owes the firm money (a large customer, a general contractor): a receivable to lend on. */
  buyerOwes?: boolean;
  employees?: number;
  /** Annual revenue in yuan (not 万). */
  annualRevenueCny?: number;
  /** Total assets in yuan (not 万). */
  totalAssetsCny?: number;
  sizeClass?: SizeClass;
  /** `standard`: computed with the 2011 SME size standard; `declared`: the user said so. */
  sizeClassSource?: 'standard' | 'declared';
  purpose?: PurposeId;
  /**
   * The owner said what the money buys is an asset (true): a machine, a vehicle, a cold room, equipment ("想借30万买个冷库",
   * "need a new oven"), what leasing finances whatever the trade (round 24; services.ts); or premises opened instead
   * (false): another shop, a branch ("开第二家店", "open a second branch"), which leasing does not finance (round 25).
   */
  assetBought?: boolean;
  amount?: Money;
  termMonths?: number;
}
