// Reads a few typical messages once, in both languages and mixed, so that the word lists' large
// patterns are compiled before the first owner writes: V8 compiles a regular expression when it is
// first run, and the NLU's first message otherwise waits for all of them (about 0.4 s a language on
// this project's machine with `npm start`'s flags, against a few milliseconds after).

import { understand } from './understand';

const TYPICAL: readonly string[] = [
  '我们是做茶叶加工的，员工25人，年营业额800万，想借100万买设备，期限两年',
  '固定的七个 忙起来再临时喊一二十个 格可以贷款',
  'We run a guesthouse in Dali with 8 staff, revenue about 1.2 million a year, need 300k for 6 months',
  'around 22 full time, plus a few casuals in peak season, is this loan app legit?',
  '河口做 border trade 的，staff 6个，年流水 2kw 左右，需要 500万 working capital',
];

/** Understands the typical messages once; returns the milliseconds it took. */
export function warmUp(): number {
  const start = performance.now();
  for (const text of TYPICAL) understand(text);
  return performance.now() - start;
}
