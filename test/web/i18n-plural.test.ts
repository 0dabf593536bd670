import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Counts agree with their nouns in every language: the web translator picks a plural form by Intl.PluralRules
 * (`{count, plural, one {…} few {…} other {…}}`), so the roles page never says "held by 1 people" and Czech gets
 * its one / few / other forms.
 */
const WEB = resolve(import.meta.dirname, '../../web/src');
// Imported by URL: the web's sources follow the web's tsconfig (bundler resolution), not the server's.
const { translator } = await import(/* @vite-ignore */ pathToFileURL(join(WEB, 'i18n/index.tsx')).href);
const { formatMessage } = await import(/* @vite-ignore */ pathToFileURL(join(WEB, 'i18n/format.ts')).href);

describe('web i18n plurals', () => {
  it('the roles page counts the people holding a role in each language', () => {
    const said = (locale: string, count: number) =>
      translator(locale)('orgRoles.inUse', { name: 'Clerk', count }) as string;
    expect(said('en', 1)).toMatch(/^The role "Clerk" is held by 1 person\. /);
    expect(said('en', 3)).toMatch(/is held by 3 people\. /);
    expect(said('cs', 1)).toMatch(/^Roli „Clerk“ má 1 člověk\. /);
    expect(said('cs', 3)).toMatch(/^Roli „Clerk“ mají 3 lidé\. /);
    expect(said('cs', 5)).toMatch(/^Roli „Clerk“ má 5 lidí\. /);
    expect(said('es', 1)).toMatch(/^El rol «Clerk» lo tiene 1 persona\. /);
    expect(said('es', 2)).toMatch(/lo tienen 2 personas\. /);
  });

  it('other counted nouns follow the count too', () => {
    expect(translator('en')('ledger.import.run', { count: 1 })).toBe('Import 1 account');
    expect(translator('en')('ledger.import.run', { count: 2 })).toBe('Import 2 accounts');
    expect(translator('cs')('dunning.send', { count: 2 })).toBe('Odeslat 2 upomínky');
    expect(translator('cs')('dunning.send', { count: 7 })).toBe('Odeslat 7 upomínek');
    expect(translator('es')('work.policies.summaryLevels', { count: 1 })).toBe('1 nivel');
  });

  it('the syntax: exact =N forms, parameters inside a form, # in the language digits, plain {name}', () => {
    const msg = '{n, plural, =0 {nothing for {who}} one {# item for {who}} other {# items for {who}}}';
    expect(formatMessage('en', msg, { n: 0, who: 'Ann' })).toBe('nothing for Ann');
    expect(formatMessage('en', msg, { n: 1, who: 'Ann' })).toBe('1 item for Ann');
    expect(formatMessage('en', msg, { n: 1234, who: 'Ann' })).toBe('1,234 items for Ann');
    expect(formatMessage('en', 'Hello {name}', { name: 'Bo' })).toBe('Hello Bo');
    expect(formatMessage('en', 'Hello {name}')).toBe('Hello {name}');
  });
});
