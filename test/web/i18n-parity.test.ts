import { describe, expect, it } from 'vitest';
import { cs } from '../../web/src/i18n/cs.ts';
import { en } from '../../web/src/i18n/en.ts';
import { es } from '../../web/src/i18n/es.ts';

/**
 * Every page of issue #5 (parties, tax, sales, purchasing, payments, banking, receivables) and the rest of the
 * app renders in Czech and Spanish without falling back to English: the translator falls back to `en[key]` and
 * then to the key itself, so a missing or empty Czech/Spanish string would show English or a raw key. The
 * types catch a missing key in a module dictionary; this also catches empty strings, lost `{placeholders}`,
 * and whole sentences left in English.
 */
const modules = [
  'banking',
  'files',
  'ledger',
  'parties',
  'payments',
  'purchasing',
  'receivables',
  'sales',
  'work',
];
const dictionaries = { cs, es } as Record<string, Record<string, string>>;
const english = en as Record<string, string>;
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

async function moduleDictionaries(name: string): Promise<Record<'en' | 'cs' | 'es', Record<string, string>>> {
  const pick = (mod: Record<string, unknown>) => Object.values(mod)[0] as Record<string, string>;
  return {
    en: pick(await import(`../../web/src/i18n/${name}/en.ts`)),
    cs: pick(await import(`../../web/src/i18n/${name}/cs.ts`)),
    es: pick(await import(`../../web/src/i18n/${name}/es.ts`)),
  };
}

describe('i18n: en, cs and es have the same keys', () => {
  for (const name of modules)
    it(`${name}: the same keys in en, cs and es`, async () => {
      const d = await moduleDictionaries(name);
      const keys = Object.keys(d.en).sort();
      expect(keys.length).toBeGreaterThan(0);
      expect(Object.keys(d.cs).sort()).toEqual(keys);
      expect(Object.keys(d.es).sort()).toEqual(keys);
    });

  for (const locale of ['cs', 'es'])
    it(`${locale}: every English key has a non-empty translation with the same placeholders`, () => {
      const dict = dictionaries[locale] as Record<string, string>;
      const missing = Object.keys(english).filter((k) => !(k in dict));
      const extra = Object.keys(dict).filter((k) => !(k in english));
      const empty = Object.keys(english).filter((k) => k in dict && !dict[k]?.trim());
      const holes = Object.keys(english).filter(
        (k) =>
          k in dict && placeholders(english[k] as string).join() !== placeholders(dict[k] as string).join(),
      );
      expect({ missing, extra, empty, holes }).toEqual({ missing: [], extra: [], empty: [], holes: [] });
    });

  for (const locale of ['cs', 'es'])
    it(`${locale}: no sentence is left in English`, () => {
      const dict = dictionaries[locale] as Record<string, string>;
      // Short identical strings are fine (IBAN, "CAMT.053 (ISO 20022 XML)", "{size} · {who}"); a copied sentence of four or more words is not.
      const words = (text: string) => text.replace(/\{\w+\}/g, '').match(/\p{L}{2,}/gu)?.length ?? 0;
      const copied = Object.keys(english).filter(
        (k) => dict[k] === english[k] && words(english[k] as string) >= 4,
      );
      expect(copied).toEqual([]);
    });
});
