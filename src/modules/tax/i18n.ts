import type { ErrorCode } from '../../kernel/errors.ts';
import { defineCatalog, type Worded } from '../../platform/i18n/index.ts';

/**
 * The tax module's error messages (`error.*`) in English, Czech and Spanish, and the place a calculator
 * message starts with (`where.line`: "line 3"). English is the wording tests, logs and the CLI see; the HTTP
 * layer answers in the request's language.
 */
export const taxText = defineCatalog('tax', {
  en: {
    'where.line': 'line {line}',
    'error.unknownTaxCode': 'Unknown tax code {codes}; pick one from the tax codes list.',
    'error.rateRange': 'The rate is a percent between 0 and 999.9999.',
    'error.categoryNoTax': 'Category {category} carries no tax: set the rate to 0 or use category S.',
    'error.categoryNeedsReason':
      'Category {category} needs an exemption reason text or VATEX code (EN 16931).',
    'error.categoryNoReason': 'Category {category} must not have an exemption reason; clear it.',
    'error.vatexFormat': 'The VATEX code looks like VATEX-EU-AE.',
    'error.noLedgerAccount': 'There is no ledger account {account} in this company.',
    'error.codeExists': 'The tax code {code} already exists; pick another code.',
    'error.noDefaults': 'No default tax codes for {country}.',
    'error.unknownCurrency': 'Unknown currency {currency}.',
    'error.cancelOut': 'The lines of one tax rate cancel out to zero but carry tax; split them.',
    'error.lineRate': '{where}: the tax rate must be between 0 and 999 %.',
    'error.lineCategory': '{where}: unknown tax category {category}; use one of {allowed}.',
    'error.lineCategoryNoTax': '{where}: tax category {category} carries no tax; its rate must be 0.',
    'error.discountPercent': '{where}: a discount percent is between 0 and 100.',
    'error.discountNegative': '{where}: write the discount as a positive amount.',
    'error.discountTooLarge': '{where}: the discount is larger than the line amount.',
    'error.noLines': 'A document needs at least one line.',
    'error.tooManyLines': 'A document has at most 5000 lines.',
    'error.roundingDrift':
      'Rounding tax on each of {count} lines drifts {drift} minor units from the {rate} % total; use rounding per document for so many lines.',
  },
  cs: {
    'where.line': 'řádek {line}',
    'error.unknownTaxCode': 'Neznámý daňový kód {codes}; vyberte kód ze seznamu daňových kódů.',
    'error.rateRange': 'Sazba je procento mezi 0 a 999.9999.',
    'error.categoryNoTax': 'Kategorie {category} nenese daň: nastavte sazbu 0 nebo použijte kategorii S.',
    'error.categoryNeedsReason':
      'Kategorie {category} potřebuje text důvodu osvobození nebo kód VATEX (EN 16931).',
    'error.categoryNoReason': 'Kategorie {category} nesmí mít důvod osvobození; odstraňte jej.',
    'error.vatexFormat': 'Kód VATEX má tvar VATEX-EU-AE.',
    'error.noLedgerAccount': 'Účet {account} v této firmě neexistuje.',
    'error.codeExists': 'Daňový kód {code} už existuje; zvolte jiný kód.',
    'error.noDefaults': 'Pro {country} nejsou výchozí daňové kódy.',
    'error.unknownCurrency': 'Neznámá měna {currency}.',
    'error.cancelOut': 'Řádky jedné daňové sazby se vzájemně vynulují, ale nesou daň; rozdělte je.',
    'error.lineRate': '{where}: sazba daně musí být mezi 0 a 999 %.',
    'error.lineCategory': '{where}: neznámá daňová kategorie {category}; použijte jednu z {allowed}.',
    'error.lineCategoryNoTax': '{where}: daňová kategorie {category} nenese daň; její sazba musí být 0.',
    'error.discountPercent': '{where}: sleva v procentech je mezi 0 a 100.',
    'error.discountNegative': '{where}: slevu zadejte jako kladnou částku.',
    'error.discountTooLarge': '{where}: sleva je vyšší než částka řádku.',
    'error.noLines': 'Doklad potřebuje alespoň jeden řádek.',
    'error.tooManyLines': 'Doklad může mít nejvýše 5000 řádků.',
    'error.roundingDrift':
      'Zaokrouhlení daně na každém z {count} řádků se odchyluje o {drift} nejmenších jednotek měny od celkové daně při sazbě {rate} %; u tolika řádků zaokrouhlujte za celý doklad.',
  },
  es: {
    'where.line': 'línea {line}',
    'error.unknownTaxCode':
      'Código de impuesto desconocido {codes}; elija uno de la lista de códigos de impuesto.',
    'error.rateRange': 'El tipo es un porcentaje entre 0 y 999.9999.',
    'error.categoryNoTax':
      'La categoría {category} no lleva impuesto: ponga el tipo a 0 o use la categoría S.',
    'error.categoryNeedsReason':
      'La categoría {category} necesita un texto de motivo de exención o un código VATEX (EN 16931).',
    'error.categoryNoReason': 'La categoría {category} no debe tener motivo de exención; bórrelo.',
    'error.vatexFormat': 'El código VATEX tiene la forma VATEX-EU-AE.',
    'error.noLedgerAccount': 'No existe la cuenta contable {account} en esta empresa.',
    'error.codeExists': 'El código de impuesto {code} ya existe; elija otro código.',
    'error.noDefaults': 'No hay códigos de impuesto predeterminados para {country}.',
    'error.unknownCurrency': 'Moneda desconocida: {currency}.',
    'error.cancelOut': 'Las líneas de un mismo tipo se anulan hasta cero pero llevan impuesto; sepárelas.',
    'error.lineRate': '{where}: el tipo impositivo debe estar entre 0 y 999 %.',
    'error.lineCategory': '{where}: categoría de impuesto desconocida {category}; use una de {allowed}.',
    'error.lineCategoryNoTax': '{where}: la categoría {category} no lleva impuesto; su tipo debe ser 0.',
    'error.discountPercent': '{where}: un descuento porcentual está entre 0 y 100.',
    'error.discountNegative': '{where}: escriba el descuento como un importe positivo.',
    'error.discountTooLarge': '{where}: el descuento es mayor que el importe de la línea.',
    'error.noLines': 'Un documento necesita al menos una línea.',
    'error.tooManyLines': 'Un documento tiene como máximo 5000 líneas.',
    'error.roundingDrift':
      'Redondear el impuesto en cada una de las {count} líneas se desvía {drift} unidades menores del total al {rate} %; con tantas líneas redondee por documento.',
  },
});

export type TaxKey = keyof (typeof taxText.messages)['en'];

export const atLine = (line: number): Worded => taxText.localizer('where.line', { line: String(line) });

/** `taxText.error` with a place in front (`{where}`), the place itself worded in the reader's language. */
export function taxErrorAt(code: ErrorCode, key: TaxKey, at: Worded, params: Record<string, string> = {}) {
  return taxText.error(code, key, { ...params, where: at });
}
