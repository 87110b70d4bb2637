// Safe parsing of the XML WeChat posts to the message server, into a typed discriminated union.
//
// Defences, in order:
// 1. A DOCTYPE (or any other `<!` declaration but a comment) in the prolog, i.e. before the root
//    element, the only place XML allows one, is refused before any parser sees the body (XXE,
//    billion laughs). This check reads the prolog only, so a user's text that literally contains
//    "<!DOCTYPE" (inside CDATA, as WeChat sends every string) is accepted.
// 2. What the validator finds malformed is rejected (the parser alone is lenient and would
//    "repair" unclosed tags).
// 3. The parser itself refuses any declaration it meets later: fast-xml-parser reads a DOCTYPE
//    wherever it finds one, even (illegally) inside the root element, so its entity hook throws
//    instead of recording entities, and a tag whose name starts with `!` (`<!ENTITY ...>` outside
//    a DTD) is refused by the tag-name hook. Which `<!` is markup and which is text is thereby
//    decided by the parser that reads the body, not by a second lexer that could disagree with it.
// 4. The entity decoder knows only the five predefined XML entities and character references, so
//    even a declaration slipping past all of the above would expand nothing.
//
// Every value stays a string: MsgId is a 64-bit integer that a JS number would round.
//
// Nearly every body WeChat posts is one flat shape: <xml> holding elements that each hold one
// CDATA section or plain text without markup. Such a body is read in one strict pass (`flatRoot`)
// that accepts nothing the validator and the parser would refuse and reads what they would read;
// any other body (a declaration, nesting, entities, attributes, anything unusual) takes the full
// path above. This spares the validator's and the parser's two passes over every message.

import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { EntityDecoderOptions, X2jOptions } from 'fast-xml-parser';

export type WechatXmlFailure = 'malformed' | 'doctype' | 'not-wechat';

export class WechatXmlError extends Error {
  readonly reason: WechatXmlFailure;

  constructor(reason: WechatXmlFailure, message: string) {
    super(message);
    this.name = 'WechatXmlError';
    this.reason = reason;
  }
}

interface WechatCommon {
  /** The account's original id (gh_...). */
  toUserName: string;
  /** The user's openid. */
  fromUserName: string;
  /** Unix seconds, kept as the digits WeChat sent. */
  createTime: string;
  /** 64-bit id of ordinary messages (absent on events); the retry-deduplication key. */
  msgId?: string;
  /** Present in compatible mode, where the body carries both plaintext fields and <Encrypt>. */
  encrypt?: string;
}

export interface WechatText extends WechatCommon {
  msgType: 'text';
  content: string;
}
export interface WechatVoice extends WechatCommon {
  msgType: 'voice';
  mediaId: string;
  format: string;
  /** Speech recognised as text, when recognition is enabled; may be empty. */
  recognition?: string;
}
export interface WechatImage extends WechatCommon {
  msgType: 'image';
  picUrl: string;
  mediaId: string;
}
export interface WechatVideo extends WechatCommon {
  msgType: 'video' | 'shortvideo';
  mediaId: string;
  thumbMediaId?: string;
}
export interface WechatLocation extends WechatCommon {
  msgType: 'location';
  /** Location_X */
  lat: string;
  /** Location_Y */
  lng: string;
  scale: string;
  label: string;
}
export interface WechatLink extends WechatCommon {
  msgType: 'link';
  title: string;
  description: string;
  url: string;
}
export interface WechatFile extends WechatCommon {
  msgType: 'file';
  title?: string;
}

// `string & {}` keeps the known names offered by editors without closing the set.
export type WechatEventName = 'subscribe' | 'unsubscribe' | 'SCAN' | 'LOCATION' | 'CLICK' | 'VIEW' | (string & {});

export interface WechatEvent extends WechatCommon {
  msgType: 'event';
  event: WechatEventName;
  /** Menu key (CLICK), URL (VIEW), scene (SCAN, or `qrscene_...` on subscribe). */
  eventKey?: string;
  /** QR-code ticket of SCAN and scan-to-subscribe. */
  ticket?: string;
  /** LOCATION event fields. */
  latitude?: string;
  longitude?: string;
  precision?: string;
}
export interface WechatUnknown extends WechatCommon {
  msgType: 'unknown';
  /** The MsgType WeChat sent, for logging. */
  rawMsgType: string;
}

export type WechatInbound =
  | WechatText
  | WechatVoice
  | WechatImage
  | WechatVideo
  | WechatLocation
  | WechatLink
  | WechatFile
  | WechatEvent
  | WechatUnknown;

export interface WechatEncryptedEnvelope {
  encrypt: string;
  toUserName?: string;
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' };
const REFERENCE = /&(?:(lt|gt|amp|apos|quot)|#([0-9]{1,7})|#x([0-9a-fA-F]{1,6}));/g;

function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

// One pass, no recursion: output is never longer than input, so no expansion attack exists.
// fast-xml-parser's own decoder leaves character references undecoded unless HTML entities are
// switched on, which would also enable &nbsp; and friends; this one does exactly XML.
/** Thrown from inside the parser when it meets a declaration; reported as `doctype`. */
class DeclarationFound extends Error {}

const xmlOnlyDecoder: EntityDecoderOptions = {
  setExternalEntities: () => undefined,
  // Called by the parser once it has read a DOCTYPE, wherever in the body that was: refuse.
  addInputEntities: () => {
    throw new DeclarationFound('DOCTYPE declaration');
  },
  reset: () => undefined,
  setXmlVersion: () => undefined,
  decode(text: string): string {
    if (!text.includes('&')) return text;
    return text.replace(REFERENCE, (whole: string, name?: string, dec?: string, hex?: string) => {
      if (name !== undefined) return PREDEFINED[name] ?? whole;
      const cp = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? '', 16);
      // A reference to a character XML forbids is a well-formedness error; leaving it literal is
      // harmless and avoids String.fromCodePoint throwing.
      return isXmlChar(cp) ? String.fromCodePoint(cp) : whole;
    });
  },
};

const PARSER_OPTIONS: X2jOptions = {
  ignoreAttributes: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  parseTagValue: false,
  parseAttributeValue: false,
  // Trims text nodes only; CDATA content (all WeChat strings) is kept byte for byte.
  trimValues: true,
  processEntities: true,
  htmlEntities: false,
  entityDecoder: xmlOnlyDecoder,
  // WeChat bodies nest three levels at most (xml > SendPicsInfo > PicList > item).
  maxNestedTags: 16,
  // `<!ENTITY x "y">` (or `<!doctype ...>` in lower case) outside the prolog reaches the parser as
  // a tag named `!ENTITY`: a declaration all the same.
  transformTagName: (name: string) => {
    if (name.startsWith('!')) throw new DeclarationFound(`<${name}> declaration`);
    return name;
  },
};

const parser = new XMLParser(PARSER_OPTIONS);

/**
 * True when a declaration (`<!DOCTYPE`, `<!ENTITY`, any `<!` but a comment, in any case) comes
 * before the root element. Only whitespace, a BOM, processing instructions (`<?xml ...?>`) and
 * comments may precede it; anything else ends the prolog and is left to the validator.
 */
export function declarationInProlog(body: string): boolean {
  let i = 0;
  while (i < body.length) {
    const c = body.charCodeAt(i);
    // space, tab, CR, LF, BOM
    if (c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a || c === 0xfeff) {
      i++;
      continue;
    }
    if (c !== 0x3c /* < */) return false;
    if (body.startsWith('<?', i)) {
      const end = body.indexOf('?>', i + 2);
      if (end < 0) return false;
      i = end + 2;
    } else if (body.startsWith('<!--', i)) {
      const end = body.indexOf('-->', i + 4);
      if (end < 0) return false;
      i = end + 3;
    } else {
      // `<!` here can only be DTD markup (or a misplaced CDATA, malformed anyway); `<name` is the root.
      return body.startsWith('<!', i);
    }
  }
  return false;
}

const DIGITS = /^[0-9]+$/;

type XmlRecord = Record<string, unknown>;

function isRecord(value: unknown): value is XmlRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const FLAT_START = /^\s*<xml>/y;
// One element: a name (no `__proto__`-like names: letters first), then one CDATA section whose
// content holds no `]]>`, or text without `<`, `&` or `>` (so no references, no stray markup).
const FLAT_ELEMENT = /\s*<([A-Za-z][A-Za-z0-9_]{0,63})>(?:<!\[CDATA\[((?:[^\]]|\](?!\]>))*)\]\]>|([^<&>]*))<\/\1>/y;
const FLAT_END = /\s*<\/xml>\s*$/y;

/**
 * The <xml> root of a flat body, read in one strict pass; undefined when the body is not exactly
 * that shape (then the full path decides). CDATA is kept byte for byte, text is trimmed, as the
 * parser does; a repeated element is left to the full path, which reads it as a list.
 */
export function flatRoot(body: string): XmlRecord | undefined {
  FLAT_START.lastIndex = 0;
  if (!FLAT_START.test(body)) return undefined;
  const root: XmlRecord = {};
  let at = FLAT_START.lastIndex;
  for (;;) {
    FLAT_ELEMENT.lastIndex = at;
    const m = FLAT_ELEMENT.exec(body);
    if (!m) break;
    const name = m[1]!;
    if (Object.hasOwn(root, name)) return undefined;
    root[name] = m[2] ?? m[3]!.trim();
    at = FLAT_ELEMENT.lastIndex;
  }
  FLAT_END.lastIndex = at;
  // An empty <xml></xml> is no record at all for the parser: the full path refuses it.
  return at > FLAT_START.lastIndex && FLAT_END.test(body) ? root : undefined;
}

/** Shared front half of both entry points: security checks, validation, the <xml> root. */
function parseRoot(body: string): XmlRecord {
  return flatRoot(body) ?? parseRootFully(body);
}

/** The full path: prolog check, validator, the hardened parser. */
export function parseRootFully(body: string): XmlRecord {
  if (declarationInProlog(body)) {
    throw new WechatXmlError('doctype', 'XML with a DOCTYPE or ENTITY declaration is refused');
  }
  let validation: ReturnType<typeof XMLValidator.validate>;
  try {
    validation = XMLValidator.validate(body);
  } catch (err) {
    throw new WechatXmlError('malformed', `XML validation failed: ${String(err)}`);
  }
  if (validation !== true) {
    throw new WechatXmlError('malformed', `malformed XML: ${validation.err.msg} (line ${validation.err.line})`);
  }

  let parsed: unknown;
  try {
    parsed = parser.parse(body);
  } catch (err) {
    if (err instanceof DeclarationFound) {
      throw new WechatXmlError('doctype', `XML with a declaration is refused (${err.message} after the prolog)`);
    }
    // e.g. a tag named __proto__, or nesting beyond maxNestedTags.
    throw new WechatXmlError('malformed', `XML could not be parsed: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!isRecord(parsed)) throw new WechatXmlError('malformed', 'XML produced no document');

  const roots = Object.keys(parsed);
  if (roots.length > 1) throw new WechatXmlError('malformed', 'XML has more than one root element');
  const root = parsed['xml'];
  if (!isRecord(root)) {
    throw new WechatXmlError('not-wechat', `expected a <xml> root with child elements, got <${roots[0] ?? ''}>`);
  }
  return root;
}

/** The element's text when it occurs once as a leaf; repeated or nested elements count as absent. */
function field(root: XmlRecord, name: string): string | undefined {
  const value = Object.hasOwn(root, name) ? root[name] : undefined;
  return typeof value === 'string' ? value : undefined;
}

/** For the safe-mode body, which carries only ToUserName (and AgentID on WeCom) beside <Encrypt>. */
export function parseEncryptedEnvelope(body: string): WechatEncryptedEnvelope {
  const root = parseRoot(body);
  // Not trimmed: msg_signature is computed over the exact string WeChat sent.
  const encrypt = field(root, 'Encrypt');
  if (encrypt === undefined || encrypt === '') {
    throw new WechatXmlError('not-wechat', 'no <Encrypt> element in the body');
  }
  const toUserName = field(root, 'ToUserName');
  return toUserName === undefined ? { encrypt } : { encrypt, toUserName };
}

/**
 * Parses a plaintext or compatible-mode body, or the XML decrypted from <Encrypt>.
 * A safe-mode body (only <Encrypt>) is refused as not-wechat: use parseEncryptedEnvelope, verify
 * msg_signature, decrypt, then call this on the result.
 */
export function parseWechatXml(body: string): WechatInbound {
  const root = parseRoot(body);
  const encrypt = field(root, 'Encrypt');

  const toUserName = field(root, 'ToUserName');
  const fromUserName = field(root, 'FromUserName');
  const createTime = field(root, 'CreateTime')?.trim();
  const msgType = field(root, 'MsgType')?.trim();
  if (!toUserName || !fromUserName || !msgType || createTime === undefined || !DIGITS.test(createTime)) {
    const hint = encrypt !== undefined ? ' (safe-mode body: use parseEncryptedEnvelope and decrypt first)' : '';
    throw new WechatXmlError('not-wechat', `missing ToUserName, FromUserName, CreateTime or MsgType${hint}`);
  }

  const common: WechatCommon = { toUserName, fromUserName, createTime };
  const msgId = field(root, 'MsgId')?.trim();
  if (msgId) common.msgId = msgId;
  if (encrypt) common.encrypt = encrypt;

  // Type-specific fields default to '' when absent: a message with a missing detail is still worth
  // answering, and the common fields above already proved this is WeChat's shape.
  const get = (name: string): string => field(root, name) ?? '';
  const optional = <K extends string>(key: K, name: string): Partial<Record<K, string>> => {
    const value = field(root, name);
    return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
  };

  switch (msgType) {
    case 'text':
      return { ...common, msgType, content: get('Content') };
    case 'voice':
      return { ...common, msgType, mediaId: get('MediaId'), format: get('Format'), ...optional('recognition', 'Recognition') };
    case 'image':
      return { ...common, msgType, picUrl: get('PicUrl'), mediaId: get('MediaId') };
    case 'video':
    case 'shortvideo':
      return { ...common, msgType, mediaId: get('MediaId'), ...optional('thumbMediaId', 'ThumbMediaId') };
    case 'location':
      return {
        ...common,
        msgType,
        lat: get('Location_X').trim(),
        lng: get('Location_Y').trim(),
        scale: get('Scale').trim(),
        label: get('Label'),
      };
    case 'link':
      return { ...common, msgType, title: get('Title'), description: get('Description'), url: get('Url') };
    case 'file':
      return { ...common, msgType, ...optional('title', 'Title') };
    case 'event':
      return {
        ...common,
        msgType,
        event: get('Event').trim(),
        ...optional('eventKey', 'EventKey'),
        ...optional('ticket', 'Ticket'),
        ...optional('latitude', 'Latitude'),
        ...optional('longitude', 'Longitude'),
        ...optional('precision', 'Precision'),
      };
    default:
      return { ...common, msgType: 'unknown', rawMsgType: msgType };
  }
}
