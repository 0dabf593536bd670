import type { PermissionDef } from '../../platform/access/index.ts';

/**
 * Receivables reads the documents of sales and purchasing and writes only mail and audit records about them,
 * so it guards its routes and commands with their permissions rather than names of its own (the names people
 * have been granted, and the acceptance checks call, stay the same): AR aging, the cash forecast, statements
 * and the dunning proposal need `sales.read`; sending a statement or dunning letters needs `sales.manage`;
 * AP aging needs `purchasing.read`. Those are defined by the sales and purchasing modules.
 */
export const RECEIVABLES_ACCESS = {
  arRead: 'sales.read',
  apRead: 'purchasing.read',
  send: 'sales.manage',
} as const;

/** No permissions of its own (see above). */
export const RECEIVABLES_PERMISSIONS: readonly PermissionDef[] = [];
