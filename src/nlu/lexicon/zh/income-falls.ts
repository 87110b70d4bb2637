// The income that repays a loan falling, as owners say it (round 26, round 31): the goods' price falling, the goods not selling,
// the sales or the orders falling, no business, a bad season (seasons.ts BAD_SEASON, the visitors not coming too). Supposed,
// they are the market risk (commands.ts fallSupposed, corpus convention 24); supposed with the loan's repaying asked, the
// cannot-repay question with the risks (questions.ts, corpus convention 85). One list each, shared by both readers.
import { BAD_SEASON } from './seasons';

/** A time said between a price and its move (价格今年掉下来, 进价明年涨了). */
export const WHEN_IT_MOVES = String.raw`(?:今年|明年|以后|到时候|突然|一下子|又)`;

/** The price or the grade not reached (卖不起价钱, 卖不上价, 评级上不去, 等级上不去; round 54). */
const PRICE_NOT_REACHED = String.raw`卖不(?:起|上|出)(?:个)?(?:好)?(?:价钱|价)|(?:评级|等级|级别|价格?|价钱)\s*上不去`;

/**
 * The goods' price falling (价格跌了, 价钱掉得厉害, 行情不好; price in English among the Chinese): the market risk, when it is
 * supposed (round 26, corpus convention 24).
 */
// ...or the price or the grade not reached (卖不起价钱, 评级上不去; round 54); 降 alone (收购价降了; round 60, convention 714).
export const PRICE_FALLS = String.raw`(?:(?:价格?|价钱|行情|\bprices?\b)\s*(?:${WHEN_IT_MOVES})?\s*(?:要是|万一|如果)?\s*(?:跌|掉|下跌|下降|降|被压|压低|往下走|不好|变差|跳水|崩)|跌价|掉价|${PRICE_NOT_REACHED})`;

/** The goods not selling (卖不掉, 卖不出去, 没人要, 滞销). */
export const UNSOLD = String.raw`(?:卖不掉|卖不出去?|卖不动|卖不完|没人要|滞销)`;

/** No business or no buyers, the noun after 没 (没什么生意, 没得人买; round 31): the sales falling said the other way round. */
const NO_CUSTOMERS = String.raw`(?:没(?:有|得)?|莫得|么得)(?:什么|啥|啥子|哪样)?(?:生意|人买)`;

/** A loss, supposed (要是亏了, 万一亏本, 赔了钱; round 34, corpus convention 177): the income short of the costs, as a fall is. */
const LOSS = String.raw`(?<![吃幸多])亏(?:了|本|钱|损)|亏掉|赔(?:了|本|钱)|蚀本|折本|\blos(?:e|es|ing) money\b`;

/**
 * The sales or the orders falling, a bad season or no business (要是销量下滑, 万一生意不好, 收成不好, 没什么生意): only when
 * supposed (told, 生意不好咋个办 asks advice).
 */
export const SALES_FALL = String.raw`(?:(?:销量|销路|销售额?|生意|订单|单子|收入|营业额|\bsales\b|\borders\b)\s*(?:要是|万一|如果)?\s*(?:下滑|下降|掉|跌|少了|变少|不好|变差|差了|淡了)|${BAD_SEASON}|${NO_CUSTOMERS}|${LOSS})`;

/** Any of them: the income that repays the loan falling. */
export const INCOME_FALLS = `(?:${PRICE_FALLS}|${UNSOLD}|${SALES_FALL})`;

/** How the loan is to be repaid, asked (咋个还, 怎么还, 拿哪样还, 用什么来还, 靠啥子还; round 31). */
export const REPAY_HOW = String.raw`(?:(?:咋个|怎么|咋)(?:来)?还|(?:拿|用|靠)(?:哪样|什么|啥子?)(?:来|去)?还)`;
