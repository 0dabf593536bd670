import { describe, expect, it } from 'vitest';
import { withFreshDatabase } from '../../test/support/db.ts';
import { isValidBic, isValidIban, isValidRoutingNumber } from '../kernel/bank-ids.ts';
import { makeCompany } from '../modules/org/factories.ts';
import { findPartyByIban, listParties, paymentDetailsOf } from '../modules/parties/index.ts';
import { SYSTEM_ACTOR } from '../platform/context.ts';
import { seedPartiesDemo } from './parties.ts';

const fresh = withFreshDatabase();

describe('demo parties', () => {
  it('seeds CZ, ES, DE and US customers and vendors with valid bank details, once', async () => {
    const { company } = await makeCompany(fresh.db, { baseCurrency: 'USD' });
    const ctx = { actor: SYSTEM_ACTOR, companyId: company.id, requestId: null };
    expect(await seedPartiesDemo(fresh.db, ctx)).toBe(9);
    expect(await seedPartiesDemo(fresh.db, ctx)).toBe(0);
    const all = (await listParties(fresh.db, company.id, { limit: 100 })).items;
    expect(new Set(all.map((p) => p.address.country))).toEqual(new Set(['CZ', 'ES', 'DE', 'US']));
    for (const p of all) {
      const details = await fresh.db.tx((tx) => paymentDetailsOf(tx, ctx, p.id));
      expect(details).not.toBeNull();
      if (details?.kind === 'iban') {
        expect(isValidIban(details.iban ?? '')).toBe(true);
        expect(isValidBic(details.bic ?? '')).toBe(true);
        expect(
          (await findPartyByIban(fresh.db, company.id, details.iban ?? '')).map((m) => m.partyId),
        ).toEqual([p.id]);
      } else {
        expect(isValidRoutingNumber(details?.routingNumber ?? '')).toBe(true);
      }
    }
  });
});
