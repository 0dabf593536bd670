import { defineCatalog } from '../i18n/index.ts';

/** Search refusals, in the request's language. */
export const searchText = defineCatalog('search', {
  en: {
    'error.empty': 'Type something to search for: a number, a name, an amount or a reference.',
    'error.tooLong': 'Search text is limited to {max} characters; type a shorter part of what you look for.',
  },
  cs: {
    'error.empty': 'Napište, co hledáte: číslo, jméno, částku nebo referenci.',
    'error.tooLong': 'Hledaný text může mít nejvýše {max} znaků; napište kratší část toho, co hledáte.',
  },
  es: {
    'error.empty': 'Escriba qué busca: un número, un nombre, un importe o una referencia.',
    'error.tooLong': 'El texto de búsqueda admite como máximo {max} caracteres; escriba una parte más corta.',
  },
});
