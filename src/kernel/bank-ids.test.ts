import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  abaCheckDigit,
  bicProblem,
  formatIban,
  IBAN_LENGTHS,
  ibanProblem,
  isValidBic,
  isValidIban,
  isValidRoutingNumber,
  makeIban,
  normaliseIban,
  routingNumberProblem,
} from './bank-ids.ts';

const countries = Object.keys(IBAN_LENGTHS);
const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
const ibanArb = fc.constantFrom(...countries).chain((country) =>
  fc
    .array(fc.constantFrom(...ALNUM), {
      minLength: (IBAN_LENGTHS[country] ?? 0) - 4,
      maxLength: (IBAN_LENGTHS[country] ?? 0) - 4,
    })
    .map((chars) => makeIban(country, chars.join(''))),
);

describe('IBAN', () => {
  it('accepts published examples', () => {
    for (const iban of [
      'DE89 3704 0044 0532 0130 00',
      'GB82 WEST 1234 5698 7654 32',
      'CZ65 0800 0000 1920 0014 5399',
      'ES91 2100 0418 4502 0005 1332',
      'FR14 2004 1010 0505 0001 3M02 606',
      'NO93 8601 1117 947',
    ])
      expect(ibanProblem(iban)).toBeNull();
  });

  it('every IBAN built with computed check digits is valid, in any spacing or case', () => {
    fc.assert(
      fc.property(ibanArb, (iban) => {
        expect(isValidIban(iban)).toBe(true);
        expect(isValidIban(formatIban(iban).toLowerCase())).toBe(true);
        expect(normaliseIban(formatIban(iban))).toBe(iban);
      }),
    );
  });

  // Same-class changes keep the digit expansion's length, so the difference is (a-b)·10^k (or ·9·10^k, ·99·10^k
  // for swaps), never a multiple of 97. (A letter swapped with a digit can escape: 'B1' ↔ '1B'.)
  const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
  it('any single same-class substitution is caught (mod 97)', () => {
    fc.assert(
      fc.property(ibanArb, fc.nat(), fc.constantFrom(...ALNUM), (iban, pos, ch) => {
        const i = 4 + (pos % (iban.length - 4));
        fc.pre(iban[i] !== ch && isDigit(iban[i]) === isDigit(ch));
        const typo = iban.slice(0, i) + ch + iban.slice(i + 1);
        expect(isValidIban(typo)).toBe(false);
      }),
    );
  });

  it('any swap of two different adjacent same-class characters is caught', () => {
    fc.assert(
      fc.property(ibanArb, fc.nat(), (iban, pos) => {
        const i = 4 + (pos % (iban.length - 5));
        fc.pre(iban[i] !== iban[i + 1] && isDigit(iban[i]) === isDigit(iban[i + 1]));
        const swapped = iban.slice(0, i) + iban[i + 1] + iban[i] + iban.slice(i + 2);
        expect(isValidIban(swapped)).toBe(false);
      }),
    );
  });

  it('a wrong length names the expected length', () => {
    expect(ibanProblem('DE89370400440532013000 1')).toMatch(/22 characters/);
    expect(ibanProblem('XX89370400440532013000')).toMatch(/not a country/);
    expect(ibanProblem('DE00370400440532013000')).toMatch(/check digits/);
  });
});

describe('BIC', () => {
  it('accepts 8 and 11 character codes, refuses others', () => {
    expect(isValidBic('DEUTDEFF')).toBe(true);
    expect(isValidBic('deutdeff500')).toBe(true);
    expect(isValidBic('KOMBCZPPXXX')).toBe(true);
    expect(bicProblem('DEUTDEF')).toMatch(/8 or 11/);
    expect(bicProblem('1EUTDEFF')).toMatch(/4 letters/);
  });

  it('property: well-formed BICs pass', () => {
    const L = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split(''));
    const A = fc.constantFrom(...ALNUM);
    fc.assert(
      fc.property(
        fc.array(L, { minLength: 6, maxLength: 6 }),
        fc.array(A, { minLength: 2, maxLength: 2 }),
        fc.option(fc.array(A, { minLength: 3, maxLength: 3 })),
        (head, loc, branch) => {
          expect(isValidBic(head.join('') + loc.join('') + (branch?.join('') ?? ''))).toBe(true);
        },
      ),
    );
  });
});

describe('ABA routing number', () => {
  it('accepts real routing numbers', () => {
    for (const rn of ['011000015', '021000021', '026009593', '121000358', '322271627'])
      expect(routingNumberProblem(rn)).toBeNull();
    expect(routingNumberProblem('011000016')).toMatch(/check digit/);
    expect(routingNumberProblem('13100001X')).toMatch(/9 digits/);
    expect(routingNumberProblem('500000001')).toMatch(/prefix/);
  });

  it('property: the computed check digit validates, and any single-digit change is caught', () => {
    const prefix = fc.constantFrom(
      ...[
        ...Array(13).keys(),
        ...Array.from({ length: 12 }, (_, i) => 21 + i),
        ...Array.from({ length: 12 }, (_, i) => 61 + i),
        80,
      ],
    );
    fc.assert(
      fc.property(
        prefix,
        fc.integer({ min: 0, max: 999_999 }),
        fc.nat(8),
        fc.integer({ min: 1, max: 9 }),
        (p, rest, pos, delta) => {
          const first8 = String(p).padStart(2, '0') + String(rest).padStart(6, '0');
          const rn = first8 + abaCheckDigit(first8);
          expect(isValidRoutingNumber(rn)).toBe(true);
          fc.pre(pos >= 2);
          const d = (rn.charCodeAt(pos) - 48 + delta) % 10;
          const typo = rn.slice(0, pos) + String(d) + rn.slice(pos + 1);
          expect(isValidRoutingNumber(typo)).toBe(false);
        },
      ),
    );
  });
});
