import { definePermissions, type PermissionDef } from '../../platform/access/index.ts';

export const SALES_PERMISSIONS: readonly PermissionDef[] = [
  {
    name: 'sales.read',
    description: 'see invoices, credit notes, numbering series and open receivables',
    roles: ['owner', 'admin', 'manager', 'assistant', 'auditor'],
    scope: 'company',
    write: false,
  },
  {
    name: 'sales.manage',
    description: 'write invoice and credit note drafts, e-mail invoices, change sales settings and series',
    roles: ['owner', 'admin', 'manager', 'assistant'],
    scope: 'company',
    write: true,
  },
  {
    name: 'sales.issue',
    description: 'issue invoices and credit notes (legal numbers, posting to the ledger)',
    roles: ['owner', 'admin', 'manager'],
    scope: 'company',
    write: true,
  },
];

definePermissions(SALES_PERMISSIONS);
