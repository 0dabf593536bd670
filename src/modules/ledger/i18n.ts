import { defineCatalog, type Worded } from '../../platform/i18n/index.ts';

/**
 * The ledger module's error messages (`error.*`) in English, Czech and Spanish, and the words they put in
 * front of a message to say where the problem is (`where.*`: "entry 2, line 3") or name a thing (`word.*`).
 * English is the wording tests, logs and the CLI see; the HTTP layer answers in the request's language.
 */
export const ledgerText = defineCatalog('ledger', {
  en: {
    'where.entry': 'entry {entry}',
    'where.entryLine': 'entry {entry}, line {line}',
    'where.row': 'row {row}',
    // report PDFs
    'pdf.trialBalance': 'Trial balance',
    'pdf.incomeStatement': 'Income statement',
    'pdf.balanceSheet': 'Balance sheet',
    'pdf.asOf': 'As of {date}',
    'pdf.period': '{from} – {to}',
    'pdf.printedOn': 'Printed on {date}',
    'word.entries': 'entries',
    'word.recurring': 'recurring',
    // accounts
    'error.noDepartment': 'There is no department {department} in this company.',
    'error.noDepartmentNamed': 'There is no department "{department}" in this company.',
    'error.accountNameColon': 'An account name cannot contain ":" (it separates levels).',
    'error.accountNameColonShort': 'An account name cannot contain ":".',
    'error.unknownCurrency': 'Unknown currency {currency}.',
    'error.subAccountType': "A sub-account must have its parent's type ({type}).",
    'error.accountExists': 'An account with the code {code} or the name {name} already exists.',
    'error.typeHasPostings':
      'This account has postings: its type cannot change. Deactivate it and open a new one.',
    'error.typeHasChildren': 'This account has sub-accounts: change their type first.',
    'error.accountCodeTaken': 'Another account already has the code {code}.',
    'error.accountNameTaken': 'Another account is already named {name}.',
    'error.deleteHasPostings': 'This account has postings: deactivate it instead of deleting it.',
    'error.deleteHasChildren': 'This account has sub-accounts: delete or move them first.',
    // chart of accounts
    'error.fullNameClash': 'Two accounts would have the same full name; rename one of them.',
    'error.unknownTemplate': 'Unknown template "{template}": use generic, us, cz or es.',
    'error.chartInUse':
      "The company's accounts are already in use ({what}); a template can only start an unused chart. Add accounts one by one or import them instead.",
    'error.templateInconsistent': 'The template {template} is inconsistent.',
    'error.importProblems': '{count} problem(s) in the file; nothing was imported.',
    // files and imports
    'error.binaryFile':
      'Line {line} has a character that is not text: the file is binary or not UTF-8. Save it as "CSV UTF-8" and import again.',
    'error.unterminatedQuote': 'The CSV has an unterminated quoted cell.',
    'error.xlsxTooLarge':
      'The workbook unpacks to more than {mb} MB; save only the sheet to import, or export it as CSV.',
    'error.xlsxUnreadable': 'The file is not a readable XLSX workbook.',
    'error.xlsxNoSheet': 'The workbook has no sheet.',
    'error.fileEmpty': 'The file is empty: it needs a header row.',
    'error.optionDate': '--{option} must be a date YYYY-MM-DD.',
    'error.equityOption': '--equity {equity} must be the code or full name of an equity account.',
    'error.atFileLine': '{file}:{line}: {reason}',
    // amounts and rates
    'error.rowUnknownCurrency': '{where}: unknown currency {currency}.',
    'error.rateFormat': '{where}: the exchange rate "{rate}" must be a positive decimal like 25.125.',
    'error.rateZero': '{where}: the exchange rate must be greater than zero.',
    'error.oneAmount': '{where}: give exactly one of debit, credit or amount.',
    'error.amountInvalid': '{where}: {reason}',
    'error.amountSign': '{where}: debit and credit amounts are written positive.',
    'error.amountZero': '{where}: the amount is zero; leave the line out.',
    // posting
    'error.badDate': '{where}: the date "{date}" is not a real date (YYYY-MM-DD).',
    'error.tooFewLines': '{where}: an entry needs at least two lines.',
    'error.tooManyLines': '{where}: at most 1000 lines per entry.',
    'error.noAccountRef': '{where}: there is no account "{account}".',
    'error.accountInactive': '{where}: the account {code} is inactive.',
    'error.accountCurrency': '{where}: the account {code} is kept in {accountCurrency}, not {currency}.',
    'error.noRate':
      '{where}: there is no {currency} exchange rate on or before {date}; add one or give the rate.',
    'error.unbalanced':
      'Entry {entry} does not balance in {currency}: debits and credits differ by {difference}.',
    'error.unbalancedBase':
      'Entry {entry} does not balance in {currency} after conversion: the difference is {difference}; adjust a rate or add a rounding line.',
    'error.postedMeanwhile': 'The entry {entry} was posted meanwhile.',
    // entries
    'error.entryDate': 'The date must be YYYY-MM-DD.',
    'error.editOnlyDraft':
      'Only a draft can be edited; this entry is submitted or posted (reverse it instead).',
    'error.deleteOnlyUnposted': 'Only an unposted entry can be deleted.',
    'error.alreadyPosted': 'This entry is already posted.',
    'error.submitOnlyDraft': 'Only a draft can be submitted.',
    'error.returnOnlySubmitted': 'Only a submitted entry can be returned.',
    'error.reverseOnlyPosted':
      'Only a posted entry can be reversed; a draft can simply be edited or deleted.',
    'error.alreadyReversed': 'This entry was already reversed by {entry}.',
    'error.reverseReversal': 'This entry is itself a reversal; post a new entry instead.',
    'error.reverseClosing':
      'This entry closes the fiscal year {year}: reopen the year instead (steward ledger reopen-year {year}).',
    'error.reversalWaiting': 'A reversal of this entry is already waiting for approval.',
    'error.reversalDate': 'The reversal date must be YYYY-MM-DD.',
    'error.reversalNotWritten': 'The reversal could not be written.',
    // recurring entries
    'error.ruleStart': 'Give the start as startDate, not inside the rule.',
    'error.ruleInvalid': 'The rule "{rule}" is not an RFC 5545 RRULE: {reason}',
    'error.ruleNoFreq': 'The rule needs FREQ (e.g. FREQ=MONTHLY;BYMONTHDAY=1).',
    'error.ruleTooOften': 'Entries recur at most daily (FREQ=DAILY … YEARLY).',
    'error.nameRequired': 'The name is required.',
    'error.recurringHasEntries': 'This recurring entry has generated entries: deactivate it instead.',
    // fiscal years, periods, closing
    'error.yearRange': 'The year must be between 1900 and 2200.',
    'error.yearOverlap': 'A fiscal year overlapping {start} – {end} already exists.',
    'error.outsideYears':
      'The date {date} is outside every fiscal year; create the fiscal year first (steward ledger fiscal-year create).',
    'error.periodLocked': 'The period {period} is locked: nothing can be posted or reversed on {date}.',
    'error.periodName': 'Name the period as YYYY-MM.',
    'error.unlockReason': 'Unlocking a period needs a reason (it is kept in the audit trail).',
    'error.yearClosed': 'The fiscal year {year} is already closed.',
    'error.noRetainedAccount': 'There is no account {account} for retained earnings.',
    'error.retainedNotEquity': 'Retained earnings must be an active equity account; {code} is not.',
    'error.closeEarlierFirst': 'Close the earlier fiscal year {year} first.',
    'error.unpostedInYear':
      '{count} entr(ies) of {year} are drafts or await approval: post or delete them before closing.',
    'error.foreignAccount':
      'The account {code} is kept in {currency}; close it into a {base} account by hand first.',
    'error.closingHeld':
      'An approval policy holds the closing entry; a year closes only with a posted closing entry.',
    'error.reopenReason': 'Reopening a year needs a reason.',
    'error.yearNotClosed': 'The fiscal year {year} is not closed.',
    'error.reopenLaterFirst': 'Reopen the later fiscal year {year} first.',
    // reports and dimensions
    'error.dateParam': '{name} must be a date YYYY-MM-DD.',
    'error.datesParam': 'from and to must be dates YYYY-MM-DD.',
    'error.fromAfterTo': 'from must not be after to.',
    'error.cashflowMethod': 'method must be direct or indirect.',
    'error.monthsLimit': 'Month-by-month columns are limited to 60 months.',
    'error.unknownDimension': 'Unknown dimension "{dimension}": use {allowed}.',
    'error.dimensionValue': 'A dimension filter needs a value.',
    'error.dimensionNotTracked':
      'Balances by {dimension} are not tracked in this company; turn tracking on first (steward ledger dimensions set).',
  },
  cs: {
    'where.entry': 'zápis {entry}',
    'where.entryLine': 'zápis {entry}, řádek {line}',
    'where.row': 'řádek {row}',
    'pdf.trialBalance': 'Předvaha',
    'pdf.incomeStatement': 'Výsledovka',
    'pdf.balanceSheet': 'Rozvaha',
    'pdf.asOf': 'K {date}',
    'pdf.period': '{from} – {to}',
    'pdf.printedOn': 'Vytištěno {date}',
    'word.entries': 'účetní zápisy',
    'word.recurring': 'opakované zápisy',
    'error.noDepartment': 'Středisko {department} v této firmě neexistuje.',
    'error.noDepartmentNamed': 'Středisko „{department}“ v této firmě neexistuje.',
    'error.accountNameColon': 'Název účtu nesmí obsahovat „:“ (odděluje úrovně).',
    'error.accountNameColonShort': 'Název účtu nesmí obsahovat „:“.',
    'error.unknownCurrency': 'Neznámá měna {currency}.',
    'error.subAccountType': 'Podúčet musí mít stejný typ jako nadřazený účet ({type}).',
    'error.accountExists': 'Účet s číslem {code} nebo názvem {name} už existuje.',
    'error.typeHasPostings':
      'Na účtu jsou zaúčtované pohyby, jeho typ nelze změnit. Účet deaktivujte a založte nový.',
    'error.typeHasChildren': 'Účet má podúčty: nejprve změňte jejich typ.',
    'error.accountCodeTaken': 'Číslo {code} už má jiný účet.',
    'error.accountNameTaken': 'Jiný účet se už jmenuje {name}.',
    'error.deleteHasPostings': 'Na účtu jsou zaúčtované pohyby: místo smazání jej deaktivujte.',
    'error.deleteHasChildren': 'Účet má podúčty: nejprve je smažte nebo přesuňte.',
    'error.fullNameClash': 'Dva účty by měly stejný úplný název; jeden z nich přejmenujte.',
    'error.unknownTemplate': 'Neznámá šablona „{template}“: použijte generic, us, cz nebo es.',
    'error.chartInUse':
      'Účty firmy se už používají ({what}); šablonou lze založit jen nepoužitou účtovou osnovu. Přidávejte účty jednotlivě nebo je naimportujte.',
    'error.templateInconsistent': 'Šablona {template} není konzistentní.',
    'error.importProblems':
      '{count, plural, one {V souboru je # problém} few {V souboru jsou # problémy} other {V souboru je # problémů}}; nic nebylo naimportováno.',
    'error.binaryFile':
      'Řádek {line} obsahuje znak, který není text: soubor je binární nebo není v UTF-8. Uložte jej jako „CSV UTF-8“ a importujte znovu.',
    'error.unterminatedQuote': 'CSV obsahuje neukončenou buňku v uvozovkách.',
    'error.xlsxTooLarge':
      'Sešit má po rozbalení více než {mb} MB; uložte jen list k importu, nebo jej exportujte jako CSV.',
    'error.xlsxUnreadable': 'Soubor není čitelný sešit XLSX.',
    'error.xlsxNoSheet': 'Sešit nemá žádný list.',
    'error.fileEmpty': 'Soubor je prázdný: potřebuje řádek se záhlavím.',
    'error.optionDate': '--{option} musí být datum ve tvaru RRRR-MM-DD.',
    'error.equityOption': '--equity {equity} musí být číslo nebo úplný název účtu vlastního kapitálu.',
    'error.atFileLine': '{file}:{line}: {reason}',
    'error.rowUnknownCurrency': '{where}: neznámá měna {currency}.',
    'error.rateFormat': '{where}: kurz „{rate}“ musí být kladné desetinné číslo, např. 25.125.',
    'error.rateZero': '{where}: kurz musí být větší než nula.',
    'error.oneAmount': '{where}: zadejte právě jednu z hodnot debit, credit nebo amount.',
    'error.amountInvalid': '{where}: {reason}',
    'error.amountSign': '{where}: částky na straně Má dáti a Dal se píší kladně.',
    'error.amountZero': '{where}: částka je nulová; řádek vynechte.',
    'error.badDate': '{where}: datum „{date}“ není skutečné datum (RRRR-MM-DD).',
    'error.tooFewLines': '{where}: zápis potřebuje alespoň dva řádky.',
    'error.tooManyLines': '{where}: zápis může mít nejvýše 1000 řádků.',
    'error.noAccountRef': '{where}: účet „{account}“ neexistuje.',
    'error.accountInactive': '{where}: účet {code} není aktivní.',
    'error.accountCurrency': '{where}: účet {code} je veden v {accountCurrency}, ne v {currency}.',
    'error.noRate':
      '{where}: k datu {date} ani dříve není kurz {currency}; doplňte kurz nebo jej zadejte u řádku.',
    'error.unbalanced':
      'Zápis {entry} není v {currency} vyrovnaný: strany Má dáti a Dal se liší o {difference}.',
    'error.unbalancedBase':
      'Zápis {entry} není po přepočtu vyrovnaný v {currency}: rozdíl je {difference}; upravte kurz nebo přidejte zaokrouhlovací řádek.',
    'error.postedMeanwhile': 'Zápis {entry} byl mezitím zaúčtován.',
    'error.entryDate': 'Datum musí být ve tvaru RRRR-MM-DD.',
    'error.editOnlyDraft':
      'Upravit lze jen koncept; tento zápis je odeslaný ke schválení nebo zaúčtovaný (místo toho jej stornujte).',
    'error.deleteOnlyUnposted': 'Smazat lze jen nezaúčtovaný zápis.',
    'error.alreadyPosted': 'Tento zápis je už zaúčtovaný.',
    'error.submitOnlyDraft': 'Ke schválení lze odeslat jen koncept.',
    'error.returnOnlySubmitted': 'Vrátit lze jen zápis odeslaný ke schválení.',
    'error.reverseOnlyPosted': 'Stornovat lze jen zaúčtovaný zápis; koncept stačí upravit nebo smazat.',
    'error.alreadyReversed': 'Tento zápis už byl stornován zápisem {entry}.',
    'error.reverseReversal': 'Tento zápis je sám stornem; zaúčtujte místo toho nový zápis.',
    'error.reverseClosing':
      'Tento zápis uzavírá účetní rok {year}: místo toho rok znovu otevřete (steward ledger reopen-year {year}).',
    'error.reversalWaiting': 'Storno tohoto zápisu už čeká na schválení.',
    'error.reversalDate': 'Datum storna musí být ve tvaru RRRR-MM-DD.',
    'error.reversalNotWritten': 'Storno se nepodařilo zapsat.',
    'error.ruleStart': 'Začátek zadejte jako startDate, ne uvnitř pravidla.',
    'error.ruleInvalid': 'Pravidlo „{rule}“ není RRULE podle RFC 5545: {reason}',
    'error.ruleNoFreq': 'Pravidlo potřebuje FREQ (např. FREQ=MONTHLY;BYMONTHDAY=1).',
    'error.ruleTooOften': 'Zápisy se opakují nejvýše denně (FREQ=DAILY … YEARLY).',
    'error.nameRequired': 'Název je povinný.',
    'error.recurringHasEntries': 'Tento opakovaný zápis už vytvořil zápisy: místo smazání jej deaktivujte.',
    'error.yearRange': 'Rok musí být mezi 1900 a 2200.',
    'error.yearOverlap': 'Účetní rok, který se překrývá s obdobím {start} – {end}, už existuje.',
    'error.outsideYears':
      'Datum {date} nepatří do žádného účetního roku; nejprve účetní rok založte (steward ledger fiscal-year create).',
    'error.periodLocked': 'Období {period} je uzamčené: k datu {date} nelze nic zaúčtovat ani stornovat.',
    'error.periodName': 'Období zadejte ve tvaru RRRR-MM.',
    'error.unlockReason': 'Odemčení období vyžaduje důvod (uloží se do auditní stopy).',
    'error.yearClosed': 'Účetní rok {year} je už uzavřený.',
    'error.noRetainedAccount': 'Účet {account} pro nerozdělený zisk neexistuje.',
    'error.retainedNotEquity': 'Nerozdělený zisk musí být aktivní účet vlastního kapitálu; {code} jím není.',
    'error.closeEarlierFirst': 'Nejprve uzavřete dřívější účetní rok {year}.',
    'error.unpostedInYear':
      'Rok {year} má {count, plural, one {# zápis, který je konceptem nebo čeká} few {# zápisy, které jsou koncepty nebo čekají} other {# zápisů, které jsou koncepty nebo čekají}} na schválení: před uzávěrkou je zaúčtujte nebo smažte.',
    'error.foreignAccount': 'Účet {code} je veden v {currency}; nejprve jej ručně převeďte na účet v {base}.',
    'error.closingHeld':
      'Uzávěrkový zápis čeká kvůli schvalovacímu pravidlu na schválení; rok lze uzavřít jen se zaúčtovaným uzávěrkovým zápisem.',
    'error.reopenReason': 'Znovuotevření roku vyžaduje důvod.',
    'error.yearNotClosed': 'Účetní rok {year} není uzavřený.',
    'error.reopenLaterFirst': 'Nejprve znovu otevřete pozdější účetní rok {year}.',
    'error.dateParam': '{name} musí být datum ve tvaru RRRR-MM-DD.',
    'error.datesParam': 'from a to musí být data ve tvaru RRRR-MM-DD.',
    'error.fromAfterTo': 'from nesmí být později než to.',
    'error.cashflowMethod': 'method musí být direct nebo indirect.',
    'error.monthsLimit': 'Sloupce po měsících jsou omezeny na 60 měsíců.',
    'error.unknownDimension': 'Neznámá dimenze „{dimension}“: použijte {allowed}.',
    'error.dimensionValue': 'Filtr podle dimenze potřebuje hodnotu.',
    'error.dimensionNotTracked':
      'Zůstatky podle {dimension} se v této firmě nesledují; nejprve sledování zapněte (steward ledger dimensions set).',
  },
  es: {
    'where.entry': 'asiento {entry}',
    'where.entryLine': 'asiento {entry}, línea {line}',
    'where.row': 'fila {row}',
    'pdf.trialBalance': 'Balance de sumas y saldos',
    'pdf.incomeStatement': 'Cuenta de pérdidas y ganancias',
    'pdf.balanceSheet': 'Balance de situación',
    'pdf.asOf': 'A {date}',
    'pdf.period': '{from} – {to}',
    'pdf.printedOn': 'Impreso el {date}',
    'word.entries': 'asientos',
    'word.recurring': 'asientos periódicos',
    'error.noDepartment': 'No existe el departamento {department} en esta empresa.',
    'error.noDepartmentNamed': 'No existe el departamento «{department}» en esta empresa.',
    'error.accountNameColon': 'El nombre de una cuenta no puede contener «:» (separa los niveles).',
    'error.accountNameColonShort': 'El nombre de una cuenta no puede contener «:».',
    'error.unknownCurrency': 'Moneda desconocida: {currency}.',
    'error.subAccountType': 'Una subcuenta debe tener el tipo de su cuenta superior ({type}).',
    'error.accountExists': 'Ya existe una cuenta con el código {code} o el nombre {name}.',
    'error.typeHasPostings':
      'Esta cuenta tiene apuntes: su tipo no puede cambiar. Desactívela y abra una nueva.',
    'error.typeHasChildren': 'Esta cuenta tiene subcuentas: cambie primero su tipo.',
    'error.accountCodeTaken': 'Otra cuenta ya tiene el código {code}.',
    'error.accountNameTaken': 'Otra cuenta ya se llama {name}.',
    'error.deleteHasPostings': 'Esta cuenta tiene apuntes: desactívela en lugar de eliminarla.',
    'error.deleteHasChildren': 'Esta cuenta tiene subcuentas: elimínelas o muévalas primero.',
    'error.fullNameClash': 'Dos cuentas tendrían el mismo nombre completo; cambie el nombre de una de ellas.',
    'error.unknownTemplate': 'Plantilla desconocida «{template}»: use generic, us, cz o es.',
    'error.chartInUse':
      'Las cuentas de la empresa ya están en uso ({what}); una plantilla solo puede iniciar un plan de cuentas sin usar. Añada las cuentas una a una o impórtelas.',
    'error.templateInconsistent': 'La plantilla {template} no es coherente.',
    'error.importProblems':
      '{count, plural, one {# problema en el archivo} other {# problemas en el archivo}}; no se importó nada.',
    'error.binaryFile':
      'La línea {line} tiene un carácter que no es texto: el archivo es binario o no está en UTF-8. Guárdelo como «CSV UTF-8» e impórtelo de nuevo.',
    'error.unterminatedQuote': 'El CSV tiene una celda entre comillas sin cerrar.',
    'error.xlsxTooLarge':
      'El libro ocupa más de {mb} MB al descomprimirlo; guarde solo la hoja que va a importar o expórtela como CSV.',
    'error.xlsxUnreadable': 'El archivo no es un libro XLSX legible.',
    'error.xlsxNoSheet': 'El libro no tiene ninguna hoja.',
    'error.fileEmpty': 'El archivo está vacío: necesita una fila de encabezado.',
    'error.optionDate': '--{option} debe ser una fecha AAAA-MM-DD.',
    'error.equityOption':
      '--equity {equity} debe ser el código o el nombre completo de una cuenta de patrimonio neto.',
    'error.atFileLine': '{file}:{line}: {reason}',
    'error.rowUnknownCurrency': '{where}: moneda desconocida {currency}.',
    'error.rateFormat': '{where}: el tipo de cambio «{rate}» debe ser un decimal positivo, p. ej. 25.125.',
    'error.rateZero': '{where}: el tipo de cambio debe ser mayor que cero.',
    'error.oneAmount': '{where}: indique exactamente uno de debit, credit o amount.',
    'error.amountInvalid': '{where}: {reason}',
    'error.amountSign': '{where}: los importes del debe y del haber se escriben en positivo.',
    'error.amountZero': '{where}: el importe es cero; omita la línea.',
    'error.badDate': '{where}: la fecha «{date}» no es una fecha real (AAAA-MM-DD).',
    'error.tooFewLines': '{where}: un asiento necesita al menos dos líneas.',
    'error.tooManyLines': '{where}: como máximo 1000 líneas por asiento.',
    'error.noAccountRef': '{where}: no existe la cuenta «{account}».',
    'error.accountInactive': '{where}: la cuenta {code} está inactiva.',
    'error.accountCurrency': '{where}: la cuenta {code} se lleva en {accountCurrency}, no en {currency}.',
    'error.noRate':
      '{where}: no hay tipo de cambio de {currency} en la fecha {date} ni antes; añada uno o indique el tipo.',
    'error.unbalanced':
      'El asiento {entry} no cuadra en {currency}: el debe y el haber difieren en {difference}.',
    'error.unbalancedBase':
      'El asiento {entry} no cuadra en {currency} tras la conversión: la diferencia es {difference}; ajuste un tipo de cambio o añada una línea de redondeo.',
    'error.postedMeanwhile': 'El asiento {entry} se ha contabilizado entretanto.',
    'error.entryDate': 'La fecha debe tener el formato AAAA-MM-DD.',
    'error.editOnlyDraft':
      'Solo se puede editar un borrador; este asiento está enviado o contabilizado (anúlelo en su lugar).',
    'error.deleteOnlyUnposted': 'Solo se puede eliminar un asiento no contabilizado.',
    'error.alreadyPosted': 'Este asiento ya está contabilizado.',
    'error.submitOnlyDraft': 'Solo se puede enviar un borrador.',
    'error.returnOnlySubmitted': 'Solo se puede devolver un asiento enviado.',
    'error.reverseOnlyPosted':
      'Solo se puede anular un asiento contabilizado; un borrador se puede simplemente editar o eliminar.',
    'error.alreadyReversed': 'Este asiento ya fue anulado por {entry}.',
    'error.reverseReversal': 'Este asiento ya es una anulación; contabilice un asiento nuevo en su lugar.',
    'error.reverseClosing':
      'Este asiento cierra el ejercicio {year}: reabra el ejercicio en su lugar (steward ledger reopen-year {year}).',
    'error.reversalWaiting': 'Ya hay una anulación de este asiento pendiente de aprobación.',
    'error.reversalDate': 'La fecha de la anulación debe tener el formato AAAA-MM-DD.',
    'error.reversalNotWritten': 'No se pudo registrar la anulación.',
    'error.ruleStart': 'Indique el inicio como startDate, no dentro de la regla.',
    'error.ruleInvalid': 'La regla «{rule}» no es una RRULE según RFC 5545: {reason}',
    'error.ruleNoFreq': 'La regla necesita FREQ (p. ej. FREQ=MONTHLY;BYMONTHDAY=1).',
    'error.ruleTooOften': 'Los asientos se repiten como mucho a diario (FREQ=DAILY … YEARLY).',
    'error.nameRequired': 'El nombre es obligatorio.',
    'error.recurringHasEntries': 'Este asiento periódico ya ha generado asientos: desactívelo en su lugar.',
    'error.yearRange': 'El año debe estar entre 1900 y 2200.',
    'error.yearOverlap': 'Ya existe un ejercicio que se solapa con {start} – {end}.',
    'error.outsideYears':
      'La fecha {date} queda fuera de todo ejercicio; cree primero el ejercicio (steward ledger fiscal-year create).',
    'error.periodLocked':
      'El periodo {period} está bloqueado: no se puede contabilizar ni anular nada con fecha {date}.',
    'error.periodName': 'Indique el periodo como AAAA-MM.',
    'error.unlockReason': 'Desbloquear un periodo requiere un motivo (se guarda en la pista de auditoría).',
    'error.yearClosed': 'El ejercicio {year} ya está cerrado.',
    'error.noRetainedAccount': 'No existe la cuenta {account} para resultados acumulados.',
    'error.retainedNotEquity':
      'Los resultados acumulados deben ir a una cuenta de patrimonio neto activa; {code} no lo es.',
    'error.closeEarlierFirst': 'Cierre primero el ejercicio anterior {year}.',
    'error.unpostedInYear':
      '{count, plural, one {# asiento de {year} es un borrador o espera} other {# asientos de {year} son borradores o esperan}} aprobación: contabilícelos o elimínelos antes del cierre.',
    'error.foreignAccount':
      'La cuenta {code} se lleva en {currency}; ciérrela primero a mano contra una cuenta en {base}.',
    'error.closingHeld':
      'Una política de aprobación retiene el asiento de cierre; un ejercicio solo se cierra con un asiento de cierre contabilizado.',
    'error.reopenReason': 'Reabrir un ejercicio requiere un motivo.',
    'error.yearNotClosed': 'El ejercicio {year} no está cerrado.',
    'error.reopenLaterFirst': 'Reabra primero el ejercicio posterior {year}.',
    'error.dateParam': '{name} debe ser una fecha AAAA-MM-DD.',
    'error.datesParam': 'from y to deben ser fechas AAAA-MM-DD.',
    'error.fromAfterTo': 'from no puede ser posterior a to.',
    'error.cashflowMethod': 'method debe ser direct o indirect.',
    'error.monthsLimit': 'Las columnas mes a mes se limitan a 60 meses.',
    'error.unknownDimension': 'Dimensión desconocida «{dimension}»: use {allowed}.',
    'error.dimensionValue': 'Un filtro por dimensión necesita un valor.',
    'error.dimensionNotTracked':
      'Los saldos por {dimension} no se siguen en esta empresa; active primero el seguimiento (steward ledger dimensions set).',
  },
});

export type LedgerKey = keyof (typeof ledgerText.messages)['en'];

export { reasonOf, type Worded } from '../../platform/i18n/index.ts';

/** Where a problem is, in the reader's language: entry n (1-based), entry n line m, or file row n. */
export const where = {
  entry: (entry: number): Worded => ledgerText.localizer('where.entry', { entry: String(entry) }),
  line: (entry: number, line: number): Worded =>
    ledgerText.localizer('where.entryLine', { entry: String(entry), line: String(line) }),
  row: (row: number): Worded => ledgerText.localizer('where.row', { row: String(row) }),
};

/** `ledgerText.error`: its parameters may be worded per language (`where.line(2, 3)`, `reasonOf(err)`). */
export const ledgerError = ledgerText.error;
