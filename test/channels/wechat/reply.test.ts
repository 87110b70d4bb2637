// The passive reply to a delivery: the bare `success`, the plaintext XML, and the safe-mode
// envelope that WeChat decrypts back to the same XML and whose msg_signature it checks.

import { describe, expect, it } from 'vitest';
import { WechatCipher } from '../../../src/channels/wechat/aes';
import { replyBody, SUCCESS } from '../../../src/channels/wechat/reply';
import { buildTextReply } from '../../../src/channels/wechat/reply-xml';
import { sha1Signature } from '../../../src/channels/wechat/signature';
import { parseEncryptedEnvelope, parseWechatXml } from '../../../src/channels/wechat/xml';
import { fixture } from './fixtures';

const TOKEN = 'yunnanSmeBot2024';
const cipher = new WechatCipher('abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG', 'wx2c2769f8efd9abc2');
const inbound = parseWechatXml(fixture('text-zh.xml'));
const answer = { kind: 'text' as const, content: '您好！请问贵企业属于哪个行业？' };
const plainXml = buildTextReply({
  toUserName: inbound.fromUserName,
  fromUserName: inbound.toUserName,
  createTime: 1_768_464_000,
  content: answer.content,
});

describe('the passive reply', () => {
  it('is the bare `success` when there is nothing to show', () => {
    expect(replyBody(SUCCESS, inbound, { token: TOKEN, nowSeconds: 1_768_464_000 })).toEqual({
      contentType: 'text/plain',
      body: 'success',
    });
  });

  it('is the text reply addressed back to the user in plaintext mode', () => {
    expect(replyBody(answer, inbound, { token: TOKEN, nowSeconds: 1_768_464_000 })).toEqual({
      contentType: 'application/xml',
      body: plainXml,
    });
  });

  it('is encrypted and signed with msg_signature when the request came encrypted', () => {
    const reply = replyBody(answer, inbound, { token: TOKEN, nowSeconds: 1_768_464_000, cipher, nonce: '424242' });
    const envelope = parseEncryptedEnvelope(reply.body);
    const signature = /<MsgSignature><!\[CDATA\[([0-9a-f]{40})\]\]><\/MsgSignature>/.exec(reply.body)?.[1];
    expect({ contentType: reply.contentType, decrypted: cipher.decrypt(envelope.encrypt), signature }).toEqual({
      contentType: 'application/xml',
      decrypted: plainXml,
      signature: sha1Signature([TOKEN, '1768464000', '424242', envelope.encrypt]),
    });
  });
});
