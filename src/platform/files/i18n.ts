import { defineCatalog } from '../i18n/index.ts';

/** The file store's error messages (upload, reach, removal), in the request's language. */
export const filesText = defineCatalog('files', {
  en: {
    'error.notAttachable': 'Files cannot be attached to "{entityType}". Use one of: {kinds}.',
    'error.nameMissing': 'name: give the file a name, e.g. invoice.pdf.',
    'error.noReadRule':
      'Files of a {label} cannot be reached: the module that owns it does not say who may see them.',
    'error.otherDepartment':
      'This {label} belongs to a department you are not in, so its files are not yours to see.',
    'error.empty': 'The file is empty.',
    'error.finalRecord':
      'The {label} is final (posted or closed): its attachments can no longer be removed. Attach a correcting file instead.',
    'error.tooLargeMb': 'The file is larger than the {size} MB allowed.',
    'error.tooLargeBytes': 'The file is larger than the {size} bytes allowed.',
  },
  cs: {
    'error.notAttachable': 'K „{entityType}“ nelze připojit soubory. Použijte jeden z typů: {kinds}.',
    'error.nameMissing': 'name: pojmenujte soubor, např. faktura.pdf.',
    'error.noReadRule':
      'K souborům záznamu {label} se nelze dostat: modul, kterému záznam patří, neurčuje, kdo je smí vidět.',
    'error.otherDepartment':
      'Tento záznam ({label}) patří oddělení, ve kterém nejste, takže jeho soubory vidět nemůžete.',
    'error.empty': 'Soubor je prázdný.',
    'error.finalRecord':
      'Záznam {label} je konečný (zaúčtovaný nebo uzavřený): jeho přílohy už nelze odebrat. Připojte místo toho opravný soubor.',
    'error.tooLargeMb': 'Soubor je větší než povolených {size} MB.',
    'error.tooLargeBytes': 'Soubor je větší než povolených {size} bajtů.',
  },
  es: {
    'error.notAttachable': 'No se pueden adjuntar archivos a «{entityType}». Use uno de estos: {kinds}.',
    'error.nameMissing': 'name: dé un nombre al archivo, p. ej. factura.pdf.',
    'error.noReadRule':
      'No se puede acceder a los archivos de {label}: el módulo al que pertenece no indica quién puede verlos.',
    'error.otherDepartment':
      'Este registro ({label}) pertenece a un departamento del que usted no forma parte, así que no puede ver sus archivos.',
    'error.empty': 'El archivo está vacío.',
    'error.finalRecord':
      'El registro {label} es definitivo (contabilizado o cerrado): ya no se pueden quitar sus adjuntos. Adjunte en su lugar un archivo de corrección.',
    'error.tooLargeMb': 'El archivo supera los {size} MB permitidos.',
    'error.tooLargeBytes': 'El archivo supera los {size} bytes permitidos.',
  },
});
