// The services a comparing question weighs, in the order named. A bank loan is no service word
// (我想去银行贷款 names no service), but weighed against one it is the banks' side of the choice,
// `online-financial-institution` (the banks' channels and the programmes applied for through them):
// "leasing or bank loan which better for us", "融资租赁和银行贷款哪个划算".

import type { ServiceId } from '../../knowledge/ids';
import { ofKind, type State } from './mention';

/** A bank or a bank loan, not an online bank's name (网商银行, 微众银行, 网上银行, mybank, online bank). */
const BANK_LOAN = new RegExp(
  [
    String.raw`(?<![网商微众上销机新])(?:银行|信用社|农商行|农信社)`,
    String.raw`(?<!\b(?:online|digital|internet|web|virtual)\s)\b(?:bank loans?|banks?|credit unions?)\b`,
  ].join('|'),
);

const BANKS: ServiceId = 'online-financial-institution';

/** The services named, in order, with a bank loan among them when one service or more is named. */
export function servicesCompared(state: State): ServiceId[] {
  const named = ofKind(state, 'service').map((m) => ({ id: m.value as ServiceId, start: m.start }));
  const bank = BANK_LOAN.exec(state.text);
  const first = named[0];
  if (bank !== null && first !== undefined && !named.some((s) => s.id === BANKS) && oneSentence(state.text, bank.index, first.start)) {
    named.push({ id: BANKS, start: bank.index });
  }
  return [...new Set(named.sort((a, b) => a.start - b.start).map((s) => s.id))];
}

/** No sentence ends between the two places: "the bank said no" after a question is no item weighed. */
function oneSentence(text: string, a: number, b: number): boolean {
  return !/[.!?。！？]/.test(text.slice(Math.min(a, b), Math.max(a, b)));
}
