// Supervision: tasks, queues, the team, approval requests, policies, delegations and notification settings.
import { defineWebModule } from '../kit';
import { workCs } from './i18n/cs';
import { workEn } from './i18n/en';
import { workEs } from './i18n/es';

export const workModule = defineWebModule({
  id: 'work',
  messages: { en: workEn, cs: workCs, es: workEs },
  permissions: {
    workTasksRead: 'work.tasks.read',
    workTasksManage: 'work.tasks.manage',
    workApprovalsRead: 'work.approvals.read',
    workDecide: 'work.approvals.decide',
    workPoliciesManage: 'work.policies.manage',
    workDelegationsManage: 'work.delegations.manage',
    workTeamRead: 'work.team.read',
    workNotificationsRead: 'work.notifications.read',
    workNotificationsManage: 'work.notifications.manage',
  },
  routes: ({ page }) =>
    [
      page('/work/tasks', () => import('./TasksPage'), 'TasksPage'),
      page('/work/tasks/$taskId', () => import('./TaskDetailPage'), 'TaskDetailPage'),
      page('/work/queues', () => import('./QueuePage'), 'QueuePage'),
      page('/work/team', () => import('./TeamPage'), 'TeamPage'),
      page('/work/approvals/$requestId', () => import('./RequestDetailPage'), 'RequestDetailPage'),
      page('/work/policies', () => import('./PoliciesPage'), 'PoliciesPage'),
      page('/work/delegations', () => import('./DelegationsPage'), 'DelegationsPage'),
      page('/account/notifications', () => import('./NotificationPrefsPage'), 'NotificationPrefsPage'),
    ] as const,
  nav: [
    { section: 'supervision', order: 10, to: '/work/tasks', label: 'nav.tasks', anyOf: ['work.tasks.read'] },
    {
      section: 'supervision',
      order: 20,
      to: '/work/queues',
      label: 'nav.queues',
      anyOf: ['work.tasks.read'],
    },
    { section: 'supervision', order: 30, to: '/work/team', label: 'nav.team', anyOf: ['work.team.read'] },
    {
      section: 'supervision',
      order: 40,
      to: '/work/policies',
      label: 'nav.policies',
      anyOf: ['work.policies.manage'],
    },
    {
      section: 'supervision',
      order: 50,
      to: '/work/delegations',
      label: 'nav.delegations',
      anyOf: ['work.delegations.manage'],
    },
    {
      section: 'myAccount',
      order: 50,
      to: '/account/notifications',
      label: 'nav.notifications',
      anyOf: ['work.notifications.read'],
    },
  ],
});
