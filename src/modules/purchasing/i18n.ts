import { defineCatalog } from '../../platform/i18n/index.ts';

/**
 * The purchasing module's error messages in English, Czech and Spanish (`error.*`), answered in the request's
 * Accept-Language. Statuses and field names named in a message (`draft`, `issueDate`) are the API's own codes.
 */
export const purchasingText = defineCatalog('purchasing', {
  en: {
    'error.imageTooLarge':
      'This image is {width} × {height} pixels; a bill photo can have at most {max} megapixels. Scale it down or upload a PDF.',
    'error.unsupportedFile': 'Upload a PDF, PNG or JPEG of the bill; this file is none of these.',
    'error.unreadablePdf': 'This PDF could not be read ({message}); upload it again or a photo of it.',
    'error.noApprovalWaiting': 'Bill {number} is {status}; there is no approval waiting.',
    'error.lineAccountMissing':
      'Line {line}: account "{accountId}" does not exist; choose an expense or asset account.',
    'error.lineAccountType':
      'Line {line}: {code} {name} is a {type} account; a bill line goes to an expense or asset account.',
    'error.lineAccountInactive': 'Line {line}: account {code} is inactive; choose an active one.',
    'error.lineTaxCodeMissing': 'Line {line}: tax code "{taxCode}" does not exist.',
    'error.reverseChargeRate':
      'A line is reverse charge: give reverseChargeRate, the percent the company self-assesses (e.g. "21").',
    'error.duplicateOnlyBill':
      'Only a bill can be duplicated; a vendor credit belongs to the bill it corrects.',
    'error.notVendor': '{party} is not marked as a vendor; mark the party as a vendor first.',
    'error.badCurrency': '"{currency}" is not a currency code.',
    'error.badIssueDate': 'issueDate "{issueDate}" is not a calendar day.',
    'error.badDueDate': 'dueDate "{dueDate}" is not a calendar day.',
    'error.dueBeforeIssue': 'The due date is before the issue date; correct one of them.',
    'error.notDraft': 'Bill {number} is {status}; only a draft can be changed.',
    'error.staleVersion':
      'Someone changed this bill since you opened it; reload it and apply your change again.',
    'error.possibleDuplicate':
      'This may be a duplicate of {candidates}. Check it; to save anyway, confirm the duplicate.',
    'error.payableNotLiability': 'payableAccountId "{payableAccountId}" is not a liability account.',
    'error.captureNotRereadable': 'This document is {status}; it cannot be read again.',
    'error.captureNoFile':
      'Upload the document first: POST /api/v1/files?entityType=purchasing_capture&entityId=<id>.',
    'error.captureFileType': 'A bill is read from a PDF, PNG or JPEG; "{name}" is {contentType}.',
    'error.captureNotReady':
      'This document is {status}; only a document read and ready for review becomes a bill.',
    'error.captureVendor':
      'Choose the vendor, or confirm creating a new one from the document (createVendor).',
    'error.captureAlreadyBill': 'This document was turned into a bill meanwhile; open that bill.',
    'error.captureNotDismissable':
      'Only a document waiting for a file, ready for review or failed can be dismissed.',
    'error.badFieldDate': '{field}: "{day}" is not a date (YYYY-MM-DD).',
    'error.settleNotPosted':
      'Bill {number} is {status}; only a posted bill can be paid or settled. Post it first.',
    'error.ublNoTaxCode':
      'Line {line}: no tax code for category {category} at {percent} %; create one in the tax codes and import again.',
    'error.ublCreditNote':
      'This is a UBL credit note; vendor credits are not imported yet. Enter it as a vendor credit by hand.',
    'error.ublAllowances':
      'The invoice has document-level allowances or charges, which bills do not carry yet; enter it by hand.',
    'error.ublNoVendor':
      'No vendor has VAT id {vatId}; confirm creating "{name}" as a new vendor (createVendor).',
    'error.ublExpenseAccount':
      'Choose the expense account for bills of {party} (accountId); it is remembered for next time.',
    'error.wrongStatus': 'Bill {number} is {status}; it can be {action} only when {from}.',
    'error.postedNoVoid':
      'Bill {number} is posted; a posted bill stays in the books. Record a vendor credit instead of voiding it.',
    'error.badDate': '"{date}" is not a date (YYYY-MM-DD).',
    'error.noPayableAccount':
      'No accounts payable account: create a liability account of subtype "payable" or set payableAccountId on the bill.',
    'error.noInputTaxAccount': 'Tax code {code} has no input tax account; set one in the tax codes.',
    'error.reverseChargeAccounts':
      'The reverse-charge tax code needs both an input and an output tax account to self-assess; set them in the tax codes.',
  },
  cs: {
    'error.imageTooLarge':
      'Tento obrázek má {width} × {height} pixelů; fotografie faktury může mít nejvýše {max} megapixelů. Zmenšete ji nebo nahrajte PDF.',
    'error.unsupportedFile': 'Nahrajte fakturu jako PDF, PNG nebo JPEG; tento soubor není ani jedním z nich.',
    'error.unreadablePdf': 'Toto PDF nelze přečíst ({message}); nahrajte jej znovu, nebo jeho fotografii.',
    'error.noApprovalWaiting': 'Přijatá faktura {number} je ve stavu {status}; žádné schválení nečeká.',
    'error.lineAccountMissing':
      'Řádek {line}: účet „{accountId}“ neexistuje; vyberte nákladový účet nebo účet aktiv.',
    'error.lineAccountType':
      'Řádek {line}: {code} {name} je účet typu {type}; řádek přijaté faktury patří na nákladový účet nebo účet aktiv.',
    'error.lineAccountInactive': 'Řádek {line}: účet {code} je neaktivní; vyberte aktivní.',
    'error.lineTaxCodeMissing': 'Řádek {line}: daňový kód „{taxCode}“ neexistuje.',
    'error.reverseChargeRate':
      'Řádek je v režimu přenesení daňové povinnosti: zadejte reverseChargeRate, sazbu, kterou si společnost sama vyměří (např. „21“).',
    'error.duplicateOnlyBill':
      'Duplikovat lze jen přijatou fakturu; dobropis dodavatele patří k faktuře, kterou opravuje.',
    'error.notVendor': '{party} není označen jako dodavatel; nejprve jej jako dodavatele označte.',
    'error.badCurrency': '„{currency}“ není kód měny.',
    'error.badIssueDate': 'issueDate „{issueDate}“ není kalendářní den.',
    'error.badDueDate': 'dueDate „{dueDate}“ není kalendářní den.',
    'error.dueBeforeIssue': 'Datum splatnosti je před datem vystavení; opravte jedno z nich.',
    'error.notDraft': 'Přijatá faktura {number} je ve stavu {status}; měnit lze jen koncept.',
    'error.staleVersion':
      'Tuto fakturu někdo změnil od chvíle, kdy jste ji otevřeli; načtěte ji znovu a změnu proveďte ještě jednou.',
    'error.possibleDuplicate':
      'Může jít o duplikát {candidates}. Zkontrolujte to; chcete-li přesto uložit, duplikát potvrďte.',
    'error.payableNotLiability': 'payableAccountId „{payableAccountId}“ není účet závazků.',
    'error.captureNotRereadable': 'Tento dokument je ve stavu {status}; znovu jej přečíst nelze.',
    'error.captureNoFile':
      'Nejprve nahrajte dokument: POST /api/v1/files?entityType=purchasing_capture&entityId=<id>.',
    'error.captureFileType': 'Faktura se čte z PDF, PNG nebo JPEG; „{name}“ je {contentType}.',
    'error.captureNotReady':
      'Tento dokument je ve stavu {status}; fakturou se stane jen dokument přečtený a připravený ke kontrole.',
    'error.captureVendor':
      'Vyberte dodavatele, nebo potvrďte založení nového podle dokumentu (createVendor).',
    'error.captureAlreadyBill': 'Z tohoto dokumentu se mezitím stala faktura; otevřete ji.',
    'error.captureNotDismissable':
      'Zahodit lze jen dokument, který čeká na soubor, je připraven ke kontrole nebo selhal.',
    'error.badFieldDate': '{field}: „{day}“ není datum (RRRR-MM-DD).',
    'error.settleNotPosted':
      'Přijatá faktura {number} je ve stavu {status}; uhradit nebo vyrovnat lze jen zaúčtovanou fakturu. Nejprve ji zaúčtujte.',
    'error.ublNoTaxCode':
      'Řádek {line}: pro kategorii {category} se sazbou {percent} % neexistuje daňový kód; založte jej mezi daňovými kódy a importujte znovu.',
    'error.ublCreditNote':
      'Toto je dobropis UBL; dobropisy dodavatelů se zatím neimportují. Zadejte jej ručně jako dobropis dodavatele.',
    'error.ublAllowances':
      'Faktura má slevy nebo příplatky na úrovni dokladu, které přijaté faktury zatím neumějí; zadejte ji ručně.',
    'error.ublNoVendor':
      'Žádný dodavatel nemá DIČ {vatId}; potvrďte založení „{name}“ jako nového dodavatele (createVendor).',
    'error.ublExpenseAccount':
      'Vyberte nákladový účet pro faktury od {party} (accountId); zapamatuje se pro příště.',
    'error.wrongStatus':
      'Přijatá faktura {number} je ve stavu {status}; akce {action} je možná jen ve stavu {from}.',
    'error.postedNoVoid':
      'Přijatá faktura {number} je zaúčtovaná; zaúčtovaná faktura zůstává v knihách. Místo storna zaúčtujte dobropis dodavatele.',
    'error.badDate': '„{date}“ není datum (RRRR-MM-DD).',
    'error.noPayableAccount':
      'Chybí účet závazků vůči dodavatelům: založte účet pasiv s podtypem „payable“, nebo u faktury nastavte payableAccountId.',
    'error.noInputTaxAccount': 'Daňový kód {code} nemá účet daně na vstupu; nastavte jej v daňových kódech.',
    'error.reverseChargeAccounts':
      'Daňový kód pro přenesení daňové povinnosti potřebuje pro samovyměření účet daně na vstupu i na výstupu; nastavte je v daňových kódech.',
  },
  es: {
    'error.imageTooLarge':
      'Esta imagen tiene {width} × {height} píxeles; una foto de factura puede tener como máximo {max} megapíxeles. Redúzcala o suba un PDF.',
    'error.unsupportedFile': 'Suba la factura en PDF, PNG o JPEG; este archivo no es ninguno de ellos.',
    'error.unreadablePdf': 'No se pudo leer este PDF ({message}); súbalo de nuevo o una foto de él.',
    'error.noApprovalWaiting':
      'La factura de proveedor {number} está en estado {status}; no hay ninguna aprobación pendiente.',
    'error.lineAccountMissing':
      'Línea {line}: la cuenta «{accountId}» no existe; elija una cuenta de gasto o de activo.',
    'error.lineAccountType':
      'Línea {line}: {code} {name} es una cuenta de tipo {type}; una línea de factura de proveedor va a una cuenta de gasto o de activo.',
    'error.lineAccountInactive': 'Línea {line}: la cuenta {code} está inactiva; elija una activa.',
    'error.lineTaxCodeMissing': 'Línea {line}: el código de impuesto «{taxCode}» no existe.',
    'error.reverseChargeRate':
      'Una línea es de inversión del sujeto pasivo: indique reverseChargeRate, el porcentaje que la empresa autoliquida (p. ej. "21").',
    'error.duplicateOnlyBill':
      'Solo se puede duplicar una factura de proveedor; un abono del proveedor pertenece a la factura que corrige.',
    'error.notVendor': '{party} no está marcado como proveedor; márquelo primero como proveedor.',
    'error.badCurrency': '«{currency}» no es un código de moneda.',
    'error.badIssueDate': 'issueDate «{issueDate}» no es un día del calendario.',
    'error.badDueDate': 'dueDate «{dueDate}» no es un día del calendario.',
    'error.dueBeforeIssue': 'La fecha de vencimiento es anterior a la de emisión; corrija una de las dos.',
    'error.notDraft':
      'La factura de proveedor {number} está en estado {status}; solo se puede modificar un borrador.',
    'error.staleVersion':
      'Otra persona cambió esta factura desde que la abrió; vuelva a cargarla y repita su cambio.',
    'error.possibleDuplicate':
      'Puede ser un duplicado de {candidates}. Compruébelo; para guardarla de todos modos, confirme el duplicado.',
    'error.payableNotLiability': 'payableAccountId «{payableAccountId}» no es una cuenta de pasivo.',
    'error.captureNotRereadable': 'Este documento está en estado {status}; no se puede volver a leer.',
    'error.captureNoFile':
      'Suba primero el documento: POST /api/v1/files?entityType=purchasing_capture&entityId=<id>.',
    'error.captureFileType': 'Una factura se lee de un PDF, PNG o JPEG; «{name}» es {contentType}.',
    'error.captureNotReady':
      'Este documento está en estado {status}; solo un documento leído y listo para revisar se convierte en factura.',
    'error.captureVendor':
      'Elija el proveedor o confirme la creación de uno nuevo a partir del documento (createVendor).',
    'error.captureAlreadyBill': 'Este documento se ha convertido entretanto en una factura; ábrala.',
    'error.captureNotDismissable':
      'Solo se puede descartar un documento que espera un archivo, está listo para revisar o ha fallado.',
    'error.badFieldDate': '{field}: «{day}» no es una fecha (AAAA-MM-DD).',
    'error.settleNotPosted':
      'La factura de proveedor {number} está en estado {status}; solo se puede pagar o liquidar una factura contabilizada. Contabilícela primero.',
    'error.ublNoTaxCode':
      'Línea {line}: no hay código de impuesto para la categoría {category} al {percent} %; cree uno en los códigos de impuesto e importe de nuevo.',
    'error.ublCreditNote':
      'Es una factura rectificativa UBL; los abonos de proveedor aún no se importan. Introdúzcala a mano como abono de proveedor.',
    'error.ublAllowances':
      'La factura tiene descuentos o cargos a nivel de documento, que las facturas de proveedor aún no admiten; introdúzcala a mano.',
    'error.ublNoVendor':
      'Ningún proveedor tiene el NIF-IVA {vatId}; confirme la creación de «{name}» como proveedor nuevo (createVendor).',
    'error.ublExpenseAccount':
      'Elija la cuenta de gasto para las facturas de {party} (accountId); se recordará para la próxima vez.',
    'error.wrongStatus':
      'La factura de proveedor {number} está en estado {status}; la acción {action} solo es posible en estado {from}.',
    'error.postedNoVoid':
      'La factura de proveedor {number} está contabilizada; una factura contabilizada permanece en los libros. Registre un abono de proveedor en lugar de anularla.',
    'error.badDate': '«{date}» no es una fecha (AAAA-MM-DD).',
    'error.noPayableAccount':
      'No hay cuenta de proveedores: cree una cuenta de pasivo de subtipo "payable" o indique payableAccountId en la factura.',
    'error.noInputTaxAccount':
      'El código de impuesto {code} no tiene cuenta de IVA soportado; configúrela en los códigos de impuesto.',
    'error.reverseChargeAccounts':
      'El código de impuesto de inversión del sujeto pasivo necesita una cuenta de IVA soportado y otra de repercutido para autoliquidar; configúrelas en los códigos de impuesto.',
  },
});
