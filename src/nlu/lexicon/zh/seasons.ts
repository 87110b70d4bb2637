// The seasons of a trade's work named by what is done in them (榨季, 采茶季, 菌子季节, 收烟的时候): a busy season,
// for the hands hired in it (roles.ts peakSeason) and for its months' sales and its length (figures.ts
// peakSeasonLength). One season a line.
import type { Words } from '../types';

/**
 * A bad season: the harvest poor or the visitors staying away (收成不好, 减产, 游客不来, 旅游还是不行; round 28). Supposed, the
 * income that repays the loan is what is feared: the cannot-repay question with the risks (questions.ts, commands.ts).
 */
export const BAD_SEASON =
  String.raw`(?:收成|年成|产量|游客|客人|客源|旅游)\s*(?:还是|也)?\s*(?:不好|不行|差|少了|变少|不来|减少|下降|没得|上不来)|歉收|减产|绝收|遭灾|受灾` +
  // ...the visitors said the other way round, the noun after 没 (一直没得客人, 没有游客, 没几个客人; round 31).
  // ...and in Yunnan words (一直莫得客人, 么得游客; round 34).
  String.raw`|(?:没(?:有|得)?|莫得|么得)(?:什么|啥|啥子|哪样|几个)?(?:客人|游客|客源)` +
  // ...the weather turned against the crop, or the crop not got in (雨水不好, 天旱, 遭了霜, 菌子收不起来; round 60, convention 715).
  String.raw`|(?:雨水|天气|老天)\s*(?:不好|不行|太少|太多|不对)|天旱|干旱|大旱|遭了?(?:霜|冰雹|雹子|旱)|霜冻|冻坏了?|收不起来|收不上来`;

/** What is harvested, made or sold in the season, before 季 (榨季, 茶季, 菌子季节, 旅游季). */
const SEASON_OF = [
  '榨',
  '茶',
  '采茶',
  '春茶',
  '菌子?',
  '松茸',
  '烟',
  '烤烟',
  '收烟',
  '收购',
  '采摘',
  '摘果',
  '收获',
  '产',
  '旅游',
  '开学',
  '咖啡',
  '芒果',
  '荔枝',
  '葡萄',
  '蓝莓',
  '水果',
  '果子',
  '婚庆',
].join('|');

export const harvestSeasons: Words = [
  String.raw`(?:${SEASON_OF})季(?:节)?`,
  // The mushrooms out (菌子出来的时候, 捡菌子那几个月): the mushroom season.
  String.raw`(?:捡菌子?|菌子出来)(?:的)?(?:时候|那阵子?|那几个月|那段时间)`,
];

/**
 * A harvest or a part of the year named before its whole sales (春茶卖五十万 秋茶十五万, 头茬二十万 二茬五万, 上半年…
 * 下半年…): with two or more named, the year's sales are their sum (figures.ts harvestSales).
 */
export const harvestNamed: Words = [
  String.raw`(?:春|夏|秋|冬|明前|雨前)茶`,
  String.raw`(?:头|二|三|第一|第二|第三)(?:茬|季|批)`,
  String.raw`(?:早|中|晚)稻`,
  String.raw`(?:春|秋)蚕`,
  // Yunnan's farming years: 大春 (the summer crop), 小春 (the winter crop).
  '大春',
  '小春',
  String.raw`(?:春|夏|秋|冬)季`,
  String.raw`(?<![今去明前])[上下]半年`,
];

/**
 * A season of the year named (雨季, 旱季, 夏天, 冬季): with no word of busy or slow, after another season's month of
 * sales (旱季生意好点 一个月九万 雨季一个月三万), it is the other season.
 */
export const yearSeasons: Words = ['雨季', '旱季', String.raw`(?:春|夏|秋|冬)(?:天|季)`];

/**
 * A season of the trade's work named by what is done in it, whole (采茶季, 收菌子的季节, 采茶的时候, 摘果那几个月): a time, so
 * the produce and the buying inside it name no trade (round 21: 采茶季 need 50万, 员工十来个 采茶的时候多些); a need said for it
 * is working capital (run.ts seasonNeed).
 */
export const workSeason: Words = [
  // Not the buying trade's own season (烟叶收购季, 收购的时候: its 收购 names the trade).
  String.raw`(?!收购)(?:${SEASON_OF})季(?:节)?`,
  harvestSeasons[1] ?? '',
  String.raw`(?:采|摘|收(?!购)|割|榨|捡|烤)[^\s，。,.!?；;]{1,3}?(?:的)?(?:时候|季节?|那阵子?|那几个月|那段时间)`,
  // ...the season said in English among the Chinese (收 松茸 的 season, 采茶 的 season; round 25).
  String.raw`(?:采|摘|收(?!购)|割|榨|捡|烤)\s?[^\s，。,.!?；;\d]{1,3}?\s?(?:的)?\s?\b(?:season|peak season|harvest)\b`,
  // ...or said as the end of the loan's term (借到明年采茶, 用到收完咖啡, 贷到秋收: round 36, corpus convention 246): a time, no farming.
  String.raw`(?<=(?:借|贷|用|还|周转)到\s*(?:明年|今年|年底|下半年)?\s*)(?:采|摘|收(?!购)|割|榨|捡|烤|秋收)(?:完|好)?[^\s，。,.!?；;\d]{0,2}`,
];
