// Accounting: chart of accounts, journal, reports, periods and exchange rates.
import { defineWebModule } from '../kit';
import { ledgerCs } from './i18n/cs';
import { ledgerEn } from './i18n/en';
import { ledgerEs } from './i18n/es';

export const ledgerModule = defineWebModule({
  id: 'ledger',
  messages: { en: ledgerEn, cs: ledgerCs, es: ledgerEs },
  permissions: {
    ledgerRead: 'ledger.read',
    ledgerAccountsManage: 'ledger.accounts.manage',
    ledgerDraft: 'ledger.entries.draft',
    ledgerPost: 'ledger.post',
    ledgerPeriodLock: 'ledger.period.lock',
    ledgerRatesManage: 'ledger.rates.manage',
  },
  routes: ({ page, searchPage }) =>
    [
      page('/ledger', () => import('./DashboardPage'), 'DashboardPage'),
      page('/ledger/accounts', () => import('./AccountsPage'), 'AccountsPage'),
      searchPage('/ledger/journal', () => import('./JournalPage'), 'JournalPage', [
        'status',
        'from',
        'to',
        'q',
      ]),
      page('/ledger/entries/new', () => import('./EntryFormPage'), 'NewEntryPage'),
      page('/ledger/entries/$entryId', () => import('./EntryDetailPage'), 'EntryDetailPage'),
      page('/ledger/entries/$entryId/edit', () => import('./EntryFormPage'), 'EditEntryPage'),
      searchPage('/ledger/reports/trial-balance', () => import('./TrialBalancePage'), 'TrialBalancePage', [
        'asOf',
        'dimension',
        'value',
      ]),
      searchPage('/ledger/reports/balance-sheet', () => import('./BalanceSheetPage'), 'BalanceSheetPage', [
        'asOf',
        'dimension',
        'value',
      ]),
      searchPage('/ledger/reports/cash-flow', () => import('./CashFlowPage'), 'CashFlowPage', [
        'from',
        'to',
        'method',
        'dimension',
        'value',
      ]),
      searchPage(
        '/ledger/reports/income-statement',
        () => import('./IncomeStatementPage'),
        'IncomeStatementPage',
        ['from', 'to', 'dimension', 'value'],
      ),
      searchPage('/ledger/accounts/$accountId/register', () => import('./RegisterPage'), 'RegisterPage', [
        'from',
        'to',
        'dimension',
        'value',
      ]),
      page('/ledger/periods', () => import('./PeriodsPage'), 'PeriodsPage'),
      page('/ledger/rates', () => import('./RatesPage'), 'RatesPage'),
    ] as const,
  nav: [
    {
      section: 'accounting',
      order: 10,
      to: '/ledger',
      label: 'nav.ledgerDashboard',
      anyOf: ['ledger.read'],
      exact: true,
    },
    {
      section: 'accounting',
      order: 20,
      to: '/ledger/accounts',
      label: 'nav.chartOfAccounts',
      anyOf: ['ledger.read'],
    },
    { section: 'accounting', order: 30, to: '/ledger/journal', label: 'nav.journal', anyOf: ['ledger.read'] },
    {
      section: 'accounting',
      order: 40,
      to: '/ledger/reports/trial-balance',
      label: 'nav.trialBalance',
      anyOf: ['ledger.read'],
    },
    {
      section: 'accounting',
      order: 50,
      to: '/ledger/reports/balance-sheet',
      label: 'nav.balanceSheet',
      anyOf: ['ledger.read'],
    },
    {
      section: 'accounting',
      order: 60,
      to: '/ledger/reports/income-statement',
      label: 'nav.incomeStatement',
      anyOf: ['ledger.read'],
    },
    {
      section: 'accounting',
      order: 70,
      to: '/ledger/reports/cash-flow',
      label: 'nav.cashFlow',
      anyOf: ['ledger.read'],
    },
    { section: 'accounting', order: 80, to: '/ledger/periods', label: 'nav.periods', anyOf: ['ledger.read'] },
    { section: 'accounting', order: 90, to: '/ledger/rates', label: 'nav.rates', anyOf: ['ledger.read'] },
  ],
});
