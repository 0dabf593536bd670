import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.ts';

// `npm run test:fast`: the everyday tier — unit and integration tests on a real PostgreSQL, without the child-process
// tests (test/process: CLI runs, crashes, two servers), the fuzzers and property runs, the browser tests, and the
// external-oracle runs (hledger parity, the CEN/Peppol schematrons over every example and every invoice we write:
// together about a minute of the tier's two workers, spent in hledger and fontoxpath, not in our code).
// `npm test` and CI run this tier and then the rest (vitest.isolated.config.ts).
//
// Without isolation: each worker imports the app once and runs its files one after another in that module graph,
// instead of re-importing it per file (that import was most of the tier's time). Files therefore share
// process-wide state: a test that swaps a registry entry, the approval gate, the clock or process.env must put
// back what it found (see ARCHITECTURE.md, test tiers). `npm run test:unit` runs every file isolated: a file that
// fails here but passes there has leaked state, or depends on state another file leaked.
/**
 * The files that need a module graph of their own (child processes, fuzzers and property runs, external oracles):
 * `vitest.isolated.config.ts` runs exactly these, isolated; `npm test` runs both tiers, so together they cover
 * every unit and integration test once.
 */
export const ISOLATED_TIER = [
  'test/process/**',
  'test/api/bad-input.test.ts',
  'test/api/hostile-files.test.ts',
  '**/*-property.test.ts',
  // external oracles
  'src/modules/ledger/hledger.test.ts',
  'src/platform/formats/ubl/ubl.test.ts',
  'src/platform/formats/ubl/examples.test.ts',
  'src/modules/sales/ubl.test.ts',
  'test/support/schematron.test.ts',
];

export default mergeConfig(
  base,
  defineConfig({
    test: {
      isolate: false,
      exclude: ['**/node_modules/**', 'test/e2e/**', ...ISOLATED_TIER],
    },
  }),
);
