// What a question asks of a kind of service rather than of one firm (round 22, corpus README "Conventions decided in
// round 22"): its legitimacy (保理这种东西正不正规, 众筹合法吗, is equipment leasing legit) is the kind's regulation or, for
// factoring, the factoring-legit answer, not the checklist for one platform; and its price (对我们划不划算, is leasing
// expensive for us) asks whether it fits and what it costs, as 格划算 reads. Whether a kind is allowed (允不允许, "are we allowed
// to") is its regulation too (round 28).

import { FIRM_POINTED_AT, KIND_OF_FIRM_ASKED, PERMISSION_ASKED, SERVICE_PRICED } from '../lexicon';
import type { ServiceId } from '../../knowledge/ids';
import type { Understanding } from '../types';
import type { Rules } from './assemble';
import type { State } from './mention';

/** Services that are kinds of finance, lawful or not by their rules (the platforms, the online banks and wallets, are firms). */
const KINDS: ReadonlySet<ServiceId> = new Set(['crowdfunding', 'financial-leasing', 'supply-chain-finance']);

/**
 * A kind of service asked whether lawful or proper, with no firm pointed at: factoring's own answer (factoring-legit) alone,
 * no platform checklist and no service chosen; another kind's regulation (`command: regulation`, the kind as `service`).
 */
export function kindLegitAsked(state: State, u: Understanding, rules: Rules): void {
  if (u.offer !== undefined || FIRM_POINTED_AT.test(state.text)) return;
  if (u.question === 'factoring-legit') {
    if (u.command === 'platform-check' || u.command === 'regulation') {
      state.decisions.push({
        refiner: 'kindLegitAsked',
        action: 'drop',
        mention: `command:${u.command}`,
        because: 'factoring as a kind asked',
      });
      delete u.command;
      delete rules.command;
    }
    if (u.service === 'supply-chain-finance') {
      state.decisions.push({
        refiner: 'kindLegitAsked',
        action: 'drop',
        mention: 'service:supply-chain-finance',
        because: 'the kind asked is the question',
      });
      delete u.service;
      delete rules.service;
    }
    return;
  }
  if (u.service === undefined) return;
  // Whether a kind is allowed, asked (我们这种小公司能不能搞众筹 合法吗, 国家允不允许, "are we allowed to do crowdfunding"; round 28,
  // fix28c): whether it is lawful is what is asked, not whether it fits.
  const permitted = PERMISSION_ASKED.test(state.text);
  // Online lending asked whether still allowed (p2p 现在 还 allowed 吗, 网贷还能做不; round 37, fix37c) is its regulation too, as "are
  // online loans even allowed" reads; asked lawful or proper (网贷合法吗) its platforms keep the check (convention 9).
  if (!KINDS.has(u.service) && !(u.service === 'p2p-lending' && permitted)) return;
  const lawCommand = u.command === 'platform-check' || u.command === 'regulation';
  if (u.question === 'does-it-fit' && (lawCommand || (permitted && u.command === undefined))) {
    state.decisions.push({ refiner: 'kindLegitAsked', action: 'drop', mention: 'question:does-it-fit', because: 'whether allowed asked' });
    delete u.question;
    delete rules.question;
  }
  if (u.question !== undefined) return;
  if (u.command === undefined && permitted) u.command = 'platform-check';
  if (u.command !== 'platform-check') return;
  u.command = 'regulation';
  rules.command = 'a kind of service asked whether lawful: its regulation';
  state.decisions.push({ refiner: 'kindLegitAsked', action: 'note', mention: 'command:regulation', because: 'no firm pointed at' });
}

/**
 * A kind of service's regulation asked for a firm like the owner's (众筹合不合法 像我们这样的小茶厂能搞不, 融资租赁正规不 我们这种小饭店能不能用,
 * "is supply chain finance legal for a small factory like ours?"; round 36, corpus convention 241): the kind of firm is what is asked about,
 * as 融资租赁对我们这种小店划不划得来 and convention 44 read it, so its trade and size class are no facts told (a question never changes the
 * profile).
 */
// ...or any question asked for the firm so spoken of, its trade right after the words (像我们这种小厂 最多能贷好多; round 60, convention
// 715), as "how much would a small bakery like ours be lent" reads.
export function kindOfFirmAsked(state: State, u: Understanding, rules: Rules): void {
  const regulation = u.command === 'regulation' && u.service !== undefined && KINDS.has(u.service) && u.question === undefined;
  const kind = KIND_OF_FIRM_ASKED.exec(state.text);
  if (kind === null || !(regulation || (u.question !== undefined && tradeRightAfter(state, kind.index + kind[0].length)))) return;
  for (const key of ['industry', 'industryWeak', 'declaredSize'] as const) {
    if (u[key] === undefined) continue;
    state.decisions.push({
      refiner: 'kindOfFirmAsked',
      action: 'drop',
      mention: `${key}:${String(u[key])}`,
      because: 'the kind of firm asked about',
    });
    delete u[key];
    delete rules[key];
  }
}

/**
 * The trade read from a noun right after the kind words (我们这种|小厂), a size word at most between; not the trade told with 的
 * (我们这种种茶的 贴息格能申请: the firm's own trade, kept).
 */
function tradeRightAfter(state: State, end: number): boolean {
  const industry = state.mentions.find((m) => m.kind === 'industry');
  if (industry === undefined || industry.start < end || industry.start - end > 3) return false;
  const phrase = /^[^\s，,。？?！!]{0,16}/.exec(state.text.slice(end))?.[0] ?? '';
  return !phrase.endsWith('的');
}

/**
 * A service weighed by a price word with no 格 (供应链金融对我们划不划算, 融资租赁划不划得来, "is leasing expensive for a firm
 * like ours", "cost-wise, would X make sense"): whether it fits, and its cost (`does-it-fit`, `command: cost`).
 */
export function servicePriced(state: State, u: Understanding, rules: Rules): void {
  if (u.service === undefined || u.service === 'p2p-lending' || u.offer !== undefined || u.compared !== undefined) return;
  if (u.question !== undefined && u.question !== 'does-it-fit') return;
  if (u.command !== undefined && u.command !== 'cost') return;
  if (!SERVICE_PRICED.test(state.text)) return;
  // A wallet's collecting code or machine priced per payment (收钱吧的聚合码 刷一笔扣千分之三 算贵不; round 55, convention 571): the
  // collecting cost (308), no fit asked.
  if (u.service === 'third-party-payment' && u.purpose === 'payment-collection' && u.command === 'cost') return;
  if (u.question === undefined) {
    u.question = 'does-it-fit';
    rules.question = 'question:does-it-fit, a service weighed by its price';
  }
  if (u.command === undefined) {
    u.command = 'cost';
    rules.command = 'a service weighed by its price';
  }
  state.decisions.push({
    refiner: 'servicePriced',
    action: 'note',
    mention: 'question:does-it-fit',
    because: 'a service weighed by its price',
  });
}
