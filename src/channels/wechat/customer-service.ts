// WeChat's server API, for the one thing the channel needs it for: delivering a reply that missed
// all three tries of a message with a customer-service message (客服消息), which WeChat accepts
// for a while after the user's last message.
//
// The access_token is fetched with AppID + AppSecret and cached in the conversation store
// (`wechat:access_token:<appid>`), not in memory: WeChat invalidates the previous token whenever a
// new one is fetched, so every instance must share one. The fetch runs under the store's lock and
// re-reads the cache inside it, so concurrent callers (and, with a shared store, other instances)
// fetch once. Neither the secret nor the token is ever logged: URLs that carry them are not
// logged either, only WeChat's errcode.

import type { Logger } from 'pino';
import pino from 'pino';
import type { KeyValueCache, Locks } from '../../conversation/store';

export interface WechatApiOptions {
  /** https://api.weixin.qq.com, or a stand-in in tests; no trailing slash. */
  base: string;
  appId: string;
  appSecret: string;
  store: KeyValueCache & Locks;
  fetch?: typeof fetch;
  logger?: Logger;
  /** Per HTTP call; WeChat answers within a second or two. */
  timeoutMs?: number;
}

export class WechatApiError extends Error {
  constructor(
    readonly errcode: number | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'WechatApiError';
  }
}

// invalid credential, invalid access_token, access_token expired: fetch a new token and retry once.
const TOKEN_ERRORS = new Set([40001, 40014, 42001]);
// Refresh a little before WeChat's expiry (7,200 s) so a token is never used at its last second.
const EXPIRY_MARGIN_S = 300;
const MIN_CACHE_S = 60;

interface WechatResult {
  errcode?: number;
  errmsg?: string;
  access_token?: string;
  expires_in?: number;
}

export class WechatApi {
  private readonly fetch: typeof fetch;
  private readonly log: Logger;
  private readonly timeoutMs: number;
  private readonly tokenKey: string;

  constructor(private readonly options: WechatApiOptions) {
    this.fetch = options.fetch ?? globalThis.fetch;
    this.log = options.logger ?? pino({ level: 'silent' });
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.tokenKey = `wechat:access_token:${options.appId}`;
  }

  /** A valid access_token: the shared cached one, or a new one when there is none (or `stale` was refused). */
  async accessToken(stale?: string): Promise<string> {
    const cached = await this.options.store.getValue(this.tokenKey);
    if (cached && cached !== stale) return cached;
    return this.options.store.withLock(this.tokenKey, async () => {
      // Someone else may have fetched one while we waited for the lock.
      const again = await this.options.store.getValue(this.tokenKey);
      if (again && again !== stale) return again;
      const url = new URL(`${this.options.base}/cgi-bin/token`);
      url.searchParams.set('grant_type', 'client_credential');
      url.searchParams.set('appid', this.options.appId);
      url.searchParams.set('secret', this.options.appSecret);
      const result = await this.call(url, { method: 'GET' }, 'token');
      const token = result.access_token;
      if (typeof token !== 'string' || token === '') {
        throw new WechatApiError(result.errcode, `WeChat gave no access_token (errcode ${result.errcode ?? 'none'})`);
      }
      const lifetime = typeof result.expires_in === 'number' ? result.expires_in : 7200;
      await this.options.store.setValue(this.tokenKey, token, Math.max(MIN_CACHE_S, lifetime - EXPIRY_MARGIN_S) * 1000);
      this.log.info({ expiresIn: lifetime }, 'wechat access_token refreshed');
      return token;
    });
  }

  /** Sends a text customer-service message to the user. Throws WechatApiError when WeChat refuses. */
  async sendText(openid: string, content: string): Promise<void> {
    const body = JSON.stringify({ touser: openid, msgtype: 'text', text: { content } });
    let token = await this.accessToken();
    for (let attempt = 0; ; attempt++) {
      const url = new URL(`${this.options.base}/cgi-bin/message/custom/send`);
      url.searchParams.set('access_token', token);
      const result = await this.call(
        url,
        { method: 'POST', body, headers: { 'Content-Type': 'application/json; charset=utf-8' } },
        'custom/send',
      );
      if (!result.errcode) return;
      if (attempt === 0 && TOKEN_ERRORS.has(result.errcode)) {
        token = await this.accessToken(token);
        continue;
      }
      throw new WechatApiError(result.errcode, `WeChat refused the customer-service message (errcode ${result.errcode})`);
    }
  }

  private async call(url: URL, init: RequestInit, what: string): Promise<WechatResult> {
    let response: Response;
    try {
      response = await this.fetch(url, { ...init, signal: AbortSignal.timeout(this.timeoutMs) });
    } catch (error) {
      // The error may quote the URL, which carries the secret or the token: keep only its name.
      throw new WechatApiError(undefined, `WeChat ${what} request failed (${error instanceof Error ? error.name : 'error'})`);
    }
    if (!response.ok) throw new WechatApiError(undefined, `WeChat ${what} answered HTTP ${response.status}`);
    let result: unknown;
    try {
      result = await response.json();
    } catch {
      throw new WechatApiError(undefined, `WeChat ${what} answered something other than JSON`);
    }
    if (typeof result !== 'object' || result === null) throw new WechatApiError(undefined, `WeChat ${what} answered no object`);
    const { errcode, errmsg, access_token, expires_in } = result as Record<string, unknown>;
    return {
      ...(typeof errcode === 'number' ? { errcode } : {}),
      ...(typeof errmsg === 'string' ? { errmsg } : {}),
      ...(typeof access_token === 'string' ? { access_token } : {}),
      ...(typeof expires_in === 'number' ? { expires_in } : {}),
    };
  }
}
