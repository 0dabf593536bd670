import { defineCatalog } from '../../platform/i18n/index.ts';

/**
 * The procure-to-pay flows' error messages (payment runs and their bank files) in English, Czech and
 * Spanish (`error.*`), answered in the request's Accept-Language.
 */
export const procureToPayText = defineCatalog('procure-to-pay', {
  en: {
    'error.currencyNotSupported':
      'Payment runs write SEPA files for EUR and NACHA files for USD; {currency} is not supported.',
    'error.bankInactive': '{name} is not an active bank account.',
    'error.alreadyReleased': 'Payment run {number} was already released; it cannot be released twice.',
    'error.cancelled': 'Payment run {number} was cancelled.',
    'error.awaitingApproval': 'Payment run {number} is waiting for approval.',
    'error.nothingToPay': 'Payment run {number} has no bills left to pay; include one or cancel the run.',
    'error.vendorWithoutAccount':
      '{party} has no bank account; add one to the vendor or drop their bills from run {number}.',
    'error.vendorWithoutIban':
      '{party} has no IBAN; SEPA needs one. Add it to the vendor or drop their bills.',
    'error.vendorWithoutUsAccount': '{party} has no US routing and account number; NACHA needs them.',
    'error.bankWithoutIban': 'Bank account {name} has no IBAN; a SEPA file needs it.',
    'error.bankWithoutUsAccount':
      'Bank account {name} has no routing or account number; a NACHA file needs them.',
    'error.notReleased': 'Payment run {number} is {status}; release it first to get its bank file.',
  },
  cs: {
    'error.currencyNotSupported':
      'Platební dávky vytvářejí soubory SEPA pro EUR a NACHA pro USD; měna {currency} není podporována.',
    'error.bankInactive': '{name} není aktivní bankovní účet.',
    'error.alreadyReleased': 'Platební dávka {number} už byla uvolněna; dvakrát ji uvolnit nelze.',
    'error.cancelled': 'Platební dávka {number} byla zrušena.',
    'error.awaitingApproval': 'Platební dávka {number} čeká na schválení.',
    'error.nothingToPay':
      'V platební dávce {number} nezbyly žádné faktury k úhradě; nějakou zařaďte, nebo dávku zrušte.',
    'error.vendorWithoutAccount':
      '{party} nemá bankovní účet; doplňte jej u dodavatele, nebo jeho faktury vyřaďte z dávky {number}.',
    'error.vendorWithoutIban':
      '{party} nemá IBAN; SEPA jej vyžaduje. Doplňte jej u dodavatele, nebo jeho faktury vyřaďte.',
    'error.vendorWithoutUsAccount':
      '{party} nemá americké směrové číslo banky a číslo účtu; NACHA je vyžaduje.',
    'error.bankWithoutIban': 'Bankovní účet {name} nemá IBAN; soubor SEPA jej potřebuje.',
    'error.bankWithoutUsAccount':
      'Bankovní účet {name} nemá směrové číslo banky nebo číslo účtu; soubor NACHA je potřebuje.',
    'error.notReleased':
      'Platební dávka {number} je ve stavu {status}; pro bankovní soubor ji nejprve uvolněte.',
  },
  es: {
    'error.currencyNotSupported':
      'Las remesas de pagos generan ficheros SEPA para EUR y NACHA para USD; {currency} no es compatible.',
    'error.bankInactive': '{name} no es una cuenta bancaria activa.',
    'error.alreadyReleased': 'La remesa de pagos {number} ya se liberó; no se puede liberar dos veces.',
    'error.cancelled': 'La remesa de pagos {number} se canceló.',
    'error.awaitingApproval': 'La remesa de pagos {number} está pendiente de aprobación.',
    'error.nothingToPay':
      'La remesa de pagos {number} no tiene facturas pendientes de pago; incluya alguna o cancele la remesa.',
    'error.vendorWithoutAccount':
      '{party} no tiene cuenta bancaria; añada una al proveedor o quite sus facturas de la remesa {number}.',
    'error.vendorWithoutIban':
      '{party} no tiene IBAN; SEPA lo necesita. Añádalo al proveedor o quite sus facturas.',
    'error.vendorWithoutUsAccount':
      '{party} no tiene número de ruta bancaria ni número de cuenta de EE. UU.; NACHA los necesita.',
    'error.bankWithoutIban': 'La cuenta bancaria {name} no tiene IBAN; un fichero SEPA lo necesita.',
    'error.bankWithoutUsAccount':
      'La cuenta bancaria {name} no tiene número de ruta bancaria o número de cuenta; un fichero NACHA los necesita.',
    'error.notReleased':
      'La remesa de pagos {number} está en estado {status}; libérela primero para obtener su fichero bancario.',
  },
});
