// Passive-reply XML: the plaintext text reply and the safe-mode envelope around its encryption.
// Every string is CDATA and is first stripped of characters XML 1.0 cannot carry, because a reply
// WeChat fails to parse shows the user "该公众号暂时无法提供服务" instead of our answer.

// C0 controls other than tab/LF/CR, the non-characters U+FFFE/U+FFFF, and (with the u flag) lone
// surrogates; properly paired surrogates are one astral code point and never match \p{Cs}.
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/gu;

/** Removes what XML 1.0 forbids in content. */
export function stripInvalidXmlChars(text: string): string {
  return text.replace(NOT_XML_CHAR, '');
}

/** One or more CDATA sections holding `text`; a `]]>` inside is split across two sections. */
export function cdata(text: string): string {
  return `<![CDATA[${stripInvalidXmlChars(text).split(']]>').join(']]]]><![CDATA[>')}]]>`;
}

export interface TextReply {
  /** The user's openid (the inbound FromUserName). */
  toUserName: string;
  /** The account's id (the inbound ToUserName). */
  fromUserName: string;
  /** Unix seconds. */
  createTime: number;
  /** Keep under 2,047 bytes of UTF-8 (see paginate). */
  content: string;
}

function unixSeconds(value: number, what: string): string {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${what} must be a non-negative integer number of seconds`);
  }
  return String(value);
}

export function buildTextReply(reply: TextReply): string {
  return (
    '<xml>' +
    `<ToUserName>${cdata(reply.toUserName)}</ToUserName>` +
    `<FromUserName>${cdata(reply.fromUserName)}</FromUserName>` +
    `<CreateTime>${unixSeconds(reply.createTime, 'createTime')}</CreateTime>` +
    `<MsgType>${cdata('text')}</MsgType>` +
    `<Content>${cdata(reply.content)}</Content>` +
    '</xml>'
  );
}

export interface EncryptedReply {
  /** WechatCipher.encrypt(buildTextReply(...)). */
  encrypt: string;
  /** sha1Signature([token, timestamp, nonce, encrypt]). */
  msgSignature: string;
  /** The same timestamp and nonce that went into msgSignature. */
  timestamp: string;
  nonce: string;
}

export function buildEncryptedReply(reply: EncryptedReply): string {
  // TimeStamp is the one unquoted value, so it must be digits or it could inject markup.
  if (!/^[0-9]+$/.test(reply.timestamp)) {
    throw new RangeError('buildEncryptedReply: timestamp must be decimal digits');
  }
  return (
    '<xml>' +
    `<Encrypt>${cdata(reply.encrypt)}</Encrypt>` +
    `<MsgSignature>${cdata(reply.msgSignature)}</MsgSignature>` +
    `<TimeStamp>${reply.timestamp}</TimeStamp>` +
    `<Nonce>${cdata(reply.nonce)}</Nonce>` +
    '</xml>'
  );
}
