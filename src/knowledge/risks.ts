// The eight risk types of the paper's §3: five traditional financial risks (§3.1) that Internet
// finance inherits, three that the Internet adds (§3.2). Each names its causes as the paper gives
// them and what a small firm can do about it; wording under `risks.<id>` in the locales.

import type { Citation } from './citations';
import type { RiskId } from './ids';

export type RiskCategory = 'traditional' | 'internet';

export interface RiskFacts {
  id: RiskId;
  category: RiskCategory;
  citations: readonly Citation[];
  /** Cause ids, text under `risks.<id>.causes.<cause>`. */
  causes: readonly string[];
  /** What a small firm can do, text under `risks.<id>.actions.<action>`. */
  actions: readonly string[];
}

const RISK_LIST: readonly RiskFacts[] = [
  {
    id: 'systemic',
    category: 'traditional',
    citations: ['§3.1'],
    causes: ['structural-imbalance', 'credit-mismatch', 'supervision-lag', 'fast-spread'],
    actions: ['diversify-funding', 'watch-policy'],
  },
  {
    id: 'market',
    category: 'traditional',
    citations: ['§3.1'],
    causes: ['rates-fx-prices', 'online-sensitivity', 'immature-market'],
    actions: ['fixed-terms', 'hedge-fx'],
  },
  {
    id: 'operational',
    category: 'traditional',
    citations: ['§3.1'],
    causes: ['human-error', 'system-flaws', 'third-party'],
    actions: ['separate-duties', 'train-staff', 'reconcile'],
  },
  {
    id: 'liquidity',
    category: 'traditional',
    citations: ['§3.1'],
    causes: ['no-interbank', 'no-central-bank-support', 'mass-withdrawal'],
    actions: ['cash-buffer', 'match-terms'],
  },
  {
    id: 'credit',
    category: 'traditional',
    citations: ['§3.1'],
    causes: ['weak-credit-system', 'high-returns-unreliable', 'information-asymmetry'],
    actions: ['verify-counterparty', 'distrust-high-returns', 'full-cost'],
  },
  {
    id: 'technical',
    category: 'internet',
    citations: ['§3.2'],
    causes: ['system-defects', 'hackers-viruses', 'unauthorised-access', 'outsourcing'],
    actions: ['official-channels', 'update-devices', 'backup-records'],
  },
  {
    id: 'information-security',
    category: 'internet',
    citations: ['§3.2'],
    causes: ['immature-protection', 'weak-data-awareness', 'leaks-identity'],
    actions: ['minimum-authorisation', 'protect-credentials', 'check-privacy-terms'],
  },
  {
    id: 'legal-policy',
    category: 'internet',
    citations: ['§3.2', '§4.1'],
    causes: ['law-lags', 'mixed-operation', 'money-laundering'],
    actions: ['licensed-only', 'written-contracts', 'follow-rules'],
  },
];

export const RISKS: Readonly<Record<RiskId, RiskFacts>> = Object.fromEntries(RISK_LIST.map((r) => [r.id, r])) as Record<RiskId, RiskFacts>;

/**
 * What a firm asking "what does it cost?" should do: the bot quotes no rates or fees (they differ
 * by platform, product and credit, and change), so it answers with the paper's own advice on the
 * price of money, the actions of the credit and market risks (§3.1).
 */
export const COST_ACTIONS: readonly { risk: RiskId; action: string }[] = [
  { risk: 'credit', action: 'full-cost' },
  { risk: 'market', action: 'fixed-terms' },
  { risk: 'credit', action: 'verify-counterparty' },
];
