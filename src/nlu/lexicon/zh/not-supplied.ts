// Kept out of the locale's index (zh/index.ts): a part of the patterns of industries.ts and scopes.ts, no list of its own.

/** What follows 供/送 to a customer that names no goods supplied: a service (送外卖, 送快递, 送餐), goods unnamed (送货, 供应), money, gifts, people, a direction. */
export const NOT_SUPPLIED_GOODS = [
  // The customer's own goods carried (帮快递公司配送他们的包裹): a service, no goods of the firm's.
  '他们',
  '她们',
  '人家',
  '包裹',
  '外卖',
  '快递',
  '餐',
  '饭',
  '货',
  '应',
  '钱',
  '礼',
  '人',
  '客',
  '信',
  '件',
  '去',
  '到',
  '过',
  '给',
  '来',
  '了',
  '的',
  '上',
].join('|');
