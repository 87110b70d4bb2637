// Which command a message gives, if any, and the language a language request asks for. One
// command per message: the first in COMMAND_RULES' precedence order (lexicon/zh/commands.ts) that matches.

import type { Locale } from '../locale';
import {
  AGREEMENT,
  CLOSING_LEADS,
  COMMAND_RULES,
  ELIGIBILITY_ASK,
  FILLERS,
  LANGUAGE_COMMAND_INDEX,
  LANGUAGE_RULES,
  NON_CONTENT,
  WISH_TO_BORROW,
} from './lexicon';
import type { Command } from './types';

const MAX_ESSENTIAL_LENGTH = 80;

/**
 * Whether the message is essentially the given words: they occur, and once they, the polite
 * fillers, punctuation and emoji are gone, nothing is left.
 */
export function isEssentially(text: string, words: RegExp): boolean {
  // A message that is "essentially one word" is short; skipping long ones keeps this cheap.
  if (text.length > MAX_ESSENTIAL_LENGTH) return false;
  let found = false;
  const withoutWords = text.replace(words, () => {
    found = true;
    return ' ';
  });
  // Most messages hold none of a rule's words: then nothing else needs looking at.
  return found && withoutWords.replace(FILLERS, ' ').replace(NON_CONTENT, '') === '';
}

const ONLY_QUESTION_MARKS = /^\?+$/;

/** An English question's first word: do, can, should, how, where… */
const QUESTION_OPENS = /^\s*(?:do|does|did|can|could|should|shall|is|are|will|would|must|how|what|where|when|why|which)\b/;
const GOODBYE_WORDS = COMMAND_RULES.find((r) => r.command === 'goodbye')?.whole;
const THANKS_WORDS = COMMAND_RULES.find((r) => r.command === 'thanks')?.whole;

/**
 * A message that closes the talk in several pieces, each the goodbye's, the thanks' or a yes (得嘞得嘞 讲得明白得很 谢谢老师,
 * 要得嘛 我晓得咋个弄了 拜拜, 多谢多谢 帮了大忙了 再会, "cheers mate, super clear. gotta run, bye!"; round 27): a goodbye when a
 * goodbye word is among them, else thanks. The agreement alone is a yes (choices.ts), the thanks alone or the goodbye alone
 * their own rule's.
 */
export function closingCommand(text: string): 'goodbye' | 'thanks' | undefined {
  if (text.length > MAX_ESSENTIAL_LENGTH || GOODBYE_WORDS === undefined || THANKS_WORDS === undefined) return undefined;
  // A message opening as an English question is none ("do i gotta go to the branch": where to apply; round 63).
  if (QUESTION_OPENS.test(text)) return undefined;
  // A goodbye word proper, not a piece said only before one (the thanks or "ok" before a bye, "ok that helped heaps").
  const leaving = (text.match(GOODBYE_WORDS) ?? []).some((piece) => isEssentially(piece, GOODBYE_WORDS));
  let thanked = false;
  const rest = text.replace(GOODBYE_WORDS, ' ').replace(THANKS_WORDS, () => {
    thanked = true;
    return ' ';
  });
  if (!leaving && !thanked) return undefined;
  // (The leads first: 整不明白 holds 明白, an agreement word; round 61.)
  if (rest.replace(CLOSING_LEADS, ' ').replace(AGREEMENT, ' ').replace(FILLERS, ' ').replace(NON_CONTENT, '') !== '') return undefined;
  return leaving ? 'goodbye' : 'thanks';
}

/**
 * The message's last clause, after its last stop, comma or run of spaces (资产总额这个真的算不清楚 先跳过嘛, "这个
 * revenue 我 not sure 哦 先 skip"): a skip said there, after what it is said of, still skips the question.
 */
const LAST_CLAUSE = /^(?:.*[\s,.!?;，。！？；])?([^\s,.!?;，。！？；]+)[\s,.!?;，。！？；]*$/su;
/** The words of skipping or not knowing, which alone make a last clause a skip (not 都行, "either is fine", nor 行吗). */
// ...or someone else to ask first (要这个干哪样 我得先问下会计; round 65): the figure not known now.
const SKIP_SAID = /跳过|略过|不晓得|晓不得|不知道|不清楚|说不准|不上来|不确定|问(?:一?下|问)|\b(?:skip|pass|dunno|idk)\b/i;

function saidLast(text: string, words: RegExp): boolean {
  const last = LAST_CLAUSE.exec(text)?.[1];
  return last !== undefined && last !== text && SKIP_SAID.test(last) && isEssentially(last, words);
}

export interface CommandReading {
  command?: Command;
  /** Set whenever the message asks for a language, even when a stronger command wins. */
  targetLocale?: Locale;
}

function requestedLocale(text: string): Locale | undefined {
  for (const rule of LANGUAGE_RULES) {
    if (rule.anywhere.test(text) || isEssentially(text, rule.whole)) return rule.locale;
  }
  return undefined;
}

/**
 * Commands that show something, asked in a language ("summary please in English", "用英文总结一下"):
 * the thing asked is the command, and the language it is asked in goes with it (`targetLocale`).
 */
const SHOWN_IN_A_LANGUAGE: readonly Command[] = ['summary', 'risks'];

/** The words of being away or busy now (later) and of skipping: a message of both is the owner gone for now (稍等 我查一下账). */
const LATER_WORDS = COMMAND_RULES.find((r) => r.command === 'later')?.whole;
const SKIP_RULE_WORDS = COMMAND_RULES.find((r) => r.command === 'skip')?.whole;
/** A word of being away found anywhere (not global: no state between tests). */
const LATER_FOUND = LATER_WORDS ? new RegExp(LATER_WORDS.source, LATER_WORDS.flags.replace('g', '')) : undefined;
/** Both lists as one, global as `whole` words are: removed from the message to see whether anything else is said. */
export const LATER_OR_SKIP_WORDS =
  LATER_WORDS && SKIP_RULE_WORDS ? new RegExp(`(?:${SKIP_RULE_WORDS.source})|(?:${LATER_WORDS.source})`, LATER_WORDS.flags) : undefined;

/**
 * Away or busy now, the answer later (我在忙 等下回你, 来客人了, 稍等 我查一下账, "brb, customer", "driving rn will reply tonight"):
 * a word of being away said, and nothing but those and skip words in the message (round 38, the lead).
 */
function awayNow(text: string): boolean {
  if (LATER_FOUND === undefined || LATER_OR_SKIP_WORDS === undefined || text.length > MAX_ESSENTIAL_LENGTH) return false;
  return LATER_FOUND.test(text) && isEssentially(text, LATER_OR_SKIP_WORDS);
}

export function detectCommand(text: string, namesService: boolean): CommandReading {
  const targetLocale = requestedLocale(text);
  const reading: CommandReading = targetLocale === undefined ? {} : { targetLocale };
  if (ONLY_QUESTION_MARKS.test(text)) return { ...reading, command: 'help' };
  for (let i = 0; i < COMMAND_RULES.length; i++) {
    if (i === LANGUAGE_COMMAND_INDEX && targetLocale !== undefined) {
      const shown = COMMAND_RULES.find((r) => SHOWN_IN_A_LANGUAGE.includes(r.command) && (r.anywhere?.test(text) ?? false));
      return { ...reading, command: shown?.command ?? 'language' };
    }
    const rule = COMMAND_RULES[i];
    if (rule === undefined) continue;
    if (
      (rule.anywhere?.test(text) ?? false) ||
      (rule.command === 'later' ? awayNow(text) : rule.whole !== undefined && isEssentially(text, rule.whole)) ||
      (rule.command === 'skip' && rule.whole !== undefined && saidLast(text, rule.whole)) ||
      ((rule.command === 'goodbye' || rule.command === 'thanks') && closingCommand(text) === rule.command) ||
      (namesService && (rule.withService?.test(text) ?? false))
    ) {
      return { ...reading, command: rule.command };
    }
  }
  return targetLocale === undefined ? reading : { ...reading, command: 'language' };
}

/** Where a command's words stand in the message (its `anywhere` words), every match. */
export function commandSpans(text: string, command: Command): { start: number; end: number }[] {
  const anywhere = COMMAND_RULES.find((r) => r.command === command)?.anywhere;
  if (anywhere === undefined) return [];
  const all = new RegExp(anywhere.source, `${anywhere.flags.replace('g', '')}g`);
  return Array.from(text.matchAll(all), (m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * Whether the message asks for advice in other words than a wish to borrow ("咋个整", "any other
 * options?", "推荐一下"): said beside a sum wanted, only those still ask for advice.
 */
/** The advice command's words said anywhere in a message, found once (not per message). */
const ADVICE_ANYWHERE = COMMAND_RULES.find((r) => r.command === 'advice')?.anywhere;

export function asksAdviceBeyondWish(text: string): boolean {
  return ADVICE_ANYWHERE?.test(text.replace(WISH_TO_BORROW, ' ')) ?? false;
}

/**
 * Whether the message only asks whether one can borrow ("can we get a loan?", "我能借钱吗"): an
 * eligibility question, which no advice word beside it turns into a request.
 */
export function onlyAsksEligibility(text: string): boolean {
  return ELIGIBILITY_ASK.test(text) && !(ADVICE_ANYWHERE?.test(text) ?? false);
}
