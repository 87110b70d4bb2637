// The page's static parts: its script, bundled from client/*.ts with esbuild on first request
// (and kept in memory), its stylesheet and its two avatars, read once. Nothing comes from a CDN:
// the page works with no Internet.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';

export interface Asset {
  body: string;
  type: string;
  etag: string;
}

function asset(body: string, type: string): Asset {
  return { body, type, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"` };
}

function readLocal(name: string): string {
  return readFileSync(fileURLToPath(new URL(name, import.meta.url)), 'utf8');
}

let script: Promise<Asset> | undefined;

/** The browser script, built once per process; a failed build is retried on the next request. */
export function pageScript(): Promise<Asset> {
  script ??= buildScript().catch((error: unknown) => {
    script = undefined;
    throw error;
  });
  return script;
}

async function buildScript(): Promise<Asset> {
  // Imported here so that a process that never serves the page never loads esbuild.
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./client/main.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    // Phones a few years old: WeChat's and the system browsers of Android 8+ and iOS 14+.
    target: ['es2019', 'chrome70', 'safari14'],
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('esbuild produced no output for the web chat script');
  return asset(file.text, 'text/javascript; charset=utf-8');
}

let files: { css: Asset; botAvatar: Asset; userAvatar: Asset } | undefined;

export function staticAssets(): { css: Asset; botAvatar: Asset; userAvatar: Asset } {
  files ??= {
    css: asset(readLocal('./client/style.css'), 'text/css; charset=utf-8'),
    botAvatar: asset(readLocal('./client/bot-avatar.svg'), 'image/svg+xml'),
    userAvatar: asset(readLocal('./client/user-avatar.svg'), 'image/svg+xml'),
  };
  return files;
}
