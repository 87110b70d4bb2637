// The conversation's language follows the person, not a word. Cross-border traders mix the two
// languages: an English speaker names a place, a product or a finance term in Chinese ("我们在磨憨
// 做橡胶生意 sell rubber to Laos", "汇率波动大 怎么锁汇"); a Chinese speaker drops in "P2P" or
// "what about fees?". Such a message is read in full and answered in the conversation's language.
// The rule, in words as writtenLanguage counts them (a Chinese word is two Han characters):
//
// - A new conversation starts in the language the first message is plainly written in.
// - Otherwise the replies switch to the other language only when most of the message is in it:
//   at least two thirds of its words, and at least SETTLED_MIN_WORDS of them once the person has
//   told the bot something about the firm (a few words of the other language are a term, not a
//   change of language; the language the conversation began in, or the one the owner asked for or
//   took the replies over to by writing in it before, needs RETURN_MIN_WORDS); before that, a message plainly written in it is enough (someone who
//   landed on the page of the wrong language and writes "我们在大理开客栈" is answered in Chinese
//   at once).
// - A short reply in English alone ("ok thanks bye", "summary") brings English back when English is the owner's own (began in it,
//   asked for it or took the replies over to it): the quick words that say nothing elsewhere say it here.
// - An explicit switch ("English please", "说中文", the language button) always wins: it is a
//   command the dialog carries out whatever this rule says.
//
// Pure: the engine passes the message and what it knows of the conversation.

import type { EnterpriseProfile } from '../knowledge/profile';
import type { Locale } from '../locale';
import { detectLanguage, languageOfWords, languageWords } from './normalize';

/** English is the owner's own: the conversation began in it, or the owner asked for it or took the replies over to it. */
const ownEnglish = (conversation: ConversationLanguage): boolean => conversation.startedIn === 'en' || conversation.askedIn === 'en';

/** The share of a message's words the other language needs to take the conversation over. */
export const SWITCH_SHARE = 2 / 3;
/** Words of the other language needed once the conversation is under way (10 Han characters). */
export const SETTLED_MIN_WORDS = 5;
/** Words enough to bring back the language the conversation began in (4 Han characters: 格有贴息). */
export const RETURN_MIN_WORDS = 2;

export interface ConversationLanguage {
  locale: Locale;
  profile: EnterpriseProfile;
  /** The language the conversation began in, the owner's own: a message plainly in it needs no more words to bring the replies back. */
  startedIn?: Locale;
  /** The language the owner last asked for ("Can you reply in English?"), or took the replies over to by writing: brought back as easily as the first. */
  askedIn?: Locale;
}

/**
 * The language to reply in from this message on, when it is not the conversation's: the language
 * of a new conversation (`conversation` undefined), or the one a conversation switches to. Null
 * keeps the conversation's language (or, for a new one, lets other hints decide).
 */
export function languageToFollow(text: string, conversation?: ConversationLanguage): Locale | null {
  const words = languageWords(text);
  const written = languageOfWords(words);
  // A short reply in English alone ("ok thanks bye", "summary") brings English back to a conversation the owner began in it or took
  // over to it, after the replies followed one Chinese message (round 64, found by a tester); "ok" alone says nothing in the other.
  if (conversation && written === null && conversation.locale !== 'en' && ownEnglish(conversation) && detectLanguage(text) === 'en')
    return 'en';
  if (!conversation || written === null) return written;
  if (written === conversation.locale) return null;
  const otherWords = written === 'zh-CN' ? words.zh : words.en;
  if (otherWords / (words.zh + words.en) < SWITCH_SHARE) return null;
  const underWay = Object.values(conversation.profile).some((value) => value !== undefined);
  const needed = written === conversation.startedIn || written === conversation.askedIn ? RETURN_MIN_WORDS : SETTLED_MIN_WORDS;
  return underWay && otherWords < needed ? null : written;
}
