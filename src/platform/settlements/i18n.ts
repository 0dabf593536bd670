import { defineCatalog } from '../i18n/index.ts';

/** The settlement engine's error messages, in the request's language. */
export const settlementsText = defineCatalog('settlements', {
  en: {
    'error.amountPositive': 'A settlement amount is positive.',
    'error.notADate': '"{date}" is not a date (YYYY-MM-DD).',
    'error.overSettled':
      'Only {open} minor units of {currency} are open on {number}; settle at most that (the rest is an overpayment).',
    'error.alreadyApplied': 'Settlement {settlement} is already applied to {number}.',
  },
  cs: {
    'error.amountPositive': 'Částka úhrady musí být kladná.',
    'error.notADate': '„{date}“ není datum (RRRR-MM-DD).',
    'error.overSettled':
      'Na dokladu {number} zbývá uhradit jen {open} nejmenších jednotek {currency}; uhraďte nejvýše tolik (zbytek je přeplatek).',
    'error.alreadyApplied': 'Úhrada {settlement} už je přiřazena k dokladu {number}.',
  },
  es: {
    'error.amountPositive': 'El importe de una liquidación debe ser positivo.',
    'error.notADate': '«{date}» no es una fecha (AAAA-MM-DD).',
    'error.overSettled':
      'En {number} solo quedan pendientes {open} unidades mínimas de {currency}; liquide como máximo esa cantidad (el resto es un pago en exceso).',
    'error.alreadyApplied': 'La liquidación {settlement} ya está aplicada a {number}.',
  },
});
