// Banking: bank accounts, statements and their import mapping, reconciliation.
import { defineWebModule } from '../kit';
import { bankingCs } from './i18n/cs';
import { bankingEn } from './i18n/en';
import { bankingEs } from './i18n/es';

export const bankingModule = defineWebModule({
  id: 'banking',
  messages: { en: bankingEn, cs: bankingCs, es: bankingEs },
  permissions: {
    bankingRead: 'banking.read',
    bankingManage: 'banking.manage',
    bankingImport: 'banking.import',
    bankingReconcile: 'banking.reconcile',
  },
  routes: ({ page }) =>
    [
      page('/banking', () => import('./BankAccountsPage'), 'BankAccountsPage'),
      page('/banking/$accountId', () => import('./BankAccountPage'), 'BankAccountPage'),
      page('/banking/$accountId/reconcile', () => import('./ReconcilePage'), 'ReconcilePage'),
      page('/banking/statements/$statementId', () => import('./StatementPage'), 'StatementPage'),
    ] as const,
  nav: [
    {
      section: 'salesPurchasing',
      order: 150,
      to: '/banking',
      label: 'nav.bankAccounts',
      anyOf: ['banking.read'],
    },
  ],
});
