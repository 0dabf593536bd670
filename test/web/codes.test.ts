import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generate, OUT } from '../../scripts/gen-web-codes.ts';
import { AddressInput } from '../../src/modules/parties/contract.ts';
import { COUNTRY_CODES, isCountryCode } from '../../src/platform/codes/index.ts';

describe('code lists the server checks and the web offers', () => {
  it('the web copy is up to date (npx tsx scripts/gen-web-codes.ts)', () => {
    expect(readFileSync(OUT, 'utf8')).toBe(generate());
  });

  it('holds the 249 assigned ISO 3166-1 codes, each a region the browser can name', () => {
    expect(new Set(COUNTRY_CODES).size).toBe(249);
    const names = new Intl.DisplayNames(['en'], { type: 'region' });
    expect(COUNTRY_CODES.filter((c) => names.of(c) === c)).toEqual([]);
    expect(names.of('DE')).toBe('Germany');
  });

  it('refuses two letters that name no country, with a message that says how to fix it', () => {
    expect(isCountryCode('de')).toBe(true);
    expect(isCountryCode('GE')).toBe(true); // Georgia: valid, which is why the web offers names, not a text box
    for (const bad of ['UK', 'XX', 'EU']) {
      const r = AddressInput.safeParse({ country: bad });
      expect(r.success).toBe(false);
      expect(r.error?.issues[0]?.message).toMatch(/United Kingdom GB/);
    }
    expect(AddressInput.parse({ country: 'gb' }).country).toBe('GB');
  });
});
