#!/usr/bin/env node
// `npm test`: every check, in order, stopping at the first failure. The last line printed is always
// `N passed, N failed` (vitest test counts; a failing check that is not a vitest run counts as one failure).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const bin = (name) => join('node_modules', '.bin', name);
const CHROMIUM = '/usr/bin/chromium';
const RESULTS = 'test-results';

const totals = { passed: 0, failed: 0 };
const timings = [];

function vitestArgs(config, reportFile) {
  const args = ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`];
  return config ? [...args, '-c', config] : args;
}

/** Adds a vitest JSON report's counts; returns how many failures it held (0 if it was never written). */
function countTests(reportFile) {
  if (!existsSync(reportFile)) return 0;
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  totals.passed += report.numPassedTests ?? 0;
  totals.failed += report.numFailedTests ?? 0;
  // A file that failed to load fails the run without failing a test.
  return (report.numFailedTests ?? 0) + (report.success === false && !report.numFailedTests ? 1 : 0);
}

function finish(code) {
  console.log('');
  for (const t of timings) {
    const status = t.skipped ? 'SKIPPED' : t.ok ? 'ok' : 'FAILED';
    console.log(
      `  ${status.padEnd(8)} ${t.name.padEnd(30)} ${t.skipped ? t.skipped : `${t.seconds.toFixed(1)} s`}`,
    );
  }
  console.log(`${totals.passed} passed, ${totals.failed} failed`);
  process.exit(code);
}

function step(name, command, args, { reportFile } = {}) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  if (reportFile) rmSync(reportFile, { force: true });
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { stdio: 'inherit' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const failedTests = reportFile ? countTests(reportFile) : 0;
  // A run is red if its exit code says so OR its own report counts a failed test: never trust one alone.
  const ok = result.status === 0 && failedTests === 0;
  timings.push({ name, ok, seconds });
  console.log(`=== ${name}: ${ok ? 'ok' : 'FAILED'} in ${seconds.toFixed(1)} s`);
  if (!ok) {
    // A check that is not a test run, or a run that broke without a failed test (a file that did not load).
    if (failedTests === 0) totals.failed += 1;
    const why = result.error
      ? ` (${result.error.message})`
      : result.signal
        ? ` (killed by ${result.signal})`
        : '';
    console.error(`\n*** npm test stopped: step "${name}" failed${why}.`);
    finish(1);
  }
}

mkdirSync(RESULTS, { recursive: true });

step('typecheck (server)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
if (existsSync('web/tsconfig.json'))
  step('typecheck (web)', bin('tsc'), ['--noEmit', '-p', 'web/tsconfig.json']);
step('lint + format (biome)', bin('biome'), ['check', '.']);
if (existsSync('scripts/check-architecture.ts')) {
  step('architecture rules', bin('tsx'), ['scripts/check-architecture.ts']);
}
// Every unit and integration test once, in two runs: most files share one module graph per worker (the fast
// tier; importing the app per file was most of the time), and the child-process, fuzz, property and oracle files
// each get their own (vitest.isolated.config.ts holds exactly the fast tier's exclusions).
step(
  'unit + integration tests',
  bin('vitest'),
  vitestArgs('vitest.fast.config.ts', `${RESULTS}/vitest.json`),
  { reportFile: `${RESULTS}/vitest.json` },
);
step(
  'process, property, oracle tests',
  bin('vitest'),
  vitestArgs('vitest.isolated.config.ts', `${RESULTS}/vitest-isolated.json`),
  { reportFile: `${RESULTS}/vitest-isolated.json` },
);

if (existsSync('web')) {
  step('web build (vite)', bin('vite'), ['build']);
  if (existsSync('vitest.e2e.config.ts')) {
    if (existsSync(CHROMIUM)) {
      step('browser tests', bin('vitest'), vitestArgs('vitest.e2e.config.ts', `${RESULTS}/vitest-e2e.json`), {
        reportFile: `${RESULTS}/vitest-e2e.json`,
      });
    } else {
      const bar = '!'.repeat(78);
      console.warn(`\n${bar}\n!!! BROWSER TESTS SKIPPED: ${CHROMIUM} is not installed.`);
      console.warn(`!!! Install it (apt-get install chromium) to run them; CI (.ci/run) does.\n${bar}`);
      timings.push({ name: 'browser tests', skipped: `no ${CHROMIUM}` });
    }
  }
}

finish(0);
