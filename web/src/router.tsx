import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import { isApiError } from './api';
import { NotFoundPage, RouteError, RoutePending } from './components/RouteStates';
import { meQuery, setupStatusQuery } from './session';
import { AppLayout } from './shell/AppLayout';

export interface RouterContext {
  queryClient: QueryClient;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
});

// Public pages ---------------------------------------------------------------------------------------------

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } =>
    typeof search.redirect === 'string' && search.redirect.startsWith('/')
      ? { redirect: search.redirect }
      : {},
  beforeLoad: async ({ context }) => {
    const status = await context.queryClient.fetchQuery(setupStatusQuery).catch(() => null);
    if (status?.needed) throw redirect({ to: '/setup' });
  },
  component: lazyRouteComponent(() => import('./pages/public/SignInPage'), 'SignInPage'),
});

const setupRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/setup',
  beforeLoad: async ({ context }) => {
    const status = await context.queryClient.fetchQuery(setupStatusQuery).catch(() => null);
    if (status && !status.needed) throw redirect({ to: '/sign-in' });
  },
  component: lazyRouteComponent(() => import('./pages/public/SetupPage'), 'SetupPage'),
});

const inviteRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/invite/$token',
  component: lazyRouteComponent(() => import('./pages/public/AcceptInvitePage'), 'AcceptInvitePage'),
});

const resetRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reset/$token',
  component: lazyRouteComponent(() => import('./pages/public/ResetPasswordPage'), 'ResetPasswordPage'),
});

// Signed-in pages ------------------------------------------------------------------------------------------

const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    try {
      await context.queryClient.ensureQueryData(meQuery);
    } catch (e) {
      if (isApiError(e) && e.status === 401) {
        const status = await context.queryClient.fetchQuery(setupStatusQuery).catch(() => null);
        if (status?.needed) throw redirect({ to: '/setup' });
        const back = location.href === '/' ? undefined : location.href;
        throw redirect({ to: '/sign-in', search: back ? { redirect: back } : {} });
      }
      throw e;
    }
  },
  component: AppLayout,
  errorComponent: RouteError,
  pendingComponent: RoutePending,
});

function page<P extends string>(path: P, load: () => Promise<Record<string, unknown>>, name: string) {
  return createRoute({
    getParentRoute: () => appRoute,
    path,
    // biome-ignore lint/suspicious/noExplicitAny: lazyRouteComponent needs the module's component map
    component: lazyRouteComponent(load as () => Promise<any>, name),
  });
}

const homeRoute = page('/', () => import('./pages/HomePage'), 'HomePage');
const companyRoute = page('/org/company', () => import('./pages/org/CompanyPage'), 'CompanyPage');
const departmentsRoute = page(
  '/org/departments',
  () => import('./pages/org/DepartmentsPage'),
  'DepartmentsPage',
);
const departmentRoute = page(
  '/org/departments/$departmentId',
  () => import('./pages/org/DepartmentDetailPage'),
  'DepartmentDetailPage',
);
const peopleRoute = page('/org/people', () => import('./pages/org/PeoplePage'), 'PeoplePage');
const invitationsRoute = page(
  '/org/invitations',
  () => import('./pages/org/InvitationsPage'),
  'InvitationsPage',
);
const rolesRoute = page('/org/roles', () => import('./pages/org/RolesPage'), 'RolesPage');
const auditRoute = page('/audit', () => import('./pages/AuditPage'), 'AuditPage');
const jobsRoute = page('/jobs', () => import('./pages/JobsPage'), 'JobsPage');
const profileRoute = page('/account', () => import('./pages/account/ProfilePage'), 'ProfilePage');
const passwordRoute = page('/account/password', () => import('./pages/account/PasswordPage'), 'PasswordPage');
const twoFactorRoute = page(
  '/account/two-factor',
  () => import('./pages/account/TwoFactorPage'),
  'TwoFactorPage',
);
const tokensRoute = page('/account/tokens', () => import('./pages/account/TokensPage'), 'TokensPage');

// Accounting -----------------------------------------------------------------------------------------------

/** Search params that are plain strings (dates, filters): kept when given, dropped otherwise. */
function stringSearch<K extends string>(...keys: K[]) {
  return (search: Record<string, unknown>): { [P in K]?: string } => {
    const out: { [P in K]?: string } = {};
    for (const k of keys) if (typeof search[k] === 'string' && search[k]) out[k] = search[k] as string;
    return out;
  };
}

function ledgerPage<P extends string, K extends string>(
  path: P,
  load: () => Promise<Record<string, unknown>>,
  name: string,
  search: K[],
) {
  return createRoute({
    getParentRoute: () => appRoute,
    path,
    validateSearch: stringSearch(...search),
    // biome-ignore lint/suspicious/noExplicitAny: lazyRouteComponent needs the module's component map
    component: lazyRouteComponent(load as () => Promise<any>, name),
  });
}

const ledgerRoutes = [
  page('/ledger', () => import('./pages/ledger/DashboardPage'), 'DashboardPage'),
  page('/ledger/accounts', () => import('./pages/ledger/AccountsPage'), 'AccountsPage'),
  ledgerPage('/ledger/journal', () => import('./pages/ledger/JournalPage'), 'JournalPage', [
    'status',
    'from',
    'to',
    'q',
  ]),
  page('/ledger/entries/new', () => import('./pages/ledger/EntryFormPage'), 'NewEntryPage'),
  page('/ledger/entries/$entryId', () => import('./pages/ledger/EntryDetailPage'), 'EntryDetailPage'),
  page('/ledger/entries/$entryId/edit', () => import('./pages/ledger/EntryFormPage'), 'EditEntryPage'),
  ledgerPage(
    '/ledger/reports/trial-balance',
    () => import('./pages/ledger/TrialBalancePage'),
    'TrialBalancePage',
    ['asOf', 'dimension', 'value'],
  ),
  ledgerPage(
    '/ledger/reports/balance-sheet',
    () => import('./pages/ledger/BalanceSheetPage'),
    'BalanceSheetPage',
    ['asOf', 'dimension', 'value'],
  ),
  ledgerPage('/ledger/reports/cash-flow', () => import('./pages/ledger/CashFlowPage'), 'CashFlowPage', [
    'from',
    'to',
    'method',
    'dimension',
    'value',
  ]),
  ledgerPage(
    '/ledger/reports/income-statement',
    () => import('./pages/ledger/IncomeStatementPage'),
    'IncomeStatementPage',
    ['from', 'to', 'dimension', 'value'],
  ),
  ledgerPage(
    '/ledger/accounts/$accountId/register',
    () => import('./pages/ledger/RegisterPage'),
    'RegisterPage',
    ['from', 'to', 'dimension', 'value'],
  ),
  page('/ledger/periods', () => import('./pages/ledger/PeriodsPage'), 'PeriodsPage'),
  page('/ledger/rates', () => import('./pages/ledger/RatesPage'), 'RatesPage'),
] as const;

// Supervision ----------------------------------------------------------------------------------------------

const workRoutes = [
  page('/work/tasks', () => import('./pages/work/TasksPage'), 'TasksPage'),
  page('/work/tasks/$taskId', () => import('./pages/work/TaskDetailPage'), 'TaskDetailPage'),
  page('/work/queues', () => import('./pages/work/QueuePage'), 'QueuePage'),
  page('/work/team', () => import('./pages/work/TeamPage'), 'TeamPage'),
  page('/work/approvals/$requestId', () => import('./pages/work/RequestDetailPage'), 'RequestDetailPage'),
  page('/work/policies', () => import('./pages/work/PoliciesPage'), 'PoliciesPage'),
  page('/work/delegations', () => import('./pages/work/DelegationsPage'), 'DelegationsPage'),
  page('/account/notifications', () => import('./pages/work/NotificationPrefsPage'), 'NotificationPrefsPage'),
] as const;

// Sales & purchasing ---------------------------------------------------------------------------------------

const partyRoutes = [
  page('/customers', () => import('./pages/parties/PartiesPage'), 'CustomersPage'),
  page('/vendors', () => import('./pages/parties/PartiesPage'), 'VendorsPage'),
  ledgerPage('/parties/new', () => import('./pages/parties/PartyPage'), 'NewPartyPage', ['role']),
  page('/parties/$partyId', () => import('./pages/parties/PartyPage'), 'PartyPage'),
  page('/receivables/aging', () => import('./pages/receivables/AgingPage'), 'ArAgingPage'),
  page('/payables/aging', () => import('./pages/receivables/AgingPage'), 'ApAgingPage'),
  ledgerPage('/receivables/statements', () => import('./pages/receivables/StatementPage'), 'StatementPage', [
    'partyId',
  ]),
  page('/receivables/dunning', () => import('./pages/receivables/DunningPage'), 'DunningPage'),
  page('/receivables/forecast', () => import('./pages/receivables/ForecastPage'), 'ForecastPage'),
  page('/sales/invoices', () => import('./pages/sales/InvoicesPage'), 'InvoicesPage'),
  page('/sales/invoices/new', () => import('./pages/sales/InvoiceEditorPage'), 'NewInvoicePage'),
  page('/sales/invoices/$invoiceId', () => import('./pages/sales/InvoiceDetailPage'), 'InvoiceDetailPage'),
  page('/sales/invoices/$invoiceId/edit', () => import('./pages/sales/InvoiceEditorPage'), 'EditInvoicePage'),
  page('/sales/settings', () => import('./pages/sales/SalesSettingsPage'), 'SalesSettingsPage'),
  page('/tax/codes', () => import('./pages/sales/TaxCodesPage'), 'TaxCodesPage'),
  page('/purchasing/bills', () => import('./pages/purchasing/BillsPage'), 'BillsPage'),
  page('/purchasing/bills/new', () => import('./pages/purchasing/BillEditorPage'), 'NewBillPage'),
  page('/purchasing/bills/$billId', () => import('./pages/purchasing/BillDetailPage'), 'BillDetailPage'),
  page('/purchasing/bills/$billId/edit', () => import('./pages/purchasing/BillEditorPage'), 'EditBillPage'),
  page('/purchasing/inbox', () => import('./pages/purchasing/CaptureInboxPage'), 'CaptureInboxPage'),
  page('/payments', () => import('./pages/payments/PaymentsPage'), 'PaymentsPage'),
  page('/payments/receive', () => import('./pages/payments/ReceivePaymentPage'), 'ReceivePaymentPage'),
  page('/payment-runs', () => import('./pages/payments/PaymentRunsPage'), 'PaymentRunsPage'),
  page('/payment-runs/$runId', () => import('./pages/payments/PaymentRunPage'), 'PaymentRunPage'),
  page('/banking', () => import('./pages/banking/BankAccountsPage'), 'BankAccountsPage'),
  page('/banking/$accountId', () => import('./pages/banking/BankAccountPage'), 'BankAccountPage'),
  page('/banking/$accountId/reconcile', () => import('./pages/banking/ReconcilePage'), 'ReconcilePage'),
  page('/banking/statements/$statementId', () => import('./pages/banking/StatementPage'), 'StatementPage'),
] as const;

const routeTree = rootRoute.addChildren([
  signInRoute,
  setupRoute,
  inviteRoute,
  resetRoute,
  appRoute.addChildren([
    homeRoute,
    companyRoute,
    departmentsRoute,
    departmentRoute,
    peopleRoute,
    invitationsRoute,
    rolesRoute,
    auditRoute,
    jobsRoute,
    profileRoute,
    passwordRoute,
    twoFactorRoute,
    tokensRoute,
    ...ledgerRoutes,
    ...workRoutes,
    ...partyRoutes,
  ]),
]);

export function makeRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    defaultPreloadStaleTime: 0,
    defaultPendingComponent: RoutePending,
    defaultErrorComponent: RouteError,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof makeRouter>;
  }
}
