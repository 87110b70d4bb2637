// `npm run nlu -- "text" ["text"...]`: explains how the NLU reads a message: the normalized text,
// every mention the extractors found (with its rule), each refiner's decision, and the resulting
// Understanding with the rule behind each field. `--json` prints the same as JSON.

import { parseArgs } from 'node:util';
import { explain, type Explanation } from '../nlu/understand';

function print(e: Explanation): void {
  console.log(`text: ${JSON.stringify(e.text)}`);
  console.log('mentions:');
  for (const m of e.mentions) console.log(`  ${m}`);
  console.log('decisions:');
  for (const d of e.decisions) console.log(`  ${d.refiner}: ${d.action} ${d.mention} (${d.because})`);
  const { rules, ...fields } = e.understanding;
  console.log('result:');
  for (const [field, value] of Object.entries(fields)) {
    const rule = rules?.[field as keyof typeof rules];
    console.log(`  ${field}: ${JSON.stringify(value)}${rule === undefined ? '' : `  <- ${rule}`}`);
  }
}

const { values, positionals } = parseArgs({ options: { json: { type: 'boolean', default: false } }, allowPositionals: true });
if (positionals.length === 0) {
  console.error('usage: npm run nlu -- [--json] "message" ["message" ...]');
  process.exitCode = 2;
}
for (const text of positionals) {
  const e = explain(text);
  if (values.json) console.log(JSON.stringify(e, null, 2));
  else print(e);
  if (positionals.length > 1) console.log('');
}
