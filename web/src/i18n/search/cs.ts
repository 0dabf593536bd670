import type { searchEn } from './en.ts';

export const searchCs: Record<keyof typeof searchEn, string> = {
  'search.open': 'Hledat',
  'search.openHint': 'Hledat (Ctrl+K)',
  'search.title': 'Hledání',
  'search.label': 'Hledat faktury, přijaté faktury, zákazníky, dodavatele, zápisy, úkoly a lidi',
  'search.placeholder': 'Číslo, jméno, částka nebo reference…',
  'search.hint':
    'Napište číslo, jméno, částku (162,99) nebo referenci. Šipkami ↑ ↓ vyberte, Enter otevře, Esc zavře.',
  'search.searching': 'Hledám…',
  'search.none': 'Pro „{q}“ nebylo nic nalezeno.',
  'search.results': '{count, plural, one {# výsledek} few {# výsledky} other {# výsledků}}',
  'search.kind.invoice': 'Faktury',
  'search.kind.bill': 'Přijaté faktury',
  'search.kind.party': 'Zákazníci a dodavatelé',
  'search.kind.entry': 'Účetní zápisy',
  'search.kind.task': 'Úkoly',
  'search.kind.person': 'Lidé',
  'search.draftInvoice': 'Koncept faktury',
  'search.entry': 'Zápis {number}',
  'search.draftEntry': 'Koncept zápisu',
};
