// Purchasing: vendor bills, the bill editor and the capture inbox.
import { defineWebModule } from '../kit';
import { purchasingCs } from './i18n/cs';
import { purchasingEn } from './i18n/en';
import { purchasingEs } from './i18n/es';

export const purchasingModule = defineWebModule({
  id: 'purchasing',
  messages: { en: purchasingEn, cs: purchasingCs, es: purchasingEs },
  permissions: {
    purchasingRead: 'purchasing.read',
    purchasingManage: 'purchasing.manage',
    purchasingApprove: 'purchasing.approve',
  },
  routes: ({ page, searchPage }) =>
    [
      searchPage('/purchasing/bills', () => import('./BillsPage'), 'BillsPage', ['status']),
      page('/purchasing/bills/new', () => import('./BillEditorPage'), 'NewBillPage'),
      page('/purchasing/bills/$billId', () => import('./BillDetailPage'), 'BillDetailPage'),
      page('/purchasing/bills/$billId/edit', () => import('./BillEditorPage'), 'EditBillPage'),
      page('/purchasing/inbox', () => import('./CaptureInboxPage'), 'CaptureInboxPage'),
    ] as const,
  nav: [
    {
      section: 'salesPurchasing',
      order: 50,
      to: '/purchasing/bills',
      label: 'nav.bills',
      anyOf: ['purchasing.read'],
    },
    {
      section: 'salesPurchasing',
      order: 60,
      to: '/purchasing/inbox',
      label: 'nav.billInbox',
      anyOf: ['purchasing.read'],
    },
  ],
});
