import { randomInt } from 'node:crypto';
import { IBAN_LENGTHS, makeIban } from '../../kernel/bank-ids.ts';
import { type ServiceContext, SYSTEM_ACTOR } from '../../platform/context.ts';
import type { Database } from '../../platform/db/index.ts';
import { createAccount, findAccount } from '../ledger/index.ts';
import type { BankAccountInput } from './contract.ts';
import { type BankAccount, createBankAccount } from './index.ts';

/** A valid IBAN with a random all-digit BBAN. */
export function companyIban(country = 'CZ'): string {
  const length = IBAN_LENGTHS[country] ?? 22;
  let bban = '';
  for (let i = 0; i < length - 4; i++) bban += String(randomInt(10));
  return makeIban(country, bban);
}

/**
 * Typed test data: a company bank account with its own ledger asset account (created when `ledgerAccountId`
 * is not given; code 1090 + a counter).
 *   const bank = await makeBankAccount(db, companyId, { currency: 'EUR', isDefault: true });
 */
let counter = 0;
export async function makeBankAccount(
  db: Database,
  companyId: string,
  input: Partial<BankAccountInput> & { ctx?: ServiceContext } = {},
): Promise<BankAccount> {
  const { ctx: given, ...fields } = input;
  const ctx = given ?? { actor: SYSTEM_ACTOR, companyId, requestId: null };
  return db.tx(async (tx) => {
    let ledgerAccountId = fields.ledgerAccountId;
    if (!ledgerAccountId) {
      let code: string;
      do code = `10${String(50 + (counter++ % 50))}${randomInt(10)}`;
      while (await findAccount(tx, companyId, code));
      ledgerAccountId = (
        await createAccount(tx, ctx, { code, name: `Bank ${code}`, type: 'asset', currency: null })
      ).id;
    }
    return createBankAccount(tx, ctx, {
      name: fields.name ?? `Current account ${randomInt(1_000_000)}`,
      currency: fields.currency ?? 'EUR',
      iban: fields.iban === undefined ? companyIban() : fields.iban,
      ...fields,
      ledgerAccountId,
    });
  });
}
