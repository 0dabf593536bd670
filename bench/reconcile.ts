import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type MatchItem, type MatchLine, proposeMatches } from '../src/modules/banking/service/match.ts';

/**
 * The reconciliation engine at scale: auto-match N statement lines against N open items (default 100,000
 * each; goal < 10 s). The data mimics a real year: most receipts name their invoice and pay it exactly, some
 * pay by amount from a known IBAN, some pay several invoices at once, some pay in instalments, some pay part,
 * and the rest is noise (fees, transfers, unknown payers). Pure engine, in-process: no database.
 *
 *   npm run bench -- reconcile [--lines 100000] [--items 100000] [--runs 3] [--out FILE]
 */

function option(args: string[], name: string, fallback: string): string {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
}

/** A small deterministic PRNG (mulberry32), so every run matches the same data. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

export function generate(
  nLines: number,
  nItems: number,
  seed = 42,
): { lines: MatchLine[]; items: MatchItem[]; planted: Record<string, number>; truth: Map<string, string[]> } {
  const r = rng(seed);
  const int = (max: number) => Math.floor(r() * max);
  const parties = Math.max(10, Math.floor(nItems / 20));
  const items: MatchItem[] = [];
  for (let i = 0; i < nItems; i++) {
    const kindRoll = r();
    const kind: MatchItem['kind'] =
      kindRoll < 0.6 ? 'invoice' : kindRoll < 0.85 ? 'bill' : kindRoll < 0.95 ? 'payment' : 'ledger_line';
    const open = BigInt(1000 + int(5_000_000));
    const p = int(parties);
    items.push({
      kind,
      id: `it_${i}`,
      number:
        kind === 'ledger_line' ? null : `${kind === 'bill' ? 'B' : 'INV'}-2026-${String(i).padStart(6, '0')}`,
      paymentReference:
        kind === 'invoice' && r() < 0.5 ? `RF${String(10 + int(89))}${String(i).padStart(10, '0')}` : null,
      partyId: kind === 'ledger_line' ? null : `pty_${p}`,
      partyName: kind === 'ledger_line' ? null : `Party ${p} s.r.o.`,
      date: day(int(330)),
      expectedMinor: kind === 'bill' ? -open : open,
    });
  }
  const planted: Record<string, number> = {
    reference: 0,
    amountParty: 0,
    several: 0,
    instalments: 0,
    partial: 0,
    noise: 0,
  };
  const lines: MatchLine[] = [];
  const truth = new Map<string, string[]>();
  let next = 0;
  const base = (it: MatchItem, amount: bigint, also: string[] = []): MatchLine => {
    truth.set(`ln_${lines.length}`, [it.id, ...also]);
    return {
      id: `ln_${lines.length}`,
      bookingDate: day(
        Math.max(
          0,
          Math.min(364, Math.floor((Date.parse(it.date) - Date.UTC(2026, 0, 1)) / 86_400_000) + int(20) - 5),
        ),
      ),
      amountMinor: amount,
      reference: null,
      counterpartyName: it.partyName,
      counterpartyIban: it.partyId ? `CZ00${it.partyId}` : null,
      remittance: null,
      partyIds: it.partyId && r() < 0.7 ? [it.partyId] : [],
    };
  };
  while (lines.length < nLines) {
    const roll = r();
    const it = items[next % nItems] as MatchItem;
    if (roll < 0.6 && next < nItems) {
      const l = base(it, it.expectedMinor);
      if (it.paymentReference && r() < 0.5) l.reference = it.paymentReference;
      else l.remittance = `Payment ${it.number ?? ''}`;
      lines.push(l);
      planted.reference = (planted.reference ?? 0) + 1;
      next++;
    } else if (roll < 0.75 && next < nItems) {
      lines.push(base(it, it.expectedMinor));
      planted.amountParty = (planted.amountParty ?? 0) + 1;
      next++;
    } else if (roll < 0.8 && next + 1 < nItems) {
      const b = items[next + 1] as MatchItem;
      if (it.expectedMinor < 0n === b.expectedMinor < 0n && it.number && b.number) {
        const l = base(it, it.expectedMinor + b.expectedMinor, [b.id]);
        l.remittance = `${it.number}, ${b.number}`;
        lines.push(l);
        planted.several = (planted.several ?? 0) + 1;
      }
      next += 2;
    } else if (roll < 0.85 && next < nItems && it.number && lines.length + 1 < nLines) {
      const half = it.expectedMinor / 2n;
      for (const amount of [half, it.expectedMinor - half]) {
        const l = base(it, amount);
        l.reference = it.number;
        lines.push(l);
      }
      planted.instalments = (planted.instalments ?? 0) + 1;
      next++;
    } else if (
      roll < 0.9 &&
      next < nItems &&
      it.number &&
      it.kind !== 'payment' &&
      it.kind !== 'ledger_line'
    ) {
      const l = base(it, it.expectedMinor / 3n);
      l.reference = it.number;
      lines.push(l);
      planted.partial = (planted.partial ?? 0) + 1;
      next++;
    } else {
      lines.push({
        id: `ln_${lines.length}`,
        bookingDate: day(int(365)),
        amountMinor: -BigInt(1 + int(99_999)),
        reference: null,
        counterpartyName: r() < 0.5 ? 'Bank fee' : null,
        counterpartyIban: null,
        remittance: r() < 0.5 ? 'Card payment' : null,
      });
      planted.noise = (planted.noise ?? 0) + 1;
    }
  }
  return { lines, items, planted, truth };
}

const round = (x: number) => Math.round(x * 100) / 100;

export async function run(args: string[]): Promise<void> {
  const nLines = Number.parseInt(option(args, 'lines', '100000'), 10);
  const nItems = Number.parseInt(option(args, 'items', '100000'), 10);
  const runs = Number.parseInt(option(args, 'runs', '3'), 10);
  const loadStart = loadavg().map(round);
  const t0 = performance.now();
  const { lines, items, planted, truth } = generate(nLines, nItems);
  const genMs = performance.now() - t0;
  process.stdout.write(
    `generated ${lines.length} lines and ${items.length} items in ${Math.round(genMs)} ms\n`,
  );
  const times: number[] = [];
  let proposals: ReturnType<typeof proposeMatches> = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    proposals = proposeMatches(lines, items, { dateWindowDays: 30 });
    times.push(performance.now() - s);
    process.stdout.write(
      `run ${i + 1}: ${proposals.length} proposals in ${Math.round(times[i] as number)} ms\n`,
    );
  }
  const byRule: Record<string, number> = {};
  let matchedLines = 0;
  for (const p of proposals) {
    byRule[p.rule] = (byRule[p.rule] ?? 0) + 1;
    matchedLines += p.lineIds.length;
  }
  // Planted truth: a line built from item it_k should be matched to it_k (or to its pair); noise lines to nothing.
  let correct = 0;
  const wrongByRule: Record<string, number> = {};
  for (const p of proposals) {
    const ok = p.lineIds.every((l) => p.items.every((i) => truth.get(l)?.includes(i.id)));
    if (ok) correct++;
    else wrongByRule[p.rule] = (wrongByRule[p.rule] ?? 0) + 1;
  }
  const best = Math.min(...times);
  const date = new Date().toISOString();
  const result = {
    benchmark: 'reconcile',
    date,
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memoryGiB: round(totalmem() / 2 ** 30),
      freeMemoryGiB: round(freemem() / 2 ** 30),
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      loadAverage1m5m15m: { start: loadStart, end: loadavg().map(round) },
    },
    setup: {
      lines: lines.length,
      items: items.length,
      dateWindowDays: 30,
      planted,
      engine:
        'src/modules/banking/service/match.ts (pure, hash-indexed by amount, reference token and party)',
    },
    result: {
      runsMs: times.map(Math.round),
      bestMs: Math.round(best),
      goalMs: 10_000,
      withinGoal: best < 10_000,
      proposals: proposals.length,
      matchedLines,
      matchedShare: round(matchedLines / lines.length),
      byRule,
      precision: round(correct / Math.max(1, proposals.length)),
      wrongByRule,
      heapUsedMiB: round(process.memoryUsage().heapUsed / 2 ** 20),
    },
  };
  const dir = fileURLToPath(new URL('./results/', import.meta.url));
  const file = option(args, 'out', '') || join(dir, `reconcile-${date.slice(0, 10)}.json`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(result.result, null, 2)}\nwritten to ${file}\n`);
}
