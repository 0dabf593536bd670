import type { Database, Sql } from './index.ts';

/**
 * The application's database role. Migrations run as the role that owns the tables (the embedded superuser,
 * or STEWARD_MIGRATE_URL's role); the application connects as a role that neither owns them nor is a
 * superuser. A table's owner may `ALTER TABLE … DISABLE TRIGGER`, so ownership is exactly what the app must
 * not have: it gets plain DML grants, and on the audit trail only what appending needs — SELECT and INSERT on
 * audit_events, SELECT, INSERT and UPDATE on audit_heads (whose forward-only trigger refuses any update but an
 * append's). The grants are re-applied after every migration, so tables added later are covered.
 */
export const EMBEDDED_APP_ROLE = 'steward_app';

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
const quoteLiteral = (value: string) => `'${value.replace(/'/g, "''")}'`;

/** Creates (or re-keys) a login role with no special attributes. Needs a superuser or CREATEROLE. */
export async function ensureLoginRole(admin: Sql, role: string, password: string): Promise<void> {
  const exists = await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
  const verb = exists.rowCount ? 'ALTER' : 'CREATE';
  await admin.query(
    `${verb} ROLE ${quoteIdent(role)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS
       PASSWORD ${quoteLiteral(password)}`,
  );
}

const GRANTS_LOCK = 7_301_447_004; // pg_advisory_xact_lock key: one grantor at a time across processes

/**
 * grantAppRole in one transaction (the app never sees the moment between the blanket grant and the audit
 * revokes) under a lock, as two nodes starting together would otherwise fail with "tuple concurrently updated".
 */
export function grantAppRoleOnce(owner: Database, appRole: string): Promise<void> {
  return owner.tx(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [GRANTS_LOCK]);
    await grantAppRole(tx, appRole);
  });
}

/**
 * Grants `appRole` what the application needs in the current database, as the tables' owner. Idempotent; run
 * it in a transaction (grantAppRoleOnce).
 * The database-level CREATE lets pg-boss create its own schema (`pgboss`), which the app then owns; a
 * `pgboss` schema an older version created as the owner is handed over to the app (needs a superuser or
 * membership in the app's role).
 */
export async function grantAppRole(owner: Sql, appRole: string): Promise<void> {
  const role = quoteIdent(appRole);
  const self = await owner.query<{ me: string; db: string }>(
    'SELECT current_user AS me, current_database() AS db',
  );
  if (self.rows[0]?.me === appRole) return; // one role for both: nothing to grant (doctor warns)
  await owner.query(
    `GRANT CONNECT, TEMPORARY, CREATE ON DATABASE ${quoteIdent(self.rows[0]?.db ?? '')} TO ${role}`,
  );
  await owner.query(`GRANT USAGE ON SCHEMA public TO ${role}`);
  await owner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`);
  await owner.query(`GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
  // The audit trail: append and read, nothing else. TRUNCATE, REFERENCES and TRIGGER were never granted.
  // Migrations are the owner's business; the app only reads which ones ran (doctor, readiness). (Before the
  // first migration these tables do not exist yet.)
  for (const [table, revoke] of [
    ['audit_events', 'UPDATE, DELETE'],
    ['audit_heads', 'DELETE'],
    ['steward_migrations', 'INSERT, UPDATE, DELETE'],
  ] as const) {
    const exists = await owner.query<{ t: string | null }>(`SELECT to_regclass($1)::text AS t`, [
      `public.${table}`,
    ]);
    if (exists.rows[0]?.t) await owner.query(`REVOKE ${revoke} ON ${table} FROM ${role}`);
  }
  await handOverJobSchema(owner, appRole);
}

async function handOverJobSchema(owner: Sql, appRole: string): Promise<void> {
  const schema = await owner.query<{ owner: string; can: boolean }>(
    `SELECT pg_get_userbyid(n.nspowner) AS owner,
            (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) OR pg_has_role($1, 'MEMBER') AS can
       FROM pg_namespace n WHERE n.nspname = 'pgboss'`,
    [appRole],
  );
  const row = schema.rows[0];
  if (!row || row.owner === appRole || !row.can) return;
  const role = quoteIdent(appRole);
  // Every object pg-boss made: it attaches partitions to its tables at run time, which needs ownership.
  await owner.query(`DO $$
    DECLARE r record;
    BEGIN
      FOR r IN SELECT c.oid::regclass AS name, c.relkind FROM pg_class c
                 JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'pgboss' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
                  -- a serial's sequence follows its table
                  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                                     AND d.objid = c.oid AND d.deptype IN ('a', 'i'))
      LOOP
        EXECUTE format('ALTER %s %s OWNER TO %s',
          CASE r.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
            ELSE 'TABLE' END, r.name, ${quoteLiteral(role)});
      END LOOP;
      FOR r IN SELECT p.oid::regprocedure AS name FROM pg_proc p
                 JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'pgboss'
      LOOP
        EXECUTE format('ALTER ROUTINE %s OWNER TO %s', r.name, ${quoteLiteral(role)});
      END LOOP;
      FOR r IN SELECT t.oid::regtype AS name FROM pg_type t
                 JOIN pg_namespace n ON n.oid = t.typnamespace
                WHERE n.nspname = 'pgboss' AND t.typtype IN ('e', 'd', 'c') AND t.typrelid = 0
      LOOP
        EXECUTE format('ALTER TYPE %s OWNER TO %s', r.name, ${quoteLiteral(role)});
      END LOOP;
    END $$`);
  await owner.query(`ALTER SCHEMA pgboss OWNER TO ${role}`);
}

/** What the connected role may do that the app should not: be a superuser, or own the audit trail. */
export async function roleRisks(db: Sql): Promise<{ role: string; superuser: boolean; ownsAudit: boolean }> {
  const { rows } = await db.query<{ role: string; superuser: boolean; owns_audit: boolean }>(
    `SELECT current_user AS role,
            (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser,
            coalesce((SELECT pg_has_role(current_user, c.relowner, 'USAGE') FROM pg_class c
                       WHERE c.oid = to_regclass('public.audit_events')), false) AS owns_audit`,
  );
  const r = rows[0];
  return { role: r?.role ?? '?', superuser: Boolean(r?.superuser), ownsAudit: Boolean(r?.owns_audit) };
}
