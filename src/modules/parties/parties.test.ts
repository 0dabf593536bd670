import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { withFreshDatabase } from '../../../test/support/db.ts';
import { SYSTEM_ACTOR } from '../../platform/context.ts';
import { keyringFrom, setFieldKeys } from '../../platform/crypto/fields.ts';
import { makeCompany } from '../org/factories.ts';
import { makeParty, randomIban } from './factories.ts';
import {
  addBankAccount,
  createParty,
  findParties,
  findPartyByIban,
  getParty,
  listParties,
  paymentDetailsOf,
  reencryptBankAccounts,
  removeBankAccount,
  updateParty,
} from './index.ts';

const fresh = withFreshDatabase();

describe('parties service', () => {
  it('creates, reads, lists, finds and updates a party', async () => {
    const { company } = await makeCompany(fresh.db, { baseCurrency: 'CZK' });
    const ctx = { actor: SYSTEM_ACTOR, companyId: company.id, requestId: null };
    const p = await fresh.db.tx((tx) =>
      createParty(tx, ctx, {
        legalName: 'Alfa Stroj s.r.o.',
        customer: true,
        vatId: 'CZ 2684 5531',
        address: { street: 'Dlouhá 1', city: 'Praha', postalCode: '110 00', country: 'cz' },
        contacts: [{ name: 'Jana Nováková', email: 'jana@alfa.test', role: 'accounts' }],
        creditLimit: '50000.50',
      }),
    );
    expect(p.code).toBe('C00001');
    expect(p.currency).toBe('CZK');
    expect(p.address.country).toBe('CZ');
    expect(p.creditLimit).toBe('50000.50');
    expect(p.creditLimitMinor).toBe(5000050n);
    expect(p.contacts).toHaveLength(1);
    const again = await getParty(fresh.db, company.id, p.id);
    expect(again.legalName).toBe('Alfa Stroj s.r.o.');
    const vendor = await makeParty(fresh.db, company.id, { vendor: true, legalName: 'Beta GmbH' });
    expect(vendor.vendor).toBe(true);
    expect(vendor.customer).toBe(false);
    const customers = await listParties(fresh.db, company.id, { role: 'customer' });
    expect(customers.items.map((i) => i.id)).toEqual([p.id]);
    const page1 = await listParties(fresh.db, company.id, { limit: 1 });
    expect(page1.items[0]?.legalName).toBe('Alfa Stroj s.r.o.');
    const page2 = await listParties(fresh.db, company.id, { limit: 1, cursor: page1.nextCursor ?? '' });
    expect(page2.items[0]?.legalName).toBe('Beta GmbH');
    expect(page2.nextCursor).toBeNull();
    expect((await findParties(fresh.db, company.id, { vatId: 'cz26845531' })).map((x) => x.id)).toEqual([
      p.id,
    ]);
    const updated = await fresh.db.tx((tx) =>
      updateParty(tx, ctx, p.id, { paymentTermsDays: 14, contacts: [] }),
    );
    expect(updated.paymentTermsDays).toBe(14);
    expect(updated.contacts).toHaveLength(0);
    expect(updated.vatId).toBe('CZ 2684 5531');
  });

  it('stores bank accounts encrypted, finds by IBAN, audits clear reads', async () => {
    const { company } = await makeCompany(fresh.db);
    const ctx = { actor: SYSTEM_ACTOR, companyId: company.id, requestId: null };
    const iban = randomIban('ES');
    const party = await makeParty(fresh.db, company.id, { vendor: true, bank: { iban, bic: 'CAIXESBBXXX' } });
    expect(party.bankAccounts).toHaveLength(1);
    expect(party.bankAccounts[0]?.last4).toBe(iban.slice(-4));
    const raw = await fresh.db.query<{ number_sealed: string }>(
      'SELECT number_sealed FROM party_bank_accounts WHERE company_id = $1',
      [company.id],
    );
    expect(raw.rows[0]?.number_sealed.startsWith('v1.')).toBe(true);
    expect(raw.rows[0]?.number_sealed).not.toContain(iban.slice(4, 12));
    const spaced = iban.replace(/(.{4})/g, '$1 ').toLowerCase();
    expect((await findPartyByIban(fresh.db, company.id, spaced)).map((m) => m.partyId)).toEqual([party.id]);
    expect(await findPartyByIban(fresh.db, company.id, randomIban('ES'))).toEqual([]);
    const details = await fresh.db.tx((tx) => paymentDetailsOf(tx, ctx, party.id));
    expect(details?.iban).toBe(iban);
    const audit = await fresh.db.query<{ action: string }>(
      `SELECT action FROM audit_events WHERE company_id = $1 AND entity_type = 'party_bank_account'`,
      [company.id],
    );
    expect(audit.rows.map((r) => r.action)).toEqual(['read']);
    const second = await fresh.db.tx((tx) =>
      addBankAccount(tx, ctx, party.id, { routingNumber: '011000015', accountNumber: '1234-5678-9' }),
    );
    expect(second.primary).toBe(false);
    await fresh.db.tx((tx) => removeBankAccount(tx, ctx, party.id, party.bankAccounts[0]?.id ?? ''));
    const after = await getParty(fresh.db, company.id, party.id);
    expect(after.bankAccounts.map((b) => [b.id, b.primary])).toEqual([[second.id, true]]);
    expect(await findPartyByIban(fresh.db, company.id, iban)).toEqual([]);
  });

  it('refuses bad input naming the field, writing nothing', async () => {
    const { company } = await makeCompany(fresh.db);
    const ctx = { actor: SYSTEM_ACTOR, companyId: company.id, requestId: null };
    const party = await makeParty(fresh.db, company.id);
    await expect(
      fresh.db.tx((tx) => addBankAccount(tx, ctx, party.id, { iban: 'DE00370400440532013000' })),
    ).rejects.toMatchObject({ code: 'validation', details: { field: 'iban' } });
    await expect(
      fresh.db.tx((tx) =>
        addBankAccount(tx, ctx, party.id, { routingNumber: '011000016', accountNumber: '12345' }),
      ),
    ).rejects.toMatchObject({ code: 'validation', details: { field: 'routingNumber' } });
    await expect(
      fresh.db.tx((tx) => createParty(tx, ctx, { legalName: 'X', customer: false, vendor: false })),
    ).rejects.toMatchObject({ code: 'validation' });
    await expect(
      fresh.db.tx((tx) => createParty(tx, ctx, { legalName: 'X', customer: true, code: party.code })),
    ).rejects.toMatchObject({ code: 'conflict' });
    await expect(
      fresh.db.tx((tx) =>
        createParty(tx, ctx, { legalName: 'X', customer: true, revenueAccountId: 'acc_nope' }),
      ),
    ).rejects.toMatchObject({ code: 'validation', details: { field: 'revenueAccountId' } });
    const count = await fresh.db.query('SELECT 1 FROM party_bank_accounts WHERE company_id = $1', [
      company.id,
    ]);
    expect(count.rowCount).toBe(0);
  });
});

describe('key rotation on stored bank accounts', () => {
  it('reads and finds accounts sealed under the old key, re-seals them under the new one', async () => {
    const { company } = await makeCompany(fresh.db);
    const ctx = { actor: SYSTEM_ACTOR, companyId: company.id, requestId: null };
    const oldKey = randomBytes(32).toString('base64');
    const newKey = randomBytes(32).toString('base64');
    const iban = randomIban('DE');
    try {
      setFieldKeys(keyringFrom(oldKey));
      const party = await makeParty(fresh.db, company.id, { vendor: true, bank: { iban } });
      setFieldKeys(keyringFrom(newKey, [oldKey]));
      expect((await findPartyByIban(fresh.db, company.id, iban)).map((m) => m.partyId)).toEqual([party.id]);
      expect((await fresh.db.tx((tx) => paymentDetailsOf(tx, ctx, party.id)))?.iban).toBe(iban);
      expect(await fresh.db.tx((tx) => reencryptBankAccounts(tx, ctx))).toBe(1);
      expect(await fresh.db.tx((tx) => reencryptBankAccounts(tx, ctx))).toBe(0);
      setFieldKeys(keyringFrom(newKey));
      expect((await fresh.db.tx((tx) => paymentDetailsOf(tx, ctx, party.id)))?.iban).toBe(iban);
      expect((await findPartyByIban(fresh.db, company.id, iban)).map((m) => m.partyId)).toEqual([party.id]);
      // A ciphertext moved to another row does not open (associated data binds it to its row).
      const other = await makeParty(fresh.db, company.id, { vendor: true, bank: { iban: true } });
      await fresh.db.query(
        `UPDATE party_bank_accounts SET number_sealed = (SELECT number_sealed FROM party_bank_accounts WHERE party_id = $1)
          WHERE party_id = $2`,
        [party.id, other.id],
      );
      await expect(fresh.db.tx((tx) => paymentDetailsOf(tx, ctx, other.id))).rejects.toThrow(
        /altered or belongs elsewhere/,
      );
    } finally {
      setFieldKeys(null);
    }
  });
});

describe('generated codes under concurrency', () => {
  it('ten customers created at once get ten distinct codes', async () => {
    const { company } = await makeCompany(fresh.db);
    const ctx = { actor: SYSTEM_ACTOR, companyId: company.id, requestId: null };
    const made = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        fresh.db.tx((tx) => createParty(tx, ctx, { legalName: `Parallel ${i}`, customer: true })),
      ),
    );
    expect(new Set(made.map((p) => p.code)).size).toBe(10);
    expect(made.map((p) => p.code).sort()[9]).toBe('C00010');
  });
});
