// Writes src/nlu/lexicon/zh/homophones.ts: for each key word of keywords-zh.txt, the spellings a phone's
// pinyin input offers for it with one character slipped to another of the same pinyin (tones aside:
// 员攻 for 员工, 流谁 for 流水, 营页额 for 营业额), which normalize() reads back as the key word.
//
// Run once when the key words change; the table is committed data, so the project has no dependency
// on these packages. In a scratch directory (not the project):
//   mkdir -p /tmp/pinyin-gen && cd /tmp/pinyin-gen && npm init -y && npm install pinyin-pro @node-rs/jieba
//   node /path/to/project/scripts/homophones/gen-homophones.mjs [/tmp/pinyin-gen]
//
// A slip is kept only when it is safe to read back wherever it stands:
// - the slipped character is a common one (among the COMMON most frequent single characters of jieba's
//   dictionary: what a phone offers first);
// - the slip is no word of its own (not in jieba's dictionary, nor one of the key words), and no part
//   of a longer word there (进贷 inside 促进贷款 is no typo);
// - the slip does not often stand astride two words: not made by the end of a common word and the start of
//   another (公司|计划 holds 司计, PAIR), nor by the end and the start of any words often (ASTRIDE), nor by two
//   key words (厨师|服务员 holds 师服), nor, for a key word whose rest is a word, by that word and a common start
//   (手续|非常, EDGE).
// EXTRA_EXCLUDED lists the slips found read wrongly in the known messages or the sweep's negative frames; EXTRA_INCLUDED
// (included-zh.txt) the slips found typed by owners that a filter drops (政信 for 征信).

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const scratch = process.argv[2] ?? '/tmp/pinyin-gen';
const require = createRequire(join(scratch, 'package.json'));
const { pinyin } = require('pinyin-pro');
const dictText = readFileSync(require.resolve('@node-rs/jieba/dict.txt'), 'utf8');

const COMMON = 3000;
/**
 * Numerals, particles and the commonest words of one character: never read as a slip (六水 in 十六水果, 营业哦 in
 * 今天不营业哦, 的押 in 交的押金 are what they say).
 */
const FUNCTION_CHARACTERS = [
  ...'零一二三四五六七八九十百千万亿两几个的地得了着过是在不没我你他她它们这那有就也都和与及或而吗呢啊吧嘛哦噢呀么哈啦喔哟诶嗯噶咯很太再又还才只要会能可以对给把被让从到向往为做说看去来上下里外前后中大小年月日天多少些点',
];
const ASTRIDE = 1e-6;
const EDGE = 3e-4;
const EXTRA_EXCLUDED = new Set(
  readFileSync(join(here, 'excluded-zh.txt'), 'utf8')
    .split(/\s+/)
    .filter((w) => w && !w.startsWith('#')),
);

/** Slips kept whatever the filters say, each found typed by owners (included-zh.txt: "key: slip slip"). */
const EXTRA_INCLUDED = readFileSync(join(here, 'included-zh.txt'), 'utf8')
  .split('\n')
  .filter((l) => l.includes(':') && !l.startsWith('#'))
  .flatMap((l) => {
    const [key, slips] = l.split(':');
    return slips
      .trim()
      .split(/\s+/)
      .map((slip) => [slip, key.trim()]);
  });

const keywords = [
  ...new Set(
    readFileSync(join(here, 'keywords-zh.txt'), 'utf8')
      .split('\n')
      .filter((l) => !l.startsWith('#'))
      .flatMap((l) => l.split(/\s+/))
      .filter(Boolean),
  ),
];

/** jieba's words and their frequencies. */
const freq = new Map();
for (const line of dictText.split('\n')) {
  const [w, f] = line.split(' ');
  if (w) freq.set(w, (freq.get(w) ?? 0) + Number(f));
}
const total = [...freq.values()].reduce((a, b) => a + b, 0);
const han = /^\p{Script=Han}+$/u;

/** How often each character is used: the frequencies of the words that hold it. */
const used = new Map();
for (const [w, f] of freq) if (han.test(w)) for (const ch of w) used.set(ch, (used.get(ch) ?? 0) + f);
const common = [...used]
  .sort((a, b) => b[1] - a[1])
  .slice(0, COMMON)
  .map(([ch]) => ch)
  .filter((ch) => !FUNCTION_CHARACTERS.includes(ch));

/** The common characters by their toneless reading (the usual one: what the input offers them under). */
const readings = new Map();
for (const ch of common) {
  const p = pinyin(ch, { toneType: 'none' });
  if (!readings.has(p)) readings.set(p, []);
  readings.get(p).push(ch);
}

/** How often a word ends with, or starts with, each string of one to three characters (shares of all word use). */
const ending = new Map();
const starting = new Map();
for (const [w, f] of freq) {
  if (!han.test(w)) continue;
  for (let n = 1; n <= 3 && n <= w.length; n++) {
    ending.set(w.slice(-n), (ending.get(w.slice(-n)) ?? 0) + f / total);
    starting.set(w.slice(0, n), (starting.get(w.slice(0, n)) ?? 0) + f / total);
  }
}

/** Every Han substring of jieba's words (of length 2 to 4) that is not the whole word: a slip found there is a piece of a word. */
const pieces = new Set();
for (const w of freq.keys()) {
  if (!han.test(w) || w.length < 3) continue;
  for (let i = 0; i < w.length; i++) for (let n = 2; n <= 4 && i + n <= w.length; n++) if (n < w.length) pieces.add(w.slice(i, i + n));
}

/** Key words whose reading pinyin-pro gets wrong out of context. */
const READ_AS = { 还款: ['huan', 'kuan'], 还贷: ['huan', 'dai'] };

/** How likely the text before position i of a slip ends a word and the text from i starts one (shares of word use). */
function astride(slip, i) {
  return (ending.get(slip.slice(0, i)) ?? 0) * (starting.get(slip.slice(i)) ?? 0);
}
/** The likeliest split of a slip into the end of one word and the start of the next, at the slipped character's edges. */
function astrideRisk(slip, i) {
  const cuts = [i, i + 1].filter((c) => c > 0 && c < slip.length);
  return Math.max(...cuts.map((c) => astride(slip, c)));
}
/**
 * For a key word of three characters or more slipped at an edge, where the rest is a word of its own (手续 in
 * 手续费, 营业 in 营业额): how often the slipped character starts a word (手续非常) or ends one (the share of word use).
 */
function edgeRisk(slip, key, i) {
  if (key.length < 3) return 0;
  if (i === key.length - 1 && freq.has(key.slice(0, -1))) return starting.get(slip.slice(i)) ?? 0;
  if (i === 0 && freq.has(key.slice(1))) return ending.get(slip[0]) ?? 0;
  return 0;
}

/**
 * The commonest words (the TOP most frequent of jieba's): for each string of one to three characters, how often these
 * end with it and how often they start with it. A slip that the end of one and the start of another make often
 * (公司|计划 holds 司计, 月|希望 holds 月希, 这种|值得 holds 种值) is no slip: the product is below PAIR (人员|攻击
 * for 员攻 is rare enough).
 */
const TOP = 5000;
const PAIR = 8.5e8;
const topEnd = new Map();
const topStart = new Map();
for (const [w, f] of [...freq]
  .filter(([w]) => han.test(w))
  .sort((a, b) => b[1] - a[1])
  .slice(0, TOP))
  for (let n = 1; n <= 3 && n <= w.length; n++) {
    topEnd.set(w.slice(-n), (topEnd.get(w.slice(-n)) ?? 0) + f);
    topStart.set(w.slice(0, n), (topStart.get(w.slice(0, n)) ?? 0) + f);
  }
function commonPair(slip) {
  let most = 0;
  for (let c = 1; c < slip.length; c++) most = Math.max(most, (topEnd.get(slip.slice(0, c)) ?? 0) * (topStart.get(slip.slice(c)) ?? 0));
  return most;
}

/** The key words' ends and starts: a slip that reads as the end of one and the start of another (师服 in 厨师服务员) is no slip. */
const ownEnds = new Set();
const ownStarts = new Set();
for (const w of keywords)
  for (let n = 1; n <= w.length; n++) {
    if (n < w.length) ownEnds.add(w.slice(-n));
    ownStarts.add(w.slice(0, n));
  }
function betweenOwnWords(slip) {
  for (let c = 1; c < slip.length; c++) if (ownEnds.has(slip.slice(0, c)) && ownStarts.has(slip.slice(c))) return true;
  return false;
}

const keySet = new Set(keywords);
const table = new Map();
const dropped = { word: 0, piece: 0, astride: 0, edge: 0, own: 0, pair: 0, listed: 0 };
for (const key of keywords) {
  const sounds = READ_AS[key] ?? pinyin(key, { toneType: 'none', type: 'array' });
  [...key].forEach((ch, i) => {
    for (const other of readings.get(sounds[i]) ?? []) {
      if (other === ch) continue;
      const slip = key.slice(0, i) + other + key.slice(i + 1);
      if (keySet.has(slip) || table.has(slip)) continue;
      if (freq.has(slip)) {
        dropped.word++;
        continue;
      }
      if (pieces.has(slip)) {
        dropped.piece++;
        continue;
      }
      if (EXTRA_EXCLUDED.has(slip)) {
        dropped.listed++;
        continue;
      }
      if (betweenOwnWords(slip)) {
        dropped.own++;
        continue;
      }
      if (commonPair(slip) > PAIR) {
        dropped.pair++;
        continue;
      }
      const risk = astrideRisk(slip, i);
      if (process.env.SHOW_RISK) console.log(slip, key, risk.toExponential(1));
      if (risk > ASTRIDE) {
        dropped.astride++;
        continue;
      }
      const edge = edgeRisk(slip, key, i);
      if (process.env.SHOW_RISK) console.log('edge', slip, key, edge.toExponential(1));
      if (edge > EDGE) {
        dropped.edge++;
        continue;
      }
      table.set(slip, key);
    }
  });
}

for (const [slip, key] of EXTRA_INCLUDED) table.set(slip, key);

const byKey = new Map();
for (const [slip, key] of table) {
  if (!byKey.has(key)) byKey.set(key, []);
  byKey.get(key).push(slip);
}
/** A key word's slips, in strings of at most 30 (a line stays short). */
const chunks = (slips) => Array.from({ length: Math.ceil(slips.length / 30) }, (_, i) => `'${slips.slice(i * 30, i * 30 + 30).join(' ')}'`);
const lines = keywords.filter((k) => byKey.has(k)).map((k) => `  ${k}: [${chunks(byKey.get(k)).join(', ')}],`);
const out = `// Generated by scripts/homophones/gen-homophones.mjs from scripts/homophones/keywords-zh.txt: do not edit by hand.
// Each key word with the spellings a phone's pinyin input offers for it, one character slipped to another of the
// same pinyin (员攻 for 员工, 流谁 for 流水), kept only where such a slip is no word and no part of one and rarely
// stands astride two words; normalize() reads each back as the key word (same length). ${table.size} slips of ${byKey.size} words.

export const homophones: Readonly<Record<string, readonly string[]>> = {
${lines.join('\n')}
};
`;
writeFileSync(join(here, '../../src/nlu/lexicon/zh/homophones.ts'), out);
console.log(`${table.size} slips of ${byKey.size} of ${keywords.length} key words; dropped`, dropped);
