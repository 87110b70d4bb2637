import { XMLParser } from 'fast-xml-parser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WechatCipher } from '../../../src/channels/wechat/aes';
import { buildEncryptedReply, buildTextReply, cdata, stripInvalidXmlChars } from '../../../src/channels/wechat/reply-xml';
import { sha1Signature } from '../../../src/channels/wechat/signature';
import { parseEncryptedEnvelope, parseWechatXml } from '../../../src/channels/wechat/xml';

// An independent reading of the output: plain fast-xml-parser, not our hardened wrapper.
const reader = new XMLParser({ parseTagValue: false, trimValues: false });

function readBack(xml: string): Record<string, unknown> {
  const doc: unknown = reader.parse(xml);
  if (typeof doc !== 'object' || doc === null) throw new Error('no document');
  const root: unknown = Reflect.get(doc, 'xml');
  if (typeof root !== 'object' || root === null) throw new Error('no <xml> root');
  return { ...root };
}

const base = { toUserName: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o', fromUserName: 'gh_3c884a361561', createTime: 1718263246 };

describe('cdata', () => {
  it('wraps text in one section', () => {
    expect(cdata('你好')).toBe('<![CDATA[你好]]>');
  });

  it('splits every ]]> across two sections', () => {
    expect(cdata('a]]>b]]>')).toBe('<![CDATA[a]]]]><![CDATA[>b]]]]><![CDATA[>]]>');
  });
});

describe('buildTextReply', () => {
  it('produces the passive text reply WeChat documents', () => {
    expect(buildTextReply({ ...base, content: '您好！' })).toBe(
      '<xml><ToUserName><![CDATA[oUpF8uMuAJO_M2pxb1Q9zNjWeS6o]]></ToUserName>' +
        '<FromUserName><![CDATA[gh_3c884a361561]]></FromUserName>' +
        '<CreateTime>1718263246</CreateTime><MsgType><![CDATA[text]]></MsgType>' +
        '<Content><![CDATA[您好！]]></Content></xml>',
    );
  });

  it('carries a ]]> in content intact', () => {
    const content = 'if (a[b[0]]>1) { return "]]>"; }';
    const xml = buildTextReply({ ...base, content });
    expect(readBack(xml)['Content']).toBe(content);
    expect(parseWechatXml(xml)).toMatchObject({ msgType: 'text', content });
  });

  it('strips control characters and lone surrogates but keeps tab, newline and astral characters', () => {
    const content = 'a\u0000b\u0001c\u0008d\u000be\u000cf\u001fg\uFFFEh\uFFFFi\ud800j\udc00k\tl\nm😀n𠀀';
    const xml = buildTextReply({ ...base, content });
    expect(readBack(xml)['Content']).toBe('abcdefghijk\tl\nm😀n𠀀');
  });

  it('leaves markup-like content alone inside CDATA', () => {
    const content = '<a href="weixin://bizmsgmenu?msgmenucontent=1&msgmenuid=1">1</a> &amp; <b>';
    expect(readBack(buildTextReply({ ...base, content }))['Content']).toBe(content);
  });

  it('always parses back to the same content, minus what XML cannot carry', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.constantFrom('', ']]>', ']]]>>', '<![CDATA['), (text, trap) => {
        // XML parsers normalise CR and CRLF to LF; WeChat shows both as line breaks.
        const content = (text + trap + text).replace(/\r/g, '');
        const xml = buildTextReply({ ...base, content });
        expect(readBack(xml)['Content'] ?? '').toBe(stripInvalidXmlChars(content));
        expect(parseWechatXml(xml)).toMatchObject({ msgType: 'text', content: stripInvalidXmlChars(content) });
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a CreateTime that is not whole seconds', () => {
    expect(() => buildTextReply({ ...base, createTime: 1718263246.5, content: 'x' })).toThrow(RangeError);
    expect(() => buildTextReply({ ...base, createTime: Number.NaN, content: 'x' })).toThrow(RangeError);
  });
});

describe('buildEncryptedReply', () => {
  it('wraps an encrypted reply so that WeChat can verify and decrypt it', () => {
    const token = 'pamtest';
    const cipher = new WechatCipher('abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG', 'wxb11529c136998cb6');
    const reply = buildTextReply({ ...base, content: '我是中文abcd123' });
    const encrypt = cipher.encrypt(reply);
    const timestamp = '1409304348';
    const nonce = 'xxxxxx';
    const msgSignature = sha1Signature([token, timestamp, nonce, encrypt]);
    const xml = buildEncryptedReply({ encrypt, msgSignature, timestamp, nonce });

    expect(xml).toBe(
      `<xml><Encrypt><![CDATA[${encrypt}]]></Encrypt><MsgSignature><![CDATA[${msgSignature}]]></MsgSignature>` +
        `<TimeStamp>1409304348</TimeStamp><Nonce><![CDATA[xxxxxx]]></Nonce></xml>`,
    );
    const read = readBack(xml);
    expect(read).toMatchObject({ Encrypt: encrypt, MsgSignature: msgSignature, TimeStamp: timestamp, Nonce: nonce });
    expect(cipher.decrypt(parseEncryptedEnvelope(xml).encrypt)).toBe(reply);
  });

  it('refuses a timestamp that could inject markup', () => {
    expect(() => buildEncryptedReply({ encrypt: 'e', msgSignature: 's', timestamp: '1</TimeStamp><x>', nonce: 'n' })).toThrow(RangeError);
  });
});
