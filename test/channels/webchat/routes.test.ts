// The web chat page and its endpoint over HTTP: the page in the browser's language with its
// strict Content-Security-Policy and nothing from outside, the bundled script, and the endpoint's
// turns, limits and errors (the help-desk API's shape).

import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { STRING_KEYS, type PageConfig } from '../../../src/channels/webchat/client/protocol';
import { MemoryStore } from '../../../src/conversation/stores/memory';
import { translator } from '../../../src/i18n';
import { buildTestApp } from '../../helpers/app';

type App = ReturnType<typeof buildTestApp>['app'];

function pageConfig(html: string): PageConfig {
  const json = /<script type="application\/json" id="webchat-config">([^<]*)<\/script>/.exec(html)?.[1];
  expect(json).toBeDefined();
  return JSON.parse(json!) as PageConfig;
}

const api = (app: App, id: string, action: string, body: unknown) =>
  request(app).post(`/webchat/api/conversations/${id}/${action}`).set('Content-Type', 'application/json').send(JSON.stringify(body));

describe('GET / (the web chat page)', () => {
  it('is served with a Content-Security-Policy that allows this origin only', async () => {
    const { app } = buildTestApp();
    const res = await request(app).get('/');
    expect(res.status).toBe(200);
    expect(res.type).toBe('text/html');
    const csp = res.get('Content-Security-Policy') ?? '';
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "connect-src 'self'",
      "img-src 'self'",
      "object-src 'none'",
      "frame-ancestors 'none'",
    ]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    expect(res.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('loads nothing from another origin: no absolute URL in the page, its script or its stylesheet', async () => {
    const { app } = buildTestApp();
    const html = (await request(app).get('/')).text;
    const js = (await request(app).get('/webchat/app.js')).text;
    const css = (await request(app).get('/webchat/app.css')).text;
    for (const text of [html, js, css]) expect(text).not.toMatch(/(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}/i);
    // Every resource the page names is on this server.
    const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThanOrEqual(3);
    for (const ref of refs) {
      expect(ref.startsWith('/')).toBe(true);
      expect((await request(app).get(ref)).status).toBe(200);
    }
    // No inline script: the only <script> without src is the JSON configuration.
    expect([...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>/g)]).toEqual([]);
    expect(html).not.toMatch(/\son[a-z]+="/);
    expect(html).not.toMatch(/\sstyle="/);
  });

  it.each([
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh-CN', '发送'],
    ['en-US,en;q=0.9', 'en', 'Send'],
    ['fr-FR', 'zh-CN', '发送'],
  ])('speaks the browser’s language (Accept-Language %s -> %s)', async (accept, lang, send) => {
    const { app } = buildTestApp();
    const res = await request(app).get('/').set('Accept-Language', accept);
    expect(res.text).toContain(`<html lang="${lang}">`);
    expect(res.text).toContain(`>${send}</button>`);
    expect(pageConfig(res.text).locale).toBe(lang);
  });

  it('follows ?lang= over the browser, and DEFAULT_LOCALE when nothing says', async () => {
    const { app } = buildTestApp({ env: { DEFAULT_LOCALE: 'en' } });
    expect((await request(app).get('/')).text).toContain('<html lang="en">');
    expect((await request(app).get('/?lang=zh-CN').set('Accept-Language', 'en')).text).toContain('<html lang="zh-CN">');
  });

  it('carries every string the page uses, in both languages, from the locale files', async () => {
    const { app } = buildTestApp();
    const config = pageConfig((await request(app).get('/')).text);
    expect(config.maxChars).toBe(2000);
    for (const locale of ['zh-CN', 'en'] as const) {
      for (const key of STRING_KEYS) {
        const text = config.strings[locale][key];
        expect({ locale, key, ok: typeof text === 'string' && text.trim().length > 0 && text !== key }).toEqual({ locale, key, ok: true });
      }
    }
    expect(config.strings['zh-CN'].send).toBe('发送');
    expect(config.strings.en.send).toBe('Send');
  });

  it('serves the bundled script as JavaScript, revalidated by ETag', async () => {
    const { app } = buildTestApp();
    const js = await request(app).get('/webchat/app.js');
    expect(js.status).toBe(200);
    expect(js.type).toBe('text/javascript');
    // Bundled: no module syntax left for the browser to resolve.
    expect(js.text).not.toMatch(/^\s*import\s|\bexport\s*\{/m);
    expect(js.text).toContain('webchat-config');
    const again = await request(app)
      .get('/webchat/app.js')
      .set('If-None-Match', js.get('ETag') ?? '');
    expect(again.status).toBe(304);
  });
});

describe('the page’s endpoint (/webchat/api)', () => {
  it('starts a conversation with the welcome, in the language asked for', async () => {
    const { app } = buildTestApp();
    const res = await api(app, 'b1', 'start', { locale: 'en' });
    expect(res.status).toBe(200);
    expect(res.get('Cache-Control')).toBe('no-store');
    expect(res.body.conversationId).toBe('b1');
    expect(res.body.locale).toBe('en');
    expect(res.body.replies[0].text).toMatch(/^Hello!/);
    const question = res.body.replies.at(-1);
    expect(question.choiceMode).toBe('number');
    expect(question.choices).toContainEqual({ id: 'industry:accommodation', label: 'Hotels, inns and guesthouses' });
  });

  it('runs turns in the conversation web:<id>, which the help desk sees by that id', async () => {
    const { app } = buildTestApp();
    await api(app, 'b2', 'start', { locale: 'zh-CN' });
    const res = await api(app, 'b2', 'messages', { text: '住宿（酒店、客栈、民宿）', messageId: 'm1' });
    expect(res.status).toBe(200);
    expect(res.body.replies.map((r: { text: string }) => r.text).join('\n')).toContain('住宿业');
    const view = await request(app).get('/api/v1/conversations/web:b2');
    expect(view.status).toBe(200);
    expect(view.body.profile.industry).toBe('accommodation');
    // A retry of the same message is answered once.
    const again = await api(app, 'b2', 'messages', { text: '住宿（酒店、客栈、民宿）', messageId: 'm1' });
    expect(again.body.replies).toEqual(res.body.replies);
    expect((await request(app).get('/api/v1/conversations/web:b2')).body.awaiting).toBe('size');
  });

  it('switches the conversation’s language with the language button, and asks its question again', async () => {
    const { app } = buildTestApp();
    await api(app, 'b3', 'start', { locale: 'zh-CN' });
    const res = await api(app, 'b3', 'language', { locale: 'en' });
    expect(res.status).toBe(200);
    expect(res.body.locale).toBe('en');
    const text = res.body.replies.map((r: { text: string }) => r.text).join('\n');
    expect(text).toContain('English');
    expect(text).toContain('Which industry');
  });

  it.each([
    ['an id with other characters', 'no%20spaces', 'messages', { text: 'hi' }, 'bad_conversation_id'],
    ['an id too long for web:<id>', 'x'.repeat(125), 'messages', { text: 'hi' }, 'bad_conversation_id'],
    ['empty text', 'b4', 'messages', { text: '   ' }, 'bad_request'],
    ['text over 2000 characters', 'b4', 'messages', { text: '字'.repeat(2001) }, 'bad_request'],
    ['no text', 'b4', 'messages', {}, 'bad_request'],
    ['an unknown language', 'b4', 'language', { locale: 'fr' }, 'bad_request'],
  ])('refuses %s with 400', async (_name, id, action, body, code) => {
    const { app } = buildTestApp();
    const res = await api(app, id, action, body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe(code);
    expect(typeof res.body.error.message).toBe('string');
  });

  it('counts characters as the API does: 2000 emoji are one message', async () => {
    const { app } = buildTestApp();
    expect((await api(app, 'b5', 'messages', { text: '🍵'.repeat(2000) })).status).toBe(200);
  });

  it('refuses bad JSON (400), a body over 16 KiB (413) and a body that is not JSON (415)', async () => {
    const { app } = buildTestApp();
    const bad = await request(app).post('/webchat/api/conversations/b6/messages').set('Content-Type', 'application/json').send('{"text":');
    expect([bad.status, bad.body.error.code]).toEqual([400, 'bad_json']);
    const big = await api(app, 'b6', 'messages', { text: 'a', pad: 'x'.repeat(17 * 1024) });
    expect([big.status, big.body.error.code]).toEqual([413, 'payload_too_large']);
    const form = await request(app).post('/webchat/api/conversations/b6/messages').type('form').send('text=hi');
    expect([form.status, form.body.error.code]).toEqual([415, 'unsupported_media_type']);
  });

  it('limits requests per client address (429)', async () => {
    const { app } = buildTestApp({ env: { RATE_LIMIT_PER_MINUTE: '2' } });
    expect((await api(app, 'b7', 'messages', { text: 'hi' })).status).toBe(200);
    expect((await api(app, 'b7', 'messages', { text: 'hello' })).status).toBe(200);
    const third = await api(app, 'b7', 'messages', { text: 'hey' });
    expect(third.status).toBe(429);
    expect(third.body.error.code).toBe('rate_limited');
    // The page itself is not counted.
    expect((await request(app).get('/')).status).toBe(200);
  });

  it("counts the page's polling apart from its messages, within a budget of its own per address", async () => {
    const { app } = buildTestApp({ env: { RATE_LIMIT_PER_MINUTE: '2' } });
    const poll = (id: string) => request(app).get(`/webchat/api/conversations/${id}/updates?after=0`);
    // Two pages behind one address, polling a while: 19 polls, then each customer still writes.
    for (let i = 0; i < 19; i++) expect((await poll(i % 2 ? 'b9' : 'b10')).status).toBe(200);
    expect((await api(app, 'b9', 'messages', { text: 'hi' })).status).toBe(200);
    expect((await api(app, 'b10', 'messages', { text: 'hello' })).status).toBe(200);
    // The polls' own budget (ten times the messages') still ends.
    expect((await poll('b9')).status).toBe(200);
    const over = await poll('b9');
    expect([over.status, over.body.error.code]).toEqual([429, 'rate_limited']);
    expect((await api(app, 'b9', 'messages', { text: 'hey' })).status).toBe(429);
  });

  it('answers 503 with the bot’s polite words when the store fails', async () => {
    class DownStore extends MemoryStore {
      override async load(): Promise<never> {
        throw new Error('store down');
      }
    }
    const { app } = buildTestApp({ store: new DownStore() });
    const res = await api(app, 'b8', 'messages', { text: 'hello there, we run a shop' });
    expect(res.status).toBe(503);
    expect(res.body.error.code).toBe('unavailable');
    // The engine's own apology, in the language the message was written in.
    expect(res.body.error.message).toBe(translator('en')('error.notSaved'));
  });

  it('answers unknown endpoints with 404 in the same shape', async () => {
    const { app } = buildTestApp();
    const res = await api(app, 'b9', 'delete-everything', {});
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
  });
});
