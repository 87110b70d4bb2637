// languageToFollow(): the conversation's language follows the person, not a word. Tables in both
// directions: mixed messages keep the conversation's language, a message mostly in the other
// language switches it, and a new conversation starts in the language it is written in.

import { describe, expect, it } from 'vitest';
import { languageToFollow } from '../../src/nlu/language-share';
import type { EnterpriseProfile } from '../../src/knowledge/profile';
import type { Locale } from '../../src/locale';

const NOTHING_YET: EnterpriseProfile = {};
const UNDER_WAY: EnterpriseProfile = { industry: 'wholesale', crossBorder: true };

type Row = [text: string, expected: Locale | null];

function table(locale: Locale, profile: EnterpriseProfile, rows: Row[]) {
  for (const [text, expected] of rows) {
    it(`"${text}" -> ${expected ?? `keeps ${locale}`}`, () => {
      expect(languageToFollow(text, { locale, profile })).toBe(expected);
    });
  }
}

describe('an English conversation under way', () => {
  table('en', UNDER_WAY, [
    // Mixed: the Chinese is a place, a product, a term.
    ['我们在磨憨做橡胶生意 sell rubber to Laos', null],
    ['汇率波动大 怎么锁汇', null],
    ['what about 供应链金融?', null],
    ['锁汇', null],
    ['三年', null],
    ['50万', null],
    ['ok', null],
    ['we sell on 淘宝 and 拼多多', null],
    // Mostly Chinese and a sentence of it: the person now writes Chinese.
    ['我们其实有十五个员工，营业额两千万', 'zh-CN'],
    ['汇率波动太大了，我们想知道怎么锁定汇率', 'zh-CN'],
    ['我们在磨憨做橡胶生意，卖到老挝 rubber', 'zh-CN'],
  ]);
});

describe("an English stretch of a conversation begun in Chinese: the owner's own language comes back with a short question plainly in it", () => {
  for (const [text, expected] of [
    ['越南那边咋个收款', 'zh-CN'],
    ['汇率波动大 怎么锁汇', 'zh-CN'],
    ['格有贴息', 'zh-CN'],
    // Mixed, or a word: still English.
    ['what about 供应链金融?', null],
    ['锁汇', null],
    ['三年', null],
    ['50万', null],
  ] as Row[]) {
    it(`"${text}" -> ${expected ?? 'keeps en'}`, () => {
      expect(languageToFollow(text, { locale: 'en', profile: UNDER_WAY, startedIn: 'zh-CN' })).toBe(expected);
    });
  }
});

describe('a Chinese stretch of a conversation begun in Chinese after the owner asked for English: English comes back with a short question in it', () => {
  for (const [text, expected] of [
    ['what documents do I need', 'en'],
    ['how much interest?', 'en'],
    // A word or a sum: still Chinese.
    ['P2P', null],
    ['50k', null],
  ] as Row[]) {
    it(`"${text}" -> ${expected ?? 'keeps zh-CN'}`, () => {
      expect(languageToFollow(text, { locale: 'zh-CN', profile: UNDER_WAY, startedIn: 'zh-CN', askedIn: 'en' })).toBe(expected);
    });
  }
});

describe('a Chinese conversation under way', () => {
  table('zh-CN', UNDER_WAY, [
    ['what about P2P?', null],
    ['supply chain finance 是什么', null],
    ['我们用alipay收款', null],
    ['做cross-border e-commerce的', null],
    ['thanks', null],
    ['OK 好的', null],
    ['100k', null],
    // Mostly English and a sentence of it.
    ['We have 12 employees and revenue of 20 million yuan', 'en'],
    ['can you explain the risks of supply chain finance', 'en'],
    ['how do we check a platform before we borrow 磨憨', 'en'],
  ]);
});

describe('before the person has said anything about the firm', () => {
  // The page opened in one language; the first words say which one the person reads.
  table('en', NOTHING_YET, [
    ['我们在大理开客栈', 'zh-CN'],
    ['开客栈', 'zh-CN'],
    ['你好', 'zh-CN'],
    ['我们在磨憨做橡胶生意 sell rubber to Laos', null],
    ['hello', null],
  ]);
  table('zh-CN', NOTHING_YET, [
    ['We sell flowers on Taobao', 'en'],
    ['coffee export', 'en'],
    ['hi', null],
    ['sell rubber to Laos 我们在磨憨做橡胶生意', null],
    ['做边贸 border trade', null],
  ]);
});

describe('a new conversation', () => {
  it.each<Row>([
    ['我们在磨憨做橡胶生意 sell rubber to Laos', 'zh-CN'],
    ['We sell rubber to Laos from 磨憨', 'en'],
    ['开客栈', 'zh-CN'],
    ['30', null],
    ['ok', null],
  ])('"%s" starts in %s', (text, expected) => {
    expect(languageToFollow(text)).toBe(expected);
  });
});
