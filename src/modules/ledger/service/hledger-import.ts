import { createHash } from 'node:crypto';
import { AppError, validation } from '../../../kernel/errors.ts';
import { newId } from '../../../kernel/ids.ts';
import type { ServiceContext } from '../../../platform/context.ts';
import type { Database, Tx } from '../../../platform/db/index.ts';
import { ledgerError } from '../i18n.ts';
import { type AccountRow, createAccount, listAccounts } from './accounts.ts';
import { baseCurrencyOf } from './company.ts';
import { type Journal, JournalError, parseJournalFile, parseJournalText } from './hledger-parse.ts';
import { type ResolvedEntry, resolveJournal } from './hledger-resolve.ts';
import { ensureFiscalYears } from './periods.ts';
import { prepareEntries, writePosted } from './posting.ts';
import { setRates } from './rates.ts';

/**
 * `steward ledger import --format hledger`: creates the journal's accounts (full names exactly as in the file),
 * its exchange rates and the fiscal years its dates need, then posts its entries in chunks through
 * prepareEntries + writePosted, all in ONE transaction: all or nothing. A dry run does all of it and rolls back.
 */
export interface ImportSummary {
  currency: string;
  accountsCreated: number;
  entries: number;
  lines: number;
  skipped: number;
  rates: number;
  from: string | null;
  to: string | null;
  dryRun: boolean;
}

export interface ImportOptions {
  dryRun?: boolean | undefined;
  chunkSize?: number | undefined;
  onProgress?: ((done: number, total: number) => void) | undefined;
}

/** Parse errors become `validation` errors whose message names the file and line. */
export function readJournalFile(path: string): Journal {
  try {
    return parseJournalFile(path);
  } catch (err) {
    throw asAppError(err);
  }
}

export function readJournalText(text: string, name = 'journal', dir = '.'): Journal {
  try {
    return parseJournalText(text, name, dir);
  } catch (err) {
    throw asAppError(err);
  }
}

function asAppError(err: unknown): unknown {
  if (err instanceof JournalError) return validation(err.message, { file: err.file, line: err.line });
  if (err instanceof Error && /ENOENT|EACCES|EISDIR/.test(err.message)) return validation(err.message);
  return err;
}

class DryRunRollback extends Error {}

/** A code for an imported account: its full name when that fits (40 characters) and is free. */
function codeFor(fullName: string, taken: Set<string>): string {
  let code = fullName.length <= 40 ? fullName : '';
  if (!code || taken.has(code)) {
    const hash = createHash('sha256').update(fullName).digest('hex').slice(0, 8);
    code = `${fullName.slice(0, 31)}~${hash}`;
  }
  taken.add(code);
  return code;
}

export async function importJournal(
  db: Database,
  ctx: ServiceContext,
  journal: Journal,
  opts: ImportOptions = {},
): Promise<ImportSummary> {
  let summary: ImportSummary | null = null;
  try {
    await db.tx(async (tx) => {
      summary = await importJournalTx(tx, ctx, journal, opts);
      if (opts.dryRun) throw new DryRunRollback();
    });
  } catch (err) {
    if (!(err instanceof DryRunRollback)) throw asAppError(err);
  }
  return summary as unknown as ImportSummary;
}

export async function importJournalTx(
  tx: Tx,
  ctx: ServiceContext,
  journal: Journal,
  opts: ImportOptions = {},
): Promise<ImportSummary> {
  const base = await baseCurrencyOf(tx, ctx.companyId);
  const resolved = resolveJournal(journal, base);

  const existing = new Map<string, AccountRow>();
  for (const a of await listAccounts(tx, ctx.companyId)) existing.set(a.fullName, a);
  const taken = new Set([...existing.values()].map((a) => a.code));
  let created = 0;
  for (const a of resolved.accounts) {
    const have = existing.get(a.name);
    if (have) {
      if (have.type !== a.type)
        throw new JournalError(
          a.file,
          a.line,
          `the company already has an account "${a.name}" of type ${have.type}, not ${a.type}.`,
        );
      continue;
    }
    const cut = a.name.lastIndexOf(':');
    const parent = cut < 0 ? null : existing.get(a.name.slice(0, cut));
    const name = a.name.slice(cut + 1);
    if (!name || name.length > 200)
      throw new JournalError(a.file, a.line, `the account name "${a.name}" has an empty or over-long part.`);
    const row = await createAccount(tx, ctx, {
      code: codeFor(a.name, taken),
      name,
      type: a.type,
      subtype: a.subtype,
      parentId: parent?.id ?? null,
    });
    existing.set(a.name, row);
    created += 1;
  }
  if (resolved.rates.length) await setRates(tx, ctx, resolved.rates);
  const entries = resolved.entries;
  const dates = new Set(entries.map((e) => e.input.date));
  await ensureFiscalYears(tx, ctx, dates);

  const chunkSize = Math.min(opts.chunkSize ?? 5000, 5000);
  const batchId = newId('batch');
  let lines = 0;
  opts.onProgress?.(0, entries.length);
  for (let start = 0; start < entries.length; start += chunkSize) {
    const chunk = entries.slice(start, start + chunkSize);
    try {
      const { prepared } = await prepareEntries(
        tx,
        ctx.companyId,
        chunk.map((e) => e.input),
      );
      await writePosted(tx, ctx, prepared, { audit: 'batch', batchId });
    } catch (err) {
      throw locate(err, chunk);
    }
    lines += chunk.reduce((n, e) => n + e.input.lines.length, 0);
    opts.onProgress?.(Math.min(start + chunkSize, entries.length), entries.length);
  }
  const sorted = [...dates].sort();
  return {
    currency: base,
    accountsCreated: created,
    entries: entries.length,
    lines,
    skipped: resolved.skipped,
    rates: resolved.rates.length,
    from: sorted[0] ?? null,
    to: sorted[sorted.length - 1] ?? null,
    dryRun: Boolean(opts.dryRun),
  };
}

/** Puts the journal's file and line in front of a posting error about entry i (line j) of a chunk. */
function locate(err: unknown, chunk: readonly ResolvedEntry[]): unknown {
  if (!(err instanceof AppError)) return err;
  const d = (err.details ?? {}) as { entry?: unknown; line?: unknown; date?: unknown };
  let e: ResolvedEntry | undefined;
  if (typeof d.entry === 'number') e = chunk[d.entry];
  else if (typeof d.date === 'string') e = chunk.find((x) => x.input.date === d.date);
  if (!e) return err;
  const line = typeof d.line === 'number' ? (e.lineRefs[d.line] ?? e.line) : e.line;
  const reason = err.message
    .replace(/^entry \d+(, line \d+)?: /, '')
    .replace(/^Entry \d+ /, 'the transaction ');
  return ledgerError(
    err.code,
    'error.atFileLine',
    { file: e.file, line: String(line), reason },
    { ...(d as object), file: e.file, line },
  );
}
