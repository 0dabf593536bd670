import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type Catalog,
  formatMessage,
  isCatalog,
  LANGS,
  type Lang,
  placeholdersOf,
  pluralCategory,
  pluralFormsOf,
} from '../src/platform/i18n/index.ts';

/**
 * The server's catalogues, found rather than listed: every `i18n.ts` and every file in an `i18n/` folder under
 * src/ is imported and each `defineCatalog` it exports is checked. The types already refuse a Czech or Spanish
 * map without an English key; this also catches empty strings, lost or renamed `{placeholders}`, a plural
 * without the forms its language needs (Czech: one, few, other), a message that does not parse, and whole
 * sentences left in English. A last check keeps new ad-hoc per-language maps out of the code.
 */
const SRC = join(import.meta.dirname, '..', 'src');
const files = (readdirSync(SRC, { recursive: true }) as string[])
  .map((f) => f.split('\\').join('/'))
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .filter((f) => f.endsWith('/i18n.ts') || f.split('/').slice(0, -1).includes('i18n'))
  .sort();

async function discover(): Promise<{ file: string; catalog: Catalog }[]> {
  const found: { file: string; catalog: Catalog }[] = [];
  for (const file of files) {
    const mod = (await import(join(SRC, file))) as Record<string, unknown>;
    for (const value of Object.values(mod)) if (isCatalog(value)) found.push({ file, catalog: value });
  }
  return found;
}

/** The categories Intl.PluralRules gives whole numbers in `lang`: the forms a plural there must offer. */
const neededForms = (lang: Lang) =>
  [...new Set(Array.from({ length: 1001 }, (_, n) => pluralCategory(lang, n)))].sort();

describe('server i18n: every catalogue speaks en, cs and es alike', async () => {
  const catalogs = await discover();

  it('finds the catalogues of the platform and the modules, each namespace once', () => {
    const namespaces = catalogs.map((c) => c.catalog.namespace);
    expect(namespaces).toEqual(expect.arrayContaining(['http', 'org', 'receivables', 'sales', 'work']));
    expect(new Set(namespaces).size).toBe(namespaces.length);
  });

  for (const { file, catalog } of catalogs) {
    const en = catalog.messages.en as Record<string, string>;
    const keys = Object.keys(en).sort();

    it(`${catalog.namespace} (${file}): the same non-empty keys in en, cs and es`, () => {
      expect(keys.length).toBeGreaterThan(0);
      for (const lang of LANGS) {
        const dict = catalog.messages[lang] as Record<string, string>;
        expect(Object.keys(dict).sort(), lang).toEqual(keys);
        expect(
          keys.filter((k) => !dict[k]?.trim()),
          `${lang}: empty`,
        ).toEqual([]);
      }
    });

    it(`${catalog.namespace}: the same placeholders, plurals with the forms each language needs, every message renders`, () => {
      const problems: string[] = [];
      for (const lang of LANGS) {
        const dict = catalog.messages[lang] as Record<string, string>;
        for (const k of keys) {
          const text = dict[k] as string;
          try {
            formatMessage(lang, text, {});
          } catch (e) {
            problems.push(`${lang} ${k}: ${(e as Error).message}`);
            continue;
          }
          if (placeholdersOf(text).join() !== placeholdersOf(en[k] as string).join())
            problems.push(
              `${lang} ${k}: placeholders ${placeholdersOf(text)} ≠ en ${placeholdersOf(en[k] as string)}`,
            );
          for (const [name, forms] of Object.entries(pluralFormsOf(text))) {
            const missing = neededForms(lang).filter((f) => !forms.includes(f));
            if (missing.length) problems.push(`${lang} ${k}: plural {${name}} lacks ${missing}`);
          }
        }
      }
      expect(problems).toEqual([]);
    });

    it(`${catalog.namespace}: no sentence is left in English`, () => {
      // Short identical strings are fine ("Total", "{field}: {message}"); a copied sentence of four or more words is not.
      const words = (text: string) => text.replace(/\{[^{}]*\}/g, '').match(/\p{L}{2,}/gu)?.length ?? 0;
      for (const lang of ['cs', 'es'] as const) {
        const dict = catalog.messages[lang] as Record<string, string>;
        expect(
          keys.filter((k) => dict[k] === en[k] && words(en[k] as string) >= 4),
          lang,
        ).toEqual([]);
      }
    });
  }

  it('no new ad-hoc per-language text maps outside the catalogues', () => {
    const adHoc = (readdirSync(SRC, { recursive: true }) as string[])
      .map((f) => f.split('\\').join('/'))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !files.includes(f))
      .filter((f) => !f.startsWith('platform/i18n/'))
      .filter((f) =>
        /Record<\s*(Lang|Locale|PdfLang|'en' \| 'cs' \| 'es')\s*,/.test(readFileSync(join(SRC, f), 'utf8')),
      )
      .map((f) => relative('.', f));
    expect(adHoc).toEqual([]);
  });
});
