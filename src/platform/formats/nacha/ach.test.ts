import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../../../test/support/shared-dir.ts';
import type { AppError } from '../../../kernel/errors.ts';
import { type AchFile, isValidAbaRouting, writeAch } from './ach.ts';

const ORACLE = sharedPath('oracles', 'achcheck.py');
const dir = mkdtempSync(join(tmpdir(), 'ach-'));
let n = 0;

/** The independent checker: prints "<file> OK" or a list of errors. */
function achcheck(text: string): string {
  const file = join(dir, `f${n++}.ach`);
  writeFileSync(file, text);
  return execFileSync('python3', [ORACLE, file], { encoding: 'utf8' })
    .trim()
    .slice(file.length + 1);
}

const ROUTINGS = ['081000032', '071000013', '021000021', '011000015', '121000358', '026009593'];

const sample = (): AchFile => ({
  immediateDestination: '081000032',
  immediateDestinationName: 'Some Bank',
  immediateOrigin: '1234567890',
  immediateOriginName: 'Steward Demo Inc',
  createdAt: new Date('2026-11-23T18:05:00Z'),
  batches: [
    {
      secCode: 'CCD',
      companyName: 'Steward Demo Inc',
      companyId: '1234567890',
      entryDescription: 'VENDOR PAY',
      effectiveDate: '2026-11-24',
      odfiRouting: '081000032',
      entries: [
        {
          accountType: 'checking',
          routingNumber: '071000013',
          accountNumber: '12345678',
          amountMinor: 175025n,
          idNumber: 'BILL-1',
          name: 'Acme Supplies',
          addenda: 'Invoice A-1001',
        },
        {
          accountType: 'savings',
          routingNumber: '021000021',
          accountNumber: '9876-5432',
          amountMinor: 9999n,
          idNumber: 'BILL-2',
          name: 'José Müller',
        },
      ],
    },
  ],
});

describe('writeAch', () => {
  it('writes a file the oracle accepts: 94-char records, blocks of 10, hash, totals, trace numbers', () => {
    const text = writeAch(sample());
    expect(achcheck(text)).toBe('OK');
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(10);
    expect(lines.every((l) => l.length === 94)).toBe(true);
    expect(lines[0]).toBe(
      '101 08100003212345678902611231805A094101SOME BANK              STEWARD DEMO INC               ',
    );
    const entries = lines.filter((l) => l.startsWith('6'));
    expect(entries[0]?.slice(1, 3)).toBe('22');
    expect(entries[1]?.slice(1, 3)).toBe('32');
    expect(entries[0]?.slice(79)).toBe('081000030000001');
    expect(entries[1]?.slice(54, 76)).toBe('JOSE MULLER           ');
    expect(lines.find((l) => l.startsWith('7'))?.slice(3, 17)).toBe('INVOICE A-1001');
    const control = lines.find((l) => l.startsWith('8'));
    expect(control?.slice(4, 10)).toBe('000003'); // two entries + one addenda
    expect(control?.slice(10, 20)).toBe(String(7100001n + 2100002n).padStart(10, '0'));
  });

  it('matches the record layout of the nach2 fixture (header, batch, control)', () => {
    const fixture = readFileSync(sharedPath('fixtures', 'ach', 'generated-by-nach2-0.5.1.ach'), 'utf8').split(
      '\n',
    );
    const ours = writeAch(sample()).split('\n');
    // same column positions for the fixed parts of each record type
    expect(ours[0]?.slice(0, 4)).toBe(fixture[0]?.slice(0, 4));
    expect(ours[0]?.slice(34, 40)).toBe(fixture[0]?.slice(34, 40));
    expect(ours[1]?.slice(0, 4)).toBe(fixture[1]?.slice(0, 4));
    expect(ours.at(-2)).toBe('9'.repeat(94));
  });

  it('refuses bad routing check digits, amounts and characters, naming the batch and entry', () => {
    const withEntry = (patch: object) => {
      const f = sample();
      const b = f.batches[0];
      if (!b) throw new Error('fixture');
      b.entries = [{ ...(b.entries[0] as object), ...patch } as never];
      return () => writeAch(f);
    };
    expect(withEntry({ routingNumber: '081000033' })).toThrow(
      /Batch 1 \(Steward Demo Inc\), entry 1 \(Acme Supplies\).*check digit/,
    );
    expect(withEntry({ amountMinor: 0n })).toThrow(/between 0.01/);
    expect(withEntry({ amountMinor: 10_000_000_000n })).toThrow(/between 0.01/);
    expect(withEntry({ name: 'Лукойл' })).toThrow(/cannot carry/);
    expect(withEntry({ name: 'A very long receiver name here' })).toThrow(/longer than 22/);
    expect(withEntry({ accountNumber: '123456789012345678' })).toThrow(/1 to 17/);
    expect(isValidAbaRouting('081000032')).toBe(true);
    expect(isValidAbaRouting('081000031')).toBe(false);
  });

  it("words the error in Czech and Spanish with the same code and details; field names stay NACHA's", () => {
    const f = sample();
    const b = f.batches[0];
    if (!b) throw new Error('fixture');
    b.entries = [{ ...(b.entries[0] as object), routingNumber: '081000033' } as never];
    let err: AppError | undefined;
    try {
      writeAch(f);
    } catch (e) {
      err = e as AppError;
    }
    expect(err?.code).toBe('validation');
    expect(err?.details).toEqual({ reason: 'ach_routing', element: 'routing number' });
    expect(err?.message).toBe(
      'Batch 1 (Steward Demo Inc), entry 1 (Acme Supplies): routing number "081000033" is not a 9-digit ABA routing number with a valid check digit; correct it.',
    );
    expect(err?.localize?.('cs')).toBe(
      'Dávka 1 (Steward Demo Inc), položka 1 (Acme Supplies): pole routing number „081000033“ není devítimístné směrovací číslo ABA se správnou kontrolní číslicí; opravte ho.',
    );
    expect(err?.localize?.('es')).toBe(
      'Lote 1 (Steward Demo Inc), entrada 1 (Acme Supplies): el campo routing number «081000033» no es un número de ruta ABA de 9 dígitos con un dígito de control válido; corríjalo.',
    );
  });

  it('passes the oracle for any shape of batches and entries (property)', { timeout: 120_000 }, () => {
    const entry = fc.record({
      accountType: fc.constantFrom('checking' as const, 'savings' as const),
      routingNumber: fc.constantFrom(...ROUTINGS),
      accountNumber: fc.stringMatching(/^[0-9]{4,17}$/),
      amountMinor: fc.bigInt({ min: 1n, max: 9_999_999_999n }),
      idNumber: fc.stringMatching(/^[A-Z0-9-]{0,15}$/),
      name: fc.stringMatching(/^[A-Za-z][A-Za-z .,'&-]{0,21}$/),
      addenda: fc.option(
        fc.stringMatching(/^[A-Za-z0-9 ]{1,80}$/).filter((s) => s.trim() !== ''),
        { nil: null },
      ),
    });
    const batch = fc.record({
      secCode: fc.constantFrom('PPD' as const, 'CCD' as const),
      companyName: fc.constant('Steward Demo'),
      companyId: fc.constant('1234567890'),
      entryDescription: fc.constant('PAYMENT'),
      effectiveDate: fc.constant('2026-12-01'),
      odfiRouting: fc.constantFrom(...ROUTINGS),
      entries: fc.array(entry, { minLength: 1, maxLength: 25 }),
    });
    fc.assert(
      fc.property(fc.array(batch, { minLength: 1, maxLength: 4 }), (batches) => {
        const text = writeAch({ ...sample(), batches });
        expect(achcheck(text)).toBe('OK');
        const lines = text.trimEnd().split('\n');
        const credit = batches.flatMap((b) => b.entries).reduce((s, e) => s + e.amountMinor, 0n);
        const fileControl = lines.find((l) => l.startsWith('9') && l !== '9'.repeat(94));
        expect(BigInt(fileControl?.slice(43, 55) ?? '')).toBe(credit);
        for (const b of batches) {
          // every trace number starts with its batch's originating bank (8 digits)
          expect(lines.some((l) => l.startsWith('6') && l.slice(79, 87) === b.odfiRouting.slice(0, 8))).toBe(
            true,
          );
        }
      }),
      { numRuns: 30 },
    );
  });
});
