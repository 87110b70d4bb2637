// Helpers for the web chat's browser tests and its README screenshot: Debian's chromium driven by
// playwright-core (`npx playwright install` cannot download browsers here), and the app listening
// on an ephemeral loopback port.

import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { buildTestApp, type TestClock } from '../../helpers/app';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
/** The phone the page is designed for. */
export const PHONE = { width: 375, height: 812 };

export interface BrowserStatus {
  available: boolean;
  /** REQUIRE_BROWSER=1 (set by .ci/run): a missing chromium fails the run instead of skipping. */
  required: boolean;
  missing: string;
}

export function browserStatus(): BrowserStatus {
  return {
    available: existsSync(CHROMIUM_PATH),
    required: process.env.REQUIRE_BROWSER === '1',
    missing: `${CHROMIUM_PATH} is missing: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH`,
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

export interface RunningApp {
  origin: string;
  clock?: TestClock;
  app: ReturnType<typeof buildTestApp>;
  close: () => Promise<void>;
}

/** The whole app (memory store) on 127.0.0.1 and a port of the system's choosing. */
export async function startApp(env: Record<string, string> = {}): Promise<RunningApp> {
  // The browser's clock is real (the page stamps messages itself), so the server's is too.
  const built = buildTestApp({ env: { RATE_LIMIT_PER_MINUTE: '600', ...env }, clock: { now: () => Date.now(), advance: () => undefined } });
  const server = await new Promise<Server>((resolve) => {
    const s = built.app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    app: built,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
