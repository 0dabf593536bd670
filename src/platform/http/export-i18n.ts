import { defineCatalog, type Lang } from '../i18n/index.ts';

/**
 * Column headings of exported lists and reports in the reader's language (XLSX, when the export asks for labels).
 * Keyed by the machine header, which CSV keeps. A header not listed here is shown humanised ("due_date" →
 * "Due date") rather than raw.
 */
export const exportText = defineCatalog('export', {
  en: {
    number: 'Number',
    kind: 'Kind',
    status: 'Status',
    customer: 'Customer',
    vendor: 'Vendor',
    party: 'Party',
    issue_date: 'Issue date',
    due_date: 'Due date',
    date: 'Date',
    currency: 'Currency',
    net: 'Net',
    tax: 'Tax',
    total: 'Total',
    paid: 'Paid',
    open: 'Open',
    amount: 'Amount',
    debit: 'Debit',
    credit: 'Credit',
    write_off: 'Write-off',
    reference: 'Reference',
    description: 'Description',
    source: 'Source',
    code: 'Code',
    account: 'Account',
    section: 'Section',
    overdue_days: 'Days overdue',
    id: 'ID',
  },
  cs: {
    number: 'Číslo',
    kind: 'Druh',
    status: 'Stav',
    customer: 'Odběratel',
    vendor: 'Dodavatel',
    party: 'Partner',
    issue_date: 'Datum vystavení',
    due_date: 'Datum splatnosti',
    date: 'Datum',
    currency: 'Měna',
    net: 'Základ',
    tax: 'Daň',
    total: 'Celkem',
    paid: 'Uhrazeno',
    open: 'Zbývá uhradit',
    amount: 'Částka',
    debit: 'Má dáti',
    credit: 'Dal',
    write_off: 'Odpis',
    reference: 'Reference',
    description: 'Popis',
    source: 'Zdroj',
    code: 'Kód',
    account: 'Účet',
    section: 'Oddíl',
    overdue_days: 'Dní po splatnosti',
    id: 'ID',
  },
  es: {
    number: 'Número',
    kind: 'Tipo',
    status: 'Estado',
    customer: 'Cliente',
    vendor: 'Proveedor',
    party: 'Tercero',
    issue_date: 'Fecha de emisión',
    due_date: 'Fecha de vencimiento',
    date: 'Fecha',
    currency: 'Moneda',
    net: 'Base',
    tax: 'Impuesto',
    total: 'Total',
    paid: 'Pagado',
    open: 'Pendiente',
    amount: 'Importe',
    debit: 'Debe',
    credit: 'Haber',
    write_off: 'Cancelación',
    reference: 'Referencia',
    description: 'Descripción',
    source: 'Origen',
    code: 'Código',
    account: 'Cuenta',
    section: 'Sección',
    overdue_days: 'Días vencida',
    id: 'ID',
  },
});

type Known = keyof typeof exportText.messages.en;

/** The heading of column `header` in `lang`: the catalogue's word, else the header humanised. */
export function columnLabel(lang: Lang, header: string): string {
  if (header in exportText.messages.en) return exportText.t(lang, header as Known);
  const words = header.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
