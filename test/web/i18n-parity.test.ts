import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Every page of the app renders in Czech and Spanish without falling back to English: the translator falls back
 * to `en[key]` and then to the key itself, so a missing or empty Czech/Spanish string would show English or a raw
 * key. The types catch a missing key in a catalogue; this also catches empty strings, lost `{placeholders}`,
 * whole sentences left in English, a catalogue no module registers and a key two catalogues both define.
 *
 * The catalogues are discovered, not listed: every folder under web/src holding en.ts, cs.ts and es.ts (the core
 * ones in web/src/i18n, each web module's in web/src/modules/<m>/i18n).
 */
const WEB = resolve(import.meta.dirname, '../../web/src');

function catalogueFolders(dir: string, out: string[] = []): string[] {
  if (['en.ts', 'cs.ts', 'es.ts'].every((f) => existsSync(join(dir, f)))) out.push(dir);
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) catalogueFolders(full, out);
  }
  return out;
}
const catalogues = catalogueFolders(WEB).map((dir) => relative(WEB, dir));
// Imported by URL: the web's sources follow the web's tsconfig (bundler resolution), not the server's.
const { cs, en, es } = await import(/* @vite-ignore */ pathToFileURL(join(WEB, 'i18n/dictionaries.ts')).href);
const dictionaries = { cs, es } as Record<string, Record<string, string>>;
const english = en as Record<string, string>;
// Plural parameters (`{count, plural, one {#…} other {#…}}`) count as placeholders too (web/src/i18n/format.ts).
const { placeholdersOf: placeholders, pluralFormsOf } = await import(
  /* @vite-ignore */ pathToFileURL(join(WEB, 'i18n/format.ts')).href
);

async function catalogue(dir: string): Promise<Record<'en' | 'cs' | 'es', Record<string, string>>> {
  // A catalogue file exports one dictionary (the core ones also export types).
  const pick = (mod: Record<string, unknown>) =>
    Object.values(mod).find((v) => typeof v === 'object' && v !== null) as Record<string, string>;
  return {
    en: pick(await import(/* @vite-ignore */ pathToFileURL(join(WEB, dir, 'en.ts')).href)),
    cs: pick(await import(/* @vite-ignore */ pathToFileURL(join(WEB, dir, 'cs.ts')).href)),
    es: pick(await import(/* @vite-ignore */ pathToFileURL(join(WEB, dir, 'es.ts')).href)),
  };
}

describe('i18n: the catalogues are found and all reach the translator', () => {
  it('finds the core catalogue and those of the web modules', () => {
    expect(catalogues).toContain('i18n');
    expect(catalogues).toContain('modules/ledger/i18n');
    expect(catalogues.length).toBeGreaterThan(5);
  });

  it('every key of every catalogue is in the dictionaries, and no key is defined by two catalogues', async () => {
    const owner = new Map<string, string>();
    const twice: string[] = [];
    const unreached: string[] = [];
    for (const dir of catalogues) {
      const d = await catalogue(dir);
      // The core en.ts spreads its files/ catalogue in; a nested catalogue counts as its own.
      const nested = catalogues.filter((c) => c !== dir && c.startsWith(`${dir}/`));
      const own = new Set(Object.keys(d.en));
      for (const n of nested) for (const k of Object.keys((await catalogue(n)).en)) own.delete(k);
      for (const key of own) {
        if (owner.has(key)) twice.push(`${key} (${owner.get(key)} and ${dir})`);
        owner.set(key, dir);
        if (!(key in english)) unreached.push(`${dir}: ${key}`);
      }
    }
    expect({ twice, unreached }).toEqual({ twice: [], unreached: [] });
    expect(Object.keys(english).length).toBe(owner.size);
  });
});

describe('i18n: en, cs and es have the same keys', () => {
  for (const dir of catalogues)
    it(`${dir}: the same keys in en, cs and es`, async () => {
      const d = await catalogue(dir);
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

  // The forms a whole count needs in each language (Intl.PluralRules; Czech "many" is for fractions).
  const needed: Record<string, string[]> = {
    en: ['one', 'other'],
    cs: ['few', 'one', 'other'],
    es: ['one', 'other'],
  };
  for (const locale of ['en', 'cs', 'es'])
    it(`${locale}: every plural has the forms the language needs`, () => {
      const dict = locale === 'en' ? english : (dictionaries[locale] as Record<string, string>);
      const short = Object.entries(dict).flatMap(([key, text]) =>
        Object.entries(pluralFormsOf(text) as Record<string, string[]>)
          .filter(([, forms]) => (needed[locale] ?? []).some((f) => !forms.includes(f)))
          .map(([name]) => `${key}: {${name}}`),
      );
      expect(short).toEqual([]);
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
