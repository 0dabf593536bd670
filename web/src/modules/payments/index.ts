// Payments: received and made payments, receiving a payment, payment runs.
import { defineWebModule } from '../kit';
import { paymentsCs } from './i18n/cs';
import { paymentsEn } from './i18n/en';
import { paymentsEs } from './i18n/es';

export const paymentsModule = defineWebModule({
  id: 'payments',
  messages: { en: paymentsEn, cs: paymentsCs, es: paymentsEs },
  permissions: {
    paymentsRead: 'payments.read',
    paymentsManage: 'payments.manage',
    paymentRunsRead: 'banking.payment_runs.read',
    paymentRunsManage: 'banking.payment_runs.manage',
  },
  routes: ({ page, searchPage }) =>
    [
      page('/payments', () => import('./PaymentsPage'), 'PaymentsPage'),
      // Opened from an invoice (Receive payment) or a bill (Pay) with the party and the document prefilled.
      searchPage('/payments/receive', () => import('./ReceivePaymentPage'), 'ReceivePaymentPage', [
        'kind',
        'partyId',
        'documentId',
      ]),
      page('/payments/$paymentId', () => import('./PaymentDetailPage'), 'PaymentDetailPage'),
      page('/payment-runs', () => import('./PaymentRunsPage'), 'PaymentRunsPage'),
      page('/payment-runs/$runId', () => import('./PaymentRunPage'), 'PaymentRunPage'),
    ] as const,
  nav: [
    {
      section: 'salesPurchasing',
      order: 110,
      to: '/payments',
      label: 'nav.payments',
      anyOf: ['payments.read'],
    },
    {
      section: 'salesPurchasing',
      order: 120,
      to: '/payment-runs',
      label: 'nav.paymentRuns',
      anyOf: ['banking.payment_runs.read'],
    },
  ],
});
