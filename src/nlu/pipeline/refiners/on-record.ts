// A lender named as what stands on the credit record (征信上网贷查询太多, 征信报告上有好多网贷记录, "too many
// huabei enquiries on my credit report"): the question is the record, no service asked about, so a service
// named inside the credit-record question's own words, after the record itself, is dropped. The owner's own
// lender named before it stays (以前网贷逾期过几次 征信上还有记录: where the late payments were).

import { drop, ofKind, type State } from '../mention';

/** The record named: 征信, "credit report". */
const RECORD = /征信|\bcredit (?:record|report|history|score)\b|\bzhengxin\b/;

export function onRecord(state: State): void {
  for (const q of ofKind(state, 'question')) {
    if (q.value !== 'credit-record') continue;
    drop(
      state,
      'onRecord',
      (m) => m.kind === 'service' && m.start >= q.start && m.end <= q.end && RECORD.test(state.text.slice(q.start, m.start)),
      'a lender on the credit record',
    );
  }
}
