import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type MatchItem,
  type MatchLine,
  normaliseName,
  proposeMatches,
  referenceTokens,
} from './service/match.ts';

const line = (id: string, amount: bigint, extra: Partial<MatchLine> = {}): MatchLine => ({
  id,
  bookingDate: '2026-02-10',
  amountMinor: amount,
  reference: null,
  counterpartyName: null,
  counterpartyIban: null,
  remittance: null,
  ...extra,
});
const item = (id: string, expected: bigint, extra: Partial<MatchItem> = {}): MatchItem => ({
  kind: 'invoice',
  id,
  number: null,
  paymentReference: null,
  partyId: null,
  partyName: null,
  date: '2026-02-05',
  expectedMinor: expected,
  ...extra,
});

describe('reconciliation engine', () => {
  it('matches by reference and exact amount, with the reasons', () => {
    const [p] = proposeMatches(
      [
        line('l1', 121000n, {
          remittance: 'Faktura 2026-0007 díky',
          counterpartyIban: 'CZ65',
          partyIds: ['pty_a'],
        }),
      ],
      [
        item('inv6', 121000n, { number: '2026-0006' }),
        item('inv7', 121000n, { number: '2026-0007', partyId: 'pty_a', partyName: 'Acme' }),
      ],
    );
    expect(p).toMatchObject({
      rule: 'reference_amount',
      score: 100,
      lineIds: ['l1'],
      items: [{ kind: 'invoice', id: 'inv7', amountMinor: 121000n }],
      differenceMinor: 0n,
    });
    expect(p?.reasons.map((r) => r.field)).toEqual(['reference', 'amount', 'counterparty_iban']);
  });

  it('matches a structured reference (RF) and a variable symbol written without leading zeros', () => {
    const ps = proposeMatches(
      [line('l1', 5000n, { reference: 'RF18 5390 0754 7034' }), line('l2', 7000n, { reference: '20260042' })],
      [
        item('a', 5000n, { paymentReference: 'RF18539007547034' }),
        item('b', 7000n, { number: 'INV-0020260042' }),
      ],
    );
    expect(ps.map((p) => [p.rule, p.items[0]?.id])).toEqual([
      ['reference_amount', 'a'],
      ['reference_amount', 'b'],
    ]);
  });

  it('one line paying several referenced invoices (one-to-many)', () => {
    const [p] = proposeMatches(
      [line('l1', 300n, { remittance: 'INV-101, INV-102' })],
      [item('a', 100n, { number: 'INV-101' }), item('b', 200n, { number: 'INV-102' })],
    );
    expect(p).toMatchObject({ rule: 'reference_many', lineIds: ['l1'] });
    expect(p?.items.map((i) => i.id).sort()).toEqual(['a', 'b']);
  });

  it('several lines paying one invoice (many-to-one)', () => {
    const [p] = proposeMatches(
      [line('l1', 400n, { reference: 'INV-9' }), line('l2', 600n, { reference: 'INV-9' })],
      [item('a', 1000n, { number: 'INV-9' })],
    );
    expect(p).toMatchObject({
      rule: 'reference_lines',
      lineIds: ['l1', 'l2'],
      items: [{ id: 'a', amountMinor: 1000n }],
      differenceMinor: 0n,
    });
  });

  it('exact amount and the counterparty (IBAN beats name), within the date window', () => {
    const ps = proposeMatches(
      [
        line('l1', -5000n, { counterpartyName: 'Papírna Novák s.r.o.' }),
        line('l2', 800n, { partyIds: ['p2'], counterpartyIban: 'DE89' }),
      ],
      [
        item('bill', -5000n, { kind: 'bill', partyName: 'PAPÍRNA NOVÁK, spol. s r.o.', partyId: 'p1' }),
        item('far', 800n, { partyId: 'p2', date: '2025-06-01' }),
        item('near', 800n, { partyId: 'p2', date: '2026-02-01' }),
      ],
    );
    expect(ps.map((p) => [p.rule, p.score, p.items[0]?.id])).toEqual([
      ['amount_party', 85, 'bill'],
      ['amount_party', 90, 'near'],
    ]);
  });

  it('a party paying its oldest invoices together, or a pair', () => {
    const items = [
      item('i1', 100n, { partyId: 'p', date: '2026-01-15' }),
      item('i2', 250n, { partyId: 'p', date: '2026-01-20' }),
      item('i3', 70n, { partyId: 'p', date: '2026-01-25' }),
    ];
    expect(proposeMatches([line('l', 350n, { partyIds: ['p'] })], items)[0]).toMatchObject({
      rule: 'party_many',
      items: [{ id: 'i1' }, { id: 'i2' }],
    });
    expect(proposeMatches([line('l', 320n, { partyIds: ['p'] })], items)[0]).toMatchObject({
      rule: 'party_many',
      items: [{ id: 'i2' }, { id: 'i3' }],
    });
  });

  it('a partial payment keeps the difference; amount alone is the weakest rule and needs a unique candidate', () => {
    const [p] = proposeMatches(
      [line('l', 400n, { reference: 'INV-5' })],
      [item('a', 1000n, { number: 'INV-5' })],
    );
    expect(p).toMatchObject({
      rule: 'reference_partial',
      items: [{ amountMinor: 400n }],
      differenceMinor: 0n,
    });
    expect(proposeMatches([line('l', 99n)], [item('a', 99n, { kind: 'payment' })])[0]).toMatchObject({
      rule: 'amount_date',
      score: 60,
    });
    expect(proposeMatches([line('l', 99n)], [item('a', 99n), item('b', 99n)])).toEqual([]);
    expect(proposeMatches([line('l', 99n)], [item('a', 99n, { date: '2025-01-01' })])).toEqual([]);
    expect(
      proposeMatches([line('l', -99n, { reference: 'INV-5' })], [item('a', 1000n, { number: 'INV-5' })]),
    ).toEqual([]);
  });

  it('never uses a line or an item twice, and every proposal balances except partial payments', () => {
    const arb = fc.array(
      fc.record({
        amount: fc.integer({ min: -5, max: 5 }),
        ref: fc.integer({ min: 0, max: 6 }),
        party: fc.integer({ min: 0, max: 3 }),
      }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(arb, arb, (ls, is) => {
        const lines = ls.map((l, k) =>
          line(`l${k}`, BigInt(l.amount) * 100n, {
            reference: l.ref ? `INV-${l.ref}` : null,
            partyIds: l.party ? [`p${l.party}`] : [],
          }),
        );
        const items = is.map((x, k) =>
          item(`i${k}`, BigInt(x.amount) * 100n, {
            number: x.ref ? `INV-${x.ref}` : null,
            partyId: x.party ? `p${x.party}` : null,
          }),
        );
        const ps = proposeMatches(lines, items);
        const lineIds = ps.flatMap((p) => p.lineIds);
        const itemIds = ps.flatMap((p) => p.items.map((i) => i.id));
        expect(new Set(lineIds).size).toBe(lineIds.length);
        expect(new Set(itemIds).size).toBe(itemIds.length);
        for (const p of ps) expect(p.differenceMinor).toBe(0n);
        for (const p of ps) expect(p.reasons.length).toBeGreaterThan(0);
      }),
    );
  });

  it('normalises names and reference tokens', () => {
    expect(normaliseName('Zákazník, a.s.')).toBe('zakaznik');
    expect(normaliseName('ACME Inc.')).toBe('acme');
    expect(referenceTokens('VS: 0020260042, inv 2026/7')).toEqual(
      expect.arrayContaining(['20260042', '0020260042', 'INV']),
    );
  });
});
