// Code-switching: an English word or phrase standing alone among Chinese words, as cross-border
// traders type it (想借 11万 add 一台烘干机, 做 hotpot 的, export 现在不做, amount 改成 2个w), is read as
// the Chinese word `lexicon/zh/code-switch.ts` gives, so that the Chinese word lists read the
// clause whole. Only a whole run of Latin words, in a message with Han characters: an English word
// inside English words keeps the English lists' reading. The reverse too: a Chinese word standing alone
// beside English words in a message written mostly in English (we don't do 出口, not on 淘宝 or 抖音, we do
// 边贸 with laos) is read as the English word `lexicon/en/code-switch.ts` gives, so that the English lists
// read the clause whole. The NLU's view of the text only; the conversation's language rule counts the
// words as typed, and the message's language is its script's as typed (understand.ts).

import { chineseInEnglish } from './lexicon/en/code-switch';
import {
  DONE_ONCE_AFTER,
  englishFigureWordsInChinese,
  englishInChinese,
  englishVerbsDoneOnce,
  englishVerbsInChinese,
  VERB_SUBJECT,
} from './lexicon/zh/code-switch';
import { languageWordsNormalized } from './normalize';

const HAN = /\p{Script=Han}/u;
/** A run of Latin words (single spaces, hyphens inside), not touching a letter or a digit. */
// Not a sum's unit letter after its number (40个w add 一台叉车: the run is "add").
const LATIN_RUN = /(?<![a-z\d'+.-])(?!(?<=[\d个] ?)[wk](?![a-z'-]))[a-z][a-z'-]*(?: [a-z][a-z'-]*)*(?![a-z\d'+-])/g;

const WORDS: Readonly<Record<string, string>> = { ...englishInChinese, ...englishFigureWordsInChinese };
const FIGURE_WORDS = new Set(Object.values(englishFigureWordsInChinese));

/** The longest phrase of the table at the start of a run's words. */
const LONGEST = Math.max(...Object.keys(WORDS).map((phrase) => phrase.split(' ').length));

/**
 * A run of English words as Chinese, when the table's phrases cover all of it (the longest first), else undefined; a verb
 * of mending as its last word only before 一下 (`doneOnce`: englishVerbsDoneOnce).
 */
function wordsRead(run: string, doneOnce: boolean): string | undefined {
  const words = run.split(' ');
  let out = '';
  for (let i = 0; i < words.length; ) {
    let n = Math.min(LONGEST, words.length - i);
    for (; n > 0; n--) {
      const phrase = words.slice(i, i + n).join(' ');
      const chinese = (doneOnce && i + n === words.length ? englishVerbsDoneOnce[phrase] : undefined) ?? WORDS[phrase];
      if (chinese !== undefined) {
        out += chinese;
        break;
      }
    }
    if (n === 0) return undefined;
    i += n;
  }
  return out;
}

/** A Chinese character right after the word, a space allowed between: the verb's object (我们 truck 榴莲). */
const HAN_NEXT = /^ ?\p{Script=Han}/u;

/** A one-word run read as a verb: after the owner or a word of habit, before a Chinese object (englishVerbsInChinese). */
function verbRead(run: string, before: string, after: string): string | undefined {
  const verb = englishVerbsInChinese[run];
  return verb !== undefined && VERB_SUBJECT.test(before) && HAN_NEXT.test(after) ? verb : undefined;
}

/** A figure with its unit just before a space: 1500块 , 5万 , 5 个 typed apart (round 64). */
const AFTER_A_FIGURE = /\d ?\S{0,2} $/;

/** The text with each English run the table names read as its Chinese word. */
export function englishReadInChinese(text: string): string {
  if (!HAN.test(text)) return text;
  let out = '';
  let last = 0;
  for (const m of text.matchAll(LATIN_RUN)) {
    const after = text.slice(m.index + m[0].length);
    const chinese = verbRead(m[0], text.slice(0, m.index), after) ?? wordsRead(m[0], DONE_ONCE_AFTER.test(after));
    if (chinese === undefined) continue;
    // A word joins the Chinese beside it as Chinese is written (做 hotpot 的 → 做火锅的); a figure word keeps its spaces.
    const joined = !FIGURE_WORDS.has(chinese);
    let before = text.slice(last, m.index);
    // Not after a figure (一天1500块 want 5万): the word after a sum is no unit of it.
    if (joined && / $/.test(before) && HAN.test(before.slice(-2, -1)) && !AFTER_A_FIGURE.test(before)) before = before.slice(0, -1);
    out += before + chinese;
    last = m.index + m[0].length;
    if (joined && text[last] === ' ' && HAN.test(text[last + 1] ?? '')) last++;
  }
  return out + text.slice(last);
}

/** A run of Han characters, and the Latin word beside it (spaces between) that makes it stand among English words. */
const HAN_RUN = /\p{Script=Han}+/gu;
const LATIN_BEFORE = /[a-z][a-z'’-]* ?$/;
const LATIN_AFTER = /^ ?[a-z]/;

/**
 * The text with each Chinese word the table names read as its English words, where it stands beside an
 * English word in a message with more English words than Chinese (we don't do 出口 → we don't do export).
 */
export function chineseReadInEnglish(text: string): string {
  if (!HAN.test(text) || !Array.from(text.matchAll(HAN_RUN)).some(([run]) => run in chineseInEnglish)) return text;
  const { zh, en } = languageWordsNormalized(text);
  if (en <= zh) return text;
  return text.replace(HAN_RUN, (run: string, at: number) => {
    const english = chineseInEnglish[run];
    if (english === undefined) return run;
    const before = text.slice(0, at);
    const after = text.slice(at + run.length);
    if (!LATIN_BEFORE.test(before) && !LATIN_AFTER.test(after)) return run;
    return `${/[^ ]$/.test(before) ? ' ' : ''}${english}${/^[^ ]/.test(after) ? ' ' : ''}`;
  });
}

/**
 * Alibaba's B2B market named by its number (在1688上接单, we sell via 1688, orders come from 1688): the platform,
 * read as its name, not a figure. Only with a word of place or selling beside it.
 */
const PLATFORM_NUMBER =
  /(?<=(?:\b(?:on|via|through|from|in)|在|通过|用|做|跑) ?)1688(?=\s?(?:上|平台|店|$|[\s,，.。!?]))|(?<![\d.])1688(?=\s?(?:上|平台|店铺|网店|接单|shop|store|orders?\b))/g;

/** The text with 1688 named as a platform read as the platform's name (阿里巴巴). */
export function platformNumberRead(text: string): string {
  return text.replace(PLATFORM_NUMBER, '阿里巴巴');
}
