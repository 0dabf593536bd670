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
import { recordAudit, recordSensitiveRead } from '../../../platform/audit/index.ts';
import type { ServiceContext } from '../../../platform/context.ts';
import {
  blindIndex,
  blindIndexes,
  decryptField,
  encryptField,
  fieldKeyring,
} from '../../../platform/crypto/fields.ts';
import { maybeOne, type Sql, type Tx } from '../../../platform/db/index.ts';
import type { BankAccountInput } from '../contract.ts';
import { partiesText } from '../i18n.ts';

/** What anyone with parties.read sees: never the number, only its last four characters. */
export interface BankAccountView {
  id: string;
  partyId: string;
  kind: 'iban' | 'us';
  label: string;
  currency: string | null;
  bic: string | null;
  routingNumber: string | null;
  accountType: 'checking' | 'savings' | null;
  last4: string;
  /** e.g. "•••• 3000" */
  masked: string;
  primary: boolean;
  createdAt: string;
}

/** The clear details (IBAN or account number), for payment files; every read is audited. */
export interface BankDetails extends BankAccountView {
  iban: string | null;
  accountNumber: string | null;
}

interface Row {
  id: string;
  party_id: string;
  kind: 'iban' | 'us';
  label: string;
  currency: string | null;
  bic: string | null;
  routing_number: string | null;
  account_type: 'checking' | 'savings' | null;
  number_last4: string;
  number_sealed: string;
  is_primary: boolean;
  created_at: Date;
}

const COLUMNS = `id, party_id, kind, label, currency, bic, routing_number, account_type, number_last4, number_sealed,
  is_primary, created_at`;

function viewOf(r: Row): BankAccountView {
  return {
    id: r.id,
    partyId: r.party_id,
    kind: r.kind,
    label: r.label,
    currency: r.currency,
    bic: r.bic,
    routingNumber: r.routing_number,
    accountType: r.account_type,
    last4: r.number_last4,
    masked: `•••• ${r.number_last4}`,
    primary: r.is_primary,
    createdAt: r.created_at.toISOString(),
  };
}

/** The associated data sealed into each ciphertext: a value copied to another row or company will not open. */
const aadOf = (companyId: string, id: string) => `party_bank_accounts:${companyId}:${id}`;

export async function listBankAccounts(
  sql: Sql,
  companyId: string,
  partyId: string,
): Promise<BankAccountView[]> {
  const rows = await sql.query<Row>(
    `SELECT ${COLUMNS} FROM party_bank_accounts WHERE company_id = $1 AND party_id = $2 AND removed_at IS NULL
      ORDER BY is_primary DESC, created_at, id`,
    [companyId, partyId],
  );
  return rows.rows.map(viewOf);
}

/** Validates and normalises; throws `validation` naming the field and how to fix it. */
export function checkBankAccount(input: BankAccountInput): {
  kind: 'iban' | 'us';
  number: string;
  bic: string | null;
  routingNumber: string | null;
} {
  const kind = input.kind ?? (input.routingNumber || input.accountNumber ? 'us' : 'iban');
  if (kind === 'iban') {
    if (!input.iban) throw partiesText.error('validation', 'error.ibanMissing', {}, { field: 'iban' });
    const problem = ibanProblem(input.iban);
    if (problem) throw partiesText.error('validation', 'error.ibanInvalid', { problem }, { field: 'iban' });
    let bic: string | null = null;
    if (input.bic) {
      const bicIssue = bicProblem(input.bic);
      if (bicIssue)
        throw partiesText.error('validation', 'error.bicInvalid', { problem: bicIssue }, { field: 'bic' });
      bic = normaliseBic(input.bic);
    }
    return { kind, number: normaliseIban(input.iban), bic, routingNumber: null };
  }
  if (!input.routingNumber)
    throw partiesText.error('validation', 'error.routingMissing', {}, { field: 'routingNumber' });
  const rnIssue = routingNumberProblem(input.routingNumber);
  if (rnIssue)
    throw partiesText.error(
      'validation',
      'error.routingInvalid',
      { problem: rnIssue },
      { field: 'routingNumber' },
    );
  if (!input.accountNumber)
    throw partiesText.error('validation', 'error.accountNumberMissing', {}, { field: 'accountNumber' });
  const anIssue = accountNumberProblem(input.accountNumber);
  if (anIssue)
    throw partiesText.error(
      'validation',
      'error.accountNumberInvalid',
      { problem: anIssue },
      { field: 'accountNumber' },
    );
  return {
    kind,
    number: normaliseAccountNumber(input.accountNumber),
    bic: null,
    routingNumber: input.routingNumber.trim(),
  };
}

/** The blind-index input: kind-qualified so an IBAN and a US number never collide. */
const indexInput = (kind: 'iban' | 'us', number: string, routingNumber: string | null) =>
  kind === 'iban' ? `iban:${number}` : `us:${routingNumber}:${number}`;

/**
 * Adds a bank account to a party: validated (IBAN/BIC or ABA routing + account number), the number sealed with
 * the field key, its keyed hash and last four stored beside it. The first account becomes primary; `primary`
 * moves the flag. The same number twice on one party is a 409.
 */
export async function addBankAccount(
  tx: Tx,
  ctx: ServiceContext,
  partyId: string,
  input: BankAccountInput,
): Promise<BankAccountView> {
  const checked = checkBankAccount(input);
  if (input.currency && !isCurrency(input.currency.toUpperCase()))
    throw partiesText.error(
      'validation',
      'error.unknownCurrency',
      { currency: input.currency },
      { field: 'currency' },
    );
  const party = await maybeOne(tx, 'SELECT 1 FROM parties WHERE company_id = $1 AND id = $2 FOR UPDATE', [
    ctx.companyId,
    partyId,
  ]);
  if (!party) throw notFound('Customer or vendor', partyId);
  const existing = await maybeOne<{ n: string }>(
    tx,
    `SELECT count(*)::text AS n FROM party_bank_accounts WHERE company_id = $1 AND party_id = $2 AND removed_at IS NULL`,
    [ctx.companyId, partyId],
  );
  const primary = input.primary === true || existing?.n === '0';
  if (primary && existing?.n !== '0')
    await tx.query(
      `UPDATE party_bank_accounts SET is_primary = false
        WHERE company_id = $1 AND party_id = $2 AND is_primary AND removed_at IS NULL`,
      [ctx.companyId, partyId],
    );
  const id = newId('partyBankAccount');
  const index = blindIndex(indexInput(checked.kind, checked.number, checked.routingNumber));
  const inserted = await tx.query<Row>(
    `INSERT INTO party_bank_accounts (company_id, id, party_id, kind, label, currency, bic, routing_number,
       account_type, number_sealed, number_index, number_last4, is_primary)
     SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13
      WHERE NOT EXISTS (SELECT 1 FROM party_bank_accounts WHERE company_id = $1 AND party_id = $3
                          AND number_index = $11 AND removed_at IS NULL)
     RETURNING ${COLUMNS}`,
    [
      ctx.companyId,
      id,
      partyId,
      checked.kind,
      input.label ?? '',
      input.currency ? input.currency.toUpperCase() : null,
      checked.bic,
      checked.routingNumber,
      checked.kind === 'us' ? (input.accountType ?? 'checking') : null,
      encryptField(checked.number, aadOf(ctx.companyId, id)),
      index,
      checked.number.slice(-4),
      primary,
    ],
  );
  const row = inserted.rows[0];
  if (!row)
    throw partiesText.error(
      'conflict',
      'error.bankAccountTaken',
      {},
      {
        field: checked.kind === 'iban' ? 'iban' : 'accountNumber',
      },
    );
  const view = viewOf(row);
  await recordAudit(tx, {
    actor: ctx.actor,
    companyId: ctx.companyId,
    requestId: ctx.requestId,
    entityType: 'party',
    entityId: partyId,
    action: 'bank_account.add',
    after: {
      bankAccountId: id,
      kind: view.kind,
      bic: view.bic,
      routingNumber: view.routingNumber,
      last4: view.last4,
      primary,
    },
  });
  return view;
}

/** Removes (soft) a bank account; if it was primary, the oldest remaining one becomes primary. */
export async function removeBankAccount(
  tx: Tx,
  ctx: ServiceContext,
  partyId: string,
  bankAccountId: string,
): Promise<void> {
  const row = await maybeOne<{ is_primary: boolean; number_last4: string }>(
    tx,
    `SELECT is_primary, number_last4 FROM party_bank_accounts
      WHERE company_id = $1 AND party_id = $2 AND id = $3 AND removed_at IS NULL FOR UPDATE`,
    [ctx.companyId, partyId, bankAccountId],
  );
  if (!row) throw notFound('Bank account', bankAccountId);
  await tx.query(
    `UPDATE party_bank_accounts SET removed_at = now(), is_primary = false WHERE company_id = $1 AND id = $2`,
    [ctx.companyId, bankAccountId],
  );
  if (row.is_primary)
    await tx.query(
      `UPDATE party_bank_accounts SET is_primary = true
        WHERE company_id = $1 AND id = (SELECT id FROM party_bank_accounts
          WHERE company_id = $1 AND party_id = $2 AND removed_at IS NULL ORDER BY created_at, id LIMIT 1)`,
      [ctx.companyId, partyId],
    );
  await recordAudit(tx, {
    actor: ctx.actor,
    companyId: ctx.companyId,
    requestId: ctx.requestId,
    entityType: 'party',
    entityId: partyId,
    action: 'bank_account.remove',
    before: { bankAccountId, last4: row.number_last4 },
  });
}

async function reveal(tx: Tx, ctx: ServiceContext, row: Row, purpose: string): Promise<BankDetails> {
  const number = decryptField(row.number_sealed, aadOf(ctx.companyId, row.id));
  await recordSensitiveRead(tx, {
    actor: ctx.actor,
    companyId: ctx.companyId,
    requestId: ctx.requestId,
    entityType: 'party_bank_account',
    entityId: row.id,
    fields: [row.kind === 'iban' ? 'iban' : 'accountNumber', `purpose:${purpose}`],
  });
  return {
    ...viewOf(row),
    iban: row.kind === 'iban' ? number : null,
    accountNumber: row.kind === 'us' ? number : null,
  };
}

/** The clear number of one bank account (the Reveal button); audited as a sensitive read. */
export async function revealBankAccount(
  tx: Tx,
  ctx: ServiceContext,
  partyId: string,
  bankAccountId: string,
): Promise<BankDetails> {
  const row = await maybeOne<Row>(
    tx,
    `SELECT ${COLUMNS} FROM party_bank_accounts
      WHERE company_id = $1 AND party_id = $2 AND id = $3 AND removed_at IS NULL`,
    [ctx.companyId, partyId, bankAccountId],
  );
  if (!row) throw notFound('Bank account', bankAccountId);
  return reveal(tx, ctx, row, 'reveal');
}

/**
 * The party's primary bank account in clear, for a payment run or a bank file; null when it has none.
 * Audited as a sensitive read.
 */
export async function paymentDetailsOf(
  tx: Tx,
  ctx: ServiceContext,
  partyId: string,
): Promise<BankDetails | null> {
  const row = await maybeOne<Row>(
    tx,
    `SELECT ${COLUMNS} FROM party_bank_accounts
      WHERE company_id = $1 AND party_id = $2 AND removed_at IS NULL ORDER BY is_primary DESC, created_at, id LIMIT 1`,
    [ctx.companyId, partyId],
  );
  if (!row) return null;
  return reveal(tx, ctx, row, 'payment');
}

/**
 * Which parties hold this IBAN — by keyed hash, nothing decrypted (reconciliation matches payers this way).
 * Returns party ids, active parties first; [] when the text is not a valid IBAN.
 */
export async function findPartyByIban(
  sql: Sql,
  companyId: string,
  iban: string,
): Promise<{ partyId: string; bankAccountId: string }[]> {
  if (ibanProblem(iban)) return [];
  const rows = await sql.query<{ partyId: string; bankAccountId: string }>(
    `SELECT b.party_id AS "partyId", b.id AS "bankAccountId" FROM party_bank_accounts b
       JOIN parties p ON p.company_id = b.company_id AND p.id = b.party_id
      WHERE b.company_id = $1 AND b.number_index = ANY($2::text[]) AND b.removed_at IS NULL
      ORDER BY p.active DESC, b.is_primary DESC, b.created_at`,
    [companyId, blindIndexes(`iban:${normaliseIban(iban)}`)],
  );
  return rows.rows;
}

/** The same for a US routing + account number pair. */
export async function findPartyByAccountNumber(
  sql: Sql,
  companyId: string,
  routingNumber: string,
  accountNumber: string,
): Promise<{ partyId: string; bankAccountId: string }[]> {
  const rows = await sql.query<{ partyId: string; bankAccountId: string }>(
    `SELECT party_id AS "partyId", id AS "bankAccountId" FROM party_bank_accounts
      WHERE company_id = $1 AND number_index = ANY($2::text[]) AND removed_at IS NULL ORDER BY created_at`,
    [companyId, blindIndexes(indexInput('us', normaliseAccountNumber(accountNumber), routingNumber.trim()))],
  );
  return rows.rows;
}

/**
 * After a key rotation: re-seals every bank account number still under an older key with the current key and
 * recomputes its keyed hash, in batches under row locks. Returns how many were re-sealed. Audited once.
 */
export async function reencryptBankAccounts(tx: Tx, ctx: ServiceContext): Promise<number> {
  const current = fieldKeyring().current.id;
  const rows = await tx.query<{
    id: string;
    kind: 'iban' | 'us';
    routing_number: string | null;
    number_sealed: string;
  }>(
    `SELECT id, kind, routing_number, number_sealed FROM party_bank_accounts
      WHERE company_id = $1 AND split_part(number_sealed, '.', 2) <> $2 ORDER BY id FOR UPDATE`,
    [ctx.companyId, current],
  );
  for (const r of rows.rows) {
    const aad = aadOf(ctx.companyId, r.id);
    const number = decryptField(r.number_sealed, aad);
    await tx.query(
      'UPDATE party_bank_accounts SET number_sealed = $3, number_index = $4 WHERE company_id = $1 AND id = $2',
      [
        ctx.companyId,
        r.id,
        encryptField(number, aad),
        blindIndex(indexInput(r.kind, number, r.routing_number)),
      ],
    );
  }
  if (rows.rows.length)
    await recordAudit(tx, {
      actor: ctx.actor,
      companyId: ctx.companyId,
      requestId: ctx.requestId,
      entityType: 'party_bank_accounts',
      entityId: ctx.companyId,
      action: 'rekey',
      meta: { count: rows.rows.length, keyId: current },
    });
  return rows.rows.length;
}
