// Configuration from the environment (and `.env`, read by main.ts), validated with zod. A wrong
// value stops the start with a message that says how to fix it. Names and defaults are the
// contract's (README.md, "Configuration"); settings it does not name are documented in the
// README and listed in .env.example.

import { z } from 'zod';
import { LOCALES } from './locale';

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

export const configSchema = z
  .object({
    PORT: intFrom('PORT', 0, 65535, 3978),
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
    DEFAULT_LOCALE: z.preprocess(
      emptyAsUndefined,
      z.enum(LOCALES, { error: 'DEFAULT_LOCALE must be zh-CN or en' }).default('zh-CN'),
    ),
    API_KEYS: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .optional()
        .transform((v) => (v ? v.split(',').map((k) => k.trim()).filter(Boolean) : [])),
    ),
    /** Help-desk API requests per minute per key (or per client address without keys). */
    RATE_LIMIT_PER_MINUTE: intFrom('RATE_LIMIT_PER_MINUTE', 1, 1_000_000, 120),
    WECHAT_TOKEN: optionalString,
    WECHAT_APP_ID: optionalString,
    WECHAT_ENCODING_AES_KEY: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(
          /^[A-Za-z0-9+/]{43}$/,
          "WECHAT_ENCODING_AES_KEY must be 43 characters of base64; copy it from the account's server settings",
        )
        .optional(),
    ),
    WECHAT_APP_SECRET: optionalString,
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
    if (c.WECHAT_ENCODING_AES_KEY && !c.WECHAT_APP_ID) {
      ctx.addIssue({
        code: 'custom',
        path: ['WECHAT_APP_ID'],
        message: 'WECHAT_APP_ID is needed with WECHAT_ENCODING_AES_KEY (safe mode checks the AppID inside each message)',
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

export function conversationTtlMs(config: Config): number {
  return config.CONVERSATION_TTL_DAYS * 24 * 60 * 60 * 1000;
}
