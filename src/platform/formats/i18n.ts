import type { AppError, ErrorCode } from '../../kernel/errors.ts';
import { defineCatalog, type Params } from '../i18n/index.ts';

/**
 * The file formats' error messages (XML and statement parsing, payment QR codes, NACHA and SEPA payment files), in the request's language. Most name the kind
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
    'error.exportTooLarge': 'The {what} is {size} bytes; the limit is {max}. Export a shorter period.',
    'error.ofxEncoding': 'The {what} header declares ENCODING:{encoding}; export it as UTF-8 or USASCII.',
    'error.ofxBadEncoding':
      'The {what} is not valid {encoding} text although its header says so (wrong encoding?); export it again as UTF-8.',
    'error.notOfx': 'This is not an {what}: it has no OFXHEADER header and no <OFX> element.',
    'error.ofxBadTag':
      'The {what} has a malformed tag on line {line}; every tag looks like <NAME> or </NAME>.',
    'error.ofxStrayText': 'The {what} has text outside any element on line {line}: "{text}".',
    'error.ofxStrayClose': 'The {what} closes </{tag}> on line {line}, but no <{tag}> is open there.',
    'error.ofxTruncated': 'The {what} ends before {open} is closed; it looks truncated. Download it again.',
    'error.ofxNoOfx': 'The {what} has no <OFX> element.',
    'error.ofxWrongRoot': 'The {what} root element is <{root}>, not <OFX>.',
    'error.ofxNoStatement':
      'The {what} holds no bank or card statement (STMTRS). Download a statement export.',
    'error.ofxNoStatementStatus':
      'The {what} holds no bank or card statement (STMTRS); the bank answered with status {status}. Download a statement export.',
    'error.ofxDuplicateFitid':
      'The {what} has the transaction id FITID {fitid} twice: at {first} and at {second}. A bank id must be unique; ask the bank for a corrected export.',
    'error.csvBadEncoding':
      "The {what} is not valid {encoding} text; pick the file's real encoding in the mapping (banks in Central Europe often use windows-1250).",
    'error.csvBadEncodingLine':
      "The {what} is not valid {encoding} text (line {line}); pick the file's real encoding in the mapping (banks in Central Europe often use windows-1250).",
    'error.csvOpenQuote':
      'The {what} has a quote opened on line {line} that is never closed; the file looks truncated.',
    'error.csvBadDate': 'Line {line} of the {what} has the date "{date}", which is not a {format} date.',
    'error.csvMixedSeparators':
      'Line {line} of the {what} writes the amount "{amount}" with "{used}" as the decimal separator, but the mapping (and the rest of the file) uses "{decimal}". Mixed separators are refused; fix the line or the mapping.',
    'error.csvBadGrouping':
      'Line {line} of the {what} has the amount "{amount}", whose "{thousands}" separators do not group digits by three; check the decimal and thousands separators in the mapping.',
    'error.csvNotAmount': 'Line {line} of the {what} has "{text}" where an amount should be.',
    'error.csvNul':
      'The {what} contains NUL bytes; it is not a text file (UTF-16? a spreadsheet?). Export it as CSV.',
    'error.csvNoData': 'The {what} has no data lines.',
    'error.csvColumnNumber': "The mapping's {label} column must be 1 or more.",
    'error.csvColumnNotInHeader':
      'The mapping\'s {label} column "{column}" is not in the header (line {line}: {header}).',
    'error.csvColumnNoHeader':
      'The mapping names the {label} column "{column}", but says the file has no header row; use column numbers.',
    'error.csvShortLine':
      'Line {line} of the {what} has {cells} columns; the booking date is column {column}. Check the delimiter.',
    'error.csvCurrency': 'Line {line} of the {what} is in {currency}, the account in {accountCurrency}.',
    'error.csvNoAmount': 'Line {line} of the {what} has no amount.',
    'error.csvNoDebitCredit': 'Line {line} of the {what} has neither a debit nor a credit amount.',
    'error.qrNoName': 'Payment QR: {field} is empty; give the beneficiary name.',
    'error.qrTooLong': 'Payment QR: {field} has {length} characters; {standard} allows {max}.',
    'error.qrBankId': 'Payment QR: {field} {problem}',
    'error.qrEpcAmount': 'Payment QR: {field} must be between EUR 0.01 and EUR 999999999.99.',
    'error.qrPurpose': 'Payment QR: {field} "{purpose}" is not a 4-character purpose code such as GDDS.',
    'error.qrReferenceAndText':
      'Payment QR: {field} and text were both given; EPC allows either a structured reference or a text.',
    'error.qrCreditorReference':
      'Payment QR: {field} "{reference}" is not an ISO 11649 creditor reference (RF + check digits); put free text in "text".',
    'error.qrLineBreaks': 'Payment QR: {field} may not contain line breaks.',
    'error.qrPayloadTooLarge':
      'Payment QR: {field} makes the payload {bytes} bytes; EPC allows {max}. Shorten the texts.',
    'error.qrCurrency': 'Payment QR: {field} "{currency}" is not an ISO 4217 code.',
    'error.qrAmountPositive': 'Payment QR: {field} must be positive.',
    'error.qrSpaydAmount': 'Payment QR: {field} "{amount}" is longer than the 10 characters SPAYD allows.',
    'error.qrSpaydReference': 'Payment QR: {field} must be 1–16 digits.',
    'error.qrDueDate': 'Payment QR: {field} "{date}" is not a YYYY-MM-DD date.',
    'error.qrSymbol': 'Payment QR: {field} "{value}" must be 1–10 digits.',
    'error.qrNoPayload': 'Payment QR: the payload is empty.',
    'ach.file': 'ACH file',
    'ach.batch': 'Batch {n} ({company})',
    'ach.entry': '{batch}, entry {n} ({name})',
    'error.achCharset':
      '{where}: {field} "{value}" has characters NACHA files cannot carry; use plain letters and digits.',
    'error.achEmpty': '{where}: {field} is empty; fill it in.',
    'error.achLength': '{where}: {field} "{value}" is longer than {max} characters; shorten it.',
    'error.achRouting':
      '{where}: {field} "{value}" is not a 9-digit ABA routing number with a valid check digit; correct it.',
    'error.achDate': '{where}: {field} "{date}" is not a date like 2026-11-24.',
    'error.achOrigin':
      '{where}: immediate origin "{value}" must be up to 10 digits or letters (e.g. 1 + EIN).',
    'error.achModifier': '{where}: file id modifier must be one letter A-Z or digit.',
    'error.achNoBatches': '{where}: there are no batches to send.',
    'error.achSec': '{where}: SEC code {sec} is not PPD or CCD.',
    'error.achOdfi': '{where}: originating bank routing "{value}" must be 8 or 9 digits.',
    'error.achNoEntries': '{where}: it has no entries.',
    'error.achAmount': '{where}: the amount must be between 0.01 and 99999999.99 USD.',
    'error.achAccount': '{where}: the account number must be 1 to 17 letters or digits.',
    'sepa.message': 'Message {id}',
    'sepa.payment': 'Payment information {id}',
    'sepa.transaction': 'Transaction {n} ({e2e}) of {payment}',
    'error.sepaCharset':
      '{where}: {field} "{value}" has characters outside the SEPA character set (letters, digits and / - ? : ( ) . , \' + space); replace them.',
    'error.sepaEmpty': '{where}: {field} is empty; fill it in.',
    'error.sepaLength': '{where}: {field} is {length} characters; SEPA allows at most {max}. Shorten it.',
    'error.sepaIdentifierChars':
      '{where}: {field} "{value}" must use only SEPA characters as they are; change it.',
    'error.sepaIdentifierSlash': '{where}: {field} "{value}" must not start or end with "/" or contain "//".',
    'error.sepaIban': '{where}: {field} "{value}" is not a valid IBAN (check digits fail); correct it.',
    'error.sepaBic': '{where}: {field} "{value}" is not a BIC (8 or 11 letters and digits); correct it.',
    'error.sepaCurrency': '{where}: the amount is in {currency}; SEPA credit transfers are in EUR only.',
    'error.sepaAmount': '{where}: the amount must be between 0.01 and 999999999.99 EUR.',
    'error.sepaDateTime': '{where}: CreDtTm "{value}" is not an ISO date-time like 2026-11-23T10:15:00.',
    'error.sepaNoPayments': '{where}: there are no payments to send.',
    'error.sepaDuplicatePmtInf': '{where}: PmtInfId is used twice in the message; make it unique.',
    'error.sepaDate': '{where}: ReqdExctnDt "{value}" is not a date like 2026-11-24.',
    'error.sepaNoTransactions': '{where}: it has no transactions.',
    'error.sepaDuplicateE2e': '{where}: EndToEndId "{value}" is used twice; each transaction needs its own.',
    'error.sepaRemittance':
      '{where}: give either unstructured remittance text or a creditor reference, not both.',
    'error.sepaTooMany': '{where}: too many transactions.',
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
    'error.exportTooLarge': 'Soubor ({what}) má {size} bajtů; limit je {max}. Exportujte kratší období.',
    'error.ofxEncoding':
      'Hlavička souboru ({what}) uvádí ENCODING:{encoding}; exportujte ho jako UTF-8 nebo USASCII.',
    'error.ofxBadEncoding':
      'Soubor ({what}) není platný text v kódování {encoding}, ačkoli to uvádí jeho hlavička (chybné kódování?); exportujte ho znovu jako UTF-8.',
    'error.notOfx': 'Toto není {what}: nemá hlavičku OFXHEADER ani element <OFX>.',
    'error.ofxBadTag':
      'Soubor ({what}) má na řádku {line} chybně utvořenou značku; každá značka má tvar <NAME> nebo </NAME>.',
    'error.ofxStrayText': 'Soubor ({what}) má na řádku {line} text mimo jakýkoli element: „{text}“.',
    'error.ofxStrayClose':
      'Soubor ({what}) na řádku {line} uzavírá </{tag}>, ale žádný <{tag}> tam není otevřený.',
    'error.ofxTruncated':
      'Soubor ({what}) končí dřív, než je uzavřeno {open}; zřejmě je useknutý. Stáhněte ho znovu.',
    'error.ofxNoOfx': 'Soubor ({what}) nemá element <OFX>.',
    'error.ofxWrongRoot': 'Kořenový element souboru ({what}) je <{root}>, ne <OFX>.',
    'error.ofxNoStatement':
      'Soubor ({what}) neobsahuje žádný bankovní ani kartový výpis (STMTRS). Stáhněte export výpisu.',
    'error.ofxNoStatementStatus':
      'Soubor ({what}) neobsahuje žádný bankovní ani kartový výpis (STMTRS); banka odpověděla stavem {status}. Stáhněte export výpisu.',
    'error.ofxDuplicateFitid':
      'Soubor ({what}) obsahuje identifikátor transakce FITID {fitid} dvakrát: na místě {first} a na místě {second}. Identifikátor banky musí být jedinečný; požádejte banku o opravený export.',
    'error.csvBadEncoding':
      'Soubor ({what}) není platný text v kódování {encoding}; zvolte v mapování skutečné kódování souboru (banky ve střední Evropě často používají windows-1250).',
    'error.csvBadEncodingLine':
      'Soubor ({what}) není platný text v kódování {encoding} (řádek {line}); zvolte v mapování skutečné kódování souboru (banky ve střední Evropě často používají windows-1250).',
    'error.csvOpenQuote':
      'Soubor ({what}) má na řádku {line} otevřené uvozovky, které se nikde nezavírají; soubor je zřejmě useknutý.',
    'error.csvBadDate': 'Řádek {line} souboru ({what}) má datum „{date}“, které není ve tvaru {format}.',
    'error.csvMixedSeparators':
      'Řádek {line} souboru ({what}) zapisuje částku „{amount}“ s „{used}“ jako desetinným oddělovačem, ale mapování (a zbytek souboru) používá „{decimal}“. Smíšené oddělovače se odmítají; opravte řádek nebo mapování.',
    'error.csvBadGrouping':
      'Řádek {line} souboru ({what}) má částku „{amount}“, jejíž oddělovače „{thousands}“ neseskupují číslice po třech; zkontrolujte v mapování oddělovač desetinných míst a tisíců.',
    'error.csvNotAmount': 'Řádek {line} souboru ({what}) má „{text}“ tam, kde má být částka.',
    'error.csvNul':
      'Soubor ({what}) obsahuje bajty NUL; není to textový soubor (UTF-16? tabulka?). Exportujte ho jako CSV.',
    'error.csvNoData': 'Soubor ({what}) nemá žádné datové řádky.',
    'error.csvColumnNumber': 'Sloupec {label} v mapování musí být 1 nebo více.',
    'error.csvColumnNotInHeader':
      'Sloupec {label} „{column}“ z mapování není v záhlaví (řádek {line}: {header}).',
    'error.csvColumnNoHeader':
      'Mapování uvádí sloupec {label} „{column}“, ale zároveň říká, že soubor nemá řádek záhlaví; použijte čísla sloupců.',
    'error.csvShortLine':
      'Řádek {line} souboru ({what}) má {cells} sloupců; datum zaúčtování je ve sloupci {column}. Zkontrolujte oddělovač.',
    'error.csvCurrency': 'Řádek {line} souboru ({what}) je v {currency}, účet je v {accountCurrency}.',
    'error.csvNoAmount': 'Řádek {line} souboru ({what}) nemá částku.',
    'error.csvNoDebitCredit': 'Řádek {line} souboru ({what}) nemá částku na straně Má dáti ani Dal.',
    'error.qrNoName': 'QR platba: pole {field} je prázdné; zadejte jméno příjemce.',
    'error.qrTooLong': 'QR platba: pole {field} má {length} znaků; {standard} dovoluje {max}.',
    'error.qrBankId': 'QR platba: pole {field}: {problem}',
    'error.qrEpcAmount': 'QR platba: pole {field} musí být mezi 0,01 EUR a 999999999,99 EUR.',
    'error.qrPurpose':
      'QR platba: pole {field}: „{purpose}“ není čtyřznakový kód účelu platby, jako je GDDS.',
    'error.qrReferenceAndText':
      'QR platba: pole {field} a text jsou zadány oba; EPC dovoluje buď strukturovanou referenci, nebo text.',
    'error.qrCreditorReference':
      'QR platba: pole {field}: „{reference}“ není reference věřitele podle ISO 11649 (RF + kontrolní číslice); volný text patří do pole „text“.',
    'error.qrLineBreaks': 'QR platba: pole {field} nesmí obsahovat zalomení řádku.',
    'error.qrPayloadTooLarge':
      'QR platba: kvůli poli {field} má obsah kódu {bytes} bajtů; EPC dovoluje {max}. Zkraťte texty.',
    'error.qrCurrency': 'QR platba: pole {field}: „{currency}“ není kód měny podle ISO 4217.',
    'error.qrAmountPositive': 'QR platba: pole {field} musí být kladné.',
    'error.qrSpaydAmount': 'QR platba: pole {field}: „{amount}“ je delší než 10 znaků, které SPAYD dovoluje.',
    'error.qrSpaydReference': 'QR platba: pole {field} musí mít 1–16 číslic.',
    'error.qrDueDate': 'QR platba: pole {field}: „{date}“ není datum ve tvaru RRRR-MM-DD.',
    'error.qrSymbol': 'QR platba: pole {field}: „{value}“ musí mít 1–10 číslic.',
    'error.qrNoPayload': 'QR platba: obsah kódu je prázdný.',
    'ach.file': 'Soubor ACH',
    'ach.batch': 'Dávka {n} ({company})',
    'ach.entry': '{batch}, položka {n} ({name})',
    'error.achCharset':
      '{where}: pole {field} „{value}“ obsahuje znaky, které soubory NACHA nedokážou přenést; použijte jen obyčejná písmena a číslice.',
    'error.achEmpty': '{where}: pole {field} je prázdné; vyplňte ho.',
    'error.achLength': '{where}: pole {field} „{value}“ je delší než {max} znaků; zkraťte ho.',
    'error.achRouting':
      '{where}: pole {field} „{value}“ není devítimístné směrovací číslo ABA se správnou kontrolní číslicí; opravte ho.',
    'error.achDate': '{where}: pole {field} „{date}“ není datum ve tvaru 2026-11-24.',
    'error.achOrigin':
      '{where}: pole immediate origin „{value}“ smí mít nejvýše 10 číslic nebo písmen (např. 1 + EIN).',
    'error.achModifier': '{where}: pole file id modifier musí být jedno písmeno A–Z nebo číslice.',
    'error.achNoBatches': '{where}: nejsou žádné dávky k odeslání.',
    'error.achSec': '{where}: kód SEC {sec} není PPD ani CCD.',
    'error.achOdfi': '{where}: směrovací číslo banky příkazce „{value}“ musí mít 8 nebo 9 číslic.',
    'error.achNoEntries': '{where}: dávka nemá žádné položky.',
    'error.achAmount': '{where}: částka musí být mezi 0,01 a 99999999,99 USD.',
    'error.achAccount': '{where}: číslo účtu musí mít 1 až 17 písmen nebo číslic.',
    'sepa.message': 'Zpráva {id}',
    'sepa.payment': 'Platební informace {id}',
    'sepa.transaction': 'Transakce {n} ({e2e}) v {payment}',
    'error.sepaCharset':
      "{where}: {field} „{value}“ obsahuje znaky mimo znakovou sadu SEPA (písmena, číslice a / - ? : ( ) . , ' + mezera); nahraďte je.",
    'error.sepaEmpty': '{where}: {field} je prázdné; vyplňte ho.',
    'error.sepaLength': '{where}: {field} má {length} znaků; SEPA dovoluje nejvýše {max}. Zkraťte ho.',
    'error.sepaIdentifierChars':
      '{where}: {field} „{value}“ smí obsahovat jen znaky SEPA v původní podobě; změňte ho.',
    'error.sepaIdentifierSlash':
      '{where}: {field} „{value}“ nesmí začínat ani končit znakem „/“ ani obsahovat „//“.',
    'error.sepaIban': '{where}: {field} „{value}“ není platný IBAN (nesedí kontrolní číslice); opravte ho.',
    'error.sepaBic': '{where}: {field} „{value}“ není BIC (8 nebo 11 písmen a číslic); opravte ho.',
    'error.sepaCurrency': '{where}: částka je v {currency}; úhrady SEPA jsou jen v EUR.',
    'error.sepaAmount': '{where}: částka musí být mezi 0,01 a 999999999,99 EUR.',
    'error.sepaDateTime':
      '{where}: CreDtTm „{value}“ není datum a čas podle ISO, jako je 2026-11-23T10:15:00.',
    'error.sepaNoPayments': '{where}: nejsou žádné platby k odeslání.',
    'error.sepaDuplicatePmtInf': '{where}: PmtInfId je ve zprávě použito dvakrát; musí být jedinečné.',
    'error.sepaDate': '{where}: ReqdExctnDt „{value}“ není datum ve tvaru 2026-11-24.',
    'error.sepaNoTransactions': '{where}: nemá žádné transakce.',
    'error.sepaDuplicateE2e':
      '{where}: EndToEndId „{value}“ je použito dvakrát; každá transakce potřebuje vlastní.',
    'error.sepaRemittance':
      '{where}: zadejte buď nestrukturovanou zprávu pro příjemce, nebo referenci věřitele, ne obojí.',
    'error.sepaTooMany': '{where}: příliš mnoho transakcí.',
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
    'error.exportTooLarge':
      'El archivo ({what}) tiene {size} bytes; el límite es {max}. Exporte un periodo más corto.',
    'error.ofxEncoding':
      'La cabecera del archivo ({what}) declara ENCODING:{encoding}; expórtelo como UTF-8 o USASCII.',
    'error.ofxBadEncoding':
      'El archivo ({what}) no es texto {encoding} válido aunque su cabecera lo indique (¿codificación errónea?); expórtelo de nuevo como UTF-8.',
    'error.notOfx': 'Esto no es un {what}: no tiene cabecera OFXHEADER ni elemento <OFX>.',
    'error.ofxBadTag':
      'El archivo ({what}) tiene una etiqueta mal formada en la línea {line}; cada etiqueta tiene la forma <NAME> o </NAME>.',
    'error.ofxStrayText':
      'El archivo ({what}) tiene texto fuera de cualquier elemento en la línea {line}: «{text}».',
    'error.ofxStrayClose':
      'El archivo ({what}) cierra </{tag}> en la línea {line}, pero allí no hay ningún <{tag}> abierto.',
    'error.ofxTruncated':
      'El archivo ({what}) termina antes de cerrar {open}; parece truncado. Descárguelo de nuevo.',
    'error.ofxNoOfx': 'El archivo ({what}) no tiene el elemento <OFX>.',
    'error.ofxWrongRoot': 'El elemento raíz del archivo ({what}) es <{root}>, no <OFX>.',
    'error.ofxNoStatement':
      'El archivo ({what}) no contiene ningún extracto bancario ni de tarjeta (STMTRS). Descargue una exportación de extracto.',
    'error.ofxNoStatementStatus':
      'El archivo ({what}) no contiene ningún extracto bancario ni de tarjeta (STMTRS); el banco respondió con el estado {status}. Descargue una exportación de extracto.',
    'error.ofxDuplicateFitid':
      'El archivo ({what}) tiene el identificador de transacción FITID {fitid} dos veces: en {first} y en {second}. Un identificador bancario debe ser único; pida al banco una exportación corregida.',
    'error.csvBadEncoding':
      'El archivo ({what}) no es texto {encoding} válido; elija en la asignación la codificación real del archivo (los bancos de Europa central suelen usar windows-1250).',
    'error.csvBadEncodingLine':
      'El archivo ({what}) no es texto {encoding} válido (línea {line}); elija en la asignación la codificación real del archivo (los bancos de Europa central suelen usar windows-1250).',
    'error.csvOpenQuote':
      'El archivo ({what}) tiene unas comillas abiertas en la línea {line} que nunca se cierran; el archivo parece truncado.',
    'error.csvBadDate':
      'La línea {line} del archivo ({what}) tiene la fecha «{date}», que no es una fecha {format}.',
    'error.csvMixedSeparators':
      'La línea {line} del archivo ({what}) escribe el importe «{amount}» con «{used}» como separador decimal, pero la asignación (y el resto del archivo) usa «{decimal}». Se rechazan separadores mezclados; corrija la línea o la asignación.',
    'error.csvBadGrouping':
      'La línea {line} del archivo ({what}) tiene el importe «{amount}», cuyos separadores «{thousands}» no agrupan los dígitos de tres en tres; revise los separadores decimal y de miles en la asignación.',
    'error.csvNotAmount':
      'La línea {line} del archivo ({what}) tiene «{text}» donde debería haber un importe.',
    'error.csvNul':
      'El archivo ({what}) contiene bytes NUL; no es un archivo de texto (¿UTF-16? ¿una hoja de cálculo?). Expórtelo como CSV.',
    'error.csvNoData': 'El archivo ({what}) no tiene líneas de datos.',
    'error.csvColumnNumber': 'La columna {label} de la asignación debe ser 1 o más.',
    'error.csvColumnNotInHeader':
      'La columna {label} «{column}» de la asignación no está en la cabecera (línea {line}: {header}).',
    'error.csvColumnNoHeader':
      'La asignación nombra la columna {label} «{column}», pero indica que el archivo no tiene fila de cabecera; use números de columna.',
    'error.csvShortLine':
      'La línea {line} del archivo ({what}) tiene {cells} columnas; la fecha contable está en la columna {column}. Revise el delimitador.',
    'error.csvCurrency':
      'La línea {line} del archivo ({what}) está en {currency}, la cuenta en {accountCurrency}.',
    'error.csvNoAmount': 'La línea {line} del archivo ({what}) no tiene importe.',
    'error.csvNoDebitCredit':
      'La línea {line} del archivo ({what}) no tiene importe ni en el debe ni en el haber.',
    'error.qrNoName': 'QR de pago: el campo {field} está vacío; indique el nombre del beneficiario.',
    'error.qrTooLong': 'QR de pago: el campo {field} tiene {length} caracteres; {standard} permite {max}.',
    'error.qrBankId': 'QR de pago: campo {field}: {problem}',
    'error.qrEpcAmount': 'QR de pago: el campo {field} debe estar entre 0,01 EUR y 999999999,99 EUR.',
    'error.qrPurpose':
      'QR de pago: campo {field}: «{purpose}» no es un código de finalidad de 4 caracteres como GDDS.',
    'error.qrReferenceAndText':
      'QR de pago: se indicaron a la vez el campo {field} y el texto; EPC permite una referencia estructurada o un texto, no ambos.',
    'error.qrCreditorReference':
      'QR de pago: campo {field}: «{reference}» no es una referencia de acreedor ISO 11649 (RF + dígitos de control); ponga el texto libre en «text».',
    'error.qrLineBreaks': 'QR de pago: el campo {field} no puede contener saltos de línea.',
    'error.qrPayloadTooLarge':
      'QR de pago: por el campo {field} el contenido del código ocupa {bytes} bytes; EPC permite {max}. Acorte los textos.',
    'error.qrCurrency': 'QR de pago: campo {field}: «{currency}» no es un código ISO 4217.',
    'error.qrAmountPositive': 'QR de pago: el campo {field} debe ser positivo.',
    'error.qrSpaydAmount':
      'QR de pago: campo {field}: «{amount}» supera los 10 caracteres que permite SPAYD.',
    'error.qrSpaydReference': 'QR de pago: el campo {field} debe tener de 1 a 16 dígitos.',
    'error.qrDueDate': 'QR de pago: campo {field}: «{date}» no es una fecha AAAA-MM-DD.',
    'error.qrSymbol': 'QR de pago: campo {field}: «{value}» debe tener de 1 a 10 dígitos.',
    'error.qrNoPayload': 'QR de pago: el contenido del código está vacío.',
    'ach.file': 'Archivo ACH',
    'ach.batch': 'Lote {n} ({company})',
    'ach.entry': '{batch}, entrada {n} ({name})',
    'error.achCharset':
      '{where}: el campo {field} «{value}» tiene caracteres que los archivos NACHA no admiten; use solo letras y dígitos simples.',
    'error.achEmpty': '{where}: el campo {field} está vacío; rellénelo.',
    'error.achLength': '{where}: el campo {field} «{value}» supera los {max} caracteres; acórtelo.',
    'error.achRouting':
      '{where}: el campo {field} «{value}» no es un número de ruta ABA de 9 dígitos con un dígito de control válido; corríjalo.',
    'error.achDate': '{where}: el campo {field} «{date}» no es una fecha como 2026-11-24.',
    'error.achOrigin':
      '{where}: el campo immediate origin «{value}» debe tener como máximo 10 dígitos o letras (p. ej., 1 + EIN).',
    'error.achModifier': '{where}: el campo file id modifier debe ser una letra de la A a la Z o un dígito.',
    'error.achNoBatches': '{where}: no hay lotes que enviar.',
    'error.achSec': '{where}: el código SEC {sec} no es PPD ni CCD.',
    'error.achOdfi': '{where}: el número de ruta del banco ordenante «{value}» debe tener 8 o 9 dígitos.',
    'error.achNoEntries': '{where}: el lote no tiene entradas.',
    'error.achAmount': '{where}: el importe debe estar entre 0,01 y 99999999,99 USD.',
    'error.achAccount': '{where}: el número de cuenta debe tener de 1 a 17 letras o dígitos.',
    'sepa.message': 'Mensaje {id}',
    'sepa.payment': 'Información de pago {id}',
    'sepa.transaction': 'Transacción {n} ({e2e}) de {payment}',
    'error.sepaCharset':
      "{where}: {field} «{value}» tiene caracteres fuera del juego de caracteres SEPA (letras, dígitos y / - ? : ( ) . , ' + espacio); sustitúyalos.",
    'error.sepaEmpty': '{where}: {field} está vacío; rellénelo.',
    'error.sepaLength':
      '{where}: {field} tiene {length} caracteres; SEPA permite como máximo {max}. Acórtelo.',
    'error.sepaIdentifierChars':
      '{where}: {field} «{value}» solo puede usar caracteres SEPA tal cual; cámbielo.',
    'error.sepaIdentifierSlash':
      '{where}: {field} «{value}» no puede empezar ni terminar por «/» ni contener «//».',
    'error.sepaIban':
      '{where}: {field} «{value}» no es un IBAN válido (fallan los dígitos de control); corríjalo.',
    'error.sepaBic': '{where}: {field} «{value}» no es un BIC (8 u 11 letras y dígitos); corríjalo.',
    'error.sepaCurrency': '{where}: el importe está en {currency}; las transferencias SEPA son solo en EUR.',
    'error.sepaAmount': '{where}: el importe debe estar entre 0,01 y 999999999,99 EUR.',
    'error.sepaDateTime': '{where}: CreDtTm «{value}» no es una fecha y hora ISO como 2026-11-23T10:15:00.',
    'error.sepaNoPayments': '{where}: no hay pagos que enviar.',
    'error.sepaDuplicatePmtInf': '{where}: PmtInfId se usa dos veces en el mensaje; hágalo único.',
    'error.sepaDate': '{where}: ReqdExctnDt «{value}» no es una fecha como 2026-11-24.',
    'error.sepaNoTransactions': '{where}: no tiene transacciones.',
    'error.sepaDuplicateE2e':
      '{where}: EndToEndId «{value}» se usa dos veces; cada transacción necesita el suyo.',
    'error.sepaRemittance':
      '{where}: indique un texto de remesa no estructurado o una referencia de acreedor, no ambos.',
    'error.sepaTooMany': '{where}: demasiadas transacciones.',
  },
});

export type FormatsKey = Parameters<typeof formatsText.t>[1];
type Key = FormatsKey;

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
    const noun = typeof params.what === 'string' ? NOUNS[params.what] : undefined;
    return formatsText.error(
      code,
      key,
      { ...params, ...(noun ? { what: formatsText.localizer(noun) } : {}) },
      details,
    );
  },
};
