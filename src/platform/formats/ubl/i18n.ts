import { defineCatalog } from '../../i18n/index.ts';

/**
 * The UBL reader's and writer's error messages, in the request's language. XML element paths
 * (`/Invoice/TaxTotal`) and the model's field paths (`lines[0].quantity`) are the formats' own names and stay
 * as they are in every language; the document kind and "(no number)" are worded per language.
 */
export const ublText = defineCatalog('formats.ubl', {
  en: {
    'kind.invoice': 'invoice',
    'kind.credit_note': 'credit note',
    noNumber: '(no number)',
    'error.unreadable': 'The UBL invoice could not be read: {problem}.',
    'error.notUbl':
      'The file is not a UBL invoice or credit note: its root element is <{root}>, expected <Invoice> or <CreditNote>.',
    'error.badCurrencyCode': 'UBL {element}: "{value}" is not an ISO 4217 currency code.',
    'error.missingOrEmpty': 'UBL {element}: is missing or empty.',
    'error.notDate': 'UBL {element}: "{value}" is not a YYYY-MM-DD date.',
    'error.wrongCurrency': 'UBL {element}: is in {declared}, expected {currency} (the document currency).',
    'error.notAmount': 'UBL {element}: "{value}" is not a decimal amount.',
    'error.tooManyDecimals': 'UBL {element}: "{value}" has more than {decimals} decimals for {currency}.',
    'error.notNumber': 'UBL {element}: "{value}" is not a decimal number.',
    'error.noTaxTotal': 'UBL {element}: is missing (a TaxTotal with TaxAmount in {currency} is required).',
    'error.missing': 'UBL {element}: is missing.',
    'error.noLines': 'UBL {element}: is missing; a document needs at least one line.',
    'error.noTaxCurrencyAmount': 'UBL {element}: has no TaxAmount in the tax currency {currency} (BT-111).',
    'error.noSchemeId': 'UBL {element}: has no schemeID (an EAS code such as 0088 or EM).',
    'error.vatCategory': 'UBL {element}: "{value}" is not an EN 16931 VAT category ({categories}).',
    'error.chargeIndicator': 'UBL {element}: "{value}" must be true or false.',
    'error.empty': 'UBL {element}: is empty.',
    'error.noUnitCode': 'UBL {element}: has no unitCode (a UN/ECE Rec 20 code such as C62 or HUR).',
    'error.noListId': 'UBL {element}: has no listID (e.g. STI, CV, HS).',
    'error.modelNoNumber': 'UBL {kind} {number}: {field} is empty; give the document its number (BT-1).',
    'error.modelCurrency': 'UBL {kind} {number}: {field} must be an ISO 4217 code such as EUR.',
    'error.modelCurrencyDecimals':
      'UBL {kind} {number}: {field} has {decimals} decimals; EN 16931 allows at most 2 in amounts.',
    'error.modelTaxCurrency': 'UBL {kind} {number}: {field} must be an ISO 4217 code.',
    'error.modelTaxTotal':
      'UBL {kind} {number}: {field} is missing; a tax currency ({currency}) needs BT-111.',
    'error.modelDate': 'UBL {kind} {number}: {field} "{value}" is not a YYYY-MM-DD date.',
    'error.modelNoLines':
      'UBL {kind} {number}: {field} is empty; a document needs at least one line (BG-25).',
    'error.modelDecimal':
      'UBL {kind} {number}: {field} "{value}" is not a decimal like 12.50 (no exponent, no separators).',
    'error.modelEmpty': 'UBL {kind} {number}: {field} is empty.',
    'error.modelCountry': 'UBL {kind} {number}: {field} must be an ISO 3166-1 alpha-2 code such as CZ.',
  },
  cs: {
    'kind.invoice': 'faktura',
    'kind.credit_note': 'dobropis',
    noNumber: '(bez čísla)',
    'error.unreadable': 'Fakturu UBL se nepodařilo přečíst: {problem}.',
    'error.notUbl':
      'Soubor není faktura ani dobropis UBL: jeho kořenový element je <{root}>, očekává se <Invoice> nebo <CreditNote>.',
    'error.badCurrencyCode': 'UBL {element}: „{value}“ není kód měny podle ISO 4217.',
    'error.missingOrEmpty': 'UBL {element}: chybí nebo je prázdný.',
    'error.notDate': 'UBL {element}: „{value}“ není datum ve tvaru RRRR-MM-DD.',
    'error.wrongCurrency': 'UBL {element}: je v {declared}, očekává se {currency} (měna dokladu).',
    'error.notAmount': 'UBL {element}: „{value}“ není desetinná částka.',
    'error.tooManyDecimals':
      'UBL {element}: „{value}“ má pro {currency} víc než {decimals} desetinných míst.',
    'error.notNumber': 'UBL {element}: „{value}“ není desetinné číslo.',
    'error.noTaxTotal': 'UBL {element}: chybí (je povinný TaxTotal s TaxAmount v {currency}).',
    'error.missing': 'UBL {element}: chybí.',
    'error.noLines': 'UBL {element}: chybí; doklad potřebuje alespoň jeden řádek.',
    'error.noTaxCurrencyAmount': 'UBL {element}: nemá TaxAmount v měně daně {currency} (BT-111).',
    'error.noSchemeId': 'UBL {element}: nemá schemeID (kód EAS, jako je 0088 nebo EM).',
    'error.vatCategory': 'UBL {element}: „{value}“ není kategorie DPH podle EN 16931 ({categories}).',
    'error.chargeIndicator': 'UBL {element}: „{value}“ musí být true nebo false.',
    'error.empty': 'UBL {element}: je prázdný.',
    'error.noUnitCode': 'UBL {element}: nemá unitCode (kód UN/ECE Rec 20, jako je C62 nebo HUR).',
    'error.noListId': 'UBL {element}: nemá listID (např. STI, CV, HS).',
    'error.modelNoNumber': 'UBL {kind} {number}: pole {field} je prázdné; dejte dokladu číslo (BT-1).',
    'error.modelCurrency': 'UBL {kind} {number}: pole {field} musí být kód podle ISO 4217, například EUR.',
    'error.modelCurrencyDecimals':
      'UBL {kind} {number}: pole {field} má {decimals} desetinná místa; EN 16931 dovoluje v částkách nejvýše 2.',
    'error.modelTaxCurrency': 'UBL {kind} {number}: pole {field} musí být kód podle ISO 4217.',
    'error.modelTaxTotal': 'UBL {kind} {number}: pole {field} chybí; měna daně ({currency}) vyžaduje BT-111.',
    'error.modelDate': 'UBL {kind} {number}: pole {field}: „{value}“ není datum ve tvaru RRRR-MM-DD.',
    'error.modelNoLines':
      'UBL {kind} {number}: pole {field} je prázdné; doklad potřebuje alespoň jeden řádek (BG-25).',
    'error.modelDecimal':
      'UBL {kind} {number}: pole {field}: „{value}“ není desetinné číslo jako 12.50 (bez exponentu a oddělovačů).',
    'error.modelEmpty': 'UBL {kind} {number}: pole {field} je prázdné.',
    'error.modelCountry':
      'UBL {kind} {number}: pole {field} musí být dvoupísmenný kód podle ISO 3166-1, například CZ.',
  },
  es: {
    'kind.invoice': 'factura',
    'kind.credit_note': 'factura rectificativa',
    noNumber: '(sin número)',
    'error.unreadable': 'No se pudo leer la factura UBL: {problem}.',
    'error.notUbl':
      'El archivo no es una factura ni una factura rectificativa UBL: su elemento raíz es <{root}>, se esperaba <Invoice> o <CreditNote>.',
    'error.badCurrencyCode': 'UBL {element}: «{value}» no es un código de moneda ISO 4217.',
    'error.missingOrEmpty': 'UBL {element}: falta o está vacío.',
    'error.notDate': 'UBL {element}: «{value}» no es una fecha AAAA-MM-DD.',
    'error.wrongCurrency':
      'UBL {element}: está en {declared}, se esperaba {currency} (la moneda del documento).',
    'error.notAmount': 'UBL {element}: «{value}» no es un importe decimal.',
    'error.tooManyDecimals': 'UBL {element}: «{value}» tiene más de {decimals} decimales para {currency}.',
    'error.notNumber': 'UBL {element}: «{value}» no es un número decimal.',
    'error.noTaxTotal': 'UBL {element}: falta (se requiere un TaxTotal con TaxAmount en {currency}).',
    'error.missing': 'UBL {element}: falta.',
    'error.noLines': 'UBL {element}: falta; un documento necesita al menos una línea.',
    'error.noTaxCurrencyAmount':
      'UBL {element}: no tiene TaxAmount en la moneda del impuesto {currency} (BT-111).',
    'error.noSchemeId': 'UBL {element}: no tiene schemeID (un código EAS como 0088 o EM).',
    'error.vatCategory': 'UBL {element}: «{value}» no es una categoría de IVA de EN 16931 ({categories}).',
    'error.chargeIndicator': 'UBL {element}: «{value}» debe ser true o false.',
    'error.empty': 'UBL {element}: está vacío.',
    'error.noUnitCode': 'UBL {element}: no tiene unitCode (un código UN/ECE Rec 20 como C62 o HUR).',
    'error.noListId': 'UBL {element}: no tiene listID (p. ej., STI, CV, HS).',
    'error.modelNoNumber':
      'UBL {kind} {number}: el campo {field} está vacío; asigne un número al documento (BT-1).',
    'error.modelCurrency': 'UBL {kind} {number}: el campo {field} debe ser un código ISO 4217 como EUR.',
    'error.modelCurrencyDecimals':
      'UBL {kind} {number}: el campo {field} tiene {decimals} decimales; EN 16931 permite como máximo 2 en los importes.',
    'error.modelTaxCurrency': 'UBL {kind} {number}: el campo {field} debe ser un código ISO 4217.',
    'error.modelTaxTotal':
      'UBL {kind} {number}: falta el campo {field}; una moneda del impuesto ({currency}) requiere BT-111.',
    'error.modelDate': 'UBL {kind} {number}: campo {field}: «{value}» no es una fecha AAAA-MM-DD.',
    'error.modelNoLines':
      'UBL {kind} {number}: el campo {field} está vacío; un documento necesita al menos una línea (BG-25).',
    'error.modelDecimal':
      'UBL {kind} {number}: campo {field}: «{value}» no es un decimal como 12.50 (sin exponente ni separadores).',
    'error.modelEmpty': 'UBL {kind} {number}: el campo {field} está vacío.',
    'error.modelCountry':
      'UBL {kind} {number}: el campo {field} debe ser un código ISO 3166-1 alfa-2 como CZ.',
  },
});
