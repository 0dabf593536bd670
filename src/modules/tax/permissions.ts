import { definePermissions, type PermissionDef } from '../../platform/access/index.ts';

export const TAX_PERMISSIONS: readonly PermissionDef[] = [
  {
    name: 'tax.read',
    description: 'see tax codes and compute document totals',
    roles: ['owner', 'admin', 'manager', 'assistant', 'auditor'],
    scope: 'company',
    write: false,
  },
  {
    name: 'tax.calculate',
    description: 'preview document totals while writing an invoice or bill (nothing is stored)',
    roles: ['owner', 'admin', 'manager', 'assistant'],
    scope: 'company',
    write: false,
  },
  {
    name: 'tax.manage',
    description: 'create and change tax codes',
    roles: ['owner', 'admin'],
    scope: 'company',
    write: true,
  },
];

definePermissions(TAX_PERMISSIONS);
