// What a hand-off reads in a message: a mobile number, a time to call back, a number that is no
// mobile one, talk of calling, and "有人吗" / "when are you open?", in both languages.

import { describe, expect, it } from 'vitest';
import { readHandoffCues } from '../../src/desk/cues';

describe('readHandoffCues', () => {
  it.each([
    ['我电话13888888888 下午打给我嘛', { mentionsCall: true, phone: '13888888888', callbackTime: '下午' }],
    ['138 1234 5678', { mentionsCall: false, phone: '13812345678' }],
    ['手机：+86 139-8765-4321', { mentionsCall: true, phone: '13987654321' }],
    ['１３９１２３４５６７８', { mentionsCall: false, phone: '13912345678' }],
    ['明天上午10点以后都得', { mentionsCall: false, callbackTime: '明天上午10点以后' }],
    ['晚上7点半左右打', { mentionsCall: true, callbackTime: '晚上7点半左右' }],
    ['周六上午', { mentionsCall: false, callbackTime: '周六上午' }],
    ['1388888888', { mentionsCall: false, badNumber: '1388888888' }],
    ['0871-65123456', { mentionsCall: false, badNumber: '0871-65123456' }],
    ['12345678901', { mentionsCall: false, badNumber: '12345678901' }],
    ['借30万', { mentionsCall: false }],
    ['有人吗 我等了好久了', { mentionsCall: false, asks: 'presence' }],
    ['咋个还没得人', { mentionsCall: false, asks: 'presence' }],
    ['格有人在', { mentionsCall: false, asks: 'presence' }],
    ['有没得人哦', { mentionsCall: false, asks: 'presence' }],
    ['你们几点上班', { mentionsCall: false, asks: 'hours' }],
    ['call me after 3pm', { mentionsCall: true, callbackTime: 'after 3pm' }],
    ['my number is +86 139-1234-5678, tomorrow morning', { mentionsCall: true, phone: '13912345678', callbackTime: 'tomorrow morning' }],
    ['anyone there?', { mentionsCall: false, asks: 'presence' }],
    ['still nothing?', { mentionsCall: false, asks: 'presence' }],
    ['when are you open', { mentionsCall: false, asks: 'hours' }],
    ['we need 200k for stock', { mentionsCall: false }],
    // The request for a person withdrawn.
    ['算了 不找人了', { mentionsCall: false, cancels: true }],
    ['不用人工了', { mentionsCall: false, cancels: true }],
    ['不等了', { mentionsCall: false, cancels: true }],
    ['算了', { mentionsCall: false, cancels: true }],
    ['不需要了哈', { mentionsCall: false, cancels: true }],
    ['不找了', { mentionsCall: false, cancels: true }],
    ['never mind', { mentionsCall: false, cancels: true }],
    ['forget it, thanks', { mentionsCall: false, cancels: true }],
    ['cancel', { mentionsCall: false, cancels: true }],
    ["we don't need an agent", { mentionsCall: false, cancels: true }],
    // Not the request withdrawn: a guarantor not looked for, a loan asked about.
    ['我们不找人担保', { mentionsCall: false }],
    ['can i cancel the loan early?', { mentionsCall: false }],
    // Something else not wanted: 不要了 only said alone takes the request back.
    ['抵押不要了', { mentionsCall: false }],
  ])('%s', (text, cues) => {
    expect(readHandoffCues(text)).toEqual(cues);
  });
});
