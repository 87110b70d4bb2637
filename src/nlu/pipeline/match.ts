// Every match of a pattern in a text, as spans, whatever the pattern's flags: word lists compile
// to plain patterns and the extractors need all their occurrences.

const GLOBAL = new WeakMap<RegExp, RegExp>();

function global(re: RegExp): RegExp {
  let g = GLOBAL.get(re);
  if (g === undefined) {
    g = re.global ? re : new RegExp(re.source, `${re.flags}g`);
    GLOBAL.set(re, g);
  }
  return g;
}

export interface Match {
  start: number;
  end: number;
  text: string;
}

export function allMatches(re: RegExp, text: string): Match[] {
  const g = global(re);
  const out: Match[] = [];
  g.lastIndex = 0;
  for (let m = g.exec(text); m !== null; m = g.exec(text)) {
    if (m[0].length === 0) {
      g.lastIndex += 1;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}
