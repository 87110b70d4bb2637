// Builds the express app from its parts. Tests call createApp() and talk to it with supertest,
// without listening; main.ts reads the configuration, builds the store and listens.

import { createServer, type Server } from 'node:http';
import express, { type Express } from 'express';
import type { Logger } from 'pino';
import { apiRouter } from './channels/api/routes';
import { deskRouter } from './channels/desk/routes';
import { deskConsoleRouter } from './channels/desk/console';
import { createWechatChannel } from './channels/wechat/route';
import { conversationTtlMs, wechatMode, type Config } from './config';
import { DeskActions } from './desk/actions';
import { AgentDeliveries } from './desk/delivery';
import { DeskEvents, eventsOfTurn, type DeskEventBridge } from './desk/events';
import { DeskWebhook } from './channels/desk/webhook';
import type { ConversationEngine } from './conversation/engine';
import type { ConversationStore } from './conversation/store';
import { errorHandler, sendError } from './http/errors';
import { createMetrics } from './http/metrics';
import { botFrameworkRouter } from './channels/botframework/routes';
import { webchatRouter } from './channels/webchat/routes';

/** Where the help desk's API lives. */
const DESK_API = '/api/v1/desk';

/** What the start log says of each WeChat mode. */
const WECHAT_MODE_SAYS = {
  plaintext: 'plaintext bodies only; set WECHAT_ENCODING_AES_KEY and WECHAT_MODE=safe to have messages encrypted',
  compatible: 'plaintext and encrypted bodies; set WECHAT_MODE=safe once the account is switched to safe mode',
  safe: 'encrypted bodies only; a plaintext body is refused',
} as const;

export interface AppDeps {
  config: Config;
  engine: ConversationEngine;
  store: ConversationStore;
  logger: Logger;
  /** Carries desk events between instances (STORE=redis: Redis pub/sub); without, they stay in this process. */
  deskBridge?: DeskEventBridge;
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
  // X-Forwarded-For (the client's address, for rate limits) is believed only from the proxies
  // TRUST_PROXY names: anyone else could write any address in it.
  app.set('trust proxy', config.TRUST_PROXY.length > 0 ? config.TRUST_PROXY : false);

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/metrics', createMetrics(engine, { store, token: config.METRICS_TOKEN }).handler);
  app.get('/readyz', async (_req, res) => {
    const ok = await store.ping().catch(() => false);
    res.status(ok ? 200 : 503).json({ status: ok ? 'ready' : 'store unavailable', store: store.kind });
  });

  // Channels that can push register how an agent's message reaches their users (src/desk/delivery.ts).
  const deliveries = new AgentDeliveries();
  // The desk's event stream: hand-offs and customers' messages from the engine's saved turns.
  const deskEvents = new DeskEvents(deps.deskBridge);
  engine.onSaved((turn) => {
    for (const event of eventsOfTurn(turn)) deskEvents.publish(event);
  });
  if (config.DESK_WEBHOOK_URL && config.DESK_WEBHOOK_SECRET) {
    const webhook = new DeskWebhook({
      url: config.DESK_WEBHOOK_URL,
      secret: config.DESK_WEBHOOK_SECRET,
      queueLimit: config.DESK_WEBHOOK_QUEUE_LIMIT,
      timeoutMs: config.OUTBOUND_TIMEOUT_MS,
      logger,
    });
    deskEvents.subscribeLocal((event) => webhook.publish(event));
    channelsToDrain.push(webhook);
    logger.info(
      { queueLimit: config.DESK_WEBHOOK_QUEUE_LIMIT },
      `desk webhook on: every desk event is POSTed to ${new URL(config.DESK_WEBHOOK_URL).origin}`,
    );
  }

  // --- WeChat channel (GET|POST /wechat) ---
  // Mounted before the other channels: its path is theirs to share with no one, and every WeChat
  // message then skips their routers (express tries each mounted router in order).
  if (config.WECHAT_TOKEN) {
    const wechat = createWechatChannel({
      token: config.WECHAT_TOKEN,
      appId: config.WECHAT_APP_ID,
      encodingAesKey: config.WECHAT_ENCODING_AES_KEY,
      mode: wechatMode(config),
      messagesPerMinute: config.WECHAT_RATE_LIMIT_PER_MINUTE,
      appSecret: config.WECHAT_APP_SECRET,
      apiBase: config.WECHAT_API_BASE,
      windowSeconds: config.WECHAT_TIMESTAMP_WINDOW_SECONDS,
      menuLinks: config.WECHAT_MENU_LINKS,
      defaultLocale: config.DEFAULT_LOCALE,
      engine,
      store,
      deliveries,
      logger,
    });
    app.use('/wechat', wechat.router);
    channelsToDrain.push(wechat);
    const mode = wechatMode(config);
    logger.info(
      {
        mode,
        lateReplies: Boolean(config.WECHAT_APP_SECRET),
        menuLinks: config.WECHAT_MENU_LINKS,
        messagesPerMinute: config.WECHAT_RATE_LIMIT_PER_MINUTE,
      },
      `WeChat channel on at /wechat in ${mode} mode (${WECHAT_MODE_SAYS[mode]})`,
    );
  } else {
    logger.info('WeChat channel off: set WECHAT_TOKEN (and the account settings) to serve GET|POST /wechat');
  }
  // --- end WeChat channel ---

  // The desk's routes first: the client API below answers every other /api/v1 path.
  const deskAccess = { deskKeys: config.DESK_KEYS, clientKeys: config.API_KEYS, open: config.DESK_OPEN };
  app.use(
    DESK_API,
    deskRouter({
      store,
      actions: new DeskActions({
        store,
        engine,
        deliveries,
        events: deskEvents,
        conversationTtlMs: conversationTtlMs(config),
        clock: engine.clock,
        deskLocale: config.DEFAULT_LOCALE,
      }),
      events: deskEvents,
      access: deskAccess,
      defaultLocale: config.DEFAULT_LOCALE,
      tokenStore: store,
      clock: engine.clock,
    }),
  );
  app.use(
    '/api/v1',
    apiRouter({ engine, store, apiKeys: config.API_KEYS, deskKeys: config.DESK_KEYS, rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE }),
  );

  // The desk console's page (GET /desk), which talks to the desk API above.
  app.use(deskConsoleRouter({ access: deskAccess, defaultLocale: config.DEFAULT_LOCALE, apiBase: DESK_API, logger }));

  // --- Bot Framework channel (POST /api/messages) and web chat page (GET /) ---
  app.use(
    botFrameworkRouter({
      config,
      engine,
      logger,
      desk: { store, deliveries, releases: engine, referenceTtlMs: conversationTtlMs(config) },
    }),
  );
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

/**
 * The HTTP server for the app, with the request timeouts: headers must arrive within
 * HTTP_HEADERS_TIMEOUT_MS and the whole request (body included) within HTTP_REQUEST_TIMEOUT_MS,
 * else the client gets 408 and the socket is closed; a slow or unsent body cannot hold a socket
 * for minutes. Node checks these every `connectionsCheckingInterval`, a tenth of the headers' wait.
 */
export function createHttpServer(app: Express, config: Pick<Config, 'HTTP_HEADERS_TIMEOUT_MS' | 'HTTP_REQUEST_TIMEOUT_MS'>): Server {
  const server = createServer(
    {
      headersTimeout: config.HTTP_HEADERS_TIMEOUT_MS,
      requestTimeout: config.HTTP_REQUEST_TIMEOUT_MS,
      connectionsCheckingInterval: Math.max(100, Math.floor(config.HTTP_HEADERS_TIMEOUT_MS / 10)),
    },
    app,
  );
  // Idle keep-alive sockets go after 5 s (Node's default), below common balancers' 60 s.
  server.keepAliveTimeout = 5000;
  return server;
}
