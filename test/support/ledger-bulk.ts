/**
 * A bulk import in ONE transaction, for the crash test and the ledger bench: posts `--entries` random entries
 * (2–4 lines over the company's active accounts, dates in `--year`) in chunks of `--chunk` through the service
 * path (`prepareEntries` + `writePosted`, one audit event per chunk), every entry with reference `--tag`.
 * Prints `chunk k/n` after each chunk and `committed` after the commit, so a parent can kill it mid-way.
 *
 *   DATABASE_URL=… node --import tsx test/support/ledger-bulk.ts --company ID --tag T [--entries 20000]
 *     [--chunk 2000] [--year 2026] [--seed 1]
 */
import { listAccounts, prepareEntries, writePosted } from '../../src/modules/ledger/index.ts';
import type { ServiceContext } from '../../src/platform/context.ts';
import { openDatabase } from '../../src/platform/db/index.ts';

export interface BulkArgs {
  company: string;
  tag: string;
  entries: number;
  chunk: number;
  year: number;
  seed: number;
}

/** mulberry32: small, fast, seedable. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Cents as a signed decimal string: -12345 → "-123.45". */
export function cents(n: number): string {
  const abs = Math.abs(n);
  return `${n < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** One balanced entry of 2–4 lines over `accounts` (signed `amount` strings). */
export function randomEntry(
  rnd: () => number,
  accounts: readonly string[],
  dates: readonly string[],
  i: number,
  reference: string | null = null,
): {
  date: string;
  description: string;
  reference: string | null;
  lines: { account: string; amount: string }[];
} {
  const n = 2 + Math.floor(rnd() * 3);
  const lines: { account: string; amount: string }[] = [];
  let sum = 0;
  const first = Math.floor(rnd() * accounts.length);
  for (let k = 0; k < n - 1; k++) {
    const amount = (1 + Math.floor(rnd() * 999_999)) * (rnd() < 0.5 ? 1 : -1);
    sum += amount;
    lines.push({ account: accounts[(first + k) % accounts.length] as string, amount: cents(amount) });
  }
  if (sum === 0) {
    // a zero balancing line is not allowed: nudge the first line
    const a = Number((lines[0] as { amount: string }).amount.replace('.', ''));
    (lines[0] as { amount: string }).amount = cents(a + 1);
    sum += 1;
  }
  lines.push({ account: accounts[(first + n - 1) % accounts.length] as string, amount: cents(-sum) });
  return {
    date: dates[Math.floor(rnd() * dates.length)] as string,
    description: `Bulk entry ${i}`,
    reference,
    lines,
  };
}

export function daysOf(from: string, count: number): string[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => new Date(start + i * 86_400_000).toISOString().slice(0, 10));
}

function parse(argv: string[]): BulkArgs {
  const get = (name: string, fallback?: string) => {
    const at = argv.indexOf(`--${name}`);
    const v = at >= 0 ? argv[at + 1] : fallback;
    if (v === undefined) throw new Error(`--${name} is required`);
    return v;
  };
  return {
    company: get('company'),
    tag: get('tag'),
    entries: Number(get('entries', '20000')),
    chunk: Number(get('chunk', '2000')),
    year: Number(get('year', '2026')),
    seed: Number(get('seed', '1')),
  };
}

async function main(): Promise<void> {
  const args = parse(process.argv.slice(2));
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is required');
  const db = openDatabase(url, { max: 2, applicationName: 'steward-ledger-bulk' });
  try {
    const accounts = (await listAccounts(db, args.company)).filter((a) => a.active).map((a) => a.code);
    const ctx: ServiceContext = {
      actor: { type: 'system', userId: null, tokenId: null, label: 'ledger-bulk' },
      companyId: args.company,
      requestId: `bulk-${args.tag}`,
    };
    const rnd = random(args.seed);
    const dates = daysOf(`${args.year}-01-01`, 365);
    const chunks = Math.ceil(args.entries / args.chunk);
    await db.tx(async (tx) => {
      for (let c = 0; c < chunks; c++) {
        const size = Math.min(args.chunk, args.entries - c * args.chunk);
        const entries = Array.from({ length: size }, (_, k) =>
          randomEntry(rnd, accounts, dates, c * args.chunk + k, args.tag),
        );
        const { prepared } = await prepareEntries(tx, args.company, entries);
        await writePosted(tx, ctx, prepared, { audit: 'batch' });
        process.stdout.write(`chunk ${c + 1}/${chunks}\n`);
      }
    });
    process.stdout.write('committed\n');
  } finally {
    await db.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
