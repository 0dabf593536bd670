// Customers and vendors: the party list, a party's page with contacts and bank accounts, the import.
import { defineWebModule } from '../kit';
import { partiesCs } from './i18n/cs';
import { partiesEn } from './i18n/en';
import { partiesEs } from './i18n/es';

export const partiesModule = defineWebModule({
  id: 'parties',
  messages: { en: partiesEn, cs: partiesCs, es: partiesEs },
  permissions: {
    partiesRead: 'parties.read',
    partiesManage: 'parties.manage',
    partiesBankDetailsRead: 'parties.bank_details.read',
  },
  routes: ({ page, searchPage }) =>
    [
      page('/customers', () => import('./PartiesPage'), 'CustomersPage'),
      page('/vendors', () => import('./PartiesPage'), 'VendorsPage'),
      searchPage('/parties/new', () => import('./PartyPage'), 'NewPartyPage', ['role']),
      page('/parties/$partyId', () => import('./PartyPage'), 'PartyPage'),
    ] as const,
  nav: [
    {
      section: 'salesPurchasing',
      order: 10,
      to: '/customers',
      label: 'nav.customers',
      anyOf: ['parties.read'],
    },
    { section: 'salesPurchasing', order: 20, to: '/vendors', label: 'nav.vendors', anyOf: ['parties.read'] },
  ],
});
