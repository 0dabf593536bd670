import {
  accountNumberProblem,
  bicProblem,
  ibanProblem,
  normaliseAccountNumber,
  normaliseBic,
  normaliseIban,
  routingNumberProblem,
} from '../../../kernel/bank-ids.ts';
import { notFound } from '../../../kernel/errors.ts';
import { newId } from '../../../kernel/ids.ts';
import { isCurrency } from '../../../kernel/money.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { ServiceContext } from '../../../platform/context.ts';
import { maybeOne, type Sql, type Tx } from '../../../platform/db/index.ts';
import { type AccountRow, getAccount, updateAccount } from '../../ledger/index.ts';
import { BankAccountInput, BankAccountPatch } from '../contract.ts';
import { bankingText } from '../i18n.ts';

/** A company bank or cash account as other modules see it (docs/design/money-in-out.md). */
export interface BankAccount {
  id: string;
  name: string;
  kind: 'bank' | 'cash';
  currency: string;
  iban: string | null;
  bic: string | null;
  accountNumber: string | null;
  routingNumber: string | null;
  bankName: string;
  ledgerAccountId: string;
  isDefault: boolean;
  active: boolean;
}

const SELECT = `SELECT id, name, kind, currency, iban, bic, account_number AS "accountNumber",
  routing_number AS "routingNumber", bank_name AS "bankName", ledger_account_id AS "ledgerAccountId",
  is_default AS "isDefault", active FROM bank_accounts`;

export async function getBankAccount(sql: Sql, companyId: string, id: string): Promise<BankAccount> {
  const row = await maybeOne<BankAccount>(sql, `${SELECT} WHERE company_id = $1 AND id = $2`, [
    companyId,
    id,
  ]);
  if (!row) throw notFound('Bank account', id);
  return row;
}

/** The same, locked for the rest of the transaction (imports and reconciliation of one account go one at a time). */
export async function lockBankAccount(tx: Tx, companyId: string, id: string): Promise<BankAccount> {
  const row = await maybeOne<BankAccount>(tx, `${SELECT} WHERE company_id = $1 AND id = $2 FOR UPDATE`, [
    companyId,
    id,
  ]);
  if (!row) throw notFound('Bank account', id);
  return row;
}

export async function listBankAccounts(
  sql: Sql,
  companyId: string,
  opts: { includeInactive?: boolean } = {},
): Promise<BankAccount[]> {
  return (
    await sql.query<BankAccount>(
      `${SELECT} WHERE company_id = $1 AND ($2 OR active) ORDER BY currency, NOT is_default, name`,
      [companyId, opts.includeInactive ?? false],
    )
  ).rows;
}

/**
 * The account invoices print and payments post to for a currency: the one marked default, else the only
 * active bank account in that currency, else null.
 */
export async function defaultBankAccount(
  sql: Sql,
  companyId: string,
  currency: string,
): Promise<BankAccount | null> {
  const rows = (
    await sql.query<BankAccount>(
      `${SELECT} WHERE company_id = $1 AND currency = $2 AND active AND kind = 'bank' ORDER BY NOT is_default, name LIMIT 2`,
      [companyId, currency],
    )
  ).rows;
  const first = rows[0];
  if (!first) return null;
  return first.isDefault || rows.length === 1 ? first : null;
}

/** Checks and normalises the bank identifiers; every problem says how to fix it. */
function identifiers(input: {
  kind: 'bank' | 'cash';
  iban?: string | null | undefined;
  bic?: string | null | undefined;
  accountNumber?: string | null | undefined;
  routingNumber?: string | null | undefined;
}) {
  const iban = input.iban?.trim() ? normaliseIban(input.iban) : null;
  const bic = input.bic?.trim() ? normaliseBic(input.bic) : null;
  const routingNumber = input.routingNumber?.trim() ? input.routingNumber.trim() : null;
  let accountNumber = input.accountNumber?.trim() ? input.accountNumber.trim() : null;
  if (iban) {
    const p = ibanProblem(iban);
    if (p)
      throw bankingText.error(
        'validation',
        'error.ibanInvalid',
        { iban: input.iban, problem: p },
        { field: 'iban' },
      );
  }
  if (bic) {
    const p = bicProblem(bic);
    if (p)
      throw bankingText.error(
        'validation',
        'error.bicInvalid',
        { bic: input.bic, problem: p },
        { field: 'bic' },
      );
  }
  if (routingNumber) {
    const p = routingNumberProblem(routingNumber);
    if (p)
      throw bankingText.error(
        'validation',
        'error.routingInvalid',
        { routingNumber, problem: p },
        { field: 'routingNumber' },
      );
    if (!accountNumber)
      throw bankingText.error('validation', 'error.routingWithoutAccount', {}, { field: 'accountNumber' });
    const q = accountNumberProblem(accountNumber);
    if (q)
      throw bankingText.error(
        'validation',
        'error.accountNumberInvalid',
        { accountNumber, problem: q },
        { field: 'accountNumber' },
      );
    accountNumber = normaliseAccountNumber(accountNumber);
  }
  if (input.kind === 'bank' && !iban && !accountNumber) {
    throw bankingText.error(
      'validation',
      'error.noIdentifier',
      {},
      {
        field: 'iban',
      },
    );
  }
  return { iban, bic, accountNumber, routingNumber };
}

async function checkLedgerAccount(
  sql: Sql,
  companyId: string,
  ledgerAccountId: string,
  currency: string,
): Promise<AccountRow> {
  const acc = await getAccount(sql, companyId, ledgerAccountId).catch(() => null);
  if (!acc)
    throw bankingText.error(
      'validation',
      'error.ledgerAccountMissing',
      { id: ledgerAccountId },
      { field: 'ledgerAccountId' },
    );
  if (acc.type !== 'asset' || !acc.active) {
    throw bankingText.error(
      'validation',
      'error.ledgerAccountNotAsset',
      { code: acc.code, name: acc.name },
      {
        field: 'ledgerAccountId',
      },
    );
  }
  if (acc.currency && acc.currency !== currency) {
    throw bankingText.error(
      'validation',
      'error.ledgerAccountCurrency',
      { code: acc.code, name: acc.name, accountCurrency: acc.currency, currency, currencyAgain: currency },
      {
        field: 'ledgerAccountId',
      },
    );
  }
  return acc;
}

/**
 * A ledger account that a bank account posts to is cash: the cash-flow statement, the dashboard's cash and the
 * forecast count accounts by subtype, so linking sets `bank` (or `cash` for a till) unless it already is one.
 */
async function markAsCash(tx: Tx, ctx: ServiceContext, acc: AccountRow, kind: string | undefined) {
  if (acc.subtype === 'bank' || acc.subtype === 'cash') return;
  await updateAccount(tx, ctx, acc.id, { subtype: kind === 'cash' ? 'cash' : 'bank' });
}

export async function createBankAccount(
  tx: Tx,
  ctx: ServiceContext,
  raw: BankAccountInput,
): Promise<BankAccount> {
  const input = BankAccountInput.parse(raw);
  if (!isCurrency(input.currency))
    throw bankingText.error(
      'validation',
      'error.unknownCurrency',
      { currency: input.currency },
      { field: 'currency' },
    );
  const ids = identifiers(input);
  const ledgerAccount = await checkLedgerAccount(tx, ctx.companyId, input.ledgerAccountId, input.currency);
  const clash = await maybeOne<{ name: string; why: string }>(
    tx,
    `SELECT name, CASE WHEN name = $2 THEN 'name' WHEN iban = $3 THEN 'iban' ELSE 'ledger' END AS why
       FROM bank_accounts WHERE company_id = $1 AND (name = $2 OR iban = $3 OR ledger_account_id = $4) LIMIT 1`,
    [ctx.companyId, input.name, ids.iban, input.ledgerAccountId],
  );
  if (clash) {
    const key = ({ name: 'error.clashName', iban: 'error.clashIban', ledger: 'error.clashLedger' } as const)[
      clash.why as 'name'
    ];
    throw bankingText.error(
      'conflict',
      key,
      { account: clash.name, name: input.name, iban: ids.iban },
      { field: clash.why },
    );
  }
  const id = newId('bankAccount');
  await markAsCash(tx, ctx, ledgerAccount, input.kind);
  if (input.isDefault) {
    await tx.query(
      `UPDATE bank_accounts SET is_default = false WHERE company_id = $1 AND currency = $2 AND is_default`,
      [ctx.companyId, input.currency],
    );
  }
  await tx.query(
    `INSERT INTO bank_accounts (company_id, id, name, kind, currency, iban, bic, account_number, routing_number, bank_name, ledger_account_id, is_default)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12)`,
    [
      ctx.companyId,
      id,
      input.name,
      input.kind,
      input.currency,
      ids.iban,
      ids.bic,
      ids.accountNumber,
      ids.routingNumber,
      input.bankName ?? '',
      input.ledgerAccountId,
      input.isDefault ?? false,
    ],
  );
  const created = await getBankAccount(tx, ctx.companyId, id);
  await recordAudit(tx, {
    ...ctx,
    entityType: 'bank_account',
    entityId: id,
    action: 'create',
    after: { ...created },
  });
  return created;
}

export async function updateBankAccount(
  tx: Tx,
  ctx: ServiceContext,
  id: string,
  raw: BankAccountPatch,
): Promise<BankAccount> {
  const patch = BankAccountPatch.parse(raw);
  const before = await lockBankAccount(tx, ctx.companyId, id);
  const bic = patch.bic === undefined ? before.bic : patch.bic?.trim() ? normaliseBic(patch.bic) : null;
  if (bic && patch.bic !== undefined) {
    const p = bicProblem(bic);
    if (p)
      throw bankingText.error(
        'validation',
        'error.bicInvalid',
        { bic: patch.bic, problem: p },
        { field: 'bic' },
      );
  }
  if (patch.name && patch.name !== before.name) {
    const taken = await maybeOne(
      tx,
      `SELECT 1 FROM bank_accounts WHERE company_id = $1 AND name = $2 AND id <> $3`,
      [ctx.companyId, patch.name, id],
    );
    if (taken)
      throw bankingText.error(
        'conflict',
        'error.nameTaken',
        { name: patch.name },
        {
          field: 'name',
        },
      );
  }
  const active = patch.active ?? before.active;
  const isDefault = active && (patch.isDefault ?? before.isDefault);
  if (isDefault && !before.isDefault) {
    await tx.query(
      `UPDATE bank_accounts SET is_default = false WHERE company_id = $1 AND currency = $2 AND is_default`,
      [ctx.companyId, before.currency],
    );
  }
  await tx.query(
    `UPDATE bank_accounts SET name = $3, bic = $4, bank_name = $5, is_default = $6, active = $7, updated_at = now()
      WHERE company_id = $1 AND id = $2`,
    [ctx.companyId, id, patch.name ?? before.name, bic, patch.bankName ?? before.bankName, isDefault, active],
  );
  const after = await getBankAccount(tx, ctx.companyId, id);
  await recordAudit(tx, {
    ...ctx,
    entityType: 'bank_account',
    entityId: id,
    action: 'update',
    before: { ...before },
    after: { ...after },
  });
  return after;
}
