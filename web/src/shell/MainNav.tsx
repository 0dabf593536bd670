import { NavLink, ScrollArea, Text } from '@mantine/core';
import { Link, useLocation } from '@tanstack/react-router';
import type { MessageKey } from '../i18n';
import { useT } from '../i18n';
import { PERM } from '../permissions';
import { useCan } from '../session';

interface Item {
  to: string;
  label: MessageKey;
  /** Shown when the user has any of these (empty: everyone). */
  anyOf: string[];
  exact?: boolean;
}

interface Section {
  label: MessageKey | null;
  items: Item[];
}

const SECTIONS: Section[] = [
  { label: null, items: [{ to: '/', label: 'nav.home', anyOf: [], exact: true }] },
  {
    label: 'nav.organisation',
    items: [
      { to: '/org/company', label: 'nav.company', anyOf: [PERM.companyRead, PERM.companyManage] },
      { to: '/org/departments', label: 'nav.departments', anyOf: [PERM.departmentsRead] },
      { to: '/org/people', label: 'nav.people', anyOf: [PERM.peopleRead] },
      { to: '/org/invitations', label: 'nav.invitations', anyOf: [PERM.invitationsRead] },
      { to: '/org/roles', label: 'nav.roles', anyOf: [PERM.rolesRead] },
    ],
  },
  {
    label: 'nav.accounting',
    items: [
      { to: '/ledger', label: 'nav.ledgerDashboard', anyOf: [PERM.ledgerRead], exact: true },
      { to: '/ledger/accounts', label: 'nav.chartOfAccounts', anyOf: [PERM.ledgerRead] },
      { to: '/ledger/journal', label: 'nav.journal', anyOf: [PERM.ledgerRead] },
      { to: '/ledger/reports/trial-balance', label: 'nav.trialBalance', anyOf: [PERM.ledgerRead] },
      { to: '/ledger/reports/balance-sheet', label: 'nav.balanceSheet', anyOf: [PERM.ledgerRead] },
      { to: '/ledger/reports/income-statement', label: 'nav.incomeStatement', anyOf: [PERM.ledgerRead] },
      { to: '/ledger/reports/cash-flow', label: 'nav.cashFlow', anyOf: [PERM.ledgerRead] },
      { to: '/ledger/periods', label: 'nav.periods', anyOf: [PERM.ledgerRead] },
      { to: '/ledger/rates', label: 'nav.rates', anyOf: [PERM.ledgerRead] },
    ],
  },
  {
    label: 'nav.salesPurchasing',
    items: [
      { to: '/customers', label: 'nav.customers', anyOf: [PERM.partiesRead] },
      { to: '/vendors', label: 'nav.vendors', anyOf: [PERM.partiesRead] },
      { to: '/sales/invoices', label: 'nav.invoices', anyOf: [PERM.salesRead] },
      { to: '/receivables/aging', label: 'nav.arAging', anyOf: [PERM.receivablesRead] },
      { to: '/purchasing/bills', label: 'nav.bills', anyOf: [PERM.purchasingRead] },
      { to: '/purchasing/inbox', label: 'nav.billInbox', anyOf: [PERM.purchasingRead] },
      { to: '/payables/aging', label: 'nav.apAging', anyOf: [PERM.payablesRead] },
      { to: '/receivables/statements', label: 'nav.statements', anyOf: [PERM.receivablesRead] },
      { to: '/receivables/dunning', label: 'nav.dunning', anyOf: [PERM.receivablesRead] },
      { to: '/receivables/forecast', label: 'nav.cashForecast', anyOf: [PERM.receivablesRead] },
      { to: '/payments', label: 'nav.payments', anyOf: [PERM.paymentsRead] },
      { to: '/payment-runs', label: 'nav.paymentRuns', anyOf: [PERM.paymentRunsRead] },
      { to: '/sales/settings', label: 'nav.salesSettings', anyOf: [PERM.salesRead] },
      { to: '/tax/codes', label: 'nav.taxCodes', anyOf: [PERM.taxRead] },
      { to: '/banking', label: 'nav.bankAccounts', anyOf: [PERM.bankingRead] },
    ],
  },
  {
    label: 'nav.supervision',
    items: [
      { to: '/work/tasks', label: 'nav.tasks', anyOf: [PERM.workTasksRead] },
      { to: '/work/queues', label: 'nav.queues', anyOf: [PERM.workTasksRead] },
      { to: '/work/team', label: 'nav.team', anyOf: [PERM.workTeamRead] },
      { to: '/work/policies', label: 'nav.policies', anyOf: [PERM.workPoliciesManage] },
      { to: '/work/delegations', label: 'nav.delegations', anyOf: [PERM.workDelegationsManage] },
    ],
  },
  {
    label: 'nav.system',
    items: [
      { to: '/audit', label: 'nav.audit', anyOf: [PERM.auditRead] },
      { to: '/jobs', label: 'nav.jobs', anyOf: [PERM.jobsRead] },
    ],
  },
  {
    label: 'nav.myAccount',
    items: [
      { to: '/account', label: 'nav.profile', anyOf: [], exact: true },
      { to: '/account/password', label: 'nav.password', anyOf: [] },
      { to: '/account/two-factor', label: 'nav.twoFactor', anyOf: [] },
      { to: '/account/tokens', label: 'nav.tokens', anyOf: [] },
      { to: '/account/notifications', label: 'nav.notifications', anyOf: [PERM.workNotificationsRead] },
    ],
  },
];

export function MainNav() {
  const t = useT();
  const can = useCan();
  const { pathname } = useLocation();
  const isActive = (item: Item) =>
    item.exact ? pathname === item.to : pathname === item.to || pathname.startsWith(`${item.to}/`);
  return (
    <ScrollArea>
      {SECTIONS.map((section) => {
        const items = section.items.filter((i) => i.anyOf.length === 0 || i.anyOf.some(can));
        if (items.length === 0) return null;
        return (
          <div key={section.label ?? 'top'} style={{ marginBottom: 12 }}>
            {section.label && (
              <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" py={4}>
                {t(section.label)}
              </Text>
            )}
            {items.map((item) => (
              <NavLink
                key={item.to}
                component={Link}
                to={item.to}
                activeOptions={{ exact: !!item.exact }}
                label={t(item.label)}
                active={isActive(item)}
                aria-current={isActive(item) ? 'page' : undefined}
                data-testid={`nav-${item.to.replace(/\//g, '-').replace(/^-/, '') || 'home'}`}
              />
            ))}
          </div>
        );
      })}
    </ScrollArea>
  );
}
