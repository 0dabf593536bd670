// Sales: invoices and credit notes, sales settings and numbering series, tax codes.
import { defineWebModule } from '../kit';
import { salesCs } from './i18n/cs';
import { salesEn } from './i18n/en';
import { salesEs } from './i18n/es';

export const salesModule = defineWebModule({
  id: 'sales',
  messages: { en: salesEn, cs: salesCs, es: salesEs },
  permissions: {
    salesRead: 'sales.read',
    salesManage: 'sales.manage',
    salesIssue: 'sales.issue',
    taxRead: 'tax.read',
    taxManage: 'tax.manage',
  },
  routes: ({ page, searchPage }) =>
    [
      searchPage('/sales/invoices', () => import('./InvoicesPage'), 'InvoicesPage', ['status']),
      page('/sales/invoices/new', () => import('./InvoiceEditorPage'), 'NewInvoicePage'),
      page('/sales/invoices/$invoiceId', () => import('./InvoiceDetailPage'), 'InvoiceDetailPage'),
      page('/sales/invoices/$invoiceId/edit', () => import('./InvoiceEditorPage'), 'EditInvoicePage'),
      page('/sales/settings', () => import('./SalesSettingsPage'), 'SalesSettingsPage'),
      page('/tax/codes', () => import('./TaxCodesPage'), 'TaxCodesPage'),
    ] as const,
  nav: [
    {
      section: 'salesPurchasing',
      order: 30,
      to: '/sales/invoices',
      label: 'nav.invoices',
      anyOf: ['sales.read'],
    },
    {
      section: 'salesPurchasing',
      order: 130,
      to: '/sales/settings',
      label: 'nav.salesSettings',
      anyOf: ['sales.read'],
    },
    { section: 'salesPurchasing', order: 140, to: '/tax/codes', label: 'nav.taxCodes', anyOf: ['tax.read'] },
  ],
});
