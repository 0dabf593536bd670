import { definePermissions, type PermissionDef } from '../../platform/access/index.ts';

/**
 * Customers and vendors. Everyone in the company may see them (masked bank details); staff edit them; the clear
 * bank account numbers are for those who pay and reconcile (owner, admin, manager), and every such read is audited.
 */
export const PARTIES_PERMISSIONS: readonly PermissionDef[] = [
  {
    name: 'parties.read',
    description: 'see customers and vendors (bank accounts masked)',
    roles: ['owner', 'admin', 'manager', 'assistant', 'auditor'],
    scope: 'company',
    write: false,
  },
  {
    name: 'parties.manage',
    description: 'create, change and import customers and vendors and their bank accounts',
    roles: ['owner', 'admin', 'manager', 'assistant'],
    scope: 'company',
    write: true,
  },
  {
    name: 'parties.bank_details.read',
    description: "reveal a customer's or vendor's full bank account number (audited)",
    roles: ['owner', 'admin', 'manager'],
    scope: 'company',
    write: false,
  },
];

definePermissions(PARTIES_PERMISSIONS);
