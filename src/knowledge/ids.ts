// The ids the outside world relies on (README.md, the help-desk API), as string-literal unions
// with the arrays they come from. Knowledge, NLU, the dialog machine, the locales and the API all
// speak in these ids; human wording for each lives in locales/<lng>/, never here.

export const SERVICE_IDS = [
  'third-party-payment',
  'p2p-lending',
  'big-data-finance',
  'crowdfunding',
  'online-financial-institution',
  'finance-portal',
  'supply-chain-finance',
  'financial-leasing',
  'investment-loan-linkage',
] as const;
export type ServiceId = (typeof SERVICE_IDS)[number];

export const BIG_DATA_VARIANTS = ['microloan', 'supply-chain'] as const;
/**
 * `reward`: pre-sale of a product (people pay now for the product later), added 2026-11 from
 * ../shared/reference/current-finance.md: commerce, not securities, and the only form a small
 * firm can use today (there is no approved public equity crowdfunding; lending is P2P, gone).
 */
export const CROWDFUNDING_VARIANTS = ['donation', 'lending', 'equity', 'reward'] as const;
export const PORTAL_VARIANTS = [
  'information-platform',
  'vertical-search',
  'financial-supermarket',
  'p2p-portal',
  'credit-portal',
  'insurance-portal',
  'wealth-management-portal',
  'integrated-portal',
] as const;

/** Variants exist for three services only; the others have none. */
export const SERVICE_VARIANTS = {
  'big-data-finance': BIG_DATA_VARIANTS,
  crowdfunding: CROWDFUNDING_VARIANTS,
  'finance-portal': PORTAL_VARIANTS,
} as const;
export type ServiceWithVariants = keyof typeof SERVICE_VARIANTS;
export type VariantOf<S extends ServiceId> = S extends ServiceWithVariants ? (typeof SERVICE_VARIANTS)[S][number] : never;
export type ServiceVariant = VariantOf<ServiceWithVariants>;

export const RISK_IDS = [
  'systemic',
  'market',
  'operational',
  'liquidity',
  'credit',
  'technical',
  'information-security',
  'legal-policy',
] as const;
export type RiskId = (typeof RISK_IDS)[number];

export const INDUSTRY_IDS = [
  'agriculture',
  'industry',
  'construction',
  'wholesale',
  'retail',
  'transport',
  'warehousing',
  'postal',
  'accommodation',
  'catering',
  'information-transmission',
  'software-it',
  'real-estate',
  'property-management',
  'leasing-business-services',
  'other',
] as const;
export type IndustryId = (typeof INDUSTRY_IDS)[number];

export const SIZE_CLASSES = ['micro', 'small', 'medium', 'large'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];

export const PURPOSE_IDS = [
  'working-capital',
  'equipment-expansion',
  'product-innovation',
  'payment-collection',
  'cross-border-settlement',
  'wealth-management',
  'information',
  // Refinements (2026-11): renovating premises (there is no asset to lease), and starting a firm
  // that has no revenue yet (no trading history to lend on: the startup guaranteed loan).
  'renovation',
  'startup',
] as const;
export type PurposeId = (typeof PURPOSE_IDS)[number];

/** The purposes the purpose question offers as numbered choices; the refinements come from words. */
export const PURPOSE_CHOICES: readonly PurposeId[] = [
  'working-capital',
  'equipment-expansion',
  'product-innovation',
  'payment-collection',
  'cross-border-settlement',
  'wealth-management',
  'information',
];

/**
 * Purposes that raise no money (collecting payments, settling across the border, just learning),
 * so the bot asks neither an amount nor a term for them.
 */
export const PURPOSES_WITHOUT_FUNDING: readonly PurposeId[] = ['payment-collection', 'cross-border-settlement', 'information'];

/**
 * Direct questions the bot answers plainly, first, whatever stage the conversation is in
 * (answers.ts). The fraud checks name the pattern the message describes.
 */
export const QUESTION_IDS = [
  // "钱已经转了2000了", "i already sent him 2000, should i report him?": money already lost to a
  // fraud: what to do now (110, the bank, the records, 96110), before any other check.
  'fraud-money-sent',
  // "有人用假的付款截图骗我", "a customer showed a fake payment screenshot": a fake proof of payment,
  // what to do now and how to take payments from now on.
  'fraud-fake-payment',
  // "担保公司说要先交3%的保证金": a guarantee company's fee is no fraud by itself: check its licence.
  'guarantee-fee',
  // "征信修复", "they can clean my credit record for a fee": a true record cannot be bought off; the report is free (round 35).
  'credit-repair',
  // "有人冒充我老板 叫我往新账户转五万", "my boss's wechat got hacked and they asked me to send 30k": someone the owner knows
  // impersonated, money asked: reach the person on a number already known first (round 50).
  'fraud-impersonation',
  // "自称税务局的打电话 讲退税要先转三百手续费", "a caller from 'customs' wants a deposit or they open a case": someone claiming a
  // government office asks money paid first or moved into an account he gives: hang up and call the office on its own public number (round 51).
  'fraud-official-impersonation',
  // "还没转 我心里慌得很", "no i havent paid them" right after a fraud's answer: good, send nothing, stop answering them (round 52).
  'fraud-not-sent',
  // "那我打哪个电话问", "who do i call first" right after a fraud's answer: the number for each case (110, the bank, 96110, the office's own).
  'fraud-who-to-call',
  // "拼多多客服讲店铺保证金不够 要往他给的账户补三千", "the buyer wants a 2000 inspection fee before he orders": money asked first to keep a shop
  // or to win an order, by a platform's service claimed or a buyer: check in the platform's own app or on the buyer's own number (round 53).
  'fraud-trade-fee',
  'fraud-advance-fee',
  'fraud-guaranteed-returns',
  'fraud-personal-account',
  'fraud-fake-app',
  // "不要资料 不看征信 五分钟到账 真的假的", "no paperwork, bad credit ok, legit?": a loan promised with no papers or checks.
  'fraud-no-checks',
  'fraud-p2p-style',
  // "保理是不是骗人的", "factoring a scam?": whether factoring itself is lawful, and how to tell a real factor.
  'factoring-legit',
  // "网商银行格靠谱", "is mybank a real bank?": whether a named platform is licensed, and what it is.
  'platform-legit',
  // "砍头息是哪样", "they take the interest out first, is that allowed?": interest deducted at payout.
  'upfront-interest',
  // "大额存单能不能提前取", "can i take a fixed deposit out early?", 起存要多少: a deposit product's own terms (round 55).
  'deposit-terms',
  // "余额宝格安全", "is yuebao safe?": money-market funds in a payment wallet, for spare cash.
  'money-market-fund',
  // "can I just use 借呗 or 微粒贷?": personal consumer credit lines asked about for the business.
  'personal-credit-line',
  // "开发商给的商票能贴现么", "can we discount a commercial bill?": a bill a buyer paid with, cashed before it falls due.
  'bill-discount',
  'which-is-best',
  // "融资租赁格合适", "is leasing right for us?": whether one named service fits this firm.
  'does-it-fit',
  'where-to-apply',
  // "能借多久", "how long can i borrow for?": the terms the services for this need usually run.
  'loan-term',
  // "能借多少", "how much can we borrow?": what lenders look at; no product's limit.
  'borrow-amount',
  // "审批要多久", "how long does approval take?": online data-based loans fast, a pledged bank loan longer; no day counts.
  'approval-time',
  // "去网点办会不会快点", "faster if i go to the bank in person?": only the lender can say; what it decides on (round 35).
  'apply-in-person',
  // "用我爹的名义借格得", "can my sister apply instead": the firm applies through its legal representative; another's name is their debt (round 35).
  'who-may-apply',
  'what-to-bring',
  'collateral',
  // "拼多多压款两个礼拜 能不能提前拿到钱", "can taobao pay me out sooner": a platform's takings wanted early.
  'platform-early-payout',
  // "客户90天才付款，有哪样办法", "our buyer pays us 90 days later": money owed to the firm.
  'receivables',
  // "欠我们的货款能不能拿去贷款", "can we borrow against our unpaid invoices": money owed lent on first, its risk after (round 37).
  'receivables-loan',
  // "培训费十几万一直拖着不给", "clients owe us design fees": money owed for services: contracts, sign-off, invoices (round 35).
  'fees-owed',
  // "格有哪样补贴", "any government subsidies?": the programmes that lower the cost for this firm.
  'subsidies',
  'credit-record',
  // "要是还不起咋个办", "what if i cant repay": what to do before the due date, renewal, no loan app to repay.
  'cannot-repay',
  // "借这么多格多", "is that too much?": the owner's sum set against their revenue and term.
  'amount-size',
  // "信用社还有一笔没还完 格还能贷", "we already have a loan, does that stop us getting another?": a loan repaid on time is no bar.
  'loan-held',
  // "银行讲能批三十万 要不要全部借了", "should we take it all?": the need, not the most a lender offers; the owner's sum weighed.
  'draw-all',
  // "我们格算小微企业", "are we a small business?": the firm's class under the 2011 size standard, from its figures (round 63).
  'size-class',
  // "微信收款码个人的格可以用": a personal code is not for collecting a business's takings.
  'personal-payment-code',
  // "刷卡机费率千分之六 格正常", "what's a normal per-swipe fee": the fee of collecting payments (round 38; the dialog's reading of a
  // cost asked with the purpose payment-collection, corpus convention 308).
  'collection-fee',
  'p2p-debt',
  // "怎么锁汇", "how to lock the exchange rate": a forward contract at the bank (远期结售汇).
  'lock-exchange-rate',
  // "越南客户能不能用支付宝付给我们", "can our vietnamese buyers pay us by alipay": wallets are not the way in.
  'wallet-across-border',
  'currency-exchange',
  'money-changer',
  'equity-crowdfunding',
  // "要这个干哪样", "为哪样要问我营业额", "why do you need my revenue": why the bot asks what it asked, answered for the question open
  // (round 66, a tester asked it four times): what the figure decides, that the owner may skip it, and that the data can be deleted.
  'why-asked',
  // "银行不批咋个整", "what if the bank says no", "the bank turned us down, what now": a refusal told or supposed, then what now (round 67,
  // testers and judges): ask the reason, then the routes for each (credit record, a government guarantee, leasing, a smaller sum,
  // other banks), never an agent who "packages" an application for a fee.
  'bank-refused',
  // "我的信息安全不", "is my info safe with you? who sees it": what the owner told is used for this advice only, may be skipped and deleted
  // (round 67, a tester had been told "not understood").
  'data-use',
] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

/** What the bot asks while it collects the profile, in order: the trade, the size, the purpose, the sum, the term. */
export const ASKED_SLOTS = ['industry', 'size', 'purpose', 'amount', 'term'] as const;
export type AskedSlot = (typeof ASKED_SLOTS)[number];
/** A fraud's question (`fraud-*`): money lost, or a pattern of fraud named. */
export function isFraudQuestion(id: string | undefined): boolean {
  return id?.startsWith('fraud-') === true;
}
/** The questions of money owed to the firm: what to do about it, or whether it can be borrowed on (round 37, convention 306). */
export const OWED_QUESTIONS: ReadonlySet<QuestionId> = new Set(['receivables', 'receivables-loan']);
/**
 * The questions of whether the owner may borrow at all, the hurdles a lender weighs (round 42): what to pledge, the credit record, a loan
 * already held, how much may be had. Asked beside a wish they are the request (no advice, convention 389); the firm's facts and need told
 * around them are kept (conventions 62, 361, 392); a reply's bare figure beside them is the slot asked (convention 396).
 */
export const HURDLE_QUESTIONS: ReadonlySet<QuestionId> = new Set(['collateral', 'credit-record', 'loan-held', 'borrow-amount']);

export function isServiceId(value: string): value is ServiceId {
  return (SERVICE_IDS as readonly string[]).includes(value);
}
export function isIndustryId(value: string): value is IndustryId {
  return (INDUSTRY_IDS as readonly string[]).includes(value);
}
export function isPurposeId(value: string): value is PurposeId {
  return (PURPOSE_IDS as readonly string[]).includes(value);
}
export function isRiskId(value: string): value is RiskId {
  return (RISK_IDS as readonly string[]).includes(value);
}
