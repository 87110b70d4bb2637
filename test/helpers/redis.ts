// Finding a Redis for the tests that need one. A developer's machine without Redis skips them with
// a message; CI sets REQUIRE_REDIS=1, and then a missing Redis fails the run instead.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';

export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
export const REQUIRE_REDIS = process.env.REQUIRE_REDIS === '1';

async function answers(url: string): Promise<boolean> {
  const client = new Redis(url, { lazyConnect: true, connectTimeout: 1000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

/**
 * Whether REDIS_URL answers. Without it: false (the caller skips, saying why), or, under
 * REQUIRE_REDIS=1, an error that fails the test file.
 */
export async function redisAvailable(): Promise<boolean> {
  if (await answers(REDIS_URL)) return true;
  const why = `Redis is not reachable at ${REDIS_URL}`;
  if (REQUIRE_REDIS) throw new Error(`${why}, and REQUIRE_REDIS=1 requires it`);
  console.warn(`skipping the Redis tests: ${why} (set REDIS_URL, or start redis-server)`);
  return false;
}

/** A key prefix of this test run's own, so tests never touch anyone else's keys. */
export function testPrefix(): string {
  return `test:${randomBytes(6).toString('hex')}:`;
}

export function redisServerInstalled(): boolean {
  return spawnSync('redis-server', ['--version']).status === 0;
}

/** A port nothing listens on now (the benchmark uses it too). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * A redis-server of its own on a spare port, never the machine's shared one. `persistent`: with
 * an append-only file synced on every write, so that data survives a kill and restart (the outage
 * test); without, as fast as Redis goes (the benchmark).
 */
export class OwnRedis {
  private process?: ChildProcess;
  private constructor(
    readonly port: number,
    private readonly dir: string,
    private readonly persistent: boolean,
  ) {}

  static async start({ persistent = true } = {}): Promise<OwnRedis> {
    const own = new OwnRedis(await freePort(), mkdtempSync(join(tmpdir(), 'sme-redis-')), persistent);
    await own.resume();
    return own;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** Starts (or restarts) the server on the same port and data directory. */
  async resume(): Promise<void> {
    this.process = spawn(
      'redis-server',
      [
        ...['--port', String(this.port), '--bind', '127.0.0.1', '--dir', this.dir, '--save', ''],
        ...(this.persistent ? ['--appendonly', 'yes', '--appendfsync', 'always'] : ['--appendonly', 'no']),
      ],
      { stdio: 'ignore' },
    );
    for (let i = 0; i < 100; i++) {
      if (await answers(this.url)) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`redis-server did not start on port ${this.port}`);
  }

  /** Kills the server at once (SIGKILL), as a crash would. */
  async kill(): Promise<void> {
    const child = this.process;
    // A child killed by a signal has signalCode set and exitCode null: it is gone all the same.
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  }

  /** Freezes the server (SIGSTOP): connections stay open and nothing answers, as a hung Redis. */
  freeze(): void {
    this.process?.kill('SIGSTOP');
  }

  /** Lets a frozen server go on (SIGCONT). */
  thaw(): void {
    if (this.process && this.process.exitCode === null && this.process.signalCode === null) this.process.kill('SIGCONT');
  }

  async stop(): Promise<void> {
    this.thaw();
    await this.kill();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
