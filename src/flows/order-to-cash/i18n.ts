import { defineCatalog } from '../../platform/i18n/index.ts';

/**
 * The order-to-cash flows' error messages (payments and their settings) in English, Czech and Spanish
 * (`error.*`), answered in the request's Accept-Language.
 */
export const orderToCashText = defineCatalog('order-to-cash', {
  en: {
    'error.noAccount': 'There is no account "{ref}" in the chart; give its code.',
    'error.wrongAccountType': 'Account {code} is {type}; this needs {what}.',
    'error.inactiveAccount': 'Account {code} is inactive; choose an active one.',
    'error.moduleMissing': '{module} is not installed here, so {which} cannot be paid yet.',
    'error.notCustomer': '{party} is not a customer; mark them as one or choose another party.',
    'error.notVendor': '{party} is not a vendor; mark them as one or choose another party.',
    'error.applicationWithBank': 'An application of credit moves no money; leave the bank account out.',
    'error.bankAccountMissing': 'Choose the bank account the money moves through.',
    'error.bankCurrency':
      'Bank account {name} is in {bankCurrency}; the payment is in {currency}. Choose a {currencyAgain} account.',
    'error.bankClosed': 'Bank account {name} is closed; choose another.',
    'error.paidInRun':
      'Payment {number} was sent to the bank in a payment run; record a refund instead of voiding it.',
    'error.unallocatedCredit':
      '{amount} would be kept as credit for {party}, not applied to any invoice. Allocate it to open invoices, or confirm that it should be kept as credit.',
    'error.unallocatedAdvance':
      '{amount} would be kept as an advance to {party}, not applied to any bill. Allocate it to open bills, or confirm that it should be kept as an advance.',
  },
  cs: {
    'error.noAccount': 'V účtovém rozvrhu není účet „{ref}“; zadejte jeho kód.',
    'error.wrongAccountType': 'Účet {code} je typu {type}; zde je potřeba {what}.',
    'error.inactiveAccount': 'Účet {code} je neaktivní; vyberte aktivní.',
    'error.moduleMissing': 'Modul {module} zde není nainstalován, takže {which} zatím nelze platit.',
    'error.notCustomer': '{party} není odběratel; označte jej jako odběratele nebo zvolte jiného partnera.',
    'error.notVendor': '{party} není dodavatel; označte jej jako dodavatele nebo zvolte jiného partnera.',
    'error.applicationWithBank': 'Započtení přeplatku nepohybuje penězi; bankovní účet vynechte.',
    'error.bankAccountMissing': 'Vyberte bankovní účet, přes který peníze jdou.',
    'error.bankCurrency':
      'Bankovní účet {name} je v {bankCurrency}; platba je v {currency}. Vyberte účet v {currencyAgain}.',
    'error.bankClosed': 'Bankovní účet {name} je uzavřený; vyberte jiný.',
    'error.paidInRun':
      'Platba {number} byla odeslána do banky v platební dávce; místo storna zaúčtujte vrácení peněz.',
    'error.unallocatedCredit':
      '{amount} by zůstalo jako přeplatek partnera {party}, nepřiřazené k žádné faktuře. Rozúčtujte částku na otevřené faktury, nebo potvrďte, že má zůstat jako přeplatek.',
    'error.unallocatedAdvance':
      '{amount} by zůstalo jako záloha dodavateli {party}, nepřiřazená k žádné přijaté faktuře. Rozúčtujte částku na otevřené faktury, nebo potvrďte, že má zůstat jako záloha.',
  },
  es: {
    'error.noAccount': 'No hay ninguna cuenta «{ref}» en el plan de cuentas; indique su código.',
    'error.wrongAccountType': 'La cuenta {code} es de tipo {type}; aquí se necesita {what}.',
    'error.inactiveAccount': 'La cuenta {code} está inactiva; elija una activa.',
    'error.moduleMissing':
      'El módulo {module} no está instalado aquí, así que {which} aún no se pueden pagar.',
    'error.notCustomer': '{party} no es cliente; márquelo como cliente o elija otro tercero.',
    'error.notVendor': '{party} no es proveedor; márquelo como proveedor o elija otro tercero.',
    'error.applicationWithBank':
      'Una aplicación de saldo a favor no mueve dinero; no indique la cuenta bancaria.',
    'error.bankAccountMissing': 'Elija la cuenta bancaria por la que se mueve el dinero.',
    'error.bankCurrency':
      'La cuenta bancaria {name} está en {bankCurrency}; el pago está en {currency}. Elija una cuenta en {currencyAgain}.',
    'error.bankClosed': 'La cuenta bancaria {name} está cerrada; elija otra.',
    'error.paidInRun':
      'El pago {number} se envió al banco en una remesa de pagos; registre una devolución en lugar de anularlo.',
    'error.unallocatedCredit':
      '{amount} quedaría como saldo a favor de {party}, sin aplicarse a ninguna factura. Asígnelo a facturas abiertas o confirme que debe quedar como saldo a favor.',
    'error.unallocatedAdvance':
      '{amount} quedaría como anticipo a {party}, sin aplicarse a ninguna factura de proveedor. Asígnelo a facturas abiertas o confirme que debe quedar como anticipo.',
  },
});
