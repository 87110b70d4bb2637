// normalize(), detectLanguage() and writtenLanguage(): one spelling for everything, and the
// language a message is written in.

import { describe, expect, it } from 'vitest';
import { detectLanguage, normalize, writtenLanguage } from '../../src/nlu';

describe('normalize', () => {
  it.each([
    ['full-width digits and letters', '１２３ＡＢＣ', '123abc'],
    ['full-width punctuation', '员工２５人，营业额８００万！', '员工25人,营业额800万!'],
    ['Traditional (Taiwan) to Simplified', '我們是做茶葉的，員工二十個人，營業額三百萬', '我们是做茶叶的,员工二十个人,营业额三百万'],
    ['Traditional loan', '貸款五十萬', '贷款五十万'],
    ['Taiwan phrases', '軟體公司，網路', '软件公司,网络'],
    ['Hong Kong characters', '轉人工', '转人工'],
    ['Simplified stays as it is', '周转资金，后面再说', '周转资金,后面再说'],
    ['lowercase Latin', 'We Need 500K', 'we need 500k'],
    ['collapse whitespace and trim', '  a \t\n  b  ', 'a b'],
    ['ideographic space', '借\u300050万', '借 50万'],
    ['control characters', 'a\u0000b\u0007c', 'a b c'],
    ['zero-width and bidi marks', 'he\u200bllo\u202e world\ufeff', 'hello world'],
    ['lone surrogates', 'a\uD800b\uDC00c', 'a b c'],
    ['emoji survive', '好的👍', '好的👍'],
    ['quotes kept: they mark a brand doubted', 'a text from "Alipay"', 'a text from "alipay"'],
    ['empty', '', ''],
    // Yunnan writing as said (round 54): 哩 for 的, 克 for 去, and 废 typed for 费.
    ['哩 written for 的', '建行哩打电话来 格是真哩', '建行的打电话来 格是真的'],
    ['哩 of a word kept, or read as a slip of 利', '开咖哩饭店, 哩息多少', '开咖哩饭店, 利息多少'],
    ['克 written for 去', '打过克两回了,我想克农商行,克年,马上克银行', '打过去两回了,我想去农商行,去年,马上去银行'],
    ['克 of a gram or a word kept', '五百克 500 克 麦克风 星巴克 要克扣工资', '五百克 500 克 麦克风 星巴克 要克扣工资'],
    ['废 typed for 费', '废率 手续废 这一年废了 作废', '费率 手续费 这一年废了 作废'],
    // 里财 typed for 理财 (round 55); the 里 of a place before 财务, 财产 kept.
    ['里财 typed for 理财', '喊我们买里财 店里财务 家里财产', '喊我们买理财 店里财务 家里财产'],
  ])('%s', (_name, input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  it('cuts absurdly long input', () => {
    expect(normalize('a'.repeat(10_000)).length).toBeLessThanOrEqual(4000);
  });
});

describe('detectLanguage', () => {
  it.each([
    ['你好', 'zh-CN'],
    ['我們是做茶葉的', 'zh-CN'],
    ['借50万', 'zh-CN'],
    ['ok', 'en'],
    ['OK', 'en'],
    ['yes', 'en'],
    ['restart', 'en'],
    ['English', 'en'],
    ['we need 500k', 'en'],
    ['ＨＥＬＰ', 'en'],
    ['500k', null],
    ['2m', null],
    ['JD', null],
    ['RMB 2m', null],
    ['7', null],
    ['２', null],
    ['👍', null],
    ['', null],
    ['?', null],
    ['k', null],
  ] as const)('%j -> %s', (text, expected) => {
    expect(detectLanguage(text)).toBe(expected);
  });
});

describe('writtenLanguage', () => {
  it.each([
    ['我们是做茶叶的', 'zh-CN'],
    ['We run a guesthouse in Dali', 'en'],
    ['I sell on 淘宝 and 京东', 'en'],
    ['ok', null],
    ['好', null],
    ['2', null],
    ['JD', null],
    ['yes thanks', null],
    ['need 500k', null],
    ['need money', 'en'],
  ] as const)('%j -> %s', (text, expected) => {
    expect(writtenLanguage(text)).toBe(expected);
  });
});
