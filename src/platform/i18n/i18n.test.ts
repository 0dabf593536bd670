import { describe, expect, it } from 'vitest';
import { isAppError } from '../../kernel/errors.ts';
import {
  chooseLang,
  defineCatalog,
  formatMessage,
  fromAcceptLanguage,
  placeholdersOf,
  pluralFormsOf,
  reasonOf,
} from './index.ts';

describe('formatMessage', () => {
  it('fills parameters, numbers in the language, and leaves a missing one empty', () => {
    expect(
      formatMessage('cs', 'Faktura {number} na {amount}{missing}.', { number: 'F-1', amount: 1234.5 }),
    ).toBe('Faktura F-1 na 1\u00a0234,5.');
    expect(formatMessage('en', 'Invoice #{n}', { n: 7 })).toBe('Invoice #7');
  });

  it('chooses Czech plural forms by Intl.PluralRules, with "#" as the number and exact "=0"', () => {
    const m = '{n, plural, =0 {nic} one {# změna} few {# změny} other {# změn}}';
    expect([0, 1, 3, 5, 22].map((n) => formatMessage('cs', m, { n }))).toEqual([
      'nic',
      '1 změna',
      '3 změny',
      '5 změn',
      '22 změn',
    ]);
    expect(
      formatMessage('es', 'Faltan {n, plural, one {# día} other {# días}} ({who})', { n: 2, who: 'Ana' }),
    ).toBe('Faltan 2 días (Ana)');
  });

  it('names placeholders and plural forms for the parity test, and refuses a plural without "other"', () => {
    const m = 'From {who}: {n, plural, one {# {thing}} other {# {thing}s}}';
    expect(placeholdersOf(m)).toEqual(['n', 'thing', 'who']);
    expect(pluralFormsOf(m)).toEqual({ n: ['one', 'other'] });
    expect(() => formatMessage('en', '{n, plural, one {x}}', { n: 1 })).toThrow(/other/);
  });
});

describe('choosing the language', () => {
  it('reads Accept-Language by weight and order, ignoring languages we do not speak', () => {
    expect(fromAcceptLanguage('es-ES,es;q=0.9,en;q=0.8')).toBe('es');
    expect(fromAcceptLanguage('de-DE, en;q=0.5, cs;q=0.7')).toBe('cs');
    expect(fromAcceptLanguage('de, fr')).toBeNull();
    expect(fromAcceptLanguage('cs;q=0, en')).toBe('en');
    expect(fromAcceptLanguage(undefined)).toBeNull();
  });

  it('takes the first known candidate, else English', () => {
    expect(chooseLang(null, 'de', 'cs-CZ', 'es')).toBe('cs');
    expect(chooseLang(undefined, 'xx')).toBe('en');
  });
});

describe('a catalogue', () => {
  const text = defineCatalog('demo', {
    en: { gone: 'Invoice {id} is gone.' },
    cs: { gone: 'Faktura {id} zmizela.' },
    es: { gone: 'La factura {id} ha desaparecido.' },
  });

  it('translates, and makes errors with an English message and a per-language one', () => {
    expect(text.t('cs', 'gone', { id: 'F1' })).toBe('Faktura F1 zmizela.');
    const err = text.error('conflict', 'gone', { id: 'F1' });
    expect(isAppError(err) && err.code).toBe('conflict');
    expect(err.message).toBe('Invoice F1 is gone.');
    expect(err.localize?.('es')).toBe('La factura F1 ha desaparecido.');
    expect(err.localize?.('de')).toBe('Invoice F1 is gone.');
  });

  it('renders a parameter worded per language (a place, another error) in the language it renders', () => {
    const where = defineCatalog('where-test', {
      en: { line: 'line {n}' },
      cs: { line: 'řádek {n}' },
      es: { line: 'línea {n}' },
    });
    const text = defineCatalog('worded-test', {
      en: { bad: '{where}: {reason}' },
      cs: { bad: '{where}: {reason}' },
      es: { bad: '{where}: {reason}' },
    });
    const inner = where.error('validation', 'line', { n: '7' });
    const err = text.error('validation', 'bad', {
      where: where.localizer('line', { n: '3' }),
      reason: reasonOf(inner),
    });
    expect(err.message).toBe('line 3: line 7');
    expect(err.localize?.('cs')).toBe('řádek 3: řádek 7');
    expect(err.localize?.('es')).toBe('línea 3: línea 7');
    expect(text.t('cs', 'bad', { where: () => 'x', reason: reasonOf(new Error('plain')) })).toBe('x: plain');
  });
});
