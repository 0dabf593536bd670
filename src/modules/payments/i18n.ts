import { defineCatalog } from '../../platform/i18n/index.ts';

/**
 * The payments module's error messages in English, Czech and Spanish (`error.*`), answered in the request's
 * Accept-Language, and the words some of them are built from (`word.*`: payment kinds, document kinds, run
 * statuses, "Allocation 2"), worded per language as `paymentsText.localizer(...)` parameters.
 */
export const paymentsText = defineCatalog('payments', {
  en: {
    'error.writeOffLimitNegative': 'The write-off limit cannot be negative.',
    'error.badCursor': 'The cursor is not valid; start from the first page.',
    'error.alreadyVoided': 'Payment {number} is already voided.',
    'error.creditUsed':
      'Payment {number} left credit that has since been used; void the credit application or refund first.',
    'error.amountNegative': 'The amount cannot be negative.',
    'error.writeOffOverLimit':
      'The write-off of {writeOff} is over the {limit} limit; allocate the difference or raise the limit in payment settings.',
    'error.overAllocated': 'The allocations add up to {allocated}, more than the {paid} paid; lower them.',
    'error.amountZero': 'The amount must be more than zero.',
    'error.applicationMismatch':
      'The allocations add up to {allocated}; an application of credit uses exactly what it allocates ({amount}).',
    'error.refundOverAllocated': 'The credit notes add up to {allocated}, more than the {refunded} refunded.',
    'error.insufficientCredit': 'The party has {available} of credit; this needs {needed}.',
    'error.nothingDue':
      'No bills are due for this selection; widen the due date or choose another vendor or currency.',
    'error.runAmountRange': '{document}: pay between 0.01 and the {open} open.',
    'error.runNotDraft': 'The payment run is no longer a draft; reload it.',
    'error.documentNotOpen':
      "{where}: document {documentId} is not open (already paid, not issued, or not this company's).",
    'error.documentTwice': '{label}: the document appears twice; allocate it once.',
    'error.wrongDocumentKind': '{label}: {payment} cannot settle a {document}.',
    'error.wrongParty': "{label}: the document belongs to {partyName}, not to the payment's party.",
    'error.currencyMismatch':
      "{label}: the document is in {documentCurrency}, the payment in {currency}; record the payment in the document's currency.",
    'error.allocationNegative': '{label}: amounts cannot be negative.',
    'error.allocationZero': '{label}: allocate a positive amount or remove the line.',
    'error.overOpen': '{label}: {amount} is more than the {open} still open; lower it.',
    'error.writeOffNotAllowed': '{label}: write-offs go with receipts and vendor payments only.',
    'error.runNotChangeable': 'Payment run {number} is {status}; only a draft can be changed.',
    'word.allocation': 'Allocation {n}',
    'word.allocationOf': 'Allocation {n} ({number})',
    'word.payment.receipt': 'a receipt',
    'word.payment.credit_application': 'an application of credit',
    'word.payment.vendor_payment': 'a vendor payment',
    'word.payment.customer_refund': 'a refund',
    'word.document.invoice': 'invoice',
    'word.document.credit_note': 'credit note',
    'word.document.bill': 'bill',
    'word.document.vendor_credit': 'vendor credit',
    'word.runStatus.draft': 'draft',
    'word.runStatus.pending_approval': 'pending approval',
    'word.runStatus.released': 'released',
    'word.runStatus.cancelled': 'cancelled',
  },
  cs: {
    'error.writeOffLimitNegative': 'Limit odpisu nemůže být záporný.',
    'error.badCursor': 'Kurzor není platný; začněte od první stránky.',
    'error.alreadyVoided': 'Platba {number} je již stornována.',
    'error.creditUsed':
      'Platba {number} vytvořila přeplatek, který byl mezitím použit; nejprve stornujte jeho započtení nebo vrácení.',
    'error.amountNegative': 'Částka nemůže být záporná.',
    'error.writeOffOverLimit':
      'Odpis {writeOff} překračuje limit {limit}; rozúčtujte rozdíl nebo zvyšte limit v nastavení plateb.',
    'error.overAllocated': 'Rozúčtování dává dohromady {allocated}, více než zaplacených {paid}; snižte je.',
    'error.amountZero': 'Částka musí být větší než nula.',
    'error.applicationMismatch':
      'Rozúčtování dává dohromady {allocated}; započtení přeplatku použije přesně to, co rozúčtuje ({amount}).',
    'error.refundOverAllocated': 'Dobropisy dávají dohromady {allocated}, více než vrácených {refunded}.',
    'error.insufficientCredit': 'Partner má přeplatek {available}; tato operace potřebuje {needed}.',
    'error.nothingDue':
      'Pro tento výběr nejsou splatné žádné přijaté faktury; posuňte datum splatnosti nebo zvolte jiného dodavatele či měnu.',
    'error.runAmountRange': '{document}: zaplaťte mezi 0.01 a otevřenými {open}.',
    'error.runNotDraft': 'Platební dávka už není koncept; načtěte ji znovu.',
    'error.documentNotOpen':
      '{where}: doklad {documentId} není otevřený (už je uhrazený, není vystavený nebo nepatří této společnosti).',
    'error.documentTwice': '{label}: doklad je uveden dvakrát; rozúčtujte jej jen jednou.',
    'error.wrongDocumentKind': '{label}: {payment} nemůže uhradit {document}.',
    'error.wrongParty': '{label}: doklad patří partnerovi {partyName}, ne partnerovi platby.',
    'error.currencyMismatch':
      '{label}: doklad je v {documentCurrency}, platba v {currency}; zaúčtujte platbu v měně dokladu.',
    'error.allocationNegative': '{label}: částky nemohou být záporné.',
    'error.allocationZero': '{label}: rozúčtujte kladnou částku, nebo řádek odeberte.',
    'error.overOpen': '{label}: {amount} je více než dosud otevřených {open}; snižte částku.',
    'error.writeOffNotAllowed': '{label}: odpis lze použít jen u přijatých plateb a plateb dodavatelům.',
    'error.runNotChangeable': 'Platební dávka {number} je ve stavu {status}; měnit lze jen koncept.',
    'word.allocation': 'Rozúčtování {n}',
    'word.allocationOf': 'Rozúčtování {n} ({number})',
    'word.payment.receipt': 'přijatá platba',
    'word.payment.credit_application': 'započtení přeplatku',
    'word.payment.vendor_payment': 'platba dodavateli',
    'word.payment.customer_refund': 'vrácení peněz',
    'word.document.invoice': 'fakturu',
    'word.document.credit_note': 'dobropis',
    'word.document.bill': 'přijatou fakturu',
    'word.document.vendor_credit': 'dobropis dodavatele',
    'word.runStatus.draft': 'koncept',
    'word.runStatus.pending_approval': 'čeká na schválení',
    'word.runStatus.released': 'uvolněno',
    'word.runStatus.cancelled': 'zrušeno',
  },
  es: {
    'error.writeOffLimitNegative': 'El límite de cancelación no puede ser negativo.',
    'error.badCursor': 'El cursor no es válido; empiece desde la primera página.',
    'error.alreadyVoided': 'El pago {number} ya está anulado.',
    'error.creditUsed':
      'El pago {number} dejó un saldo a favor que ya se ha utilizado; anule primero la aplicación del saldo o la devolución.',
    'error.amountNegative': 'El importe no puede ser negativo.',
    'error.writeOffOverLimit':
      'La cancelación de {writeOff} supera el límite de {limit}; asigne la diferencia o aumente el límite en la configuración de pagos.',
    'error.overAllocated': 'Las asignaciones suman {allocated}, más que los {paid} pagados; redúzcalas.',
    'error.amountZero': 'El importe debe ser mayor que cero.',
    'error.applicationMismatch':
      'Las asignaciones suman {allocated}; una aplicación de saldo a favor usa exactamente lo que asigna ({amount}).',
    'error.refundOverAllocated':
      'Las facturas rectificativas suman {allocated}, más que los {refunded} devueltos.',
    'error.insufficientCredit':
      'El tercero tiene {available} de saldo a favor; esta operación necesita {needed}.',
    'error.nothingDue':
      'No vence ninguna factura de proveedor en esta selección; amplíe la fecha de vencimiento o elija otro proveedor u otra moneda.',
    'error.runAmountRange': '{document}: pague entre 0.01 y los {open} pendientes.',
    'error.runNotDraft': 'La remesa de pagos ya no es un borrador; vuelva a cargarla.',
    'error.documentNotOpen':
      '{where}: el documento {documentId} no está pendiente (ya pagado, no emitido o no es de esta empresa).',
    'error.documentTwice': '{label}: el documento aparece dos veces; asígnelo una sola vez.',
    'error.wrongDocumentKind': '{label}: {payment} no puede liquidar {document}.',
    'error.wrongParty': '{label}: el documento pertenece a {partyName}, no al tercero del pago.',
    'error.currencyMismatch':
      '{label}: el documento está en {documentCurrency} y el pago en {currency}; registre el pago en la moneda del documento.',
    'error.allocationNegative': '{label}: los importes no pueden ser negativos.',
    'error.allocationZero': '{label}: asigne un importe positivo o elimine la línea.',
    'error.overOpen': '{label}: {amount} es más que los {open} aún pendientes; redúzcalo.',
    'error.writeOffNotAllowed': '{label}: las cancelaciones solo van con cobros y pagos a proveedores.',
    'error.runNotChangeable':
      'La remesa de pagos {number} está en estado {status}; solo se puede modificar un borrador.',
    'word.allocation': 'Asignación {n}',
    'word.allocationOf': 'Asignación {n} ({number})',
    'word.payment.receipt': 'un cobro',
    'word.payment.credit_application': 'una aplicación de saldo a favor',
    'word.payment.vendor_payment': 'un pago a proveedor',
    'word.payment.customer_refund': 'una devolución',
    'word.document.invoice': 'una factura',
    'word.document.credit_note': 'una factura rectificativa',
    'word.document.bill': 'una factura de proveedor',
    'word.document.vendor_credit': 'un abono de proveedor',
    'word.runStatus.draft': 'borrador',
    'word.runStatus.pending_approval': 'pendiente de aprobación',
    'word.runStatus.released': 'liberada',
    'word.runStatus.cancelled': 'cancelada',
  },
});

export type PaymentsKey = Parameters<typeof paymentsText.t>[1];
