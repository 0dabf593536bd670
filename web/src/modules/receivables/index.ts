// Receivables and payables: aging, customer statements, dunning and the cash forecast.
import { defineWebModule } from '../kit';
import { receivablesCs } from './i18n/cs';
import { receivablesEn } from './i18n/en';
import { receivablesEs } from './i18n/es';

export const receivablesModule = defineWebModule({
  id: 'receivables',
  messages: { en: receivablesEn, cs: receivablesCs, es: receivablesEs },
  // Receivables are read and managed under the sales permissions, payables under purchasing's (the server's
  // receivables routes say so).
  permissions: {
    receivablesRead: 'sales.read',
    receivablesManage: 'sales.manage',
    payablesRead: 'purchasing.read',
  },
  routes: ({ page, searchPage }) =>
    [
      page('/receivables/aging', () => import('./AgingPage'), 'ArAgingPage'),
      page('/payables/aging', () => import('./AgingPage'), 'ApAgingPage'),
      searchPage('/receivables/statements', () => import('./StatementPage'), 'StatementPage', ['partyId']),
      page('/receivables/dunning', () => import('./DunningPage'), 'DunningPage'),
      page('/receivables/forecast', () => import('./ForecastPage'), 'ForecastPage'),
    ] as const,
  nav: [
    {
      section: 'salesPurchasing',
      order: 40,
      to: '/receivables/aging',
      label: 'nav.arAging',
      anyOf: ['sales.read'],
    },
    {
      section: 'salesPurchasing',
      order: 70,
      to: '/payables/aging',
      label: 'nav.apAging',
      anyOf: ['purchasing.read'],
    },
    {
      section: 'salesPurchasing',
      order: 80,
      to: '/receivables/statements',
      label: 'nav.statements',
      anyOf: ['sales.read'],
    },
    {
      section: 'salesPurchasing',
      order: 90,
      to: '/receivables/dunning',
      label: 'nav.dunning',
      anyOf: ['sales.read'],
    },
    {
      section: 'salesPurchasing',
      order: 100,
      to: '/receivables/forecast',
      label: 'nav.cashForecast',
      anyOf: ['sales.read'],
    },
  ],
});
