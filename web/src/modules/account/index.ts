// My account: profile, password, two-factor sign-in and API tokens (every signed-in user). Strings in the
// core dictionary.
import { defineWebModule, NO_MESSAGES } from '../kit';

export const accountModule = defineWebModule({
  id: 'account',
  messages: NO_MESSAGES,
  permissions: {},
  routes: ({ page }) =>
    [
      page('/account', () => import('./ProfilePage'), 'ProfilePage'),
      page('/account/password', () => import('./PasswordPage'), 'PasswordPage'),
      page('/account/two-factor', () => import('./TwoFactorPage'), 'TwoFactorPage'),
      page('/account/tokens', () => import('./TokensPage'), 'TokensPage'),
    ] as const,
  nav: [
    { section: 'myAccount', order: 10, to: '/account', label: 'nav.profile', anyOf: [], exact: true },
    { section: 'myAccount', order: 20, to: '/account/password', label: 'nav.password', anyOf: [] },
    { section: 'myAccount', order: 30, to: '/account/two-factor', label: 'nav.twoFactor', anyOf: [] },
    { section: 'myAccount', order: 40, to: '/account/tokens', label: 'nav.tokens', anyOf: [] },
  ],
});
