// Chinese (Simplified, as normalize() leaves it): the platforms by their Chinese names, one list for the rules that name them all:
// where the firm sells or gets its orders (markets.ts), where it plans to sell (scopes.ts), a platform settling its takings
// (markets.ts platformPayers, purposes.ts) and a shop not yet opened on one (questions.ts). A rule that reads only some of them
// (not 京东 where a seller denies selling, markets.ts; a rule's own additions, 微店, 抖店, 直播) says so beside its list. Not
// re-exported by index.ts.

/** The home shopping platforms: 淘宝, 天猫, 京东, 拼多多, 抖音, 快手, 小红书. An alternation, ungrouped. */
export const SHOPPING_PLATFORMS_ZH = '淘宝|天猫|京东|拼多多|抖音|快手|小红书';
/** The food-delivery platforms: 美团, 饿了么. An alternation, ungrouped. */
export const DELIVERY_PLATFORMS_ZH = '美团|饿了么';
