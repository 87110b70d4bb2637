// What every page the bot serves to a browser shares (the web chat page, the desk console): a
// strict Content-Security-Policy, files answered with an ETag, a TypeScript entry bundled by
// esbuild on its first request and kept in memory (no build step for a newcomer), HTML escaping,
// JSON that can sit in a <script> element, and the page's language from ?lang= or the browser's.
// Here, and not in a channel, because channels do not import each other.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import { sendError } from './errors';
import { isLocale, type Locale } from '../locale';

/** This origin only: no inline script or style, no frames, nothing from the Internet. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The headers of a page's HTML. */
export const PAGE_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-cache',
  Vary: 'Accept-Language',
} as const;

export interface Asset {
  body: string;
  type: string;
  etag: string;
}

export function asset(body: string, type: string): Asset {
  return { body, type, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"` };
}

/** A file beside the module `base` (its import.meta.url), read as it is. */
export function fileAsset(base: string, name: string, type: string): Asset {
  return asset(readFileSync(fileURLToPath(new URL(name, base)), 'utf8'), type);
}

/**
 * A browser script bundled from a TypeScript entry, built once per process on first use; a failed
 * build is tried again on the next call.
 */
export function bundledScript(entry: string): () => Promise<Asset> {
  let script: Promise<Asset> | undefined;
  return () => {
    script ??= bundle(entry).catch((error: unknown) => {
      script = undefined;
      throw error;
    });
    return script;
  };
}

async function bundle(entry: string): Promise<Asset> {
  // Imported here so that a process that never serves a page never loads esbuild.
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [fileURLToPath(entry)],
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
  if (!file) throw new Error(`esbuild produced no output for ${entry}`);
  return asset(file.text, 'text/javascript; charset=utf-8');
}

export function sendAsset(req: Request, res: Response, file: Asset): void {
  res.set({ 'Content-Type': file.type, ETag: file.etag, 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' });
  if (req.fresh) {
    res.status(304).end();
    return;
  }
  res.send(file.body);
}

/** Answers with the bundled script, or 500 (logged) when it cannot be built. */
export function scriptHandler(script: () => Promise<Asset>, logger: Logger, page: string): RequestHandler {
  return async (req, res) => {
    let file: Asset;
    try {
      file = await script();
    } catch (error) {
      logger.error({ err: error }, `${page}: the page script could not be built`);
      sendError(res, 500, 'internal_error', 'The page script could not be built; see the server log.');
      return;
    }
    sendAsset(req, res, file);
  };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** JSON that cannot end the <script> element it sits in. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The language to render a page in: ?lang=, else the browser's preference, else the default. */
export function pageLocale(req: Request, fallback: Locale): Locale {
  const asked = req.query.lang;
  if (isLocale(asked)) return asked;
  if (!req.get('accept-language')) return fallback;
  const accepted = req.acceptsLanguages('zh-CN', 'zh', 'zh-Hans', 'en');
  if (!accepted) return fallback;
  return accepted.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
