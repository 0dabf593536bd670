import { defineCatalog } from '../i18n/index.ts';

/** The list mechanics' error messages (sort, cursor, saved views), in the request's language. */
export const listsText = defineCatalog('lists', {
  en: {
    'error.badSort':
      'This list cannot be sorted by "{sort}". Sort by one of: {allowed} (prefix - for descending).',
    'error.cursorSort':
      'This cursor belongs to another sort order; start again from the first page (omit cursor).',
    'error.viewName': 'Give the view a name (1–100 characters).',
    'error.viewNameTaken':
      'You already have a view named "{name}" on this list; pick another name or update it.',
  },
  cs: {
    'error.badSort':
      'Tento seznam nelze řadit podle „{sort}“. Řaďte podle jednoho z: {allowed} (předpona - pro sestupné řazení).',
    'error.cursorSort':
      'Tento kurzor patří k jinému řazení; začněte znovu od první stránky (vynechte cursor).',
    'error.viewName': 'Pojmenujte pohled (1–100 znaků).',
    'error.viewNameTaken':
      'Pohled s názvem „{name}“ už na tomto seznamu máte; zvolte jiný název nebo ho aktualizujte.',
  },
  es: {
    'error.badSort':
      'Esta lista no se puede ordenar por «{sort}». Ordene por uno de: {allowed} (prefijo - para descendente).',
    'error.cursorSort':
      'Este cursor pertenece a otro orden; empiece de nuevo desde la primera página (omita cursor).',
    'error.viewName': 'Dé un nombre a la vista (de 1 a 100 caracteres).',
    'error.viewNameTaken':
      'Ya tiene una vista llamada «{name}» en esta lista; elija otro nombre o actualícela.',
  },
});
