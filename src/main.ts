// Starts the bot: reads .env and the environment, opens the store, listens on PORT, and shuts
// down gracefully on SIGTERM/SIGINT (stop accepting, finish turns under way, close the store).

import 'dotenv/config';
import pino from 'pino';
import { ConfigError, conversationTtlMs, loadConfig, type Config } from './config';
import { ConversationEngine } from './conversation/engine';
import { createApp, createHttpServer, drainChannels } from './server';
import { warmUp } from './nlu';
import { createStore } from './stores';

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const logger = pino({ level: config.LOG_LEVEL });
  const store = await createStore(config, logger);
  const engine = new ConversationEngine({
    store,
    defaultLocale: config.DEFAULT_LOCALE,
    conversationTtlMs: conversationTtlMs(config),
    deskHours: config.DESK_HOURS,
    logger,
  });
  // Several instances on one Redis: desk events reach every instance's event streams.
  const deskBridge =
    config.STORE === 'redis'
      ? (await import('./desk/redis-bridge')).RedisDeskBridge.connect(config.REDIS_URL, {
          connectTimeoutMs: config.REDIS_CONNECT_TIMEOUT_MS,
          logger,
        })
      : undefined;
  let app: ReturnType<typeof createApp>;
  try {
    app = createApp({ config, engine, store, logger, ...(deskBridge ? { deskBridge } : {}) });
  } catch (error) {
    // A channel's settings that only its library can check (e.g. Bot Framework's app type).
    console.error(`Cannot start: ${(error as Error).message}\nFix the settings in the environment or in .env (see .env.example).`);
    process.exit(1);
  }

  if (config.API_KEYS.length === 0 && config.DESK_KEYS.length === 0) {
    logger.warn('API_KEYS and DESK_KEYS are not set: the help-desk API at /api/v1 is open to anyone who can reach this port');
  }
  if (!config.METRICS_TOKEN) logger.info('METRICS_TOKEN is not set: /metrics is open; expose it to your scraper only');
  // The NLU's patterns compiled before the first owner writes (warm-up.ts).
  logger.info({ ms: Math.round(warmUp()) }, 'NLU warmed up');
  const server = createHttpServer(app, config);
  const listening = () => {
    const where = config.HOST ?? 'every interface';
    logger.info(
      { host: where, port: config.PORT, store: store.kind, trustProxy: config.TRUST_PROXY },
      `sme-finance-bot listening on ${config.HOST ?? 'localhost'}:${config.PORT} (${where})`,
    );
  };
  if (config.HOST) server.listen(config.PORT, config.HOST, listening);
  else server.listen(config.PORT, listening);
  server.on('error', (error) => {
    logger.fatal({ err: error }, 'cannot listen');
    process.exit(1);
  });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing turns under way');
    server.close();
    server.closeIdleConnections();
    await engine.drain();
    await drainChannels(app);
    await deskBridge?.close();
    await store.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

void main();
