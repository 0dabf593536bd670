import { notFound } from '../../../kernel/errors.ts';
import { newId } from '../../../kernel/ids.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { ServiceContext } from '../../../platform/context.ts';
import { maybeOne, type Sql, type Tx } from '../../../platform/db/index.ts';
import { findAccount, getAccount } from '../../ledger/index.ts';
import type { TaxCodeInput } from '../contract.ts';
import { taxText } from '../i18n.ts';
import { type CalcTax, formatDecimal, parseDecimal, RATE_SCALE, type TaxCategory } from './calc.ts';

export type TaxKind = 'standard' | 'reduced' | 'zero' | 'exempt' | 'reverse_charge' | 'out_of_scope';

export interface TaxCodeRow {
  id: string;
  code: string;
  name: string;
  rate: string;
  kind: TaxKind;
  category: TaxCategory;
  exemptionReason: string | null;
  exemptionCode: string | null;
  outputAccountId: string | null;
  inputAccountId: string | null;
  active: boolean;
}

const SELECT = `SELECT id, code, name, rate::text AS rate, kind, category, exemption_reason AS "exemptionReason",
  exemption_code AS "exemptionCode", output_account_id AS "outputAccountId", input_account_id AS "inputAccountId", active
  FROM tax_codes`;

const norm = (r: TaxCodeRow): TaxCodeRow => ({
  ...r,
  rate: formatDecimal(parseDecimal(r.rate, RATE_SCALE, 'rate'), RATE_SCALE),
});

/** The calculator's view of a tax code. */
export function calcTaxOf(row: TaxCodeRow): CalcTax {
  return {
    code: row.code,
    rate: row.rate,
    category: row.category,
    exemptionReason: row.exemptionReason,
    exemptionCode: row.exemptionCode,
  };
}

export async function listTaxCodes(
  sql: Sql,
  companyId: string,
  opts: { activeOnly?: boolean } = {},
): Promise<TaxCodeRow[]> {
  const rows = await sql.query<TaxCodeRow>(
    `${SELECT} WHERE company_id = $1 ${opts.activeOnly ? 'AND active' : ''} ORDER BY code`,
    [companyId],
  );
  return rows.rows.map(norm);
}

/** One tax code by id or by code. */
export async function getTaxCode(sql: Sql, companyId: string, idOrCode: string): Promise<TaxCodeRow> {
  const row = await maybeOne<TaxCodeRow>(sql, `${SELECT} WHERE company_id = $1 AND (id = $2 OR code = $2)`, [
    companyId,
    idOrCode,
  ]);
  if (!row) throw notFound('Tax code', idOrCode);
  return norm(row);
}

/** Several tax codes by id or code in one query; unknown ones are a validation error naming them. */
export async function getTaxCodes(
  sql: Sql,
  companyId: string,
  refs: readonly string[],
): Promise<Map<string, TaxCodeRow>> {
  const uniq = [...new Set(refs)];
  const rows = (
    await sql.query<TaxCodeRow>(`${SELECT} WHERE company_id = $1 AND (id = ANY($2) OR code = ANY($2))`, [
      companyId,
      uniq,
    ])
  ).rows.map(norm);
  const out = new Map<string, TaxCodeRow>();
  for (const r of rows) {
    out.set(r.id, r);
    out.set(r.code, r);
  }
  const missing = uniq.filter((r) => !out.has(r));
  if (missing.length)
    throw taxText.error(
      'validation',
      'error.unknownTaxCode',
      { codes: missing.join(', ') },
      {
        field: 'taxCode',
      },
    );
  return out;
}

const RATED = new Set(['S', 'L', 'M']);
const NEEDS_REASON = new Set(['E', 'AE', 'K', 'G', 'O']);

async function checkInput(sql: Sql, companyId: string, input: TaxCodeInput): Promise<string> {
  const rate = parseDecimal(input.rate, RATE_SCALE, 'rate');
  if (rate < 0n || rate >= 1000n * 10n ** BigInt(RATE_SCALE))
    throw taxText.error('validation', 'error.rateRange', {}, { field: 'rate' });
  if (!RATED.has(input.category) && rate !== 0n)
    throw taxText.error(
      'validation',
      'error.categoryNoTax',
      { category: input.category },
      {
        field: 'rate',
      },
    );
  const hasReason = Boolean(input.exemptionReason || input.exemptionCode);
  if (NEEDS_REASON.has(input.category) && !hasReason)
    throw taxText.error(
      'validation',
      'error.categoryNeedsReason',
      { category: input.category },
      {
        field: 'exemptionReason',
      },
    );
  if (!NEEDS_REASON.has(input.category) && hasReason)
    throw taxText.error(
      'validation',
      'error.categoryNoReason',
      { category: input.category },
      {
        field: 'exemptionReason',
      },
    );
  if (input.exemptionCode && !/^[A-Za-z0-9-]{1,40}$/.test(input.exemptionCode))
    throw taxText.error('validation', 'error.vatexFormat', {}, { field: 'exemptionCode' });
  for (const field of ['outputAccountId', 'inputAccountId'] as const) {
    const id = input[field];
    if (!id) continue;
    try {
      await getAccount(sql, companyId, id);
    } catch {
      throw taxText.error('validation', 'error.noLedgerAccount', { account: id }, { field });
    }
  }
  return formatDecimal(rate, RATE_SCALE);
}

export async function createTaxCode(tx: Tx, ctx: ServiceContext, input: TaxCodeInput): Promise<TaxCodeRow> {
  const rate = await checkInput(tx, ctx.companyId, input);
  const id = newId('taxCode');
  const done = await tx.query(
    `INSERT INTO tax_codes (company_id, id, code, name, rate, kind, category, exemption_reason, exemption_code,
                            output_account_id, input_account_id, active)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT (company_id, code) DO NOTHING`,
    [
      ctx.companyId,
      id,
      input.code,
      input.name,
      rate,
      input.kind,
      input.category,
      input.exemptionReason || null,
      input.exemptionCode || null,
      input.outputAccountId || null,
      input.inputAccountId || null,
      input.active ?? true,
    ],
  );
  if (done.rowCount === 0)
    throw taxText.error('validation', 'error.codeExists', { code: input.code }, { field: 'code' });
  const row = await getTaxCode(tx, ctx.companyId, id);
  await recordAudit(tx, {
    ...ctx,
    entityType: 'tax_code',
    entityId: id,
    action: 'create',
    after: { ...row },
  });
  return row;
}

export async function updateTaxCode(
  tx: Tx,
  ctx: ServiceContext,
  id: string,
  patch: Partial<TaxCodeInput>,
): Promise<TaxCodeRow> {
  const before = await maybeOne<TaxCodeRow>(tx, `${SELECT} WHERE company_id = $1 AND id = $2 FOR UPDATE`, [
    ctx.companyId,
    id,
  ]);
  if (!before) throw notFound('Tax code', id);
  const merged: TaxCodeInput = { ...norm(before), ...patch };
  const rate = await checkInput(tx, ctx.companyId, merged);
  const clash = await maybeOne(
    tx,
    'SELECT 1 FROM tax_codes WHERE company_id = $1 AND code = $2 AND id <> $3',
    [ctx.companyId, merged.code, id],
  );
  if (clash) throw taxText.error('validation', 'error.codeExists', { code: merged.code }, { field: 'code' });
  await tx.query(
    `UPDATE tax_codes SET code = $3, name = $4, rate = $5, kind = $6, category = $7, exemption_reason = $8,
       exemption_code = $9, output_account_id = $10, input_account_id = $11, active = $12, updated_at = now()
     WHERE company_id = $1 AND id = $2`,
    [
      ctx.companyId,
      id,
      merged.code,
      merged.name,
      rate,
      merged.kind,
      merged.category,
      merged.exemptionReason || null,
      merged.exemptionCode || null,
      merged.outputAccountId || null,
      merged.inputAccountId || null,
      merged.active ?? true,
    ],
  );
  const after = await getTaxCode(tx, ctx.companyId, id);
  await recordAudit(tx, {
    ...ctx,
    entityType: 'tax_code',
    entityId: id,
    action: 'update',
    before: { ...norm(before) },
    after: { ...after },
  });
  return after;
}

type Default = [
  code: string,
  name: string,
  rate: string,
  kind: TaxKind,
  category: TaxCategory,
  reason?: string,
  vatex?: string,
];

const COMMON: Default[] = [
  ['Z', 'Zero rated', '0', 'zero', 'Z'],
  ['E', 'Exempt', '0', 'exempt', 'E', 'Exempt from VAT', 'VATEX-EU-132'],
  ['AE', 'Reverse charge', '0', 'reverse_charge', 'AE', 'Reverse charge', 'VATEX-EU-AE'],
  ['K', 'Intra-community supply', '0', 'zero', 'K', 'Intra-community supply', 'VATEX-EU-IC'],
  ['G', 'Export outside the EU', '0', 'zero', 'G', 'Export outside the EU', 'VATEX-EU-G'],
  ['O', 'Not subject to VAT', '0', 'out_of_scope', 'O', 'Not subject to VAT', 'VATEX-EU-O'],
];

const BY_COUNTRY: Record<string, { codes: Default[]; output: string[]; input: string[] }> = {
  CZ: {
    codes: [['S21', 'DPH 21 %', '21', 'standard', 'S'], ['S12', 'DPH 12 %', '12', 'reduced', 'S'], ...COMMON],
    output: ['343', '2100'],
    input: ['343', '1400'],
  },
  ES: {
    codes: [
      ['S21', 'IVA 21 %', '21', 'standard', 'S'],
      ['S10', 'IVA 10 %', '10', 'reduced', 'S'],
      ['S4', 'IVA 4 %', '4', 'reduced', 'S'],
      ...COMMON,
    ],
    output: ['477', '2100'],
    input: ['472', '1400'],
  },
  DE: {
    codes: [['S19', 'USt 19 %', '19', 'standard', 'S'], ['S7', 'USt 7 %', '7', 'reduced', 'S'], ...COMMON],
    output: ['1776', '2100'],
    input: ['1576', '1400'],
  },
  US: {
    codes: [
      ['ST', 'Sales tax 8.875 % (example: New York City)', '8.875', 'standard', 'S'],
      ['NT', 'Not taxable', '0', 'out_of_scope', 'O', 'Not subject to sales tax', 'VATEX-EU-O'],
    ],
    output: ['2100'],
    input: ['1400'],
  },
  generic: {
    codes: [['S20', 'Standard rate 20 %', '20', 'standard', 'S'], ...COMMON],
    output: ['2100'],
    input: ['1400'],
  },
};

/**
 * Adds the usual tax codes for a country (CZ, ES, DE, US, or 'generic'), pointing at the chart's tax accounts
 * when the chart has them. Codes that already exist are left alone, so it can run again.
 */
export async function ensureDefaultTaxCodes(
  tx: Tx,
  ctx: ServiceContext,
  country: string,
): Promise<TaxCodeRow[]> {
  const set = BY_COUNTRY[country.toUpperCase()] ?? BY_COUNTRY[country] ?? BY_COUNTRY.generic;
  if (!set) throw taxText.error('validation', 'error.noDefaults', { country });
  const pick = async (codes: string[]) => {
    for (const c of codes) {
      const a = await findAccount(tx, ctx.companyId, c);
      if (a) return a.id;
    }
    return null;
  };
  const output = await pick(set.output);
  const input = await pick(set.input);
  // Parallel first calls of a company would each see a code missing and create it (the loser a 409): they queue
  // on one transaction-scoped lock and read what is there after it (READ COMMITTED: the first one's codes).
  // A lock rather than `ON CONFLICT DO NOTHING` because each code goes through createTaxCode (checks, audit).
  await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
    `tax.ensureDefaultTaxCodes:${ctx.companyId}`,
  ]);
  const existing = new Set((await listTaxCodes(tx, ctx.companyId)).map((t) => t.code));
  for (const [code, name, rate, kind, category, reason, vatex] of set.codes) {
    if (existing.has(code)) continue;
    await createTaxCode(tx, ctx, {
      code,
      name,
      rate,
      kind,
      category,
      exemptionReason: reason ?? null,
      exemptionCode: vatex ?? null,
      outputAccountId: output,
      inputAccountId: input,
    });
  }
  return listTaxCodes(tx, ctx.companyId);
}
