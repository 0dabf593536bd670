/**
 * The organisation module: companies, people (users and memberships), departments, invitations, sessions and
 * API tokens. Other code imports only from here.
 */
import './permissions.ts';

export { ORG_PERMISSIONS } from './permissions.ts';
export { registerMeRoutes } from './routes/me.ts';
export { registerOrgRoutes } from './routes/org.ts';
export { registerPeopleRoutes } from './routes/people.ts';
export { registerPublicRoutes } from './routes/public.ts';
export { registerRoleRoutes } from './routes/roles.ts';
export {
  type CompanyRow,
  createCompany,
  defaultCompanyId,
  getCompany,
  listCompanies,
  updateCompany,
} from './service/companies.ts';
export { type CompanyCreation, type CompanyPorts, companyCreation } from './service/creation.ts';
export {
  addDepartmentMember,
  createDepartment,
  departmentCompany,
  findDepartmentByCode,
  getDepartment,
  listDepartments,
} from './service/departments.ts';
export {
  acceptInvitationAsNewUser,
  acceptInvitationAsUser,
  createInvitation,
  listInvitations,
} from './service/invitations.ts';
export {
  addMember,
  assertRole,
  createUser,
  findUserByEmail,
  firstOwner,
  getPerson,
  getUser,
  listPeople,
  type PersonRow,
  setPassword,
  setPersonStatus,
  type UserRow,
  updatePerson,
} from './service/people.ts';
export {
  activeCompaniesOf,
  activeMemberIds,
  activeMembersWithRole,
  allCompanyIds,
  companiesByIds,
  type DepartmentNode,
  departmentChains,
  departmentMembers,
  departmentsByIds,
  departmentsOfCompany,
  departmentsOfUsers,
  findDepartmentByRef,
  type Member,
  membersByEmails,
  membersByIds,
  type UserName,
  usersByIds,
} from './service/reads.ts';
export { createPasswordReset } from './service/resets.ts';
export {
  assignRole,
  createRole,
  deleteRole,
  type Grant,
  getRole,
  listRoles,
  type RoleRow,
  updateRole,
} from './service/roles.ts';
export { personSearcher } from './service/search.ts';
export {
  authenticateSecret,
  createApiToken,
  createSession,
  loadPrincipal,
  signIn,
} from './service/sessions.ts';
export { createFirstCompany, issueSetupToken, setupNeeded } from './service/setup.ts';
export { sealClearTotpSecrets } from './service/totp.ts';
