import { defineCatalog } from '../i18n/index.ts';

/** Access refusals that name the record kind, in the request's language. */
export const accessText = defineCatalog('access', {
  en: {
    'error.cannotSee':
      'You cannot see this {label}. Ask whoever it belongs to, or their manager, to share it.',
  },
  cs: {
    'error.cannotSee':
      'Tento záznam ({label}) nemůžete vidět. Požádejte toho, komu patří, nebo jeho vedoucího, aby vám ho zpřístupnil.',
  },
  es: {
    'error.cannotSee':
      'No puede ver este registro ({label}). Pida a quien pertenece, o a su responsable, que lo comparta con usted.',
  },
});
