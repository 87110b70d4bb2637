// The refiners' corpus (test/nlu/corpus/{zh,en}/refiners-*.json): each case the whole expected
// Understanding, compared exactly, so a field set that the message does not give fails.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/nlu';
import type { Understanding } from '../../../src/nlu/types';

interface Case {
  text: string;
  expected: Understanding;
}

const ROOT = join(import.meta.dirname, '..', 'corpus');

for (const locale of ['zh', 'en']) {
  const dir = join(ROOT, locale);
  for (const file of readdirSync(dir).filter((f) => f.startsWith('refiners-') && f.endsWith('.json'))) {
    const cases = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Case[];
    describe(`${locale}/${file}`, () => {
      it.each(cases)('$text', ({ text, expected }) => {
        expect(understand(text)).toEqual(expected);
      });
    });
  }
}
