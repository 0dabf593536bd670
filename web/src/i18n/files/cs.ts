import type { filesEn } from './en.ts';

export const filesCs: Record<keyof typeof filesEn, string> = {
  'files.title': 'Přílohy',
  'files.none': 'Zatím žádné přiložené soubory.',
  'files.upload': 'Přiložit soubor',
  'files.uploading': 'Nahrávám…',
  'files.accepted': 'PDF, PNG, JPEG, XLSX, CSV nebo prostý text, nejvýše 10 MB.',
  'files.download': 'Stáhnout',
  'files.delete': 'Odebrat',
  'files.confirmDelete': 'Odebrat {name}?',
  'files.final': 'Záznam je uzavřený: soubory lze přidávat, ale ne odebírat.',
  'files.by': '{size} · {who} · {when}',
};
