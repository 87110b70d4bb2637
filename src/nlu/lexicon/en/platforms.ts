// English: the selling platforms by their names, one list for the rules that name them (round 37, fix37d): where the firm sells
// or gets its orders (markets.ts), a platform settling its takings (markets.ts platformPayers), a shop online made bigger
// (purposes.ts) and the owner selling on one (industries.ts). A rule that reads only some of them says so beside its use. Not
// re-exported by index.ts. The Chinese names are zh/platforms.ts.

/** The home shopping platforms: taobao, tmall, jd, pinduoduo, douyin, kuaishou, xiaohongshu. An alternation, ungrouped. */
export const HOME_PLATFORMS_EN = 'taobao|tmall|jd|pinduoduo|pdd|douyin|kuaishou|xiaohongshu';
/** The shopping platforms abroad or cross-border: tiktok, shopee, lazada, amazon… An alternation, ungrouped. */
export const ABROAD_PLATFORMS_EN = 'tiktok|shopee|lazada|amazon|temu|aliexpress|alibaba|1688|etsy|ebay';
/** The food-delivery platforms: meituan, eleme. An alternation, ungrouped. */
export const DELIVERY_PLATFORMS_EN = 'meituan|eleme';
/** Every selling platform above. An alternation, ungrouped. */
export const SELLING_PLATFORMS_EN = `${HOME_PLATFORMS_EN}|${ABROAD_PLATFORMS_EN}|${DELIVERY_PLATFORMS_EN}`;
