import { definePermissions, type PermissionDef } from '../../platform/access/index.ts';

const ALL = ['owner', 'admin', 'manager', 'assistant', 'auditor'] as const;
const STAFF = ['owner', 'admin', 'manager', 'assistant'] as const;

/**
 * Who may see and move money. Recording a receipt or a vendor payment is clerical work (staff); payment runs
 * (`banking.payment_runs.manage`, owned here) send money out of the company's bank account — leads only, and a
 * `banking.payment_run.release` approval policy can add a second pair of eyes.
 */
export const PAYMENTS_PERMISSIONS: readonly PermissionDef[] = [
  {
    name: 'payments.read',
    description: 'see payments, allocations and customer credit',
    roles: ALL,
    scope: 'company',
    write: false,
  },
  {
    name: 'payments.manage',
    description: 'record receipts, vendor payments, refunds and credit applications; void them',
    roles: STAFF,
    scope: 'company',
    write: true,
  },
  {
    name: 'payments.settings',
    description: 'choose the write-off account and limit and the credit accounts',
    roles: ['owner', 'admin'],
    scope: 'company',
    write: true,
  },
  {
    name: 'banking.payment_runs.manage',
    description: 'propose, edit, release and download payment runs (bank files)',
    roles: ['owner', 'admin', 'manager'],
    scope: 'company',
    write: true,
  },
  {
    name: 'banking.payment_runs.file',
    description:
      "download a released run's bank file (vendors' account numbers in clear; every download audited)",
    roles: ['owner', 'admin', 'manager'],
    scope: 'company',
    write: false,
  },
  {
    name: 'banking.payment_runs.read',
    description: 'see payment runs',
    roles: ALL,
    scope: 'company',
    write: false,
  },
];

definePermissions(PAYMENTS_PERMISSIONS);
