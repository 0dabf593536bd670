import { definePermissions, type PermissionDef } from '../../platform/access/index.ts';

/**
 * Banking. Everyone may look at accounts, statements and reconciliation; staff import statements; those who
 * keep the books set up accounts and accept or undo reconciliations (accepting records payments and entries).
 */
export const BANKING_PERMISSIONS: readonly PermissionDef[] = [
  {
    name: 'banking.read',
    description: 'see bank and cash accounts, statements and reconciliation',
    roles: ['owner', 'admin', 'manager', 'assistant', 'auditor'],
    scope: 'company',
    write: false,
  },
  {
    name: 'banking.manage',
    description: 'create and change bank and cash accounts and CSV mappings',
    roles: ['owner', 'admin', 'manager'],
    scope: 'company',
    write: true,
  },
  {
    name: 'banking.import',
    description: 'import bank statements (OFX, CAMT.053, CSV)',
    roles: ['owner', 'admin', 'manager', 'assistant'],
    scope: 'company',
    write: true,
  },
  {
    name: 'banking.reconcile',
    description: 'match statement lines, accept or undo reconciliations, book bank fees from lines',
    roles: ['owner', 'admin', 'manager'],
    scope: 'company',
    write: true,
  },
];

definePermissions(BANKING_PERMISSIONS);
