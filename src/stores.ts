// Chooses the conversation store the configuration names.

import type { Logger } from 'pino';
import type { Config } from './config';
import type { ConversationStore } from './conversation/store';
import { MemoryStore } from './conversation/stores/memory';
import { SqliteStore } from './conversation/stores/sqlite';

export async function createStore(config: Config, logger?: Logger): Promise<ConversationStore> {
  switch (config.STORE) {
    case 'memory':
      return new MemoryStore({
        maxConversations: config.MEMORY_MAX_CONVERSATIONS,
        maxAnswers: config.MEMORY_MAX_ANSWERS,
        ...(logger ? { logger } : {}),
      });
    case 'sqlite': {
      const store = new SqliteStore(config.SQLITE_PATH);
      store.checkpointInBackground();
      return store;
    }
    case 'redis': {
      const { RedisStore } = await import('./conversation/stores/redis');
      return RedisStore.connect(config.REDIS_URL, {
        connectTimeoutMs: config.REDIS_CONNECT_TIMEOUT_MS,
        commandTimeoutMs: config.REDIS_COMMAND_TIMEOUT_MS,
      });
    }
  }
}
