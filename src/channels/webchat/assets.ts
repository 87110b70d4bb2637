// The page's static parts: its script, bundled from client/*.ts with esbuild on first request
// (and kept in memory), its stylesheet and its two avatars, read once. Nothing comes from a CDN:
// the page works with no Internet.

import { type Asset, bundledScript, fileAsset } from '../../http/browser-page';

/** The browser script, built once per process; a failed build is retried on the next request. */
export const pageScript = bundledScript(new URL('./client/main.ts', import.meta.url).href);

let files: { css: Asset; botAvatar: Asset; userAvatar: Asset } | undefined;

export function staticAssets(): { css: Asset; botAvatar: Asset; userAvatar: Asset } {
  files ??= {
    css: fileAsset(import.meta.url, './client/style.css', 'text/css; charset=utf-8'),
    botAvatar: fileAsset(import.meta.url, './client/bot-avatar.svg', 'image/svg+xml'),
    userAvatar: fileAsset(import.meta.url, './client/user-avatar.svg', 'image/svg+xml'),
  };
  return files;
}
