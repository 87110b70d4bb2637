// The services a comparing question weighs, in the order named. A bank loan is no service word
// (我想去银行贷款 names no service), but weighed against one it is the banks' side of the choice,
// `online-financial-institution` (the banks' channels and the programmes applied for through them):
// "leasing or bank loan which better for us", "融资租赁和银行贷款哪个划算". A bank loan preferred over the others (还是走银行贷款吧,
// "we'd rather go with the bank loan") is that side chosen: the service (bankPreferred, round 28).

import type { ServiceId } from '../../knowledge/ids';
import { BANK_PREFERRED, BANK_WEIGHED } from '../lexicon';
import type { Understanding } from '../types';
import type { Rules } from './assemble';
import { breakBetween, SENTENCES } from './clauses';
import { ofKind, type State } from './mention';

const BANKS: ServiceId = 'online-financial-institution';

/** A loan in Chinese, not a lender's own word (贷款公司, 贷款平台): 贷款, 经营贷, 信用贷. */
const PLAIN_LOAN_ZH = '(?:经营|信用|抵押|银行|普通|一般|正常)?贷款(?!公司|平台|软件|app|中介)|(?:经营|信用|抵押)贷';
/** Words that may stand before a plain loan in English: "a normal loan", "business loans". */
const PLAIN_LOAN_KINDS = ['normal', 'regular', 'ordinary', 'plain', 'traditional', 'business', 'commercial', 'secured'];
/** Words after "loan" that make it a lender, not a loan: "loan company", "loan app", "loan shark". */
const LENDER_AFTER_LOAN = ['company', 'companies', 'app', 'apps', 'platform', 'shark', 'agent', 'broker'];
/**
 * A loan named plainly, with no bank (贷款, 经营贷, 信用贷, a loan, a normal loan): weighed against a
 * named service in a comparing question ("贷款好还是融资租赁好", "leasing vs a loan"), it is the
 * banks' side too; right after a service's name it is that service's loan (网商银行贷款, p2p loan).
 */
const PLAIN_LOAN = new RegExp(
  String.raw`${PLAIN_LOAN_ZH}|\b(?:(?:${PLAIN_LOAN_KINDS.join('|')})\s+)?loans?\b(?!\s+(?:${LENDER_AFTER_LOAN.join('|')}))`,
  'g',
);

/** Words that weigh one thing against another: only then is a plain loan one of the things weighed. */
const COMPARING = /还是|比|[和跟与同]|区别|差别|不同|\b(?:vs\.?|versus|or|than|compared?|difference|differ)\b/;

/** The services named, in order, with a bank loan among them when one service or more is named. */
export function servicesCompared(state: State): ServiceId[] {
  const named = ofKind(state, 'service').map((m) => ({ id: m.value as ServiceId, start: m.start }));
  const bank = BANK_WEIGHED.exec(state.text);
  const first = named[0];
  if (bank !== null && first !== undefined && !named.some((s) => s.id === BANKS) && oneSentence(state.text, bank.index, first.start)) {
    named.push({ id: BANKS, start: bank.index });
  }
  const services = ofKind(state, 'service');
  if (first !== undefined && !named.some((s) => s.id === BANKS) && COMPARING.test(state.text)) {
    for (const loan of state.text.matchAll(PLAIN_LOAN)) {
      const at = loan.index;
      // The loan of a service named right before it (网商银行贷款, p2p loan), or a service's own name (网商贷).
      if (services.some((m) => at >= m.start && /^[\s的]?$/.test(state.text.slice(m.end, at)))) continue;
      if (!oneSentence(state.text, at, first.start)) continue;
      named.push({ id: BANKS, start: at });
      break;
    }
  }
  return [...new Set(named.sort((a, b) => a.start - b.start).map((s) => s.id))];
}

/** No sentence ends between the two places: "the bank said no" after a question is no item weighed. */
function oneSentence(text: string, a: number, b: number): boolean {
  return !breakBetween(text, Math.min(a, b), Math.max(a, b), SENTENCES);
}

/**
 * A bank loan preferred over the other ways, with no service named and nothing asked (还是走银行贷款吧, 我还是想贷银行的, "we'd rather
 * go with the bank loan"; round 28, fix28c, convention 45): the banks' side, `online-financial-institution`, as `compared` names it;
 * the dialog shows that service (its card: the banks' own channels and how to apply there), as a service named does. A wish to
 * borrow from a bank with no preference said (我想去银行贷款) stays none.
 */
export function bankPreferred(state: State, u: Understanding, rules: Rules): void {
  if (u.service !== undefined || u.compared !== undefined || u.question !== undefined || u.offer !== undefined) return;
  if (u.command !== undefined && u.command !== 'advice') return;
  const said = BANK_PREFERRED.exec(state.text);
  if (said === null) return;
  u.service = BANKS;
  rules.service = `a bank loan preferred "${said[0]}"`;
  if (u.command === 'advice') {
    delete u.command;
    delete rules.command;
  }
  state.decisions.push({ refiner: 'bankPreferred', action: 'note', mention: `service:${BANKS}`, because: 'a bank loan preferred' });
}
