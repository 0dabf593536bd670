import { randomInt } from 'node:crypto';
import { abaCheckDigit, IBAN_LENGTHS, makeIban } from '../../kernel/bank-ids.ts';
import { type ServiceContext, SYSTEM_ACTOR } from '../../platform/context.ts';
import type { Database } from '../../platform/db/index.ts';
import { unique } from '../org/factories.ts';
import type { BankAccountInput, PartyInput } from './contract.ts';
import { addBankAccount, createParty, getParty, type PartyView } from './index.ts';

/** A valid IBAN for `country` with a random all-digit BBAN (check digits computed, not guessed). */
export function randomIban(country = 'DE'): string {
  const length = IBAN_LENGTHS[country.toUpperCase()];
  if (!length) throw new Error(`no IBAN length for ${country}`);
  let bban = '';
  for (let i = 0; i < length - 4; i++) bban += String(randomInt(10));
  return makeIban(country, bban);
}

/** A valid ABA routing number (Federal Reserve prefix 01–12, check digit computed). */
export function randomRoutingNumber(): string {
  const first8 = String(randomInt(1, 13)).padStart(2, '0') + String(randomInt(0, 1_000_000)).padStart(6, '0');
  return first8 + abaCheckDigit(first8);
}

export interface MakePartyInput extends Partial<PartyInput> {
  /** One bank account to add (becomes primary). `iban: true` makes a random valid IBAN for the party's country. */
  bank?: BankAccountInput | { iban: true };
  ctx?: ServiceContext;
}

/**
 * Typed test data: a customer (default) or vendor, with an optional bank account.
 *   const acme = await makeParty(db, companyId, { vendor: true, customer: false, bank: { iban: true } });
 */
export async function makeParty(
  db: Database,
  companyId: string,
  input: MakePartyInput = {},
): Promise<PartyView> {
  const { bank, ctx: given, ...fields } = input;
  const ctx = given ?? { actor: SYSTEM_ACTOR, companyId, requestId: null };
  return db.tx(async (tx) => {
    const party = await createParty(tx, ctx, {
      legalName: `Party ${unique()} s.r.o.`,
      customer: !(fields.vendor && fields.customer === undefined),
      ...fields,
    });
    if (!bank) return party;
    const details: BankAccountInput =
      'iban' in bank && bank.iban === true
        ? { iban: randomIban(party.address.country ?? 'DE') }
        : (bank as BankAccountInput);
    await addBankAccount(tx, ctx, party.id, details);
    return getParty(tx, companyId, party.id);
  });
}
