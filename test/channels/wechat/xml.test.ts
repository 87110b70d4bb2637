import fc from 'fast-check';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { WechatCipher } from '../../../src/channels/wechat/aes';
import { sha1Signature, verifyRequest } from '../../../src/channels/wechat/signature';
import {
  WechatXmlError,
  declarationInProlog,
  flatRoot,
  parseEncryptedEnvelope,
  parseRootFully,
  parseWechatXml,
} from '../../../src/channels/wechat/xml';
import type { WechatInbound, WechatXmlFailure } from '../../../src/channels/wechat/xml';
import { MESSAGE_FIXTURES, fixture, vector } from './fixtures';

const ACCOUNT = 'gh_3c884a361561';
const OPENID = 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o';
const common = { toUserName: ACCOUNT, fromUserName: OPENID };

const EXPECTED: Record<(typeof MESSAGE_FIXTURES)[number], WechatInbound> = {
  'text-zh.xml': {
    ...common,
    createTime: '1718263245',
    msgId: '24587621931849537',
    msgType: 'text',
    content: '你好，我们是昆明的一家小餐馆，想申请一笔30万元的经营贷款，有什么推荐吗？',
  },
  'text-en.xml': {
    ...common,
    createTime: '1718263301',
    msgId: '24587622736489012',
    msgType: 'text',
    content: "Hi, which online payment service suits a small tea shop in Pu'er? Fees < 0.6% & next-day settlement would be great.",
  },
  'voice-recognition.xml': {
    ...common,
    createTime: '1718263420',
    msgId: '24587624419375616',
    msgType: 'voice',
    mediaId: 'Q3auHgzwzM4lGp5xjcvFRsRUo8bD1kXWOKbA2TRxmf9pHvfdBWLhbc0UfXpXY2nJ',
    format: 'amr',
    recognition: '我想了解一下创业担保贷款的申请条件。',
  },
  'voice-empty-recognition.xml': {
    ...common,
    createTime: '1718263433',
    msgId: '24587624606182400',
    msgType: 'voice',
    mediaId: 'Q3auHgzwzM6yH7c1Fd8cJ0ZrV3qG4mE2TnL9pXkW5sBaRoUe1DiYhN7vOt0Ql3Kj',
    format: 'amr',
    recognition: '',
  },
  'image.xml': {
    ...common,
    createTime: '1718263512',
    msgId: '24587625743219823',
    msgType: 'image',
    picUrl: 'http://mmbiz.qpic.cn/mmbiz_jpg/5v8HkQy0hM7NqW2xKfG3aTcR9bJ1uZpE/0',
    mediaId: '2hB6sR0kQx5vN8mJ3tL7cY1pF4wE9aG0uI2oK6dZ5rT8yH3nM1bV7jC4fX0qS9gW',
  },
  'location.xml': {
    ...common,
    createTime: '1718263600',
    msgId: '24587627012894721',
    msgType: 'location',
    lat: '25.040609',
    lng: '102.712251',
    scale: '15',
    label: '云南省昆明市五华区东风西路',
  },
  'link.xml': {
    ...common,
    createTime: '1718263711',
    msgId: '24587628551032834',
    msgType: 'link',
    title: '小微企业普惠贷款新政解读',
    description: '一文读懂今年的普惠金融支持政策',
    url: 'https://mp.weixin.qq.com/s?__biz=MzA5NjE2NzU3NQ==&mid=2650000001&idx=1&sn=3b5c7e1f',
  },
  'event-subscribe.xml': { ...common, createTime: '1718262001', msgType: 'event', event: 'subscribe', eventKey: '' },
  'event-unsubscribe.xml': { ...common, createTime: '1718269999', msgType: 'event', event: 'unsubscribe', eventKey: '' },
  'event-click.xml': { ...common, createTime: '1718262105', msgType: 'event', event: 'CLICK', eventKey: 'MENU_START' },
};

function failure(fn: () => unknown): WechatXmlFailure | 'no-throw' | 'other-error' {
  try {
    fn();
    return 'no-throw';
  } catch (err) {
    return err instanceof WechatXmlError ? err.reason : 'other-error';
  }
}

const msg = (inner: string): string =>
  `<xml><ToUserName><![CDATA[${ACCOUNT}]]></ToUserName><FromUserName><![CDATA[${OPENID}]]></FromUserName>` +
  `<CreateTime>1718263245</CreateTime>${inner}</xml>`;

describe('parseWechatXml on the fixtures', () => {
  it.each(MESSAGE_FIXTURES)('%s parses to the right variant with the right fields', (name) => {
    expect(parseWechatXml(fixture(name))).toEqual(EXPECTED[name]);
  });

  it('parses the plaintext of the official sample', () => {
    expect(parseWechatXml(vector('official_python_sample_decrypt')('plaintext_msg'))).toEqual({
      toUserName: 'gh_10f6c3c3ac5a',
      fromUserName: 'oyORnuP8q7ou2gfYjqLzSIWZf0rs',
      createTime: '1409735668',
      msgType: 'text',
      content: 'abcdteT',
      msgId: '6054768590064713728',
    });
  });

  it('parses the video plaintext of the official Java vector', () => {
    const parsed = parseWechatXml(vector('official_java_testAesEncrypt2')('plaintext_msg'));
    expect(parsed.msgType).toBe('video');
    expect(parsed.toUserName).toBe('oia2Tj我是中文jewbmiOUlr6X-1crbLOvLw');
  });

  it('narrows on msgType', () => {
    const parsed = parseWechatXml(fixture('event-click.xml'));
    if (parsed.msgType !== 'event') throw new Error('expected an event');
    expect(parsed.eventKey).toBe('MENU_START');
  });
});

describe('parseWechatXml values', () => {
  it('keeps 64-bit MsgIds exactly', () => {
    for (const id of ['24587621931849537', '9223372036854775807', '18446744073709551615']) {
      expect(Number(id).toString()).not.toBe(id); // a number would have rounded it
      expect(parseWechatXml(msg(`<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[x]]></Content><MsgId>${id}</MsgId>`)).msgId).toBe(id);
    }
  });

  it('keeps numeric-looking content as the exact string', () => {
    const parsed = parseWechatXml(msg('<MsgType><![CDATA[text]]></MsgType><Content>007.50</Content><MsgId>1</MsgId>'));
    expect(parsed).toMatchObject({ msgType: 'text', content: '007.50', createTime: '1718263245' });
  });

  it('keeps CDATA content byte for byte, including edge whitespace and entity-like text', () => {
    const content = '  a &amp; b <c> ]] \n 你好 😀 ';
    const parsed = parseWechatXml(msg(`<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[${content}]]></Content>`));
    expect(parsed).toMatchObject({ content });
  });

  it('decodes the five XML entities and character references in plain text, once', () => {
    const parsed = parseWechatXml(
      msg('<MsgType>text</MsgType><Content>&lt;b&gt; &amp; &quot;x&quot; &apos;y&apos; &#20013;&#x6587; &#x1F600; &amp;lt;</Content>'),
    );
    expect(parsed).toMatchObject({ content: '<b> & "x" \'y\' 中文 😀 &lt;' });
  });

  it('leaves HTML entities and references to forbidden characters undecoded', () => {
    const parsed = parseWechatXml(msg('<MsgType>text</MsgType><Content>&nbsp;&copy;&#0;&#xD800;</Content>'));
    expect(parsed).toMatchObject({ content: '&nbsp;&copy;&#0;&#xD800;' });
  });

  it('parses shortvideo, file and LOCATION/SCAN events', () => {
    expect(
      parseWechatXml(
        msg(
          '<MsgType><![CDATA[shortvideo]]></MsgType><MediaId><![CDATA[m]]></MediaId><ThumbMediaId><![CDATA[t]]></ThumbMediaId><MsgId>5</MsgId>',
        ),
      ),
    ).toMatchObject({
      msgType: 'shortvideo',
      mediaId: 'm',
      thumbMediaId: 't',
    });
    expect(parseWechatXml(msg('<MsgType><![CDATA[file]]></MsgType><Title><![CDATA[报表.xlsx]]></Title><MsgId>6</MsgId>'))).toMatchObject({
      msgType: 'file',
      title: '报表.xlsx',
    });
    expect(
      parseWechatXml(
        msg(
          '<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[LOCATION]]></Event><Latitude>25.040609</Latitude><Longitude>102.712251</Longitude><Precision>65.000000</Precision>',
        ),
      ),
    ).toMatchObject({ msgType: 'event', event: 'LOCATION', latitude: '25.040609', longitude: '102.712251', precision: '65.000000' });
    expect(
      parseWechatXml(
        msg(
          '<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[SCAN]]></Event><EventKey><![CDATA[123]]></EventKey><Ticket><![CDATA[TICKET]]></Ticket>',
        ),
      ),
    ).toMatchObject({ msgType: 'event', event: 'SCAN', eventKey: '123', ticket: 'TICKET' });
  });

  it('omits recognition when the account has not enabled it', () => {
    const parsed = parseWechatXml(
      msg('<MsgType><![CDATA[voice]]></MsgType><MediaId><![CDATA[m]]></MediaId><Format><![CDATA[speex]]></Format><MsgId>7</MsgId>'),
    );
    expect(parsed).toEqual({ ...common, createTime: '1718263245', msgId: '7', msgType: 'voice', mediaId: 'm', format: 'speex' });
  });

  it('maps an unrecognised MsgType to unknown, keeping the raw type', () => {
    expect(parseWechatXml(msg('<MsgType><![CDATA[miniprogrampage]]></MsgType><MsgId>8</MsgId>'))).toEqual({
      ...common,
      createTime: '1718263245',
      msgId: '8',
      msgType: 'unknown',
      rawMsgType: 'miniprogrampage',
    });
  });
});

describe('parseWechatXml refusals', () => {
  it('refuses the XXE DOCTYPE before parsing', () => {
    const body = `<?xml version="1.0"?><!DOCTYPE xml [<!ENTITY x SYSTEM "file:///etc/passwd">]>${msg('<MsgType>text</MsgType><Content>&x;</Content>')}`;
    expect(failure(() => parseWechatXml(body))).toBe('doctype');
  });

  it('refuses billion laughs quickly', () => {
    const entities = ['<!ENTITY lol "lol">'];
    for (let i = 1; i <= 9; i++) entities.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
    const body = `<?xml version="1.0"?><!DOCTYPE lolz [${entities.join('')}]>${msg('<MsgType>text</MsgType><Content>&lol9;</Content>')}`;
    const started = performance.now();
    expect(failure(() => parseWechatXml(body))).toBe('doctype');
    expect(performance.now() - started).toBeLessThan(100);
  });

  it.each(['<!doctype xml><xml/>', '<xml><!ENTITY x "y"></xml>', `<!DOCTYPE xml>${msg('<MsgType>text</MsgType><Content>x</Content>')}`])(
    'refuses any DOCTYPE or ENTITY declaration, whatever the case: %s',
    (body) => {
      expect(failure(() => parseWechatXml(body))).toBe('doctype');
    },
  );

  it('refuses the envelope too', () => {
    expect(failure(() => parseEncryptedEnvelope('<!DOCTYPE x [<!ENTITY e "e">]><xml><Encrypt>&e;</Encrypt></xml>'))).toBe('doctype');
  });

  it.each([
    ['unclosed element', '<xml><ToUserName>gh</xml>'],
    ['unclosed root', '<xml><ToUserName>gh</ToUserName>'],
    ['two roots', `${msg('<MsgType>text</MsgType>')}<xml></xml>`],
    ['plain text', 'success'],
    ['empty body', ''],
    ['JSON', '{"ToUserName":"gh"}'],
    ['bare ampersand', msg('<MsgType>text</MsgType><Content>a & b</Content>')],
    ['prototype-polluting tag', '<xml><__proto__><x>1</x></__proto__></xml>'],
    ['absurd nesting', `<xml>${'<a>'.repeat(50)}x${'</a>'.repeat(50)}</xml>`],
  ])('refuses %s as malformed', (_label, body) => {
    expect(failure(() => parseWechatXml(body))).toBe('malformed');
  });

  it.each([
    ['another vocabulary', '<rss version="2.0"><channel><title>x</title></channel></rss>'],
    ['an empty <xml/>', '<xml/>'],
    ['a text-only <xml>', '<xml>hello</xml>'],
    ['missing MsgType', '<xml><ToUserName>a</ToUserName><FromUserName>b</FromUserName><CreateTime>1</CreateTime></xml>'],
    ['missing FromUserName', '<xml><ToUserName>a</ToUserName><MsgType>text</MsgType><CreateTime>1</CreateTime></xml>'],
    [
      'non-numeric CreateTime',
      '<xml><ToUserName>a</ToUserName><FromUserName>b</FromUserName><CreateTime>yesterday</CreateTime><MsgType>text</MsgType></xml>',
    ],
    [
      'duplicated MsgType',
      '<xml><ToUserName>a</ToUserName><FromUserName>b</FromUserName><CreateTime>1</CreateTime><MsgType>text</MsgType><MsgType>image</MsgType></xml>',
    ],
    ['a safe-mode envelope', `<xml><ToUserName><![CDATA[${ACCOUNT}]]></ToUserName><Encrypt><![CDATA[abcd]]></Encrypt></xml>`],
  ])('refuses %s as not-wechat', (_label, body) => {
    expect(failure(() => parseWechatXml(body))).toBe('not-wechat');
  });
});

describe('declarations: refused where the parser would read them, accepted as a user’s words', () => {
  const text = (content: string) => msg(`<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[${content}]]></Content><MsgId>9</MsgId>`);

  it.each(['<!DOCTYPE html><html><body>hi</body></html>', '<!ENTITY lol "lol"> &lol;', 'what does <!doctype mean?'])(
    'accepts a user text that contains declaration syntax inside CDATA: %s',
    (content) => {
      expect(parseWechatXml(text(content))).toMatchObject({ msgType: 'text', content });
    },
  );

  it.each([
    [
      'after a declaration and a comment',
      `<?xml version="1.0"?>\n<!-- hello -->\n<!DOCTYPE xml [<!ENTITY x SYSTEM "file:///etc/passwd">]>${text('x')}`,
      'doctype',
    ],
    ['after a byte-order mark', `\uFEFF<!DOCTYPE xml>${text('x')}`, 'doctype'],
    [
      'inside the root element, where the parser would still read it',
      `<xml><!DOCTYPE x [<!ENTITY e "boom">]><ToUserName>a</ToUserName><FromUserName>b</FromUserName><CreateTime>1</CreateTime><MsgType>text</MsgType><Content>&e;</Content></xml>`,
      'doctype',
    ],
    ['lower case inside the root', '<xml><!doctype x><ToUserName>a</ToUserName></xml>', 'doctype'],
    [
      'hidden behind a CDATA opener in a comment',
      `<xml><!-- <![CDATA[ --><!DOCTYPE x [<!ENTITY e "boom">]><!-- ]]> --><ToUserName>a</ToUserName></xml>`,
      'doctype',
    ],
    // The validator catches this one before the parser could read the DOCTYPE.
    [
      'hidden behind a processing instruction with a quoted ?>',
      `<?pi a="?>" ?><!DOCTYPE x [<!ENTITY e "boom">]>${text('&e;')}`,
      'malformed',
    ],
  ])('refuses a declaration %s', (_label, body, reason) => {
    expect(failure(() => parseWechatXml(body))).toBe(reason);
  });

  it('finds declarations in the prolog only', () => {
    expect(declarationInProlog('  <?xml version="1.0"?><!-- c --><!DOCTYPE x><xml/>')).toBe(true);
    expect(declarationInProlog('<xml><Content><![CDATA[<!DOCTYPE x>]]></Content></xml>')).toBe(false);
    expect(declarationInProlog('<!-- <!DOCTYPE x> --><xml/>')).toBe(false);
  });

  // The guarantee behind the narrowing: whatever mix of markup an attacker sends, if parseWechatXml
  // did not refuse it as a declaration, the parser never read a DOCTYPE in it.
  it('never accepts a body in which the parser reads a DOCTYPE (property)', () => {
    let doctypesRead = 0;
    let readSomewhere = 0;
    const probe = new XMLParser({
      processEntities: true,
      entityDecoder: {
        setExternalEntities: () => undefined,
        addInputEntities: () => void doctypesRead++,
        reset: () => undefined,
        setXmlVersion: () => undefined,
        decode: (t: string) => t,
      },
    });
    const token = fc.constantFrom(
      '<xml>',
      '</xml>',
      '<ToUserName>a</ToUserName>',
      '<![CDATA[',
      ']]>',
      '<!--',
      '-->',
      '<?pi ',
      '?>',
      '"',
      "'",
      '<a b="',
      '">',
      '<!DOCTYPE x [<!ENTITY e "boom">]>',
      '<!DOCTYPE x>',
      '<!ENTITY e "x">',
      '&e;',
      'text',
      ' ',
      '\n',
      '>',
      '<',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 14 }), (tokens) => {
        const body = tokens.join('');
        const before = doctypesRead;
        try {
          probe.parse(body);
        } catch {
          // the probe may give up; only whether it read a DOCTYPE matters
        }
        if (doctypesRead > before) {
          readSomewhere++;
          expect(failure(() => parseWechatXml(body))).toMatch(/^(?:doctype|malformed)$/);
        }
      }),
      { numRuns: 3000 },
    );
    // Not vacuous: the generator does produce bodies in which the parser reads a DOCTYPE.
    expect(readSomewhere).toBeGreaterThan(100);
  });
});

describe('encrypted bodies (generated with WechatCipher)', () => {
  const token = 'yunnanSmeBot2024';
  const key = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
  const appId = 'wx2c2769f8efd9abc2';
  const cipher = new WechatCipher(key, appId);

  it.each(MESSAGE_FIXTURES)('safe mode: %s survives envelope, signature check and decryption', (name) => {
    const encrypt = cipher.encrypt(fixture(name));
    const body = `<xml><ToUserName><![CDATA[${ACCOUNT}]]></ToUserName><Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>`;
    const timestamp = '1718263245';
    const nonce = '1320562132';
    const msgSignature = sha1Signature([token, timestamp, nonce, encrypt]);

    const envelope = parseEncryptedEnvelope(body);
    expect(envelope).toEqual({ encrypt, toUserName: ACCOUNT });
    expect(
      verifyRequest({
        token,
        timestamp,
        nonce,
        signature: msgSignature,
        encrypted: envelope.encrypt,
        nowSeconds: 1718263250,
        windowSeconds: 300,
      }),
    ).toEqual({ ok: true });
    expect(parseWechatXml(cipher.decrypt(envelope.encrypt))).toEqual(EXPECTED[name]);
  });

  it.each(MESSAGE_FIXTURES)('compatible mode: %s keeps its plaintext fields and exposes <Encrypt>', (name) => {
    const plain = fixture(name);
    const encrypt = cipher.encrypt(plain);
    const body = plain.replace('</xml>', `<Encrypt><![CDATA[${encrypt}]]></Encrypt>\n</xml>`);
    const parsed = parseWechatXml(body);
    expect(parsed).toEqual({ ...EXPECTED[name], encrypt });
    expect(parseWechatXml(cipher.decrypt(parseEncryptedEnvelope(body).encrypt))).toEqual(EXPECTED[name]);
  });

  it('parses the WeCom envelope shape (AgentID beside Encrypt)', () => {
    const body =
      '<xml><ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName><Encrypt><![CDATA[RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo]]></Encrypt><AgentID><![CDATA[218]]></AgentID></xml>';
    expect(parseEncryptedEnvelope(body)).toEqual({ toUserName: 'wx5823bf96d3bd56c7', encrypt: 'RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo' });
  });

  it('refuses an envelope without <Encrypt>', () => {
    expect(failure(() => parseEncryptedEnvelope(fixture('text-zh.xml')))).toBe('not-wechat');
    expect(failure(() => parseEncryptedEnvelope('<xml><Encrypt></Encrypt></xml>'))).toBe('not-wechat');
    expect(failure(() => parseEncryptedEnvelope('<xml><Encrypt>'))).toBe('malformed');
  });
});

describe('the one-pass reading of flat bodies', () => {
  // Element contents as WeChat and attackers might send them: CDATA with markup-like text, plain
  // text with and without references, whitespace, nesting, repeats, stray ]]>.
  const content = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 12 }).map((t) => `<![CDATA[${t}]]>`),
    fc.constantFrom('<![CDATA[a]]>b]]>', '<![CDATA[]]>', '<![CDATA[ <!DOCTYPE x> ]]>', '<![CDATA[x]]]]><![CDATA[>y]]>'),
    fc.string({ unit: 'grapheme', maxLength: 12 }),
    fc.constantFrom(' 123 ', '', '&amp;', '&#x4e2d;', 'a > b', 'a]]>b', '<b>x</b>', '  '),
  );
  const name = fc.constantFrom('ToUserName', 'FromUserName', 'CreateTime', 'MsgType', 'Content', 'MsgId', 'x', '__proto__', 'a-b');
  const element = fc.tuple(name, content, fc.constantFrom('', ' ', '\n')).map(([n, c, ws]) => `${ws}<${n}>${c}</${n}>`);
  const body = fc
    .tuple(fc.constantFrom('', ' ', '<?xml version="1.0"?>', '\uFEFF'), fc.array(element, { maxLength: 8 }), fc.constantFrom('', '\n', 'x'))
    .map(([prolog, elements, tail]) => `${prolog}<xml>${elements.join('')}</xml>${tail}`);

  function full(text: string): unknown {
    try {
      return parseRootFully(text);
    } catch (error) {
      return error instanceof WechatXmlError ? `refused: ${error.reason}` : error;
    }
  }

  it('reads exactly what the validator and the parser read, and nothing they refuse (property)', () => {
    fc.assert(
      fc.property(body, (text) => {
        const flat = flatRoot(text);
        if (flat !== undefined) expect(flat).toEqual(full(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads the real fixtures in one pass, as the full path does', () => {
    for (const name of ['text-zh.xml', 'text-en.xml', 'voice-recognition.xml', 'event-click.xml', 'event-subscribe.xml']) {
      expect(flatRoot(fixture(name))).toEqual(parseRootFully(fixture(name)));
    }
  });
});
