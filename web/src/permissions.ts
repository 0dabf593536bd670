// Permission names the UI checks to show links and actions (src/modules/org/permissions.ts). The server
// enforces them again; hiding is only a courtesy.
export const PERM = {
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
  auditRead: 'audit.read',
  auditVerify: 'audit.verify',
  jobsRead: 'jobs.read',
  ledgerRead: 'ledger.read',
  ledgerAccountsManage: 'ledger.accounts.manage',
  ledgerDraft: 'ledger.entries.draft',
  ledgerPost: 'ledger.post',
  ledgerPeriodLock: 'ledger.period.lock',
  ledgerRatesManage: 'ledger.rates.manage',
  workTasksRead: 'work.tasks.read',
  workTasksManage: 'work.tasks.manage',
  workApprovalsRead: 'work.approvals.read',
  workDecide: 'work.approvals.decide',
  workPoliciesManage: 'work.policies.manage',
  workDelegationsManage: 'work.delegations.manage',
  workTeamRead: 'work.team.read',
  workNotificationsRead: 'work.notifications.read',
  workNotificationsManage: 'work.notifications.manage',
  partiesRead: 'parties.read',
  partiesManage: 'parties.manage',
  partiesBankDetailsRead: 'parties.bank_details.read',
} as const;

/** Roles that reach every department (see src/platform/access). */
export const SEES_ALL_DEPARTMENTS = ['owner', 'admin', 'auditor'];
