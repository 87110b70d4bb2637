import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Engine and HTTP tests open SQLite files and sockets; keep them within the 2-core budget.
    maxWorkers: 2,
    testTimeout: 20_000,
  },
});
