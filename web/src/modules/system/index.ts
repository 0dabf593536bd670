// Administration: the audit log (and its chain check) and background jobs. Strings in the core dictionary.
import { defineWebModule, NO_MESSAGES } from '../kit';

export const systemModule = defineWebModule({
  id: 'system',
  messages: NO_MESSAGES,
  permissions: {
    auditRead: 'audit.read',
    auditVerify: 'audit.verify',
    jobsRead: 'jobs.read',
  },
  routes: ({ page }) =>
    [
      page('/audit', () => import('./AuditPage'), 'AuditPage'),
      page('/jobs', () => import('./JobsPage'), 'JobsPage'),
    ] as const,
  nav: [
    { section: 'system', order: 10, to: '/audit', label: 'nav.audit', anyOf: ['audit.read'] },
    { section: 'system', order: 20, to: '/jobs', label: 'nav.jobs', anyOf: ['jobs.read'] },
  ],
});
