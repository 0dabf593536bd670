import { definePermissions, type PermissionDef } from '../../platform/access/index.ts';

/** Who may do what with vendor bills. Auditors read; staff enter and capture; leads approve and post. */
export const PURCHASING_PERMISSIONS: readonly PermissionDef[] = [
  {
    name: 'purchasing.read',
    description: 'see vendor bills, the capture inbox and open payables',
    roles: ['owner', 'admin', 'manager', 'assistant', 'auditor'],
    scope: 'company',
    write: false,
  },
  {
    name: 'purchasing.manage',
    description: 'enter, capture, import and submit vendor bills',
    roles: ['owner', 'admin', 'manager', 'assistant'],
    scope: 'company',
    write: true,
  },
  {
    name: 'purchasing.approve',
    description: 'approve and post vendor bills',
    roles: ['owner', 'admin', 'manager'],
    scope: 'company',
    write: true,
  },
];

definePermissions(PURCHASING_PERMISSIONS);
