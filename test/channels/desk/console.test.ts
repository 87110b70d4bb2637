// The desk console's page (GET /desk) and the event stream's sign-in by stream token, over HTTP:
// the page's security headers, its language, what it says of the desk's access (keys, DESK_OPEN,
// off), its script; a token asked for with a desk key opens the
// stream once, and nothing else opens it without the key.

import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { CONFIG_ELEMENT_ID, type ConsoleConfig } from '../../../src/channels/desk/console-client/protocol';
import { buildTestApp, testClock } from '../../helpers/app';

function configOf(html: string): ConsoleConfig {
  const json = new RegExp(`<script type="application/json" id="${CONFIG_ELEMENT_ID}">([^<]*)</script>`).exec(html)?.[1];
  return JSON.parse(json ?? 'null') as ConsoleConfig;
}

describe('the desk console page', () => {
  it('is served with a Content-Security-Policy that allows no inline script, in the browser’s language', async () => {
    const { app } = buildTestApp({ env: { DESK_KEYS: 'desk-1' } });
    const res = await request(app).get('/desk').set('Accept-Language', 'en-US,en;q=0.9');
    expect(res.status).toBe(200);
    expect(res.headers['content-security-policy']).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    );
    expect(res.text).toContain('<html lang="en">');
    expect(res.text).not.toMatch(/<script>|<script(?![^>]*(src=|type="application\/json"))[^>]*>/);
    const config = configOf(res.text);
    expect({ locale: config.locale, access: config.access, apiBase: config.apiBase }).toEqual({
      locale: 'en',
      access: 'keys',
      apiBase: '/api/v1/desk',
    });
    expect(res.text).not.toContain('desk-1');
    const zh = await request(app).get('/desk?lang=zh-CN').set('Accept-Language', 'en');
    expect(configOf(zh.text).locale).toBe('zh-CN');
  });

  it('says whether agents sign in with a key, come in freely (DESK_OPEN=1) or cannot (no DESK_KEYS)', async () => {
    const access = async (env: Record<string, string>) => configOf((await request(buildTestApp({ env }).app).get('/desk')).text).access;
    expect([await access({ DESK_KEYS: 'desk-1' }), await access({ DESK_OPEN: '1' }), await access({})]).toEqual(['keys', 'open', 'off']);
  });

  it('serves its script, stylesheet and icon', async () => {
    const { app } = buildTestApp();
    const js = await request(app).get('/desk/app.js');
    const css = await request(app).get('/desk/app.css');
    const icon = await request(app).get('/desk/icon.svg');
    expect([
      js.status,
      js.headers['content-type'],
      css.status,
      css.headers['content-type'],
      icon.status,
      icon.headers['content-type'],
    ]).toEqual([200, 'text/javascript; charset=utf-8', 200, 'text/css; charset=utf-8', 200, 'image/svg+xml; charset=utf-8']);
    expect(js.text).toContain(CONFIG_ELEMENT_ID);
  });
});

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

async function listen(env: Record<string, string>) {
  const built = buildTestApp({ env, clock: testClock() });
  server = await new Promise<Server>((resolve) => {
    const s = built.app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return { ...built, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** The stream's status and, for a 200, its first line; the connection is then closed. */
async function openStream(url: string): Promise<[number, string]> {
  const res = await fetch(url);
  if (res.status !== 200) return [res.status, ((await res.json()) as { error: { code: string } }).error.code];
  const reader = res.body!.getReader();
  const first = new TextDecoder().decode((await reader.read()).value);
  await reader.cancel();
  return [200, first];
}

describe('the event stream by stream token', () => {
  it('opens once with a token a desk key asked for; never with a client key, no key, or a token in another form', async () => {
    const { origin } = await listen({ DESK_KEYS: 'desk-1', API_KEYS: 'client-1' });
    const ask = (key?: string) =>
      fetch(`${origin}/api/v1/desk/stream-tokens`, { method: 'POST', headers: key ? { Authorization: `Bearer ${key}` } : {} });
    const asked = await ask('desk-1');
    expect([asked.status, asked.headers.get('cache-control')]).toEqual([201, 'no-store']);
    const { token } = (await asked.json()) as { token: string };
    const url = `${origin}/api/v1/desk/events?token=${encodeURIComponent(token)}`;
    expect([await openStream(url), await openStream(url)]).toEqual([
      [200, ': connected\n\n'],
      [401, 'bad_stream_token'],
    ]);
    expect([(await ask('client-1')).status, (await ask()).status]).toEqual([403, 401]);
    expect([
      await openStream(`${origin}/api/v1/desk/events`),
      await openStream(`${origin}/api/v1/desk/events?token=desk-1`),
      await openStream(`${origin}/api/v1/desk/events?token=${token}&token=${token}`),
    ]).toEqual([
      [401, 'unauthorized'],
      [401, 'bad_stream_token'],
      [401, 'bad_stream_token'],
    ]);
    // A token opens the stream only: any other desk endpoint still needs the key.
    const other = await fetch(`${origin}/api/v1/desk/handoffs?token=${encodeURIComponent((await (await ask('desk-1')).json()).token)}`);
    expect(other.status).toBe(401);
  });

  it('is refused without DESK_KEYS, and open with DESK_OPEN=1', async () => {
    const off = await listen({});
    expect(await openStream(`${off.origin}/api/v1/desk/events?token=x`)).toEqual([403, 'desk_off']);
    server?.closeAllConnections();
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    const open = await listen({ DESK_OPEN: '1' });
    const { token } = (await (await fetch(`${open.origin}/api/v1/desk/stream-tokens`, { method: 'POST' })).json()) as { token: string };
    expect(await openStream(`${open.origin}/api/v1/desk/events?token=${token}`)).toEqual([200, ': connected\n\n']);
  });
});
