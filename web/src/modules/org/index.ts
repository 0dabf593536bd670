// Organisation: the company, departments, people, invitations and roles. Most of its strings are in the core
// dictionary (web/src/i18n/en.ts); the roles editor's are in ./i18n.
import { defineWebModule } from '../kit';
import { orgCs } from './i18n/cs';
import { orgEn } from './i18n/en';
import { orgEs } from './i18n/es';

export const orgModule = defineWebModule({
  id: 'org',
  messages: { en: orgEn, cs: orgCs, es: orgEs },
  permissions: {
    companyRead: 'org.company.read',
    companyManage: 'org.company.manage',
    departmentsRead: 'org.departments.read',
    departmentsManage: 'org.departments.manage',
    departmentManage: 'org.department.manage',
    peopleRead: 'org.people.read',
    peopleManage: 'org.people.manage',
    invitationsRead: 'org.invitations.read',
    invitationsManage: 'org.invitations.manage',
    rolesRead: 'org.roles.read',
    rolesManage: 'org.roles.manage',
  },
  routes: ({ page }) =>
    [
      page('/org/company', () => import('./CompanyPage'), 'CompanyPage'),
      page('/org/departments', () => import('./DepartmentsPage'), 'DepartmentsPage'),
      page('/org/departments/$departmentId', () => import('./DepartmentDetailPage'), 'DepartmentDetailPage'),
      page('/org/people', () => import('./PeoplePage'), 'PeoplePage'),
      page('/org/invitations', () => import('./InvitationsPage'), 'InvitationsPage'),
      page('/org/roles', () => import('./RolesPage'), 'RolesPage'),
    ] as const,
  nav: [
    {
      section: 'organisation',
      order: 10,
      to: '/org/company',
      label: 'nav.company',
      anyOf: ['org.company.read', 'org.company.manage'],
    },
    {
      section: 'organisation',
      order: 20,
      to: '/org/departments',
      label: 'nav.departments',
      anyOf: ['org.departments.read'],
    },
    {
      section: 'organisation',
      order: 30,
      to: '/org/people',
      label: 'nav.people',
      anyOf: ['org.people.read'],
    },
    {
      section: 'organisation',
      order: 40,
      to: '/org/invitations',
      label: 'nav.invitations',
      anyOf: ['org.invitations.read'],
    },
    // Settings → Roles is for who manages roles; the page itself stays readable (read-only) by its URL.
    { section: 'organisation', order: 50, to: '/org/roles', label: 'nav.roles', anyOf: ['org.roles.manage'] },
  ],
});
