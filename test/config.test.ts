// Configuration: the contract's defaults, and a clear message for every wrong value.

import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, wechatMode } from '../src/config';

describe('loadConfig', () => {
  it('has the contract defaults with an empty environment', () => {
    expect(loadConfig({})).toMatchObject({
      PORT: 3978,
      STORE: 'sqlite',
      SQLITE_PATH: './data/conversations.db',
      REDIS_URL: 'redis://127.0.0.1:6379',
      CONVERSATION_TTL_DAYS: 30,
      DEFAULT_LOCALE: 'zh-CN',
      API_KEYS: [],
      LOG_LEVEL: 'info',
    });
  });

  it('treats empty values as unset, as a copied .env.example leaves them', () => {
    expect(loadConfig({ PORT: '', API_KEYS: '', WECHAT_TOKEN: '' })).toMatchObject({ PORT: 3978, API_KEYS: [], WECHAT_TOKEN: undefined });
  });

  it('has the WeChat channel defaults: 5-minute window, the official API host, no tappable links', () => {
    const config = loadConfig({});
    expect(config.WECHAT_TOKEN).toBeUndefined();
    expect(config).toMatchObject({
      WECHAT_TIMESTAMP_WINDOW_SECONDS: 300,
      WECHAT_API_BASE: 'https://api.weixin.qq.com',
      WECHAT_MENU_LINKS: false,
    });
  });

  it.each([
    ['on', true],
    ['ON', true],
    ['true', true],
    ['1', true],
    ['off', false],
    ['0', false],
    ['', false],
  ])('reads WECHAT_MENU_LINKS=%s as %s', (value, expected) => {
    expect(loadConfig({ WECHAT_MENU_LINKS: value }).WECHAT_MENU_LINKS).toBe(expected);
  });

  it('has the WeChat mode safe with an AES key and plaintext without, unless WECHAT_MODE says, and 20 messages a minute per user', () => {
    const aes = { WECHAT_ENCODING_AES_KEY: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG', WECHAT_APP_ID: 'wx1' };
    expect(wechatMode(loadConfig({}))).toBe('plaintext');
    expect(wechatMode(loadConfig(aes))).toBe('safe');
    expect(wechatMode(loadConfig({ ...aes, WECHAT_MODE: ' Compatible ' }))).toBe('compatible');
    expect(wechatMode(loadConfig({ ...aes, WECHAT_MODE: 'plaintext' }))).toBe('plaintext');
    expect(wechatMode(loadConfig({ WECHAT_MODE: '' }))).toBe('plaintext');
    expect(loadConfig({}).WECHAT_RATE_LIMIT_PER_MINUTE).toBe(20);
    expect(loadConfig({ WECHAT_RATE_LIMIT_PER_MINUTE: '5' }).WECHAT_RATE_LIMIT_PER_MINUTE).toBe(5);
  });

  it('drops the trailing slash of WECHAT_API_BASE, so paths join cleanly', () => {
    expect(loadConfig({ WECHAT_API_BASE: 'http://127.0.0.1:8081/' }).WECHAT_API_BASE).toBe('http://127.0.0.1:8081');
  });

  it('splits API keys on commas and trims them', () => {
    expect(loadConfig({ API_KEYS: ' a , b,,c ' }).API_KEYS).toEqual(['a', 'b', 'c']);
  });

  it('has the hardening defaults: no proxy trusted, every interface, timeouts, memory caps', () => {
    const config = loadConfig({});
    expect({
      HOST: config.HOST,
      TRUST_PROXY: config.TRUST_PROXY,
      DESK_KEYS: config.DESK_KEYS,
      METRICS_TOKEN: config.METRICS_TOKEN,
      REDIS_CONNECT_TIMEOUT_MS: config.REDIS_CONNECT_TIMEOUT_MS,
      REDIS_COMMAND_TIMEOUT_MS: config.REDIS_COMMAND_TIMEOUT_MS,
      HTTP_HEADERS_TIMEOUT_MS: config.HTTP_HEADERS_TIMEOUT_MS,
      HTTP_REQUEST_TIMEOUT_MS: config.HTTP_REQUEST_TIMEOUT_MS,
      OUTBOUND_TIMEOUT_MS: config.OUTBOUND_TIMEOUT_MS,
      MEMORY_MAX_CONVERSATIONS: config.MEMORY_MAX_CONVERSATIONS,
      MEMORY_MAX_ANSWERS: config.MEMORY_MAX_ANSWERS,
    }).toEqual({
      HOST: undefined,
      TRUST_PROXY: [],
      DESK_KEYS: [],
      METRICS_TOKEN: undefined,
      REDIS_CONNECT_TIMEOUT_MS: 2000,
      REDIS_COMMAND_TIMEOUT_MS: 2000,
      HTTP_HEADERS_TIMEOUT_MS: 10_000,
      HTTP_REQUEST_TIMEOUT_MS: 30_000,
      OUTBOUND_TIMEOUT_MS: 10_000,
      MEMORY_MAX_CONVERSATIONS: 10_000,
      MEMORY_MAX_ANSWERS: 5_000,
    });
  });

  it('has no desk webhook unless DESK_WEBHOOK_URL is set, and a queue of 10,000 events', () => {
    const none = loadConfig({});
    expect([none.DESK_WEBHOOK_URL, none.DESK_WEBHOOK_SECRET, none.DESK_WEBHOOK_QUEUE_LIMIT]).toEqual([undefined, undefined, 10_000]);
    const env = { DESK_WEBHOOK_URL: 'https://desk.example.com/hooks/sme?k=1', DESK_WEBHOOK_SECRET: 'x'.repeat(32) };
    expect(loadConfig(env)).toMatchObject({ ...env, DESK_WEBHOOK_QUEUE_LIMIT: 10_000 });
  });

  it('reads the proxies to trust as a list of addresses, ranges and express range names', () => {
    expect(loadConfig({ TRUST_PROXY: ' 10.0.0.5, 10.0.0.0/8 ,loopback,::1' }).TRUST_PROXY).toEqual([
      '10.0.0.5',
      '10.0.0.0/8',
      'loopback',
      '::1',
    ]);
  });

  it.each([
    [{ TRUST_PROXY: 'true' }, /TRUST_PROXY must list the proxies/],
    [{ TRUST_PROXY: '10.0.0.0/33' }, /TRUST_PROXY must list the proxies/],
    [{ TRUST_PROXY: '*' }, /TRUST_PROXY must list the proxies/],
    [{ HOST: 'http://0.0.0.0' }, /HOST must be an address/],
    [{ REDIS_COMMAND_TIMEOUT_MS: '0' }, /REDIS_COMMAND_TIMEOUT_MS must be at least 50/],
    [
      { HTTP_HEADERS_TIMEOUT_MS: '20000', HTTP_REQUEST_TIMEOUT_MS: '10000' },
      /HTTP_REQUEST_TIMEOUT_MS must be at least HTTP_HEADERS_TIMEOUT_MS/,
    ],
    [{ API_KEYS: 'a,b', DESK_KEYS: 'b' }, /cannot be both in API_KEYS .* and in DESK_KEYS/],
    [{ MEMORY_MAX_CONVERSATIONS: 'lots' }, /MEMORY_MAX_CONVERSATIONS must be a whole number/],
    [{ OUTBOUND_TIMEOUT_MS: '5s' }, /OUTBOUND_TIMEOUT_MS must be a whole number/],
    [{ DESK_OPEN: 'maybe' }, /DESK_OPEN must be 1 \(open the desk API without keys, local trials only\) or 0/],
    [{ DESK_OPEN: '1', DESK_KEYS: 'd1' }, /DESK_OPEN=1 opens the desk API without keys .* unset DESK_OPEN/],
    [{ DESK_WEBHOOK_URL: 'https://desk.example.com/hook' }, /DESK_WEBHOOK_SECRET must be set, at least 16 characters/],
    [{ DESK_WEBHOOK_URL: 'https://desk.example.com/hook', DESK_WEBHOOK_SECRET: 'short' }, /DESK_WEBHOOK_SECRET must be set/],
    [{ DESK_WEBHOOK_URL: 'desk.example.com/hook', DESK_WEBHOOK_SECRET: 'x'.repeat(32) }, /DESK_WEBHOOK_URL must be an http\(s\) URL/],
    [{ DESK_WEBHOOK_SECRET: 'x'.repeat(32) }, /DESK_WEBHOOK_SECRET is set without DESK_WEBHOOK_URL/],
    [{ DESK_WEBHOOK_URL: 'https://d.example/h', DESK_WEBHOOK_SECRET: 'x'.repeat(32), DESK_WEBHOOK_QUEUE_LIMIT: '5' }, /at least 10/],
  ])('refuses the hardening setting %o with a message saying how to fix it', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
    expect(() => loadConfig(env)).toThrow(/\.env\.example/);
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT must be a whole number/],
    [{ PORT: '70000' }, /PORT must be at most 65535/],
    [{ STORE: 'mysql' }, /STORE must be sqlite, memory or redis/],
    [{ DEFAULT_LOCALE: 'fr' }, /DEFAULT_LOCALE must be zh-CN or en/],
    [{ CONVERSATION_TTL_DAYS: '0' }, /CONVERSATION_TTL_DAYS must be more than 0/],
    [{ REDIS_URL: 'localhost:6379' }, /REDIS_URL must look like redis:\/\//],
    [{ WECHAT_ENCODING_AES_KEY: 'short', WECHAT_APP_ID: 'wx1' }, /43 characters of base64/],
    [{ WECHAT_ENCODING_AES_KEY: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG' }, /WECHAT_APP_ID is needed/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of/],
    [{ WECHAT_TIMESTAMP_WINDOW_SECONDS: '0' }, /WECHAT_TIMESTAMP_WINDOW_SECONDS must be at least 1/],
    [{ WECHAT_TIMESTAMP_WINDOW_SECONDS: 'five minutes' }, /WECHAT_TIMESTAMP_WINDOW_SECONDS must be a whole number/],
    [{ WECHAT_API_BASE: 'api.weixin.qq.com' }, /WECHAT_API_BASE must be an http\(s\) URL/],
    [{ WECHAT_API_BASE: 'https://api.weixin.qq.com/?x=1' }, /WECHAT_API_BASE must be an http\(s\) URL/],
    [{ WECHAT_MENU_LINKS: 'maybe' }, /WECHAT_MENU_LINKS must be on or off/],
    [{ WECHAT_APP_SECRET: 'secret' }, /WECHAT_APP_ID is needed with WECHAT_APP_SECRET/],
    [{ WECHAT_MODE: 'secure' }, /WECHAT_MODE must be plaintext, compatible or safe/],
    [{ WECHAT_MODE: 'safe' }, /WECHAT_MODE=safe needs WECHAT_ENCODING_AES_KEY .*or set WECHAT_MODE=plaintext/],
    [{ WECHAT_MODE: 'compatible' }, /WECHAT_MODE=compatible needs WECHAT_ENCODING_AES_KEY/],
    [{ WECHAT_RATE_LIMIT_PER_MINUTE: '0' }, /WECHAT_RATE_LIMIT_PER_MINUTE must be at least 1/],
  ])('refuses %o with a message saying how to fix it', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
    expect(() => loadConfig(env)).toThrow(/\.env\.example/);
  });
});
