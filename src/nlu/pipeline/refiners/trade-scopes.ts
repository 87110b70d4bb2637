// What is not the firm's trade: a trade the message denies ("不做外贸", "not a farm"), things it
// buys or builds ("买台炒茶机", "a new warehouse") or gives up ("冷库暂时不盖了"), customers it supplies ("给酒店供货"), a market it
// denies ("不做出口"), what might be ("要是以后做出口"), the online shops an agency runs for clients ("帮商家做天猫店铺的代运营"). An
// industry mentioned inside one of these scopes is dropped, and the clients' shops sell nothing online for the firm.

import { CUSTOMERS_BUYING, ONLINE_SALES_POSITIVE } from '../../lexicon/index';
import { drop, dropInside, isFlag, overlaps, scopes, type ScopeKind, type State } from '../mention';

const NOT_THE_TRADE: ReadonlyArray<[ScopeKind, string]> = [
  ['denial', 'a denied trade'],
  ['bought', 'a thing bought or built'],
  // A thing or a plan given up (冷库暂时不盖了, 饭店不搞了, "scrap the new fridge": round 25).
  ['purchase-denied', 'a purchase denied or a plan given up'],
  ['customers', 'the customers supplied'],
  ['served-shops', "the clients' online shops"],
  ['market-denial', 'a denied market'],
  ['relative', "a relative's or another's business"],
  ['hypothetical', 'what might be'],
  ['landmark', 'a place named to say where the firm is'],
  ['provider', 'whoever does work or sells to the firm, pricing it'],
  ['season', 'a season of work named'],
  ['repaid-after', 'the sale the loan waits for'],
];

/** A cross-border word naming who trades (出口商, 外贸公司, exporters), not where the goods go. */
/** A place across the border named (越南, 老挝, 国外), not a trade across it (出口, 外贸). */
const ABROAD = /^(?:越南|老挝|缅甸|泰国|柬埔寨|印度|马来西亚|新加坡|孟加拉|国外|外国|境外|海外)$/;
function namesATrade(text: string, m: { start: number; end: number }): boolean {
  const said = text.slice(m.start, m.end);
  // Not where the customers are ("burmese importers", buyers abroad): that is the firm's own trade across the border.
  if (/\s/.test(said)) return false;
  // Nor a country's firms or merchants (越南公司, 缅甸商户: buyers abroad; round 45), only a trade's (出口商, 外贸公司).
  if (ABROAD.test(said)) return false;
  return /^(?:商|公司|企业|厂家)/.test(text.slice(m.end)) || /(?:ers|商)$/.test(said);
}

/**
 * The firm's own verb of trade said over the customers it names ("we supply restaurants with rice", 给超市供货的): a
 * trade word that starts with the customers and reaches past them, or starts before them ("ship tea to hanoi", 批发给饭店,
 * 销往缅甸), is the firm's, not theirs.
 */
function spansTheCustomers(state: State, m: { start: number; end: number }): boolean {
  return scopes(state, 'customers').some(
    (s) => overlaps(s, m) && (m.start < s.start || (m.start === s.start && (m.end > s.end || soldToPeople(state, m, s)))),
  );
}
/**
 * A verb of selling opening the trade's words, the buyers people, not firms (卖摩托车配件给缅甸人, 卖手机给村民): the firm sells
 * to them as a shop does; sold to firms (卖茶叶给酒店), the goods go on to be sold or used, no shop of the firm's.
 */
function soldToPeople(state: State, m: { start: number; end: number }, s: { start: number; end: number }): boolean {
  return (
    SELLING.test(state.text.slice(m.start, m.end)) &&
    (TO_PEOPLE.test(state.text.slice(s.start, s.end)) || PEOPLE_AFTER.test(state.text.slice(s.end, s.end + 4)))
  );
}
const SELLING = /^(?:卖|销售)/;
const PEOPLE = '人|游客|老百姓|村民|居民|散客|顾客';
const TO_PEOPLE = new RegExp(`(?:${PEOPLE})$`);
/** ...the people's word typed apart after the scope (卖 电器 给 越南 人, round 20). */
const PEOPLE_AFTER = new RegExp(`^\\s(?:${PEOPLE})`);

/** A trade named by what it buys (从老挝进橡胶 卖给厂里, 收茶 卖给…): the goods bought inside it are the trade's, no purchase of the firm's own. */
function isBuyingTrade(state: State, m: { start: number; end: number }): boolean {
  return scopes(state, 'buying-trade').some((s) => s.start === m.start && s.end === m.end);
}

/** A place the firm has, improved (upgrade the tea farm, expand our restaurant, 升级茶厂): the firm's own place, named as its trade. */
const OWN_PLACE_IMPROVED =
  /^(?:upgrad\w*|expand\w*|extend\w*|renovat\w*|refurbish\w*|improv\w*|moderni[sz]\w*|fix up|do up)\s+(?:the|our|my)\s/i;

/** An industry inside a bought scope that improves a place the firm has ("need 300k to upgrade the tea farm"; round 43). */
function ownPlaceImproved(state: State, m: { start: number; end: number }): boolean {
  return scopes(state, 'bought').some(
    (s) =>
      s.start <= m.start &&
      m.end <= s.end &&
      OWN_PLACE_IMPROVED.test(state.text.slice(s.start, m.start)) &&
      (PLACE_OF_TRADE.test(state.text.slice(m.start, m.end)) || PLACE_PART_AFTER.test(state.text.slice(m.end))),
  );
}
/** A place of trade, not a machine (farm, shop, guesthouse; not a roaster or a mixer). */
const PLACE_OF_TRADE =
  /\b(?:farm|shop|store|restaurant|guesthouse|hotel|inn|homestay|cafe|salon|clinic|factory|workshop|plant|mill|bakery|orchard|plantation|pharmacy|garage|studio|school|teahouse|ranch|pond)s?\b/i;
/** A part of the place named after its trade ("our guesthouse rooms", "the restaurant kitchen"). */
const PLACE_PART_AFTER = /^\s+(?:rooms?|kitchen|building|premises|facilities|interior|hall)\b/i;

/** A denial's words inside an online place's scope (没开, 还没有, not yet): the shop denied, not a place of selling named. */
const SAID_NOT = /没|不|莫得|么得|\bnot?\b/;

/** Orders placed with the firm through a place online (客户都是在微信上下单, customers order on wechat): its own channel. */
const ORDERS_PLACED = /下单|接单|出单|\border/;

/** An online-sales flag whose words before the customers already name the firm's own channel ("sell on taobao and to …"). */
function ownChannelBefore(state: State, m: { start: number; end: number }): boolean {
  return scopes(state, 'customers').some(
    (s) => overlaps(s, m) && m.start < s.start && ONLINE_SALES_POSITIVE.test(state.text.slice(m.start, s.start)),
  );
}

/** A shop to open, said in a plan (开个店, 开一家网店). */
const SHOP_OPENED = /开(?:个|一个|家|一家)?(?:小)?(?:店|网店|店铺|小店)/;
/** The firm said not open yet, right before the plan (还没开, 还没开店, 没开张): the plan is the firm to be. */
const NOT_OPEN_YET = /(?:还|都)?(?:没|没有|莫得|未)开(?:店|张|业|门|起来)?(?:呢|哦|嘛)?[\s，,]*$/;

/**
 * A shop planned on a platform by a firm not open yet (还没开店 准备在快手上开个店卖菌子, 还没开 打算在抖音上开个店卖咖啡: round 31,
 * fix31a): the firm to be, its trade read as a planned shop's is (准备在弥勒开个民宿), not a market planned by a firm that trades;
 * its online sales are still to come (the hypothetical scope drops them, denied-facts.ts).
 */
function shopToOpen(state: State, m: { start: number; end: number }): boolean {
  return scopes(state, 'hypothetical').some(
    (s) => overlaps(s, m) && SHOP_OPENED.test(state.text.slice(s.start, s.end)) && NOT_OPEN_YET.test(state.text.slice(0, s.start)),
  );
}

export function notTheTrade(state: State): void {
  for (const [kind, what] of NOT_THE_TRADE)
    dropInside(
      state,
      'notTheTrade',
      kind,
      (m) =>
        m.kind === 'industry' &&
        !(kind === 'customers' && spansTheCustomers(state, m)) &&
        !(kind === 'bought' && isBuyingTrade(state, m)) &&
        !(kind === 'bought' && ownPlaceImproved(state, m)) &&
        !(kind === 'hypothetical' && shopToOpen(state, m)),
      `inside ${what}`,
    );
  // "淘宝店我们没开": an online shop denied names no trade of the firm's (a shop named as where it sells, 只在实体店卖, still does).
  dropInside(
    state,
    'notTheTrade',
    'online-denial',
    (m) =>
      m.kind === 'industry' &&
      scopes(state, 'online-denial').some((s) => overlaps(s, m) && SAID_NOT.test(state.text.slice(s.start, s.end))),
    'inside a denied online shop',
  );
  // The customers named by a machine of their trade ("our buyers are coffee roasters"): no thing the firm wants.
  dropInside(state, 'notTheTrade', 'customers', (m) => m.kind === 'purpose' && m.value === 'equipment-expansion', "the customers' name");
  // The customers' own buying (都到我们这里进货, "buyers come to us to stock up": round 28): their stock, no need of the firm's.
  dropInside(
    state,
    'notTheTrade',
    'customers',
    (m) => m.kind === 'purpose' && CUSTOMERS_BUYING.test(state.text.slice(m.start, m.end)),
    "the customers' buying",
  );
  // A trade given up gives way to the trade named now ("以前开饭店 现在做物流"); named alone, it is all there is.
  // Its markets go with it: 以前做外贸 现在开民宿, "used to export tea, now a teahouse" trade across no border now.
  const former = scopes(state, 'former');
  const inFormer = (m: { start: number; end: number }) => former.some((s) => overlaps(s, m));
  if (former.length > 0 && state.mentions.some((m) => m.kind === 'industry' && !inFormer(m))) {
    drop(
      state,
      'notTheTrade',
      (m) => (m.kind === 'industry' || isFlag(m, 'cross-border', 'online-sales')) && inFormer(m),
      'inside a trade given up',
    );
  }
  // ...and so do they when the market is denied now (以前在淘宝开过店 现在关了 只做实体, used to export, now only local).
  const deniedNow = (kind: 'online-denial' | 'market-denial') => scopes(state, kind).some((s) => !inFormer(s));
  if (former.length > 0) {
    drop(
      state,
      'notTheTrade',
      (m) =>
        inFormer(m) &&
        ((isFlag(m, 'online-sales') && deniedNow('online-denial')) || (isFlag(m, 'cross-border') && deniedNow('market-denial'))),
      'a market given up, denied now',
    );
  }
  // "我们的客户都是做电商的", "we supply taobao sellers": the customers' online sales, not the firm's;
  // customers named by their trade (卖给出口商, sell tea to exporters): their exports, not the firm's.
  // Not the firm's own channel named before them, the flag reaching into the customers ("we sell on taobao and to online shops").
  dropInside(
    state,
    'notTheTrade',
    'customers',
    (m) =>
      (isFlag(m, 'online-sales') && !ownChannelBefore(state, m) && !ORDERS_PLACED.test(state.text.slice(m.start, m.end))) ||
      (isFlag(m, 'cross-border') && namesATrade(state.text, m)),
    "the customers' online sales or exports",
  );
  dropInside(state, 'notTheTrade', 'served-shops', (m) => isFlag(m, 'online-sales'), "the clients' online shops");
  // "want to open an online store too", "想开个淘宝店": a shop still to open sells nothing yet.
  dropInside(state, 'notTheTrade', 'bought', (m) => isFlag(m, 'online-sales'), 'a shop still to open');
}
