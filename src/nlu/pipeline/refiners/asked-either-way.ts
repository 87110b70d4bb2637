// A verb asked either way (A-not-A: 做不做, 种不种, 在不在) denies nothing: "你们做不做出口的贷款" asks, "老板在不在 我在文山开三七加工厂的"
// greets and then names the firm. What the verb is asked of, up to its clause's end, names no trade of the firm's (种不种核桃都可以: walnuts
// are a choice weighed, round 25); the rest of the scope it opened (the owner's next clause) is no denial at all, and the scope is dropped
// before any refiner reads what it covers as denied (the trade said after a greeting had been lost: round 51).

import { clauseEnd, SPOKEN_CLAUSES } from '../clauses';
import { drop, type Mention, type State } from '../mention';

const DENIALS: ReadonlySet<string> = new Set(['denial', 'market-denial', 'online-denial']);

/** 做不做, 在不在: the scope opens on 不 between the same verb twice. */
function eitherWay(text: string, m: Mention): boolean {
  return text[m.start] === '不' && m.start > 0 && text[m.start - 1] === text[m.start + 1];
}

export function askedEitherWay(state: State): void {
  const asked = state.mentions.filter((m) => m.kind === 'scope' && DENIALS.has(m.value) && eitherWay(state.text, m));
  if (asked.length === 0) return;
  const askedOf = asked.map((s) => ({ start: s.start, end: Math.min(s.end, clauseEnd(state.text, s.start + 2, SPOKEN_CLAUSES)) }));
  drop(
    state,
    'askedEitherWay',
    (m) => m.kind === 'industry' && askedOf.some((s) => m.end > s.start && m.start < s.end),
    'what a verb asked either way is asked of (种不种核桃)',
  );
  drop(state, 'askedEitherWay', (m) => asked.includes(m), 'a verb asked either way (做不做) denies nothing');
}
