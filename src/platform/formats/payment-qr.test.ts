import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { AppError } from '../../kernel/errors.ts';
import { epcQrPayload, invoiceQr, isCreditorReference, qrPng, spaydPayload } from './payment-qr.ts';

const tmp = mkdtempSync(join(tmpdir(), 'steward-qr-'));

/** Decodes a PNG with zbar (Debian zbar-tools), an independent QR reader. */
function zbar(png: Buffer, name: string): string {
  const file = join(tmp, `${name}.png`);
  writeFileSync(file, png);
  const out = execFileSync('zbarimg', ['-q', '--raw', '-Sbinary', file], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return out.toString('utf8').replace(/\n$/, '');
}

function fieldOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return (e as { details?: { field?: string } }).details?.field;
  }
  throw new Error('expected an error');
}

const IBAN_DE = 'DE89 3704 0044 0532 0130 00';
const IBAN_CZ = 'CZ65 0800 0000 1920 0014 5399';

describe('EPC069-12 SEPA credit transfer QR', () => {
  test('the payload has the twelve EPC lines in order, trailing blanks omitted', () => {
    const payload = epcQrPayload({
      name: 'Steward Demo GmbH',
      iban: IBAN_DE,
      bic: 'cobadeffxxx',
      amountCents: 123456n,
      purpose: 'GDDS',
      text: 'Invoice FV-2026-0001',
    });
    expect(payload.split('\n')).toEqual([
      'BCD',
      '002',
      '1',
      'SCT',
      'COBADEFFXXX',
      'Steward Demo GmbH',
      'DE89370400440532013000',
      'EUR1234.56',
      'GDDS',
      '',
      'Invoice FV-2026-0001',
    ]);
  });

  test('a structured creditor reference goes on line 10; BIC and amount may be blank', () => {
    const payload = epcQrPayload({
      name: 'Příjemce s.r.o.',
      iban: IBAN_CZ,
      reference: 'RF18 5390 0754 7034',
    });
    expect(payload).toBe(
      'BCD\n002\n1\nSCT\n\nPříjemce s.r.o.\nCZ6508000000192000145399\n\n\nRF18539007547034',
    );
  });

  test('refusals name the field', () => {
    const ok = { name: 'A', iban: IBAN_DE };
    expect(fieldOf(() => epcQrPayload({ ...ok, name: 'x'.repeat(71) }))).toBe('name');
    expect(fieldOf(() => epcQrPayload({ ...ok, iban: 'DE89 3704 0044 0532 0130 01' }))).toBe('iban');
    expect(fieldOf(() => epcQrPayload({ ...ok, bic: 'COBADE' }))).toBe('bic');
    expect(fieldOf(() => epcQrPayload({ ...ok, amountCents: 0n }))).toBe('amount');
    expect(fieldOf(() => epcQrPayload({ ...ok, amountCents: 100_000_000_000n }))).toBe('amount');
    expect(fieldOf(() => epcQrPayload({ ...ok, purpose: 'goods' }))).toBe('purpose');
    expect(fieldOf(() => epcQrPayload({ ...ok, reference: 'RF19 5390 0754 7034' }))).toBe('reference');
    expect(fieldOf(() => epcQrPayload({ ...ok, reference: 'RF18539007547034', text: 'x' }))).toBe(
      'reference',
    );
    expect(fieldOf(() => epcQrPayload({ ...ok, text: 'x'.repeat(141) }))).toBe('text');
    expect(fieldOf(() => epcQrPayload({ ...ok, text: 'line\nbreak' }))).toBe('text');
    // 70 + 140 + 70 characters of 3-byte UTF-8 exceed the 331-byte payload limit.
    expect(
      fieldOf(() =>
        epcQrPayload({ ...ok, name: '€'.repeat(70), text: '€'.repeat(140), information: '€'.repeat(70) }),
      ),
    ).toBe('text');
  });

  test('ISO 11649 creditor references are checked with mod 97', () => {
    expect(isCreditorReference('RF18 5390 0754 7034')).toBe(true);
    expect(isCreditorReference('RF18539007547035')).toBe(false);
    expect(isCreditorReference('RF00')).toBe(false);
  });

  test('the PNG decodes (zbarimg) to exactly the payload, UTF-8 included', async () => {
    const payload = epcQrPayload({
      name: 'Žluťoučký kůň s.r.o.',
      iban: IBAN_CZ,
      bic: 'GIBACZPX',
      amountCents: 99_999_999_999n,
      text: 'Faktura č. FV-2026-0001 — děkujeme',
      information: 'Díky',
    });
    const png = await qrPng(payload);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(zbar(png, 'epc')).toBe(payload);
  });
});

describe('SPAYD (Czech QR Platba)', () => {
  test('the payload follows SPD*1.0 with ACC, AM, CC, MSG and the symbols', () => {
    const payload = spaydPayload({
      iban: IBAN_CZ,
      bic: 'GIBACZPX',
      amountMinor: 48050n,
      message: 'Platba za zboží *akce*',
      recipientName: 'Steward Demo s.r.o.',
      dueDate: '2026-12-04',
      variableSymbol: '2026000123',
      constantSymbol: '0308',
    });
    expect(payload).toBe(
      'SPD*1.0*ACC:CZ6508000000192000145399+GIBACZPX*AM:480.50*CC:CZK*RN:Steward Demo s.r.o.*DT:20261204*MSG:Platba za zboží %2Aakce%2A*X-VS:2026000123*X-KS:0308',
    );
  });

  test('a minimal payload has the account and currency only', () => {
    expect(spaydPayload({ iban: IBAN_CZ })).toBe('SPD*1.0*ACC:CZ6508000000192000145399*CC:CZK');
    expect(spaydPayload({ iban: IBAN_DE, amountMinor: 1000n, currency: 'EUR' })).toBe(
      'SPD*1.0*ACC:DE89370400440532013000*AM:10.00*CC:EUR',
    );
  });

  test('refusals name the field', () => {
    const ok = { iban: IBAN_CZ };
    expect(fieldOf(() => spaydPayload({ ...ok, iban: 'CZ00 0800 0000 1920 0014 5399' }))).toBe('iban');
    expect(fieldOf(() => spaydPayload({ ...ok, amountMinor: -1n }))).toBe('amount');
    expect(fieldOf(() => spaydPayload({ ...ok, amountMinor: 100_000_000_000n }))).toBe('amount');
    expect(fieldOf(() => spaydPayload({ ...ok, message: 'x'.repeat(61) }))).toBe('message');
    expect(fieldOf(() => spaydPayload({ ...ok, variableSymbol: '12345678901' }))).toBe('variableSymbol');
    expect(fieldOf(() => spaydPayload({ ...ok, variableSymbol: 'FV-1' }))).toBe('variableSymbol');
    expect(fieldOf(() => spaydPayload({ ...ok, dueDate: '4.12.2026' }))).toBe('dueDate');
    expect(fieldOf(() => spaydPayload({ ...ok, currency: 'Kč' }))).toBe('currency');
  });

  test('the PNG decodes (zbarimg) to exactly the payload', async () => {
    const payload = spaydPayload({
      iban: IBAN_CZ,
      amountMinor: 1_234_567n,
      message: 'Faktura FV-2026-0001',
      variableSymbol: '20260001',
    });
    expect(zbar(await qrPng(payload, { scale: 3 }), 'spayd')).toBe(payload);
  });
});

describe('invoiceQr picks the scheme by currency', () => {
  const base = {
    amountMinor: 121_00n,
    iban: IBAN_CZ,
    name: 'Steward Demo s.r.o.',
    reference: 'FV-2026-0001',
  };
  test('CZK → SPAYD, EUR → EPC (RF references structured), others and nothing-to-pay → none', () => {
    expect(invoiceQr({ ...base, currency: 'CZK', variableSymbol: '20260001' })).toEqual({
      kind: 'spayd',
      payload:
        'SPD*1.0*ACC:CZ6508000000192000145399*AM:121.00*CC:CZK*RN:Steward Demo s.r.o.*MSG:FV-2026-0001*X-VS:20260001',
    });
    expect(
      invoiceQr({ ...base, currency: 'EUR' })
        ?.payload.split('\n')
        .slice(-1),
    ).toEqual(['FV-2026-0001']);
    const rf = invoiceQr({ ...base, currency: 'EUR', reference: 'RF18539007547034' });
    expect(rf?.payload.split('\n')).toHaveLength(10);
    expect(invoiceQr({ ...base, currency: 'USD' })).toBeNull();
    expect(invoiceQr({ ...base, currency: 'CZK', amountMinor: 0n })).toBeNull();
  });

  test('a long legal name is left out of SPAYD, not cut; a long reference is refused', () => {
    const long = 'Steward Demo společnost s ručením omezeným';
    expect(invoiceQr({ ...base, currency: 'CZK', name: long })?.payload).not.toContain('RN:');
    expect(fieldOf(() => invoiceQr({ ...base, currency: 'CZK', reference: 'x'.repeat(61) }))).toBe('message');
  });
});

describe('payment QR errors in the reader language', () => {
  const caught = (fn: () => unknown) => {
    try {
      fn();
    } catch (e) {
      return e as AppError;
    }
    throw new Error('expected an error');
  };

  test('English stays as it was; Czech and Spanish keep the code, the field and the numbers', () => {
    const err = caught(() => spaydPayload({ iban: IBAN_CZ, message: 'x'.repeat(61) }));
    expect(err.code).toBe('validation');
    expect(err.details).toEqual({ reason: 'payment_qr', field: 'message' });
    expect(err.message).toBe('Payment QR: message has 61 characters; SPAYD allows 60.');
    expect(err.localize?.('cs')).toBe('QR platba: pole message má 61 znaků; SPAYD dovoluje 60.');
    expect(err.localize?.('es')).toBe('QR de pago: el campo message tiene 61 caracteres; SPAYD permite 60.');
    const due = caught(() => spaydPayload({ iban: IBAN_CZ, dueDate: '1.2.2026' }));
    expect(due.localize?.('cs')).toBe('QR platba: pole dueDate: „1.2.2026“ není datum ve tvaru RRRR-MM-DD.');
    expect(due.localize?.('es')).toBe('QR de pago: campo dueDate: «1.2.2026» no es una fecha AAAA-MM-DD.');
  });
});
