import type { ErrorCode } from '../../kernel/errors.ts';
import { AppError } from '../../kernel/errors.ts';
import { asLang, defineCatalog, type Lang, type Params } from '../i18n/index.ts';

/**
 * The file formats' error messages (XML and statement parsing), in the request's language. Most name the kind
 * of file (`{what}`: "CAMT.053 statement"); `formatsError` words that noun per language too, so a parser
 * keeps passing its English constant.
 */
export const formatsText = defineCatalog('formats', {
  en: {
    'what.camt053': 'CAMT.053 statement',
    'what.ofx': 'OFX file',
    'what.csv': 'CSV statement',
    'what.ubl': 'UBL invoice',
    'what.pain001': 'pain.001 file',
    'error.xmlEncodingUnsupported':
      'The {what} declares encoding "{encoding}"; save it as UTF-8 and try again.',
    'error.xmlBadEncoding':
      'The {what} is not valid {encoding} text (wrong encoding?); save it as UTF-8 and try again.',
    'error.xmlTooLarge': 'The {what} is {size} bytes; the limit is {max}. Split it into smaller files.',
    'error.xmlDtd':
      'The {what} has a document type declaration (<!{kind}) on line {line}; these are refused for safety. Remove it and try again.',
    'error.empty': 'The {what} is empty.',
    'error.xmlMalformed': 'The {what} is not well-formed XML: line {line}, column {column}: {problem}',
    'error.xmlUnreadable': 'The {what} could not be read as XML: {problem}',
    'error.xmlNoRoot': 'The {what} has no root element.',
    'error.xmlMissing': 'The {what} lacks {element}.',
    'error.badCurrency': 'The {what} has no valid currency code at {where} ("{code}").',
    'error.badDecimal':
      'The {what} has an amount "{amount}" at {where} that is not a plain decimal ({problem})',
    'error.badDay': 'The {what} has no valid date at {where} ("{text}"); expected YYYY-MM-DD.',
    'error.camtNoNamespace':
      'The {what} does not declare an ISO 20022 namespace (urn:iso:std:iso:20022:tech:xsd:camt.053.001.xx) on its Document element; export the statement as CAMT.053 XML.',
    'error.camtWrongKind':
      'The file is {ns}, not a CAMT.053 statement of version 001.02–001.12; export the end-of-day statement (camt.053) instead.',
    'error.camtNoBody': 'The {what} (camt.053.001.{version}) has no Document/BkToCstmrStmt element.',
    'error.camtNoStatement': 'The {what} has no Stmt element: there is nothing to import.',
    'error.camtBadIndicator': 'The {what} has CdtDbtInd "{indicator}" at {element}; it must be CRDT or DBIT.',
    'error.camtNegative': 'The {what} has a negative amount at {element}; the sign belongs in CdtDbtInd.',
    'error.camtBalanceCurrency':
      'The {what} balance {code} at {element} is in {currency}, the account in {accountCurrency}.',
    'error.camtEntryCurrency':
      'The {what} entry {element} is in {currency}, the statement in {statementCurrency}.',
  },
  cs: {
    'what.camt053': 'výpis CAMT.053',
    'what.ofx': 'soubor OFX',
    'what.csv': 'výpis CSV',
    'what.ubl': 'faktura UBL',
    'what.pain001': 'soubor pain.001',
    'error.xmlEncodingUnsupported':
      'Soubor ({what}) deklaruje kódování „{encoding}“; uložte ho v UTF-8 a zkuste to znovu.',
    'error.xmlBadEncoding':
      'Soubor ({what}) není platný text v kódování {encoding} (chybné kódování?); uložte ho v UTF-8 a zkuste to znovu.',
    'error.xmlTooLarge': 'Soubor ({what}) má {size} bajtů; limit je {max}. Rozdělte ho na menší soubory.',
    'error.xmlDtd':
      'Soubor ({what}) obsahuje na řádku {line} deklaraci typu dokumentu (<!{kind}); ty se z bezpečnostních důvodů odmítají. Odstraňte ji a zkuste to znovu.',
    'error.empty': 'Soubor ({what}) je prázdný.',
    'error.xmlMalformed':
      'Soubor ({what}) není správně utvořené XML: řádek {line}, sloupec {column}: {problem}',
    'error.xmlUnreadable': 'Soubor ({what}) se nepodařilo přečíst jako XML: {problem}',
    'error.xmlNoRoot': 'Soubor ({what}) nemá kořenový element.',
    'error.xmlMissing': 'Souboru ({what}) chybí {element}.',
    'error.badCurrency': 'Soubor ({what}) nemá na místě {where} platný kód měny („{code}“).',
    'error.badDecimal':
      'Soubor ({what}) má na místě {where} částku „{amount}“, která není prosté desetinné číslo ({problem})',
    'error.badDay': 'Soubor ({what}) nemá na místě {where} platné datum („{text}“); očekává se RRRR-MM-DD.',
    'error.camtNoNamespace':
      'Soubor ({what}) neuvádí u elementu Document jmenný prostor ISO 20022 (urn:iso:std:iso:20022:tech:xsd:camt.053.001.xx); exportujte výpis jako CAMT.053 XML.',
    'error.camtWrongKind':
      'Soubor je {ns}, ne výpis CAMT.053 ve verzi 001.02–001.12; exportujte místo něj denní výpis (camt.053).',
    'error.camtNoBody': 'Soubor ({what}, camt.053.001.{version}) nemá element Document/BkToCstmrStmt.',
    'error.camtNoStatement': 'Soubor ({what}) nemá element Stmt: není co importovat.',
    'error.camtBadIndicator':
      'Soubor ({what}) má na místě {element} CdtDbtInd „{indicator}“; musí být CRDT nebo DBIT.',
    'error.camtNegative':
      'Soubor ({what}) má na místě {element} zápornou částku; znaménko patří do CdtDbtInd.',
    'error.camtBalanceCurrency':
      'Zůstatek {code} na místě {element} (soubor {what}) je v {currency}, účet je v {accountCurrency}.',
    'error.camtEntryCurrency':
      'Pohyb {element} (soubor {what}) je v {currency}, výpis je v {statementCurrency}.',
  },
  es: {
    'what.camt053': 'extracto CAMT.053',
    'what.ofx': 'archivo OFX',
    'what.csv': 'extracto CSV',
    'what.ubl': 'factura UBL',
    'what.pain001': 'archivo pain.001',
    'error.xmlEncodingUnsupported':
      'El archivo ({what}) declara la codificación «{encoding}»; guárdelo en UTF-8 e inténtelo de nuevo.',
    'error.xmlBadEncoding':
      'El archivo ({what}) no es texto {encoding} válido (¿codificación errónea?); guárdelo en UTF-8 e inténtelo de nuevo.',
    'error.xmlTooLarge':
      'El archivo ({what}) tiene {size} bytes; el límite es {max}. Divídalo en archivos más pequeños.',
    'error.xmlDtd':
      'El archivo ({what}) tiene una declaración de tipo de documento (<!{kind}) en la línea {line}; se rechazan por seguridad. Quítela e inténtelo de nuevo.',
    'error.empty': 'El archivo ({what}) está vacío.',
    'error.xmlMalformed':
      'El archivo ({what}) no es XML bien formado: línea {line}, columna {column}: {problem}',
    'error.xmlUnreadable': 'El archivo ({what}) no se pudo leer como XML: {problem}',
    'error.xmlNoRoot': 'El archivo ({what}) no tiene elemento raíz.',
    'error.xmlMissing': 'Al archivo ({what}) le falta {element}.',
    'error.badCurrency': 'El archivo ({what}) no tiene un código de moneda válido en {where} («{code}»).',
    'error.badDecimal':
      'El archivo ({what}) tiene en {where} un importe «{amount}» que no es un decimal simple ({problem})',
    'error.badDay':
      'El archivo ({what}) no tiene una fecha válida en {where} («{text}»); se espera AAAA-MM-DD.',
    'error.camtNoNamespace':
      'El archivo ({what}) no declara un espacio de nombres ISO 20022 (urn:iso:std:iso:20022:tech:xsd:camt.053.001.xx) en su elemento Document; exporte el extracto como XML CAMT.053.',
    'error.camtWrongKind':
      'El archivo es {ns}, no un extracto CAMT.053 de la versión 001.02–001.12; exporte en su lugar el extracto de fin de día (camt.053).',
    'error.camtNoBody':
      'El archivo ({what}, camt.053.001.{version}) no tiene el elemento Document/BkToCstmrStmt.',
    'error.camtNoStatement': 'El archivo ({what}) no tiene el elemento Stmt: no hay nada que importar.',
    'error.camtBadIndicator':
      'El archivo ({what}) tiene CdtDbtInd «{indicator}» en {element}; debe ser CRDT o DBIT.',
    'error.camtNegative':
      'El archivo ({what}) tiene un importe negativo en {element}; el signo va en CdtDbtInd.',
    'error.camtBalanceCurrency':
      'El saldo {code} en {element} (archivo {what}) está en {currency}, la cuenta en {accountCurrency}.',
    'error.camtEntryCurrency':
      'El movimiento {element} (archivo {what}) está en {currency}, el extracto en {statementCurrency}.',
  },
});

type Key = Parameters<typeof formatsText.t>[1];

/** The English nouns the parsers pass as `what`, and their catalogue keys. */
const NOUNS: Readonly<Record<string, Key>> = {
  'CAMT.053 statement': 'what.camt053',
  'OFX file': 'what.ofx',
  'CSV statement': 'what.csv',
  'UBL invoice': 'what.ubl',
  'pain.001 file': 'what.pain001',
};

/** Like `formatsText.error`, with `params.what` (an English file noun above) worded in each language. */
export const formatsErrors = {
  error(code: ErrorCode, key: Key, params: Params = {}, details?: unknown): AppError {
    const what = typeof params.what === 'string' ? params.what : undefined;
    const noun = (lang: Lang) => {
      const k = what === undefined ? undefined : NOUNS[what];
      return k ? formatsText.t(lang, k) : what;
    };
    const text = (lang: Lang) => formatsText.t(lang, key, { ...params, what: noun(lang) });
    return new AppError(code, text('en'), details, (lang) => text(asLang(lang)));
  },
};
