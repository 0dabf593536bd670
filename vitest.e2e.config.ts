import { defineConfig } from 'vitest/config';

// Browser tests: Playwright (playwright-core) driving Debian's /usr/bin/chromium. Run after `vite build`.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    pool: 'forks',
    // One browser at a time: two chromiums plus the server and PostgreSQL are too much for 2 cores.
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    passWithNoTests: true,
    globalSetup: ['test/support/global-setup.ts'],
  },
});
