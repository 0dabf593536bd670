import { defineConfig } from 'vitest/config';
import base from './vitest.config.ts';
import { ISOLATED_TIER } from './vitest.fast.config.ts';

// The complement of the fast tier: the child-process tests, the fuzzers and property runs, and the external-oracle
// runs, each file in its own module graph as vitest does by default. `npm test` runs the fast tier (one module graph
// per worker) and then this one; `npm run test:unit` still runs every file isolated in one go.
// Not mergeConfig: it would concatenate `include` with the base's and so run everything.
export default defineConfig({ test: { ...base.test, include: ISOLATED_TIER } });
