import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { verifyLedger } from '../src/modules/ledger/index.ts';
import { makeSales } from '../src/modules/sales/factories.ts';
import { urlFor } from '../src/platform/db/embedded.ts';
import { openDatabase } from '../src/platform/db/index.ts';
import { freePort, killAll, runCli, startServer, stopEmbeddedPostgres } from '../test/support/process.ts';

/**
 * Issue #5's numbering goal at full size: two `steward invoice issue --all-drafts` processes issue N drafts
 * (default 10,000) at once against one database; together they must hand out exactly 1..N — no gap, no repeat —
 * and every invoice gets its ledger entry. The test suite runs the same thing with 600 (test/process/
 * sales-numbering.test.ts); this is the full run, timed.
 *
 *   npm run bench -- numbering [--count 10000] [--batch 100] [--out FILE]
 */
function option(args: string[], name: string, fallback: string): string {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
}
const round = (n: number) => Math.round(n * 100) / 100;
const say = (m: string) => process.stderr.write(`${m}\n`);

export async function run(args: string[]): Promise<void> {
  const count = Number.parseInt(option(args, 'count', '10000'), 10);
  const batch = option(args, 'batch', '100');
  const dir = fileURLToPath(new URL('./results/', import.meta.url));
  const date = new Date().toISOString();
  const file = option(args, 'out', '') || join(dir, `numbering-${date.slice(0, 10)}.json`);
  const root = mkdtempSync('/tmp/steward-bench-');
  chmodSync(root, 0o755); // as root the embedded PostgreSQL runs as `postgres` and must reach it
  const dataDir = join(root, 'data');
  const loadStart = loadavg().map(round);
  try {
    say('starting steward (embedded PostgreSQL, migrations)…');
    await startServer(
      { STEWARD_DATA_DIR: dataDir, STEWARD_PG_PORT: String(await freePort()) },
      { timeoutMs: 90_000 },
    );
    const url = urlFor(JSON.parse(readFileSync(join(dataDir, 'pg.json'), 'utf8')));
    const db = openDatabase(url, { max: 4, applicationName: 'steward-bench' });
    try {
      const f = await makeSales(db);
      const env = { DATABASE_URL: url };
      const draft = {
        partyId: f.customer.id,
        issueDate: '2026-06-01',
        lines: [{ description: 'Item', quantity: '1', unit: 'C62', unitPrice: '100.50', taxCode: 'S21' }],
      };
      say(`creating ${count} drafts…`);
      let t = performance.now();
      const created = await runCli(
        ['invoice', 'create', '--count', String(count), '--company', f.companyId],
        {
          env,
          input: JSON.stringify(draft),
          timeoutMs: 1_800_000,
        },
      );
      if (created.code !== 0) throw new Error(`invoice create failed: ${created.stderr}`);
      const createSeconds = (performance.now() - t) / 1000;
      say(`two processes issue them (batch ${batch})…`);
      const issue = () =>
        runCli(['invoice', 'issue', '--all-drafts', '--batch', batch, '--json', '--company', f.companyId], {
          env,
          timeoutMs: 1_800_000,
        });
      t = performance.now();
      const [a, b] = await Promise.all([issue(), issue()]);
      const issueSeconds = (performance.now() - t) / 1000;
      if (a.code !== 0 || b.code !== 0) throw new Error(`issue failed: ${a.stderr} ${b.stderr}`);
      const fromA = JSON.parse(a.stdout) as { number: string }[];
      const fromB = JSON.parse(b.stdout) as { number: string }[];
      const seqs = [...fromA, ...fromB]
        .map((r) => Number.parseInt(r.number.split('-').at(-1) as string, 10))
        .sort((x, y) => x - y);
      const gapless = seqs.length === count && seqs.every((s, i) => s === i + 1);
      const rows = (
        await db.query<{ n: string; distinct: string; max: string; posted: string }>(
          `SELECT count(*)::text AS n, count(DISTINCT number)::text AS distinct, max(number_seq)::text AS max,
                  count(DISTINCT ledger_entry_id)::text AS posted
             FROM sales_invoices WHERE company_id = $1 AND status = 'issued'`,
          [f.companyId],
        )
      ).rows[0];
      const ledger = JSON.stringify(await verifyLedger(db, f.companyId));
      const result = {
        benchmark: 'numbering',
        date,
        machine: {
          cpu: cpus()[0]?.model ?? 'unknown',
          cores: cpus().length,
          memoryGiB: round(totalmem() / 2 ** 30),
          node: process.version,
          loadAverage1m5m15m: { start: loadStart, end: loadavg().map(round) },
        },
        setup: {
          invoices: count,
          processes: 2,
          batch: Number(batch),
          database: 'embedded PostgreSQL on disk',
        },
        createDraftsSeconds: round(createSeconds),
        issueSeconds: round(issueSeconds),
        invoicesPerSecond: round(count / issueSeconds),
        issuedByEachProcess: [fromA.length, fromB.length],
        numbers: { first: seqs[0], last: seqs.at(-1), count: seqs.length, gaplessNoRepeat: gapless },
        database: rows,
        ledgerVerified: !ledger.includes('"ok":false'),
      };
      mkdirSync(dir, { recursive: true });
      writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
      say(JSON.stringify(result, null, 2));
      if (!gapless || !result.ledgerVerified) process.exitCode = 1;
    } finally {
      await db.close();
    }
  } finally {
    await killAll();
    await stopEmbeddedPostgres(dataDir);
  }
}
