// A machine or a thing named inside the longer words of the firm's trade names no purpose: machining (做机械加工的),
// machines hired out (工程机械租赁, "we lease farm machinery"), software developed (开发软件) say what the firm does,
// not what it wants to buy or develop. Only a purpose read from words wholly inside a longer trade word is dropped:
// a thing bought around a trade word (买台烘干机, "buy a 60kg roaster") is longer, and keeps its purpose; a trade
// word inside a thing bought (想建个冷库) is gone already (notTheTrade runs first).

import { WEAK_INDUSTRY_PRIORITY } from '../../lexicon/index';
import { drop, ofKind, type State } from '../mention';

/** The purposes a thing named reads: equipment bought, a product developed. */
const THING_PURPOSES: readonly string[] = ['equipment-expansion', 'product-innovation'];

/** A trade of hiring things out, named by its head (桌椅出租, 活动板房租赁): every word before the head is the thing hired. */
const HIRED_OUT = /(?:出租|租赁)$/;
/** The verb of the trade before the thing it deals in (搞桌椅出租, 做板房租赁), read elsewhere as a verb of getting. */
const TRADE_VERB = /^(?:搞|做|干|弄|整)(?:点|些)?$/;

export function tradeWords(state: State): void {
  const trades = ofKind(state, 'industry').filter((m) => m.priority > WEAK_INDUSTRY_PRIORITY);
  if (trades.length === 0) return;
  const inside = (m: { start: number; end: number }, t: { start: number; end: number }) =>
    t.start <= m.start && m.end <= t.end && t.end - t.start > m.end - m.start;
  drop(
    state,
    'tradeWords',
    (m) =>
      // The renovation a trade's name says (renovation crew, 装修队: round 32, fix32d) narrows no purpose of the firm's.
      (m.kind === 'purpose-detail' && trades.some((t) => inside(m, t))) ||
      (m.kind === 'purpose' &&
        trades.some(
          (t) =>
            (THING_PURPOSES.includes(m.value) && inside(m, t)) ||
            // Any purpose read inside the thing a hire trade names (板房租赁: no rent paid, 房租).
            (HIRED_OUT.test(state.text.slice(t.start, t.end)) && inside(m, t)) ||
            // The thing, with the trade's own verb before it (搞桌椅出租: no chairs bought).
            (THING_PURPOSES.includes(m.value) &&
              m.start < t.start &&
              t.start < m.end &&
              m.end <= t.end &&
              TRADE_VERB.test(state.text.slice(m.start, t.start))),
        )),
    'the words inside the trade name no purpose',
  );
}

/** The head of a trade of selling on, after the goods it deals in (米线批发, 火锅底料经销, 茶叶 wholesale). */
const SELLING_ON_HEAD = /^(?:批发|经销|分销|代理|wholesale)/;
/** Between the goods' trade word and the head, the rest of the goods' name at most (火锅底料批发): no verb, no list. */
const GOODS_GAP = /^\s*[\u4e00-\u9fff]{0,2}\s*$/;
const NOT_GOODS = /[的和跟与也还做搞开卖是在]/;

/**
 * Goods named right before the head of a trade of selling on (做米线批发的, 火锅底料批发): the goods traded, no trade
 * of their own (a noodle shop, a farm); the head decides.
 */
export function goodsTraded(state: State): void {
  const heads = ofKind(state, 'industry').filter((m) => m.value === 'wholesale' && SELLING_ON_HEAD.test(state.text.slice(m.start, m.end)));
  if (heads.length === 0) return;
  drop(
    state,
    'goodsTraded',
    (m) =>
      m.kind === 'industry' &&
      m.value !== 'wholesale' &&
      heads.some(
        (h) => m.end <= h.start && GOODS_GAP.test(state.text.slice(m.end, h.start)) && !NOT_GOODS.test(state.text.slice(m.end, h.start)),
      ),
    'the goods a trade of selling on deals in',
  );
}

/** A verb of renting a thing for use, opening a working-capital purpose (租设备, 租几台印刷机, rent extra sound gear, hire tents). */
const RENTED = /^(?:租|\b(?:to |for )?(?:rent|renting|hire|hiring)\b)/;

/**
 * A thing rented for a season's work (婚庆旺季要租设备, 开学前要租几台印刷机, "need 60k to rent extra sound gear for the wedding season";
 * round 29): renting is paying, not buying: the rent is working capital (the purpose lists' `rented` words), and the thing inside it
 * names no equipment bought.
 */
export function thingsRented(state: State): void {
  const rents = ofKind(state, 'purpose').filter((m) => m.value === 'working-capital' && RENTED.test(state.text.slice(m.start, m.end)));
  if (rents.length === 0) return;
  drop(
    state,
    'thingsRented',
    (m) => m.kind === 'purpose' && THING_PURPOSES.includes(m.value) && rents.some((r) => r.start <= m.start && m.end <= r.end),
    'a thing rented for use is paid for, not bought',
  );
}
