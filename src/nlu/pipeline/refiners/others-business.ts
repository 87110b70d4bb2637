// A relative's or friend's business ("我姐开饭店，我自己做五金", "my brother runs a hotel") is not
// the user's: its trade, its figures, the loans offered them, what their money is for and what they buy, its online or cross-border sales and its wish to borrow are dropped;
// unless the user says they run it with them ("我跟他合伙", "we run it together").

import { OFFER_JUDGED, OFFER_LAWFUL } from '../../lexicon';
import { pricedOrCharged } from '../../offer';
import { drop, dropInside, type Mention, type MentionOf, note, ofKind, overlaps, scopes, type State } from '../mention';

function isTheirs(m: Mention): boolean {
  // Their wish to borrow too ("她想借十万 我帮她问问"): not the user's request for advice.
  return (
    // One of the family doing a job beside the staff counted (收银是我老婆, my wife does the till) is a head of
    // the user's firm, though its words read as the relative's.
    (m.kind === 'quantity' && !m.rule.startsWith('the owner working')) ||
    m.kind === 'size' ||
    // What they buy ("我表哥想买台挖机", "my brother is buying a tractor"): not what the user's money is for.
    // (Not the user's own asking, 他介绍我来问问: information.)
    (m.kind === 'purpose' && m.value !== 'information') ||
    (m.kind === 'flag' && (m.value === 'cross-border' || m.value === 'online-sales' || m.value === 'borrow-wish'))
  );
}

/** The owner named with a spouse as the firm's people (就我跟我老公两个, 我和我老婆, 两口子, 夫妻俩). */
const OWNER_AND_SPOUSE = /我\s*(?:跟|和|与|同)\s*(?:我的?)?\s*(?:老公|老婆|媳妇|爱人|丈夫|妻子|男人|女人|老汉|对象)|两口子|夫妻/;
/** The work shared out between them, a pronoun first: 他跑货我守店, 她管账我跑外面 (not 她还在景洪开美容院, a business of hers). */
const WORK_SHARED = /^(?:他|她)(?!们)[\u4e00-\u9fff]{1,4}?我[\u4e00-\u9fff]{1,4}/;

export function othersBusiness(state: State): void {
  // "就我跟我老公两个 他跑货我守店": the spouse named with the owner, then the work shared out between them, is the firm's own: its
  // figures the firm's, and the spouse's job (跑货) no trade (round 63).
  const spouse = OWNER_AND_SPOUSE.exec(state.text);
  const shared = spouse === null ? [] : scopes(state, 'relative').filter((m) => m.start > spouse.index);
  for (const scope of shared) {
    const work = WORK_SHARED.exec(state.text.slice(scope.start, scope.end));
    if (work === null) continue;
    const end = scope.start + work[0].length;
    drop(
      state,
      'othersBusiness',
      (m) => m === scope || (m.kind === 'industry' && m.start >= scope.start && m.end <= end),
      'the spouse named with the owner, the work shared out between them',
    );
  }
  // "我同学在景洪开民宿 我跟他合伙": a business the user runs with them is the user's too.
  const together = scopes(state, 'partnership');
  if (together.length > 0) {
    drop(
      state,
      'othersBusiness',
      (m) => m.kind === 'scope' && m.value === 'relative' && together.some((p) => p.start >= m.start),
      'a business the user runs with them',
    );
  }
  dropInside(state, 'othersBusiness', 'relative', isTheirs, "someone else's business");
}

/**
 * A loan made to someone else ("the bank gave my cousin 1m at 3.8%", "我表哥借了30万 月息一分"), or
 * one the firm already has ("our current loan is 300k at 5%"): the offer read over the message is
 * none to cost when its sum (or every sum, when it names none) stands in that loan. Runs before directQuestion, which would let
 * the offer outrank the scope.
 */
export function othersOffer(state: State): void {
  const offer = ofKind(state, 'offer')[0];
  // The firm's own loan with the cash it paid out (借了三万 实际打到卡上才两万八, "borrowed 50k, only 47k landed"):
  // what was kept back is what the owner asks about, so the offer stays; so with a fee kept ("we borrowed 100k from a finance
  // company, they deducted 8k in fees upfront, paying 9,100 monthly", round 23); a relative's loan stays theirs.
  const ownPayout =
    offer !== undefined && (offer.value.received !== undefined || offer.value.fee !== undefined || offer.value.feePct !== undefined);
  // So the firm's own loan with its price told and judged (借了小贷公司二十万 利息一个月两分 格正常, "we have a 300k loan at 2% a month,
  // is that normal?"; round 33, convention 138): its cost is what is asked, set against the ceiling.
  const ownJudged = offer !== undefined && pricedOrCharged(offer.value) && (OFFER_JUDGED.test(state.text) || OFFER_LAWFUL.test(state.text));
  if (offer !== undefined && (ownPayout || ownJudged)) markHeld(state, offer);
  const theirs = [...scopes(state, 'relative'), ...(ownPayout || ownJudged ? [] : scopes(state, 'existing-loan'))];
  if (theirs.length === 0 || offer === undefined) return;
  // The offer's own sum, when it names one; else every sum of the message.
  const sums = state.mentions.filter(
    (m) =>
      m.kind === 'quantity' && m.value.kind === 'money' && (offer.value.principal === undefined || m.value.value === offer.value.principal),
  );
  if (sums.length === 0 || !sums.every((m) => theirs.some((s) => overlaps(s, m)))) return;
  drop(state, 'othersOffer', (m) => m.kind === 'offer', 'a loan made to someone else, or one the firm has');
}

/**
 * The firm's own loan kept as the offer (借了小贷公司二十万 利息一个月两分 格正常): its terms are a loan already taken, not
 * one to sign, so the reply weighs repaying it with a cheaper one (round 34). Held when its sum, or the whole offer when it
 * names none, stands in the existing loan's words (借了, 贷了, "we have a … loan").
 */
/** What may stand between a held loan's words and its sum: spaces, 'now', a comma. */
const HELD_SUM_GAP = /^\s*(?:now|currently|right now|at the moment)?\s*[,，:：]?\s*$/;

function markHeld(state: State, offer: MentionOf<'offer'>): void {
  const held = scopes(state, 'existing-loan');
  const sum = offer.value.principal;
  // (...or right after them, a space between: 我们现在有笔贷款 四十万 年息百分之九 格高; round 46; or a comma and 'now': "we have a loan now,
  // 400k at 1.2% a month", 现在有笔贷款，四十万; round 49.)
  const at = (s: Mention, m: Mention) => overlaps(s, m) || (m.start >= s.end && HELD_SUM_GAP.test(state.text.slice(s.end, m.start)));
  const inside = held.some((s) =>
    sum === undefined
      ? overlaps(s, offer)
      : state.mentions.some((m) => m.kind === 'quantity' && m.value.kind === 'money' && m.value.value === sum && at(s, m)),
  );
  if (!inside) return;
  offer.value = { ...offer.value, held: true };
  note(state, 'othersOffer', offer, 'relabel', 'a loan the firm already has: held, not one to sign');
}
