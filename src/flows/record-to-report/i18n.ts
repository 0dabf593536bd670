import { defineCatalog } from '../../platform/i18n/index.ts';

/**
 * The record-to-report flows' error messages (bank reconciliation) in English, Czech and Spanish (`error.*`),
 * answered in the request's Accept-Language. The item ("invoice INV-7") is banking's describeItem, in English.
 */
export const recordToReportText = defineCatalog('record-to-report', {
  en: {
    'error.vendorRefund':
      '{item}: a refund from a vendor cannot be recorded as a payment yet; book the line as an entry instead.',
    'error.noParty': '{item} has no party; match it by hand.',
  },
  cs: {
    'error.vendorRefund':
      '{item}: vrácení peněz od dodavatele zatím nelze zaúčtovat jako platbu; zaúčtujte řádek jako zápis.',
    'error.noParty': '{item} nemá partnera; spárujte jej ručně.',
  },
  es: {
    'error.vendorRefund':
      '{item}: una devolución de un proveedor aún no se puede registrar como pago; contabilice la línea como asiento.',
    'error.noParty': '{item} no tiene tercero; concílielo a mano.',
  },
});
