// `npm start` runs compiled JavaScript: this step (npm's `prestart`, also `npm run build`) bundles
// src/main.ts and what it imports (the dialogs, the locales' JSON) into dist/main.js with esbuild,
// in under a second, so the bot starts without a TypeScript loader in the process. Packages stay
// in node_modules. The web chat page's and the desk console's client sources are copied beside the
// bundle (as client/ and console-client/, the names their modules look for beside themselves): each
// page bundles its own for the browser on its first request (src/http/browser-page.ts). The source
// map is written too: `NODE_OPTIONS=--enable-source-maps npm start` shows TypeScript lines in traces.

import { cpSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('../', import.meta.url);
const dist = new URL('dist/', root);

rmSync(dist, { recursive: true, force: true });
await build({
  entryPoints: [new URL('src/main.ts', root).pathname],
  outfile: new URL('main.js', dist).pathname,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
cpSync(new URL('src/channels/webchat/client/', root), new URL('client/', dist), { recursive: true });
cpSync(new URL('src/channels/desk/console-client/', root), new URL('console-client/', dist), { recursive: true });
