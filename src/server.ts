// Builds the express app from its parts. Tests call createApp() and talk to it with supertest,
// without listening; main.ts reads the configuration, builds the store and listens.

import express, { type Express } from 'express';
import type { Logger } from 'pino';
import { apiRouter } from './channels/api/routes';
import { deskRouter } from './channels/desk/routes';
import { createWechatChannel } from './channels/wechat/route';
import type { Config } from './config';
import type { ConversationEngine } from './conversation/engine';
import type { ConversationStore } from './conversation/store';
import { errorHandler, sendError } from './http/errors';
import { createMetrics } from './http/metrics';
import { botFrameworkRouter } from './channels/botframework/routes';
import { webchatRouter } from './channels/webchat/routes';

export interface AppDeps {
  config: Config;
  engine: ConversationEngine;
  store: ConversationStore;
  logger: Logger;
}

export function createApp(deps: AppDeps): Express {
  const { config, engine, store, logger } = deps;
  const app = express();
  const channelsToDrain: Array<{ drain(): Promise<void> }> = [];
  app.locals.drainChannels = async () => {
    for (const channel of channelsToDrain) await channel.drain();
  };
  app.disable('x-powered-by');
  // Every answer is fresh (a bot's reply, a view): an ETag would only cost a hash per response.
  app.set('etag', false);
  // Behind a load balancer the client's address comes from X-Forwarded-For (rate limits).
  app.set('trust proxy', 'loopback, linklocal, uniquelocal');

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/metrics', createMetrics(engine).handler);
  app.get('/readyz', async (_req, res) => {
    const ok = await store.ping().catch(() => false);
    res.status(ok ? 200 : 503).json({ status: ok ? 'ready' : 'store unavailable', store: store.kind });
  });

  // The desk's routes first: the client API below answers every other /api/v1 path.
  app.use('/api/v1/desk', deskRouter({ store, deskKeys: config.DESK_KEYS, defaultLocale: config.DEFAULT_LOCALE }));
  app.use(
    '/api/v1',
    apiRouter({ engine, store, apiKeys: config.API_KEYS, rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE }),
  );

  // --- WeChat channel (GET|POST /wechat) ---
  if (config.WECHAT_TOKEN) {
    const wechat = createWechatChannel({
      token: config.WECHAT_TOKEN,
      appId: config.WECHAT_APP_ID,
      encodingAesKey: config.WECHAT_ENCODING_AES_KEY,
      appSecret: config.WECHAT_APP_SECRET,
      apiBase: config.WECHAT_API_BASE,
      windowSeconds: config.WECHAT_TIMESTAMP_WINDOW_SECONDS,
      menuLinks: config.WECHAT_MENU_LINKS,
      defaultLocale: config.DEFAULT_LOCALE,
      engine,
      store,
      logger,
    });
    app.use('/wechat', wechat.router);
    channelsToDrain.push(wechat);
    logger.info(
      {
        encrypted: Boolean(config.WECHAT_ENCODING_AES_KEY),
        lateReplies: Boolean(config.WECHAT_APP_SECRET),
        menuLinks: config.WECHAT_MENU_LINKS,
      },
      config.WECHAT_ENCODING_AES_KEY
        ? 'WeChat channel on at /wechat (plaintext, compatible and safe mode)'
        : 'WeChat channel on at /wechat (plaintext mode only: set WECHAT_ENCODING_AES_KEY for compatible/safe mode)',
    );
  } else {
    logger.info('WeChat channel off: set WECHAT_TOKEN (and the account settings) to serve GET|POST /wechat');
  }
  // --- end WeChat channel ---

  // --- Bot Framework channel (POST /api/messages) and web chat page (GET /) ---
  app.use(botFrameworkRouter({ config, engine, logger }));
  app.use(
    webchatRouter({
      engine,
      store,
      defaultLocale: config.DEFAULT_LOCALE,
      // The page's endpoint counts per client address, with the API's per-minute figure.
      rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
      logger,
    }),
  );
  // --- end Bot Framework and web chat ---

  app.use((_req, res) => sendError(res, 404, 'not_found', 'No such endpoint.'));
  app.use(errorHandler(logger));
  return app;
}

/** Waits for what channels still have under way (WeChat's late replies), for a graceful stop. */
export async function drainChannels(app: Express): Promise<void> {
  const drain = app.locals.drainChannels as (() => Promise<void>) | undefined;
  await drain?.();
}
