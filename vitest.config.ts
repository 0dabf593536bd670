import { defineConfig } from 'vitest/config';

// Unit and integration tests (Node). Browser tests live in test/e2e and run from vitest.e2e.config.ts.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['test/e2e/**', '**/node_modules/**'],
    // Forks, not threads: pg pools and native addons (argon2) behave better in separate processes.
    pool: 'forks',
    maxWorkers: 2,
    // Generous: on a shared 2-core machine a child-process test can take several times its quiet-machine time.
    testTimeout: 90_000,
    hookTimeout: 60_000,
    // One PostgreSQL and one migrated template per run; each test file clones its own database from it.
    globalSetup: ['test/support/global-setup.ts'],
  },
});
