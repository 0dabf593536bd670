import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type OpenItem, type PaymentKind, planPayment } from './service/plan.ts';

const item = (
  id: string,
  openMinor: bigint,
  kind: OpenItem['kind'] = 'invoice',
  partyId = 'pty_A',
): OpenItem => ({
  documentId: id,
  kind,
  number: `N-${id}`,
  partyId,
  partyName: 'Acme',
  currency: 'EUR',
  issueDate: '2026-11-01',
  dueDate: '2026-11-30',
  totalMinor: openMinor,
  openMinor,
  paymentReference: null,
  controlAccountId: kind === 'bill' ? 'acc_AP' : 'acc_AR',
});

const mapOf = (items: OpenItem[]) => new Map(items.map((i) => [i.documentId, i]));
const base = { partyId: 'pty_A', currency: 'EUR', availableCreditMinor: 0n, writeOffLimitMinor: 500n };

describe('planPayment', () => {
  it('splits a receipt over invoices, keeps the over-payment as credit, writes off a small difference', () => {
    const open = mapOf([item('i1', 10000n), item('i2', 5000n)]);
    const plan = planPayment(
      {
        ...base,
        kind: 'receipt',
        amountMinor: 16000n,
        allocations: [
          { documentId: 'i1', amountMinor: 9998n, writeOffMinor: 2n },
          { documentId: 'i2', amountMinor: 5000n },
        ],
      },
      open,
    );
    expect(plan.creditMinor).toBe(1002n);
    expect(plan.writeOffMinor).toBe(2n);
    expect(plan.lines).toEqual([
      { to: { role: 'bank' }, amountMinor: 16000n, memo: 'received' },
      { to: { role: 'control', accountId: 'acc_AR', documentId: 'i1' }, amountMinor: -10000n, memo: 'N-i1' },
      { to: { role: 'control', accountId: 'acc_AR', documentId: 'i2' }, amountMinor: -5000n, memo: 'N-i2' },
      { to: { role: 'write_off' }, amountMinor: 2n, memo: 'write-off' },
      { to: { role: 'credit' }, amountMinor: -1002n, memo: 'kept as credit' },
    ]);
  });

  it('refuses over-allocation, foreign documents, wrong kinds, too much write-off and missing credit', () => {
    const open = mapOf([item('i1', 10000n), item('b1', 7000n, 'bill'), item('x1', 100n, 'invoice', 'pty_B')]);
    const run =
      (
        kind: PaymentKind,
        amountMinor: bigint,
        allocations: { documentId: string; amountMinor: bigint; writeOffMinor?: bigint }[],
        credit = 0n,
      ) =>
      () =>
        planPayment({ ...base, kind, amountMinor, allocations, availableCreditMinor: credit }, open);
    expect(run('receipt', 20000n, [{ documentId: 'i1', amountMinor: 10001n }])).toThrow(
      /more than the 100.00 EUR still open/,
    );
    expect(run('receipt', 5000n, [{ documentId: 'i1', amountMinor: 6000n }])).toThrow(
      /more than the 50.00 EUR paid/,
    );
    expect(run('receipt', 5000n, [{ documentId: 'nope', amountMinor: 1n }])).toThrow(/not open/);
    expect(run('receipt', 5000n, [{ documentId: 'b1', amountMinor: 1n }])).toThrow(/cannot settle a bill/);
    expect(run('receipt', 5000n, [{ documentId: 'x1', amountMinor: 1n }])).toThrow(/belongs to Acme, not/);
    expect(run('receipt', 9000n, [{ documentId: 'i1', amountMinor: 9000n, writeOffMinor: 1000n }])).toThrow(
      /over the 5.00 EUR limit/,
    );
    expect(run('credit_application', 3000n, [{ documentId: 'i1', amountMinor: 3000n }], 2999n)).toThrow(
      /has 29.99 EUR of credit/,
    );
    expect(
      run('receipt', 5000n, [
        { documentId: 'i1', amountMinor: 1n },
        { documentId: 'i1', amountMinor: 1n },
      ]),
    ).toThrow(/appears twice/);
  });

  it('applies credit to an invoice and refunds credit without documents', () => {
    const open = mapOf([item('i1', 10000n)]);
    const used = planPayment(
      {
        ...base,
        kind: 'credit_application',
        amountMinor: 4000n,
        allocations: [{ documentId: 'i1', amountMinor: 4000n }],
        availableCreditMinor: 4000n,
      },
      open,
    );
    expect(used.creditMinor).toBe(-4000n);
    expect(used.lines).toEqual([
      { to: { role: 'control', accountId: 'acc_AR', documentId: 'i1' }, amountMinor: -4000n, memo: 'N-i1' },
      { to: { role: 'credit' }, amountMinor: 4000n, memo: 'credit used' },
    ]);
    const refund = planPayment(
      { ...base, kind: 'customer_refund', amountMinor: 1500n, allocations: [], availableCreditMinor: 2000n },
      open,
    );
    expect(refund.creditMinor).toBe(-1500n);
    expect(refund.lines.reduce((s, l) => s + l.amountMinor, 0n)).toBe(0n);
  });

  it('never allocates more than is open, and allocations + credit = the payment (property)', () => {
    const kinds = fc.constantFrom<PaymentKind>('receipt', 'vendor_payment');
    fc.assert(
      fc.property(
        kinds,
        fc.array(fc.bigInt({ min: 1n, max: 1_000_000n }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.bigInt({ min: 0n, max: 1_200_000n }), { minLength: 1, maxLength: 8 }),
        fc.bigInt({ min: 1n, max: 5_000_000n }),
        (kind, opens, wants, amount) => {
          const docKind = kind === 'receipt' ? 'invoice' : 'bill';
          const items = opens.map((o, i) => item(`d${i}`, o, docKind));
          const allocations = items
            .map((it, i) => ({ documentId: it.documentId, amountMinor: wants[i % wants.length] ?? 0n }))
            .filter((a) => a.amountMinor > 0n);
          let plan: ReturnType<typeof planPayment> | null = null;
          try {
            plan = planPayment({ ...base, kind, amountMinor: amount, allocations }, mapOf(items));
          } catch (e) {
            // refused only for a reason the input really has
            const over = allocations.some(
              (a) => a.amountMinor > (items.find((i) => i.documentId === a.documentId)?.openMinor ?? 0n),
            );
            const tooMuch = allocations.reduce((s, a) => s + a.amountMinor, 0n) > amount;
            expect(over || tooMuch).toBe(true);
            expect((e as { code?: string }).code).toBe('validation');
            return;
          }
          const sum = plan.allocations.reduce((s, a) => s + a.amountMinor, 0n);
          expect(sum + plan.creditMinor).toBe(amount);
          expect(plan.creditMinor >= 0n).toBe(true);
          for (const a of plan.allocations) {
            expect(
              a.amountMinor + a.writeOffMinor <=
                (items.find((i) => i.documentId === a.documentId)?.openMinor ?? -1n),
            ).toBe(true);
          }
          expect(plan.lines.reduce((s, l) => s + l.amountMinor, 0n)).toBe(0n);
        },
      ),
      { numRuns: 300 },
    );
  });
});
