import { definePermissions, type PermissionDef } from '../../platform/access/index.ts';

const ALL = ['owner', 'admin', 'manager', 'assistant', 'auditor'] as const;

/** Accounting is company-wide: the ledger's permissions are company-scoped. */
export const LEDGER_PERMISSIONS: readonly PermissionDef[] = [
  {
    name: 'ledger.read',
    description: 'see accounts, entries and reports',
    roles: ALL,
    scope: 'company',
    write: false,
  },
  {
    name: 'ledger.accounts.manage',
    description: 'change the chart of accounts',
    roles: ['owner', 'admin', 'manager'],
    scope: 'company',
    write: true,
  },
  {
    name: 'ledger.entries.draft',
    description: 'prepare journal entries',
    roles: ['owner', 'admin', 'manager', 'assistant'],
    scope: 'company',
    write: true,
  },
  {
    name: 'ledger.post',
    description: 'post and reverse journal entries',
    roles: ['owner', 'admin', 'manager'],
    scope: 'company',
    write: true,
  },
  {
    name: 'ledger.period.lock',
    description: 'lock and unlock periods, close years',
    roles: ['owner', 'admin', 'manager'],
    scope: 'company',
    write: true,
  },
  {
    name: 'ledger.rates.manage',
    description: 'maintain exchange rates',
    roles: ['owner', 'admin', 'manager', 'assistant'],
    scope: 'company',
    write: true,
  },
];

definePermissions(LEDGER_PERMISSIONS);
