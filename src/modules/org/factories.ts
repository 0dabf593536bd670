import { randomBytes } from 'node:crypto';
import type { Role, ServiceContext } from '../../platform/context.ts';
import { SYSTEM_ACTOR } from '../../platform/context.ts';
import type { Database } from '../../platform/db/index.ts';
import type { CompanyRow } from './index.ts';
import {
  addDepartmentMember,
  addMember,
  createApiToken,
  createCompany,
  createDepartment,
  createSession,
  createUser,
  loadPrincipal,
} from './index.ts';
import { assignRole, createRole } from './service/roles.ts';

/**
 * Typed test data for the organisation module, made through its own services (so every row is audited like
 * real data). Other modules' tests reuse these to get a company with people of every role.
 */
export const FACTORY_PASSWORD = 'correct horse battery staple';

export interface PersonFixture {
  id: string;
  email: string;
  name: string;
  role: Role;
  password: string;
  /** A bearer API token of this person for the company it was made in. */
  token: string;
  tokenId: string;
}

export interface DepartmentFixture {
  id: string;
  code: string;
  name: string;
}

export interface SessionFixture {
  id: string;
  token: string;
  csrfToken: string;
}

let counter = 0;
/** A short string unique within the test run (e-mails, codes, names). */
export function unique(prefix = 'x'): string {
  counter += 1;
  return `${prefix}${counter}${randomBytes(3).toString('hex')}`;
}

function systemCtx(companyId: string): ServiceContext {
  return { actor: SYSTEM_ACTOR, companyId, requestId: null };
}

export async function makeCompany(
  db: Database,
  input: { name?: string; baseCurrency?: string; ownerName?: string } = {},
): Promise<{ company: CompanyRow; owner: PersonFixture }> {
  const email = `${unique('owner')}@example.test`;
  const ownerName = input.ownerName ?? `Owner ${unique()}`;
  const made = await db.tx(async (tx) => {
    const user = await createUser(tx, SYSTEM_ACTOR, null, null, {
      email,
      name: ownerName,
      password: FACTORY_PASSWORD,
    });
    const company = await createCompany(
      tx,
      SYSTEM_ACTOR,
      null,
      { name: input.name ?? `Company ${unique()}`, baseCurrency: input.baseCurrency ?? 'EUR' },
      user.id,
    );
    return { company, userId: user.id };
  });
  const token = await makeApiToken(db, made.company.id, made.userId);
  return {
    company: made.company,
    owner: {
      id: made.userId,
      email,
      name: ownerName,
      role: 'owner',
      password: FACTORY_PASSWORD,
      ...token,
    },
  };
}

/** A user who is a member of `companyId` with `role`, with a password and an API token. */
export async function makePerson(
  db: Database,
  companyId: string,
  input: { role: Role; name?: string; email?: string; password?: string; jobTitle?: string },
): Promise<PersonFixture> {
  const email = input.email ?? `${unique(input.role)}@example.test`;
  const name = input.name ?? `${input.role[0]!.toUpperCase()}${input.role.slice(1)} ${unique()}`;
  const password = input.password ?? FACTORY_PASSWORD;
  const userId = await db.tx(async (tx) => {
    const user = await createUser(tx, SYSTEM_ACTOR, null, companyId, { email, name, password });
    await addMember(tx, systemCtx(companyId), {
      userId: user.id,
      role: input.role,
      jobTitle: input.jobTitle,
    });
    return user.id;
  });
  const token = await makeApiToken(db, companyId, userId);
  return { id: userId, email, name, role: input.role, password, ...token };
}

export async function makeDepartment(
  db: Database,
  companyId: string,
  input: { code?: string; name?: string; parentId?: string; managerId?: string } = {},
): Promise<DepartmentFixture> {
  const code = input.code ?? unique('D').slice(0, 20);
  const dep = await db.tx((tx) =>
    createDepartment(tx, systemCtx(companyId), {
      code,
      name: input.name ?? `Department ${code}`,
      parentId: input.parentId,
      managerId: input.managerId,
    }),
  );
  return { id: dep.id, code: dep.code, name: dep.name };
}

export async function addToDepartment(
  db: Database,
  companyId: string,
  departmentId: string,
  userId: string,
): Promise<void> {
  await db.tx((tx) => addDepartmentMember(tx, systemCtx(companyId), departmentId, userId));
}

export async function makeApiToken(
  db: Database,
  companyId: string,
  userId: string,
  input: { name?: string; expiresAt?: string } = {},
): Promise<{ token: string; tokenId: string }> {
  const made = await db.tx((tx) =>
    createApiToken(tx, systemCtx(companyId), {
      userId,
      name: input.name ?? unique('token'),
      expiresAt: input.expiresAt,
    }),
  );
  return { token: made.token, tokenId: made.id };
}

/** A signed-in browser session (cookie + CSRF token) without going through the password check. */
export async function makeSession(
  db: Database,
  userId: string,
  companyId: string | null,
): Promise<SessionFixture> {
  const s = await db.tx((tx) =>
    createSession(tx, userId, companyId, { ip: '127.0.0.1', userAgent: 'factory', ttlHours: 1 }),
  );
  return { id: s.id, token: s.token, csrfToken: s.csrfToken };
}

export type RolePeople = Record<Role, PersonFixture>;

export interface OrgFixture {
  company: CompanyRow;
  people: RolePeople;
  /** Dept A: managed by the manager; the assistant is a member of it (and of no other). */
  deptA: DepartmentFixture;
  /** Dept B: none of `people` belongs to it. */
  deptB: DepartmentFixture;
}

/**
 * A company with one person of every role and two departments: the manager manages A, the assistant is a
 * member of A only; owner, admin and auditor belong to no department.
 */
export async function makeOrg(
  db: Database,
  input: { name?: string; baseCurrency?: string } = {},
): Promise<OrgFixture> {
  const { company, owner } = await makeCompany(db, input);
  const [admin, manager, assistant, auditor] = await Promise.all(
    (['admin', 'manager', 'assistant', 'auditor'] as const).map((role) =>
      makePerson(db, company.id, { role }),
    ),
  );
  const deptA = await makeDepartment(db, company.id, { managerId: manager!.id });
  const deptB = await makeDepartment(db, company.id);
  await addToDepartment(db, company.id, deptA.id, assistant!.id);
  return {
    company,
    people: { owner, admin: admin!, manager: manager!, assistant: assistant!, auditor: auditor! },
    deptA,
    deptB,
  };
}

/**
 * A company role made by the company's owner (through the service, so it is checked and audited) and given
 * to a new person, who starts as an assistant and is then given the role.
 */
export async function makeCustomRoleMember(
  db: Database,
  companyId: string,
  ownerId: string,
  role: { name: string; permissions: { name: string; reach: 'company' | 'departments' }[] },
): Promise<{ roleId: string; person: PersonFixture }> {
  const owner = await loadPrincipal(db, ownerId, companyId);
  if (!owner) throw new Error(`${ownerId} is not a member of ${companyId}`);
  const ctx = {
    actor: { type: 'user' as const, userId: ownerId, tokenId: null, label: 'factory owner' },
    companyId,
    requestId: null,
  };
  const made = await db.tx((tx) => createRole(tx, ctx, owner, role));
  const person = await makePerson(db, companyId, { role: 'assistant', name: `${role.name} ${unique()}` });
  await db.tx((tx) => assignRole(tx, ctx, owner, person.id, made.id));
  return { roleId: made.id, person };
}
