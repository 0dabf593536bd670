import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.ts';

// `npm run test:fast`: the everyday tier — unit and integration tests on a real PostgreSQL, without the child-process
// tests (test/process: CLI runs, crashes, two servers), the fuzzers and property runs, and the browser tests.
// `npm test` and CI still run everything.
export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [
        '**/node_modules/**',
        'test/e2e/**',
        'test/process/**',
        'test/api/bad-input.test.ts',
        'test/api/hostile-files.test.ts',
        '**/*-property.test.ts',
      ],
    },
  }),
);
