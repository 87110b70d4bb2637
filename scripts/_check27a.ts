import { readFileSync } from 'node:fs';
import { understand } from '../src/nlu';
let bad = 0;
for (const f of process.argv.slice(2)) {
  for (const c of JSON.parse(readFileSync(f, 'utf8'))) {
    const got = understand(c.text) as Record<string, unknown>;
    const norm = (o: Record<string, unknown>) => JSON.stringify(Object.keys(o).sort().reduce((a, k) => ({ ...a, [k]: o[k] }), {}));
    if (norm(got) !== norm(c.expected)) { bad++; console.log(c.text, '\n  want', norm(c.expected), '\n  got ', norm(got)); }
  }
}
console.log('bad', bad);
