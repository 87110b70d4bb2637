// Builds the app for tests: a memory store (or the one given), a controllable clock, no logs
// (or the logger given), and the NLU warmed as main.ts warms it before it listens: a first turn
// that compiled the word lists would block the event loop for seconds on a loaded machine, and a
// channel's reply sent during it (the Bot Framework typing indicator) would time out, which no
// running server does.

import pino, { type Logger } from 'pino';
import { loadConfig, conversationTtlMs, type Config } from '../../src/config';
import { ConversationEngine } from '../../src/conversation/engine';
import type { ConversationStore } from '../../src/conversation/store';
import { MemoryStore } from '../../src/conversation/stores/memory';
import { warmUp } from '../../src/nlu';
import type { DeskEventBridge } from '../../src/desk/events';
import { createApp } from '../../src/server';

// Once per test file (each loads this module), as main.ts warms it once before it listens.
warmUp();

export interface TestClock {
  now: () => number;
  advance: (ms: number) => void;
}

export function testClock(start = Date.UTC(2026, 0, 15, 8, 0, 0)): TestClock {
  let t = start;
  return { now: () => t, advance: (ms) => (t += ms) };
}

export function buildTestApp(
  options: {
    env?: Record<string, string>;
    store?: ConversationStore;
    clock?: TestClock;
    logger?: Logger;
    deskBridge?: DeskEventBridge;
  } = {},
) {
  const clock = options.clock ?? testClock();
  const config: Config = loadConfig({ LOG_LEVEL: 'silent', ...options.env });
  const store = options.store ?? new MemoryStore(clock.now);
  const logger = options.logger ?? pino({ level: 'silent' });
  const engine = new ConversationEngine({
    store,
    defaultLocale: config.DEFAULT_LOCALE,
    conversationTtlMs: conversationTtlMs(config),
    deskHours: config.DESK_HOURS,
    clock: clock.now,
    logger,
  });
  const app = createApp({ config, engine, store, logger, ...(options.deskBridge ? { deskBridge: options.deskBridge } : {}) });
  return { app, engine, store, clock, config };
}
