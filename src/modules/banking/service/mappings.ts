import { notFound, validation } from '../../../kernel/errors.ts';
import { newId } from '../../../kernel/ids.ts';
import { formatMoney } from '../../../kernel/money.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { ServiceContext } from '../../../platform/context.ts';
import { maybeOne, type Sql, type Tx } from '../../../platform/db/index.ts';
import { type CsvMapping, readCsvStatement } from '../../../platform/formats/csv-statement/index.ts';
import type { StatementLineImport } from '../../../platform/formats/statement.ts';
import { CsvMappingInput, CsvMappingSchema } from '../contract.ts';
import { bankingText } from '../i18n.ts';
import { getBankAccount } from './accounts.ts';

export interface CsvMappingView {
  id: string;
  bankAccountId: string;
  name: string;
  mapping: CsvMapping;
}

const SELECT = `SELECT id, bank_account_id AS "bankAccountId", name, mapping FROM bank_csv_mappings`;

export async function listCsvMappings(
  sql: Sql,
  companyId: string,
  bankAccountId: string,
): Promise<CsvMappingView[]> {
  return (
    await sql.query<CsvMappingView>(
      `${SELECT} WHERE company_id = $1 AND bank_account_id = $2 ORDER BY name`,
      [companyId, bankAccountId],
    )
  ).rows;
}

/** Saves (creates or replaces) a named CSV mapping of a bank account. */
export async function saveCsvMapping(
  tx: Tx,
  ctx: ServiceContext,
  bankAccountId: string,
  raw: unknown,
): Promise<CsvMappingView> {
  const input = CsvMappingInput.parse(raw);
  await getBankAccount(tx, ctx.companyId, bankAccountId);
  const before = await maybeOne<CsvMappingView>(
    tx,
    `${SELECT} WHERE company_id = $1 AND bank_account_id = $2 AND name = $3 FOR UPDATE`,
    [ctx.companyId, bankAccountId, input.name],
  );
  const id = before?.id ?? newId('bankCsvMapping');
  await tx.query(
    `INSERT INTO bank_csv_mappings (company_id, id, bank_account_id, name, mapping) VALUES ($1,$2,$3,$4,$5)
     ON CONFLICT (company_id, bank_account_id, name) DO UPDATE SET mapping = EXCLUDED.mapping, updated_at = now()`,
    [ctx.companyId, id, bankAccountId, input.name, JSON.stringify(input.mapping)],
  );
  const after = await maybeOne<CsvMappingView>(
    tx,
    `${SELECT} WHERE company_id = $1 AND bank_account_id = $2 AND name = $3`,
    [ctx.companyId, bankAccountId, input.name],
  );
  if (!after || after.id !== id)
    throw bankingText.error('conflict', 'error.mappingRace', { name: input.name });
  await recordAudit(tx, {
    ...ctx,
    entityType: 'bank_csv_mapping',
    entityId: id,
    action: before ? 'update' : 'create',
    before: before ? { ...before } : null,
    after: { ...after },
  });
  return after;
}

/** The mapping to read a CSV with: by name, or the account's only one. */
export async function resolveMapping(
  sql: Sql,
  companyId: string,
  bankAccountId: string,
  name: string | undefined,
): Promise<CsvMapping> {
  const all = await listCsvMappings(sql, companyId, bankAccountId);
  if (name) {
    const found = all.find((m) => m.name === name);
    if (!found) {
      throw notFound(
        `CSV mapping "${name}" of this bank account${all.length ? ` (saved: ${all.map((m) => m.name).join(', ')})` : ' (none saved yet)'}`,
      );
    }
    return found.mapping;
  }
  if (all.length === 1) return (all[0] as CsvMappingView).mapping;
  throw validation(
    all.length
      ? `Choose a CSV mapping with --mapping / mapping=: this account has ${all.map((m) => `"${m.name}"`).join(', ')}.`
      : 'This bank account has no CSV mapping yet; save one (columns, date format, separators) before importing CSV.',
    { reason: 'mapping_required' },
  );
}

/** Reads a CSV sample with a mapping without saving anything: the first lines, or the error naming the line. */
export function previewCsv(
  content: string,
  rawMapping: unknown,
  currency: string,
  limit = 20,
): {
  lines: (Omit<StatementLineImport, 'amountMinor'> & { amountMinor: string; amount: string })[];
  total: number;
} {
  const mapping = CsvMappingSchema.parse(rawMapping) as CsvMapping;
  const st = readCsvStatement(content, { mapping, currency });
  return {
    total: st.lines.length,
    lines: st.lines.slice(0, limit).map((l) => ({
      ...l,
      amountMinor: l.amountMinor.toString(),
      amount: formatMoney({ amount: l.amountMinor, currency }),
    })),
  };
}
