// Facts the message denies (and what might be: "要是以后做出口" says nothing): "不做外贸" is no cross-border trade, "不在网上卖" no online sales, "不是
// 个体户" no size class, "不是做网贷的" no service, "不用买新冰柜" no equipment. The words for the fact inside the denial are dropped; the denial itself
// says false (the assembler reads the scope).

import { drop, dropInside, isFlag, type Mention, type State } from '../mention';

const DENIALS: ReadonlySet<string> = new Set(['denial', 'market-denial', 'online-denial']);

/** 做不做, 在不在: a verb asked either way (A-not-A) denies nothing ("你们做不做出口的贷款"). */
function askedEitherWay(text: string, m: Mention): boolean {
  return text[m.start] === '不' && m.start > 0 && text[m.start - 1] === text[m.start + 1];
}

export function deniedFacts(state: State): void {
  drop(
    state,
    'deniedFacts',
    (m) => m.kind === 'scope' && DENIALS.has(m.value) && askedEitherWay(state.text, m),
    'a verb asked either way (做不做) denies nothing',
  );
  // "我没得京东的单子": a denial says nothing is so; the fact it names is not stated either way.
  dropInside(state, 'deniedFacts', 'denial', (m) => isFlag(m, 'cross-border', 'online-sales'), 'inside a denial');
  // "我们不是做网贷的": a service named inside a denial is not the one the message is about.
  dropInside(state, 'deniedFacts', 'denial', (m) => m.kind === 'service', 'a service inside a denial');
  dropInside(state, 'deniedFacts', 'market-denial', (m) => isFlag(m, 'cross-border'), 'inside a denied market');
  dropInside(state, 'deniedFacts', 'online-denial', (m) => isFlag(m, 'online-sales'), 'inside denied online sales');
  // "我是老挝来的", "i am from laos": where the owner comes from says nothing of the firm's trade abroad.
  dropInside(state, 'deniedFacts', 'origin', (m) => isFlag(m, 'cross-border'), 'where the owner comes from');
  // "要是以后做出口", "if we ever sell online": what might be is not stated either way.
  dropInside(state, 'deniedFacts', 'hypothetical', (m) => isFlag(m, 'cross-border', 'online-sales'), 'inside what might be');
  // "不用买新冰柜 主要是周转", "we don't need a new truck": the purchase denied is not what the money is for.
  dropInside(state, 'deniedFacts', 'purchase-denied', (m) => m.kind === 'purpose', 'a purchase said not to be needed');
  dropInside(state, 'deniedFacts', 'size-ignore', (m) => m.kind === 'size', 'a size word that names no class, or a denied one');
}
