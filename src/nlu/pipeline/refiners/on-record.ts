// A lender named as what stands on the credit record (征信上网贷查询太多, 征信上有网贷记录, "too many
// huabei enquiries on my credit report"): the question is the record, no service asked about, so a service
// named inside the credit-record question's own words is dropped.

import { drop, ofKind, type State } from '../mention';

export function onRecord(state: State): void {
  for (const q of ofKind(state, 'question')) {
    if (q.value !== 'credit-record') continue;
    drop(state, 'onRecord', (m) => m.kind === 'service' && m.start >= q.start && m.end <= q.end, 'a lender on the credit record');
  }
}
