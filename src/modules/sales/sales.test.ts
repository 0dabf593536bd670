import { describe, expect, it } from 'vitest';
import { issueInvoices } from '../../../test/support/compose.ts';
import { withFreshDatabase } from '../../../test/support/db.ts';
import { getEntry } from '../ledger/index.ts';
import { makeDraft, makeSales } from './factories.ts';
import {
  applySettlement,
  createCreditNote,
  createSeries,
  getInvoice,
  listInvoices,
  openReceivables,
  reverseSettlement,
  updateDraft,
} from './index.ts';

const fresh = withFreshDatabase();

describe('sales invoices', () => {
  it('issues a draft: legal number, buyer snapshot, totals from the calculator, posting AR / revenue / VAT', async () => {
    const f = await makeSales(fresh.db);
    const draft = await makeDraft(fresh.db, f);
    expect(draft.status).toBe('draft');
    expect(draft.number).toBeNull();
    // 10 × 1500 = 15000 @21 %; 2 × 349.90 − 10 % = 629.82 @12 %
    expect(draft.net).toBe('15629.82');
    expect(draft.tax).toBe('3225.58'); // 3150.00 + 75.58
    expect(draft.total).toBe('18855.40');
    const [issued] = await fresh.db.tx((tx) => issueInvoices(tx, f.ctx, [draft.id]));
    expect(issued?.number).toBe('2026-00001');
    const inv = await getInvoice(fresh.db, f.companyId, draft.id);
    expect(inv.status).toBe('issued');
    expect(inv.buyer?.name).toBe('Acme Trading s.r.o.');
    expect(inv.buyer?.vatId).toBe('CZ12345679');
    expect((inv.dueDate ?? '') > '2026-03-10').toBe(true);
    expect(inv.paymentReference).toBe('202600001');
    const entry = await getEntry(fresh.db, f.companyId, inv.ledgerEntryId as string);
    const byAccount = Object.fromEntries(
      (entry?.lines ?? []).map((l) => [l.accountId, l.debit ?? `-${l.credit}`]),
    );
    expect(byAccount[f.accounts.receivable.id]).toBe('18855.40');
    expect(byAccount[f.accounts.sales.id]).toBe('-15629.82');
    expect(byAccount[f.accounts.vat.id]).toBe('-3225.58');
    expect(entry?.reference).toBe('2026-00001');
    // Issued documents cannot be edited or issued again.
    await expect(
      fresh.db.tx((tx) => updateDraft(tx, f.ctx, draft.id, { partyId: f.customer.id, lines: [] as never })),
    ).rejects.toThrow(/credit note/);
    await expect(fresh.db.tx((tx) => issueInvoices(tx, f.ctx, [draft.id]))).rejects.toThrow(/already issued/);
  });

  it('numbers are consecutive per series and year; a failed issue gives its number back', async () => {
    const f = await makeSales(fresh.db);
    await fresh.db.tx((tx) =>
      createSeries(tx, f.ctx, {
        code: 'EXP',
        name: 'Export',
        kind: 'invoice',
        pattern: 'EX{YY}/{NNN}',
        yearlyReset: true,
      }),
    );
    const a = await makeDraft(fresh.db, f);
    const b = await makeDraft(fresh.db, f, { seriesId: 'EXP' });
    const c = await makeDraft(fresh.db, f, { issueDate: '2025-12-31' });
    // Rolled back: a posting error after the number was taken.
    await expect(
      fresh.db.tx(async (tx) => {
        await issueInvoices(tx, f.ctx, [a.id]);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const out = await fresh.db.tx((tx) => issueInvoices(tx, f.ctx, [a.id, b.id, c.id]));
    expect(out.map((o) => o.number)).toEqual(['2026-00001', 'EX26/001', '2025-00001']);
    const d = await makeDraft(fresh.db, f);
    const [dd] = await fresh.db.tx((tx) => issueInvoices(tx, f.ctx, [d.id]));
    expect(dd?.number).toBe('2026-00002');
  });

  it('foreign currency: the rate at issue is fixed on the invoice and used for the posting', async () => {
    const f = await makeSales(fresh.db);
    const draft = await makeDraft(fresh.db, f, {
      currency: 'EUR',
      lines: [{ description: 'Licence', quantity: '1', unit: 'C62', unitPrice: '100', taxCode: 'AE' }],
    });
    await fresh.db.tx((tx) => issueInvoices(tx, f.ctx, [draft.id]));
    const inv = await getInvoice(fresh.db, f.companyId, draft.id);
    expect(inv.exchangeRate).toBe('25.125');
    expect(inv.tax).toBe('0.00');
    expect(inv.breakdown[0]).toMatchObject({ category: 'AE', exemptionCode: 'VATEX-EU-AE' });
    const usd = await makeDraft(fresh.db, f, { currency: 'GBP' });
    await expect(fresh.db.tx((tx) => issueInvoices(tx, f.ctx, [usd.id]))).rejects.toThrow(
      /No GBP exchange rate/,
    );
  });

  it('settlements drive status and open items; as-of ignores later settlements; reversal reopens', async () => {
    const f = await makeSales(fresh.db);
    const draft = await makeDraft(fresh.db, f);
    await fresh.db.tx((tx) => issueInvoices(tx, f.ctx, [draft.id]));
    let open = await openReceivables(fresh.db, f.companyId, { partyId: f.customer.id });
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({
      number: '2026-00001',
      totalMinor: 1885540n,
      openMinor: 1885540n,
      kind: 'invoice',
    });
    expect(open[0]?.controlAccountId).toBe(f.accounts.receivable.id);
    const r1 = await fresh.db.tx((tx) =>
      applySettlement(tx, f.ctx, {
        documentId: draft.id,
        settlementId: 'pay_1',
        amountMinor: 885540n,
        date: '2026-03-20',
      }),
    );
    expect(r1).toMatchObject({ status: 'partially_paid', openMinor: 1000000n });
    await expect(
      fresh.db.tx((tx) =>
        applySettlement(tx, f.ctx, {
          documentId: draft.id,
          settlementId: 'pay_2',
          amountMinor: 1000001n,
          date: '2026-03-21',
        }),
      ),
    ).rejects.toThrow(/Only 1000000 minor units/);
    const r2 = await fresh.db.tx((tx) =>
      applySettlement(tx, f.ctx, {
        documentId: draft.id,
        settlementId: 'pay_2',
        amountMinor: 1000000n,
        date: '2026-04-02',
      }),
    );
    expect(r2.status).toBe('paid');
    expect(await openReceivables(fresh.db, f.companyId)).toEqual([]);
    open = await openReceivables(fresh.db, f.companyId, { asOf: '2026-03-31' });
    expect(open[0]?.openMinor).toBe(1000000n);
    expect(await openReceivables(fresh.db, f.companyId, { asOf: '2026-03-01' })).toEqual([]);
    await fresh.db.tx((tx) => reverseSettlement(tx, f.ctx, { settlementId: 'pay_2' }));
    expect((await getInvoice(fresh.db, f.companyId, draft.id)).status).toBe('partially_paid');
    const page = await listInvoices(fresh.db, f.companyId, { status: 'open' }, undefined);
    expect(page.items.map((i) => i.id)).toEqual([draft.id]);
  });

  it('credit notes: partial then the rest; they settle the invoice, post the opposite, never exceed it', async () => {
    const f = await makeSales(fresh.db);
    const draft = await makeDraft(fresh.db, f);
    await fresh.db.tx((tx) => issueInvoices(tx, f.ctx, [draft.id]));
    const partial = await fresh.db.tx((tx) =>
      createCreditNote(tx, f.ctx, draft.id, {
        lines: [
          {
            description: 'Consulting (1 h not done)',
            quantity: '1',
            unit: 'HUR',
            unitPrice: '1500',
            taxCode: 'S21',
          },
        ],
      }),
    );
    expect(partial.kind).toBe('credit_note');
    const [cn] = await fresh.db.tx((tx) =>
      issueInvoices(tx, f.ctx, [partial.id], { issueDate: '2026-03-15' }),
    );
    expect(cn?.number).toBe('CN-2026-00001');
    const inv = await getInvoice(fresh.db, f.companyId, draft.id);
    expect(inv.status).toBe('partially_paid');
    expect(inv.open).toBe('17040.40'); // 18855.40 − 1815.00
    const cnView = await getInvoice(fresh.db, f.companyId, partial.id);
    expect(cnView.status).toBe('paid');
    const entry = await getEntry(fresh.db, f.companyId, cnView.ledgerEntryId as string);
    expect(entry?.lines?.find((l) => l.accountId === f.accounts.receivable.id)?.credit).toBe('1815.00');
    // A full credit note for the whole invoice is now too much.
    const full = await fresh.db.tx((tx) => createCreditNote(tx, f.ctx, draft.id, {}));
    await expect(fresh.db.tx((tx) => issueInvoices(tx, f.ctx, [full.id]))).rejects.toThrow(/left to credit/);
    const rest = await fresh.db.tx((tx) =>
      createCreditNote(tx, f.ctx, draft.id, {
        lines: [
          { description: 'Consulting', quantity: '9', unit: 'HUR', unitPrice: '1500', taxCode: 'S21' },
          {
            description: 'Book',
            quantity: '2',
            unit: 'C62',
            unitPrice: '349.90',
            taxCode: 'S12',
            discountPercent: '10',
          },
        ],
      }),
    );
    await fresh.db.tx((tx) => issueInvoices(tx, f.ctx, [rest.id], { issueDate: '2026-03-16' }));
    expect((await getInvoice(fresh.db, f.companyId, draft.id)).status).toBe('credited');
    expect(await openReceivables(fresh.db, f.companyId)).toEqual([]);
  });
});
