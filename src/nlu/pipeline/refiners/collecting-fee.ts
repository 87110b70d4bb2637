// A collecting device's or code's own fee named by its sum is no figure of the profile (round 51): in "POS机每个月要扣三十八块的服务费
// 这样格正常" the 三十八 is the machine's monthly fee, asked about (cost), not money needed; "the card machine costs 50 a month in fees"
// likewise. Only where a way of collecting is named in the message: a loan's fee (扣了八千手续费) is the offer's (offer.ts).

import { drop, isMoney, type Mention, type State } from '../mention';

/** A sum, or a bare number standing for one (50 a month in fees). */
const isSum = (m: Mention): boolean => isMoney(m) || (m.kind === 'quantity' && m.value.kind === 'number');

/** A way of collecting named: a POS, a card machine, a code, the rate of a swipe. */
// ...or the wallet's takings moved to the card (微信收的钱提到银行卡; round 55, convention 570).
const COLLECTING =
  /pos|刷卡|收款|码牌|扫码|商家码|收钱码|费率|提到(?:银行)?卡|转到(?:银行)?卡|\bcard (?:machine|reader|terminal)s?\b|\b(?:merchant|payment) (?:qr|code)/;
/** A fee word right after the sum (三十八块的服务费, 六百块年费, 50 a month in fees). */
const FEE_AFTER =
  /^\s*(?:的)?\s*(?:服务费|手续费|年费|月费|月租|管理费|技术服务费|流量费|押金|费用|费)|^\s*(?:a (?:month|year)\s+)?(?:in\s+)?(?:fees?|service charges?|rental|rent)\b/;

/** ...or a fee word right before it, its period after (the card terminal rental is 80 a month, 月租要八十块一个月; round 54). */
const FEE_BEFORE = /(?:服务费|手续费|年费|月费|月租|租金|押金|\b(?:rental|rent|fees?|charges?)\b)\s*(?:is|are|of|costs?|要|是|为|得)?\s*$/;
/** A period's total said right before the sum: 一个月下来也要, 一年下来得 (round 55). */
const TOTALLED_BEFORE = /下来\s*(?:也|都|总共|一共|差不多)?\s*(?:要|得|是|有)?\s*(?:好|个)?\s*$/;
const PERIOD_AFTER = /^\s*(?:(?:a|per|each|every)\s+(?:month|year)\b|(?:一|每)个?(?:月|年))/;

/** The fee words around a sum, the sum's own span widened to them; none where the sum is no fee's. */
function feeSpan(text: string, m: Mention): { start: number; end: number } | undefined {
  if (!isSum(m)) return undefined;
  const after = FEE_AFTER.exec(text.slice(m.end, m.end + 20));
  if (after !== null) return { start: m.start, end: m.end + after[0].length };
  // ...or what the cut comes to over a period, said before it (一个月下来也要好几百块; round 55, convention 570).
  if (TOTALLED_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))) return { start: m.start, end: m.end };
  if (!FEE_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start))) return undefined;
  const period = PERIOD_AFTER.exec(text.slice(m.end, m.end + 16));
  return { start: m.start, end: m.end + (period?.[0].length ?? 0) };
}

/** A fee word after a period in its clause (一个月 有没有 monthly fee, 一年要交多少年费; round 55): the fee's period, no term. */
const FEE_LATER = /^[^，。,.!?；;]{0,12}?(?:月费|年费|月租|服务费|手续费|费用|\b(?:monthly |yearly |annual )?(?:fees?|charges?|rental)\b)/;

export function collectingFee(state: State): void {
  const { text } = state;
  if (!COLLECTING.test(text)) return;
  drop(
    state,
    'collectingFee',
    (m) => m.kind === 'quantity' && m.value.kind === 'duration' && FEE_LATER.test(text.slice(m.end)),
    "the period of a collecting device's fee, no term",
  );
  // Each sum with its fee words (三十八块的服务费, 50 a month in fees), read once: the period inside them is no term either.
  const feeWords = state.mentions.flatMap((m) => {
    const span = feeSpan(text, m);
    return span === undefined ? [] : [span];
  });
  if (feeWords.length === 0) return;
  const inFeeWords = (m: { start: number; end: number }) => feeWords.some((f) => m.start >= f.start && m.end <= f.end);
  drop(state, 'collectingFee', (m) => m.kind === 'quantity' && inFeeWords(m), "a collecting device's own fee, no figure");
}
