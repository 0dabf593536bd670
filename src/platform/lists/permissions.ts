import { definePermissions, type PermissionDef } from '../access/index.ts';

/**
 * Saved list views are a person's own settings, not company records: every built-in role may keep them (an
 * auditor too, so it is not a business write), and each person reaches only their own.
 */
export const LIST_PERMISSIONS: readonly PermissionDef[] = [
  {
    name: 'lists.views',
    description: 'keep one’s own saved list views (filters and sort)',
    roles: ['owner', 'admin', 'manager', 'assistant', 'auditor'],
    scope: 'company',
    write: false,
  },
];

definePermissions(LIST_PERMISSIONS);
