// WAL checkpoints off the event loop. A checkpoint copies the WAL's pages into the database file
// and fsyncs both; SQLite runs one inside the commit that takes the WAL past `wal_autocheckpoint`
// pages (default 1,000), on the thread that commits: the bot's event loop. Under load that was
// several times a second, each blocking every request in flight for 3-27 ms of fsync (measured
// with strace on the benchmark's bot: 195 fsyncs, 0.83 s, in 15 s). Here a worker thread with its
// own connection runs a PASSIVE checkpoint every `everyMs` (PASSIVE never waits for or blocks a
// writer), and the store raises its own threshold to a backstop: the WAL restarts from its
// beginning only after a checkpoint that copied every frame, which a worker racing a busy writer
// may never manage, so past the backstop the store's commit checkpoints the little that is left.

import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** The store's own threshold (pages) while the worker checkpoints: a backstop, ~16 MB of WAL. */
export const BACKSTOP_PAGES = 4000;

// CommonJS, evaluated in the worker: better-sqlite3 is loaded from the path the store resolved.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
const db = new Database(workerData.path);
db.pragma('busy_timeout = 0');
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    // Busy or failing: the next round, or the store's backstop, checkpoints instead.
  }
}, workerData.everyMs);
parentPort.once('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

export class BackgroundCheckpoints {
  private readonly worker: Worker;
  private readonly exited: Promise<void>;

  constructor(path: string, everyMs: number) {
    const module = createRequire(import.meta.url).resolve('better-sqlite3');
    this.worker = new Worker(WORKER, { eval: true, workerData: { path, module, everyMs } });
    this.exited = new Promise((resolve) => this.worker.once('exit', () => resolve()));
    // A worker that fails leaves the checkpoints to the store's backstop; nothing else to do.
    this.worker.on('error', () => undefined);
    this.worker.unref();
  }

  /** Stops the checkpoints and closes the worker's connection. */
  async close(): Promise<void> {
    this.worker.postMessage('close');
    await this.exited;
  }
}
