import { describe, expect, it } from 'vitest';
import { withFreshDatabase } from '../../../test/support/db.ts';
import { makeLedger } from '../ledger/factories.ts';
import { makeTaxCodes } from './factories.ts';
import { createTaxCode, getTaxCode, listTaxCodes, updateTaxCode } from './index.ts';

const fresh = withFreshDatabase();

describe('tax codes', () => {
  it('adds the default codes of a country once, pointing at the chart tax accounts', async () => {
    const { ctx, accounts } = await makeLedger(fresh.db);
    const made = await fresh.db.tx(async (tx) => {
      const { createAccount } = await import('../ledger/index.ts');
      return createAccount(tx, ctx, { code: '2100', name: 'VAT payable', type: 'liability' });
    });
    const codes = await makeTaxCodes(fresh.db, ctx, 'ES');
    expect(Object.keys(codes).sort()).toEqual(['AE', 'E', 'G', 'K', 'O', 'S10', 'S21', 'S4', 'Z']);
    expect(codes.S21?.rate).toBe('21');
    expect(codes.S21?.outputAccountId).toBe(made.id);
    expect(codes.AE?.exemptionCode).toBe('VATEX-EU-AE');
    expect(accounts.sales.id).toBeTruthy();
    const again = await makeTaxCodes(fresh.db, ctx, 'ES');
    expect(Object.keys(again).length).toBe(9);
    const us = await makeLedger(fresh.db);
    const usCodes = await makeTaxCodes(fresh.db, us.ctx, 'US');
    expect(usCodes.ST?.rate).toBe('8.875');
  });

  it('refuses a rate on an exempt category, an exempt code without a reason, a taken code', async () => {
    const { ctx } = await makeLedger(fresh.db);
    await expect(
      fresh.db.tx((tx) =>
        createTaxCode(tx, ctx, {
          code: 'X',
          name: 'x',
          rate: '5',
          kind: 'exempt',
          category: 'E',
          exemptionReason: 'r',
        }),
      ),
    ).rejects.toThrow(/carries no tax/);
    await expect(
      fresh.db.tx((tx) =>
        createTaxCode(tx, ctx, { code: 'X', name: 'x', rate: '0', kind: 'exempt', category: 'E' }),
      ),
    ).rejects.toThrow(/exemption reason/);
    await expect(
      fresh.db.tx((tx) =>
        createTaxCode(tx, ctx, { code: 'X', name: 'x', rate: '1e1', kind: 'standard', category: 'S' }),
      ),
    ).rejects.toThrow(/exponent/);
    const made = await fresh.db.tx((tx) =>
      createTaxCode(tx, ctx, { code: 'S15', name: 'fifteen', rate: '15.5', kind: 'standard', category: 'S' }),
    );
    expect(made.rate).toBe('15.5');
    await expect(
      fresh.db.tx((tx) =>
        createTaxCode(tx, ctx, { code: 'S15', name: 'again', rate: '15', kind: 'standard', category: 'S' }),
      ),
    ).rejects.toThrow(/already exists/);
    const changed = await fresh.db.tx((tx) => updateTaxCode(tx, ctx, made.id, { rate: '16', active: false }));
    expect(changed.rate).toBe('16');
    expect(changed.active).toBe(false);
    expect((await getTaxCode(fresh.db, ctx.companyId, 'S15')).id).toBe(made.id);
    expect(await listTaxCodes(fresh.db, ctx.companyId, { activeOnly: true })).toEqual([]);
    const audit = await fresh.db.query(
      "SELECT action FROM audit_events WHERE company_id = $1 AND entity_type = 'tax_code' ORDER BY seq",
      [ctx.companyId],
    );
    expect(audit.rows.map((r) => r.action)).toEqual(['create', 'update']);
  });
});
