// Chinese word lists. Those across the border a firm pays for its goods, named without a money word (pay 越南 那边 的 果园,
// 付老挝的胶农; round 46): read by purposes.ts (working capital) and scopes.ts (the growers are no farm of the firm's).

/** Growers or suppliers across the border, paid. */
const PAID_ABROAD = String.raw`(?:果园|茶园|胶园|农场|种植园|果农|茶农|胶农|种植户|农户|供应商|供货商|工厂|厂家)`;

/** Paying them, in Chinese or English words: 付越南那边的果园, 结老挝的胶农, pay 越南 那边 的 果园. */
export const GROWERS_ABROAD_PAID = String.raw`(?:付|结|\bpay\b)(?:给)?\s?(?:越南|老挝|缅甸|泰国|柬埔寨|国外)\s?(?:那边|那头|那里)?\s?(?:的)?\s?${PAID_ABROAD}`;
