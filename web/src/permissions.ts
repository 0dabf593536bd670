import { MODULES, type ModulePermissions } from './modules';

// Permission names the UI checks to show links and actions, gathered from the web modules (each module's
// index.ts; the names are typed against lib/permissions.gen.ts, generated from the server's definitions). The
// server enforces them again; hiding is only a courtesy.
export const PERM = Object.assign({}, ...MODULES.map((m) => m.permissions)) as ModulePermissions;

/** Roles that reach every department (see src/platform/access). */
export const SEES_ALL_DEPARTMENTS = ['owner', 'admin', 'auditor'];
