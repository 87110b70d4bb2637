// Two projects: `unit` (pure modules: the NLU, the knowledge, the dialog machine, the locales,
// the configuration and the WeChat channel's pure parts; seconds, no files, sockets or servers)
// and `integration` (the engine on its stores, every HTTP channel, Redis, the browser page).
// `npm run test:unit` and `npm run test:integration` run one each; `npm test` runs both.

import { defineConfig } from 'vitest/config';

const UNIT = [
  'test/nlu/**/*.test.ts',
  'test/knowledge/**/*.test.ts',
  'test/dialogs/**/*.test.ts',
  'test/locales.test.ts',
  'test/i18n-translator.test.ts',
  'test/config.test.ts',
  'test/conversation/keyed-lock.test.ts',
  ...['aes', 'signature', 'verify', 'xml', 'reply-xml', 'reply', 'paginate', 'render', 'pages', 'replay-guard', 'delivery'].map(
    (name) => `test/channels/wechat/${name}.test.ts`,
  ),
];

export default defineConfig({
  test: {
    environment: 'node',
    // Engine and HTTP tests open SQLite files and sockets; keep them within the 2-core budget.
    maxWorkers: 2,
    testTimeout: 20_000,
    projects: [
      { extends: true, test: { name: 'unit', include: UNIT } },
      { extends: true, test: { name: 'integration', include: ['test/**/*.test.ts'], exclude: UNIT } },
    ],
  },
});
