/**
 * `npm run bench -- <name>`: runs one benchmark and writes its result to bench/results/<name>-<date>.json.
 * Timing goals live here, never in timed tests (docs: the engineering guide, §6).
 */
const benchmarks: Record<string, () => Promise<{ run(args: string[]): Promise<void> }>> = {
  api: () => import('./api.ts'),
  ledger: () => import('./ledger.ts'),
  numbering: () => import('./numbering.ts'),
  reconcile: () => import('./reconcile.ts'),
  search: () => import('./search.ts'),
};

const [name, ...args] = process.argv.slice(2);
const load = name ? benchmarks[name] : undefined;
if (!load) {
  process.stderr.write(`usage: npm run bench -- <${Object.keys(benchmarks).join('|')}> [options]\n`);
  process.exit(2);
}
await (await load()).run(args);
