import { definePermissions, type PermissionDef } from '../access/index.ts';

/**
 * The coarse gate on the files routes. The real decision is the record's: each route also checks the
 * permission the owning module registered for the entity type (`registerAttachable`).
 */
export const FILE_PERMISSIONS: readonly PermissionDef[] = [
  {
    name: 'files.read',
    description: 'see and download attachments of records one may read',
    roles: ['owner', 'admin', 'manager', 'assistant', 'auditor'],
    scope: 'company',
    write: false,
  },
  {
    name: 'files.write',
    description: 'attach files to and remove them from records one may change',
    roles: ['owner', 'admin', 'manager', 'assistant'],
    scope: 'company',
    write: true,
  },
];

definePermissions(FILE_PERMISSIONS);
