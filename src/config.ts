// Configuration from the environment (and `.env`, read by main.ts), validated with zod. A wrong
// value stops the start with a message that says how to fix it. Names and defaults are the
// contract's (README.md, "Configuration"); settings it does not name are documented in the
// README and listed in .env.example.

import { isIP } from 'node:net';
import { z } from 'zod';
import { WECHAT_MESSAGES_PER_MINUTE } from './http/limits';
import { LOCALES } from './locale';
import { DEFAULT_DESK_HOURS, parseDeskHours } from './desk/hours';

const emptyAsUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalString = z.preprocess(emptyAsUndefined, z.string().optional());
const intFrom = (name: string, min: number, max: number, fallback: number) =>
  z.preprocess(
    emptyAsUndefined,
    z.coerce
      .number({ error: `${name} must be a whole number` })
      .int(`${name} must be a whole number`)
      .min(min, `${name} must be at least ${min}`)
      .max(max, `${name} must be at most ${max}`)
      .default(fallback),
  );

/** A comma-separated list, entries trimmed, empty ones dropped; unset or empty: []. */
const commaList = z
  .string()
  .optional()
  .transform((v) =>
    v
      ? v
          .split(',')
          .map((k) => k.trim())
          .filter(Boolean)
      : [],
  );
const keyList = z.preprocess(emptyAsUndefined, commaList);

/** express' names for address ranges, usable in TRUST_PROXY besides addresses and CIDR ranges. */
const PROXY_RANGE_NAMES = ['loopback', 'linklocal', 'uniquelocal'];
function isProxyEntry(entry: string): boolean {
  if (PROXY_RANGE_NAMES.includes(entry)) return true;
  const [address = '', bits, ...rest] = entry.split('/');
  if (rest.length > 0 || !isIP(address)) return false;
  return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (isIP(address) === 4 ? 32 : 128));
}

export const configSchema = z
  .object({
    PORT: intFrom('PORT', 0, 65535, 3978),
    /** The address to listen on; unset: every interface (as before). */
    HOST: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(/^[A-Za-z0-9.:-]+$/, 'HOST must be an address such as 127.0.0.1, 0.0.0.0 or ::, or a host name')
        .optional(),
    ),
    /** The proxies whose X-Forwarded-For is believed (client addresses for the rate limits). */
    TRUST_PROXY: z.preprocess(
      emptyAsUndefined,
      commaList.refine(
        (list) => list.every(isProxyEntry),
        'TRUST_PROXY must list the proxies in front of the bot: addresses or CIDR ranges (10.0.0.5, 10.0.0.0/8) or loopback, linklocal, uniquelocal, comma-separated',
      ),
    ),
    STORE: z.preprocess(
      emptyAsUndefined,
      z.enum(['sqlite', 'memory', 'redis'], { error: 'STORE must be sqlite, memory or redis' }).default('sqlite'),
    ),
    SQLITE_PATH: z.preprocess(emptyAsUndefined, z.string().default('./data/conversations.db')),
    REDIS_URL: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(/^rediss?:\/\//, 'REDIS_URL must look like redis://host:6379 (or rediss:// for TLS)')
        .default('redis://127.0.0.1:6379'),
    ),
    CONVERSATION_TTL_DAYS: z.preprocess(
      emptyAsUndefined,
      z.coerce
        .number({ error: 'CONVERSATION_TTL_DAYS must be a number of days' })
        .positive('CONVERSATION_TTL_DAYS must be more than 0 days')
        .max(3650, 'CONVERSATION_TTL_DAYS must be at most 3650 days')
        .default(30),
    ),
    DEFAULT_LOCALE: z.preprocess(emptyAsUndefined, z.enum(LOCALES, { error: 'DEFAULT_LOCALE must be zh-CN or en' }).default('zh-CN')),
    /** Client keys of the help-desk API: each sees and acts on the conversations it created. */
    API_KEYS: keyList,
    /** The help desk's keys: every channel's conversations, the hand-off list, release. */
    DESK_KEYS: keyList,
    /** DESK_OPEN=1: the desk API without keys, for a local trial only (refused together with DESK_KEYS). */
    DESK_OPEN: z.preprocess(
      (v) => (typeof v === 'string' ? v.trim().toLowerCase() : v),
      z
        .enum(['', '0', '1', 'true', 'false', 'on', 'off', 'yes', 'no'], {
          error: 'DESK_OPEN must be 1 (open the desk API without keys, local trials only) or 0',
        })
        .optional()
        .transform((v) => v === '1' || v === 'true' || v === 'on' || v === 'yes'),
    ),
    /** When the help desk is staffed, in Beijing time ("Mon-Fri 09:00-17:30"); the bot tells waiting customers. */
    DESK_HOURS: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .default(DEFAULT_DESK_HOURS)
        .transform((v, ctx) => {
          const parsed = parseDeskHours(v);
          if (parsed.ok) return parsed.schedule;
          ctx.addIssue({ code: 'custom', message: parsed.error });
          return z.NEVER;
        }),
    ),
    /** Where every desk event is POSTed (signed with DESK_WEBHOOK_SECRET); unset: no webhook. */
    DESK_WEBHOOK_URL: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(
          /^https?:\/\/[^\s/?#]+(?:[/?][^\s#]*)?$/,
          "DESK_WEBHOOK_URL must be an http(s) URL, such as https://desk.example.com/hooks/sme-bot (the desk system's receiver)",
        )
        .optional(),
    ),
    /** The webhook's signing secret (HMAC-SHA256), needed with DESK_WEBHOOK_URL. */
    DESK_WEBHOOK_SECRET: optionalString,
    /** Webhook events waiting to be sent, at most; past it new events are dropped (and logged). */
    DESK_WEBHOOK_QUEUE_LIMIT: intFrom('DESK_WEBHOOK_QUEUE_LIMIT', 10, 1_000_000, 10_000),
    /** When set, GET /metrics needs `Authorization: Bearer <METRICS_TOKEN>`. */
    METRICS_TOKEN: optionalString,
    /** Redis: how long to wait for a connection, and for the answer to one command. */
    REDIS_CONNECT_TIMEOUT_MS: intFrom('REDIS_CONNECT_TIMEOUT_MS', 100, 60_000, 2000),
    REDIS_COMMAND_TIMEOUT_MS: intFrom('REDIS_COMMAND_TIMEOUT_MS', 50, 60_000, 2000),
    /** A client must send its request headers within this long, and the whole request (body too) within the next. */
    HTTP_HEADERS_TIMEOUT_MS: intFrom('HTTP_HEADERS_TIMEOUT_MS', 1000, 600_000, 10_000),
    HTTP_REQUEST_TIMEOUT_MS: intFrom('HTTP_REQUEST_TIMEOUT_MS', 1000, 600_000, 30_000),
    /** Every call the bot makes out (Bot Framework connector, WeChat API, the desk webhook) gives up after this. */
    OUTBOUND_TIMEOUT_MS: intFrom('OUTBOUND_TIMEOUT_MS', 100, 120_000, 10_000),
    /** STORE=memory: at most this many conversations and remembered answers (the oldest idle go first). */
    MEMORY_MAX_CONVERSATIONS: intFrom('MEMORY_MAX_CONVERSATIONS', 10, 10_000_000, 10_000),
    MEMORY_MAX_ANSWERS: intFrom('MEMORY_MAX_ANSWERS', 10, 10_000_000, 5_000),
    /** Help-desk API requests per minute per key (or per client address without keys). */
    RATE_LIMIT_PER_MINUTE: intFrom('RATE_LIMIT_PER_MINUTE', 1, 1_000_000, 120),
    WECHAT_TOKEN: optionalString,
    WECHAT_APP_ID: optionalString,
    WECHAT_ENCODING_AES_KEY: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(/^[A-Za-z0-9+/]{43}$/, "WECHAT_ENCODING_AES_KEY must be 43 characters of base64; copy it from the account's server settings")
        .optional(),
    ),
    WECHAT_APP_SECRET: optionalString,
    /**
     * The account's message encryption mode, as set in its server settings: plaintext, compatible
     * or safe. Unset: safe with WECHAT_ENCODING_AES_KEY, else plaintext (wechatMode()).
     */
    WECHAT_MODE: z.preprocess(
      (v) => (typeof v === 'string' ? v.trim().toLowerCase() || undefined : v),
      z
        .enum(['plaintext', 'compatible', 'safe'], {
          error: "WECHAT_MODE must be plaintext, compatible or safe (the 消息加解密方式 of the account's server settings)",
        })
        .optional(),
    ),
    /** WeChat messages one user may send a minute; past it a polite notice and no turn. */
    WECHAT_RATE_LIMIT_PER_MINUTE: intFrom('WECHAT_RATE_LIMIT_PER_MINUTE', 1, 10_000, WECHAT_MESSAGES_PER_MINUTE),
    /** How far a WeChat request's timestamp may be from our clock (either way) before it is refused. */
    WECHAT_TIMESTAMP_WINDOW_SECONDS: intFrom('WECHAT_TIMESTAMP_WINDOW_SECONDS', 1, 86_400, 300),
    /** WeChat's API host, for the access_token and customer-service messages (tests use a stand-in). */
    WECHAT_API_BASE: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(
          /^https?:\/\/[^\s/?#]+(?:\/[^\s?#]*)?$/,
          'WECHAT_API_BASE must be an http(s) URL without query, such as https://api.weixin.qq.com',
        )
        .default('https://api.weixin.qq.com')
        .transform((v) => v.replace(/\/+$/, '')),
    ),
    /** Tappable weixin://bizmsgmenu links for choices (not officially documented for passive replies). */
    WECHAT_MENU_LINKS: z.preprocess(
      (v) => (typeof v === 'string' ? v.trim().toLowerCase() : v),
      z
        .enum(['', 'on', 'off', 'true', 'false', '1', '0', 'yes', 'no'], { error: 'WECHAT_MENU_LINKS must be on or off' })
        .optional()
        .transform((v) => v === 'on' || v === 'true' || v === '1' || v === 'yes'),
    ),
    MicrosoftAppId: optionalString,
    MicrosoftAppPassword: optionalString,
    MicrosoftAppType: optionalString,
    MicrosoftAppTenantId: optionalString,
    LOG_LEVEL: z.preprocess(
      emptyAsUndefined,
      z
        .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
          error: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
        })
        .default('info'),
    ),
  })
  .superRefine((c, ctx) => {
    if (c.HTTP_REQUEST_TIMEOUT_MS < c.HTTP_HEADERS_TIMEOUT_MS) {
      ctx.addIssue({
        code: 'custom',
        path: ['HTTP_REQUEST_TIMEOUT_MS'],
        message: 'HTTP_REQUEST_TIMEOUT_MS must be at least HTTP_HEADERS_TIMEOUT_MS (the whole request includes its headers)',
      });
    }
    const shared = c.API_KEYS.filter((k) => c.DESK_KEYS.includes(k));
    if (shared.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['DESK_KEYS'],
        message:
          'a key cannot be both in API_KEYS (a client, sees its own conversations) and in DESK_KEYS (the desk, sees all); give each its own',
      });
    }
    if (c.DESK_OPEN && c.DESK_KEYS.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['DESK_OPEN'],
        message: 'DESK_OPEN=1 opens the desk API without keys (local trials); with DESK_KEYS set it would be ignored: unset DESK_OPEN',
      });
    }
    if (c.DESK_WEBHOOK_URL && (c.DESK_WEBHOOK_SECRET ?? '').length < 16) {
      ctx.addIssue({
        code: 'custom',
        path: ['DESK_WEBHOOK_SECRET'],
        message:
          "DESK_WEBHOOK_SECRET must be set, at least 16 characters, with DESK_WEBHOOK_URL (events carry customers' words: the receiver checks the signature); e.g. openssl rand -hex 32",
      });
    }
    if (c.DESK_WEBHOOK_SECRET && !c.DESK_WEBHOOK_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['DESK_WEBHOOK_URL'],
        message: "DESK_WEBHOOK_SECRET is set without DESK_WEBHOOK_URL: set the receiver's URL, or unset the secret",
      });
    }
    if (c.WECHAT_ENCODING_AES_KEY && !c.WECHAT_APP_ID) {
      ctx.addIssue({
        code: 'custom',
        path: ['WECHAT_APP_ID'],
        message: 'WECHAT_APP_ID is needed with WECHAT_ENCODING_AES_KEY (safe mode checks the AppID inside each message)',
      });
    }
    if (c.WECHAT_MODE && c.WECHAT_MODE !== 'plaintext' && !c.WECHAT_ENCODING_AES_KEY) {
      ctx.addIssue({
        code: 'custom',
        path: ['WECHAT_ENCODING_AES_KEY'],
        message: `WECHAT_MODE=${c.WECHAT_MODE} needs WECHAT_ENCODING_AES_KEY (and WECHAT_APP_ID): copy the EncodingAESKey from the account's server settings, or set WECHAT_MODE=plaintext`,
      });
    }
    if (c.WECHAT_APP_SECRET && !c.WECHAT_APP_ID) {
      ctx.addIssue({
        code: 'custom',
        path: ['WECHAT_APP_ID'],
        message: 'WECHAT_APP_ID is needed with WECHAT_APP_SECRET (the access_token for late replies is asked for that AppID)',
      });
    }
  });

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

/** Parses the environment; throws a ConfigError listing every problem and how to fix it. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => `  - ${issue.path.join('.') || 'config'}: ${issue.message}`);
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}\nFix these in the environment or in .env (see .env.example).`);
}

/** The WeChat mode in force: WECHAT_MODE, else safe when an AES key is set, else plaintext. */
export function wechatMode(config: Pick<Config, 'WECHAT_MODE' | 'WECHAT_ENCODING_AES_KEY'>): 'plaintext' | 'compatible' | 'safe' {
  return config.WECHAT_MODE ?? (config.WECHAT_ENCODING_AES_KEY ? 'safe' : 'plaintext');
}

export function conversationTtlMs(config: Config): number {
  return config.CONVERSATION_TTL_DAYS * 24 * 60 * 60 * 1000;
}
