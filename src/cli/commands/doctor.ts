import { existsSync, statfsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Command } from 'commander';
import { type Config, loadConfig } from '../../platform/config.ts';
import {
  existingPostgresIds,
  isRoot,
  packageNative,
  pgHome,
  postgresCanReach,
  relocatedCluster,
} from '../../platform/db/embedded-root.ts';
import { lockHolder } from '../../platform/db/lock.ts';
import { migrationFiles } from '../../platform/db/migrate.ts';
import { roleRisks } from '../../platform/db/roles.ts';
import { createLogger } from '../../platform/log.ts';
import { type OpenedDatabase, openConfiguredDatabase } from '../../platform/runtime.ts';
import { printJson } from '../support.ts';

/**
 * `steward doctor`: what this installation is configured to do and whether it can. Read-only — it never
 * migrates. Exits 1 when a check fails.
 */
export interface DoctorCheck {
  name: string;
  ok: boolean;
  value: string;
  detail?: string;
  /** Works, but should be fixed: printed as WARN, does not fail the report. */
  warning?: boolean;
}

export interface DoctorReport {
  ok: boolean;
  config: Record<string, unknown>;
  checks: DoctorCheck[];
}

const MIN_NODE = [20, 19];
const MIN_PG = 150000;
const MIN_FREE_BYTES = 512 * 1024 * 1024;

/** The database URL with its password replaced, so the report can be pasted into a support ticket. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(not a valid URL)';
  }
}

function publicConfig(config: Config): Record<string, unknown> {
  return {
    database: config.databaseUrl ? redactUrl(config.databaseUrl) : 'embedded',
    dataDir: config.dataDir,
    embeddedPgPort: config.embeddedPgPort ?? null,
    port: config.port,
    host: config.host ?? null,
    publicUrl: config.publicUrl,
    logLevel: config.logLevel,
    runWorker: config.runWorker,
    trustedProxies: config.trustedProxies.length ? config.trustedProxies : 'none',
    poolSize: config.poolSize,
    sessionTtlHours: config.sessionTtlHours,
    bodyLimitBytes: config.bodyLimitBytes,
    smtp: config.smtpUrl ? redactUrl(config.smtpUrl) : 'not configured (links are shown instead of mailed)',
    mailFrom: config.mailFrom,
    adminFromEnvironment: config.admin ? config.admin.email : null,
    replica: config.replicaUrl ? redactUrl(config.replicaUrl) : null,
  };
}

function nodeCheck(): DoctorCheck {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  const ok = major > (MIN_NODE[0] ?? 0) || (major === MIN_NODE[0] && minor >= (MIN_NODE[1] ?? 0));
  return {
    name: 'node',
    ok,
    value: process.version,
    ...(ok ? {} : { detail: `Steward needs Node ${MIN_NODE.join('.')} or newer.` }),
  };
}

/** Free space where the data directory is (or would be: its nearest existing parent). */
function diskCheck(dataDir: string, embedded: boolean): DoctorCheck {
  let dir = dataDir;
  for (;;) {
    try {
      const fs = statfsSync(dir);
      const free = fs.bavail * fs.bsize;
      const gib = (free / 2 ** 30).toFixed(1);
      const ok = !embedded || free >= MIN_FREE_BYTES;
      return {
        name: 'disk',
        ok,
        value: `${gib} GiB free at ${dir}`,
        ...(ok ? {} : { detail: 'Less than 512 MiB free for the embedded database: free some space.' }),
      };
    } catch {
      const up = dirname(dir);
      if (up === dir) return { name: 'disk', ok: false, value: 'unknown', detail: `cannot stat ${dataDir}` };
      dir = up;
    }
  }
}

export async function runDoctor(config: Config): Promise<DoctorReport> {
  const checks: DoctorCheck[] = [nodeCheck()];
  const embedded = !config.databaseUrl;
  checks.push({
    name: 'database mode',
    ok: true,
    value: embedded ? `embedded PostgreSQL in ${config.dataDir}` : 'external (DATABASE_URL)',
  });
  checks.push(diskCheck(config.dataDir, embedded));
  if (embedded) checks.push(placeCheck(config.dataDir));
  const holder = lockHolder(config.dataDir);
  checks.push({
    name: 'data dir lock',
    ok: true,
    value: holder ? `held by process ${holder} (a Steward server is running)` : 'free',
  });

  if (embedded && !existsSync(join(config.dataDir, 'pg', 'PG_VERSION'))) {
    // Do not create a database just to look at it.
    checks.push({
      name: 'database server',
      ok: true,
      value: 'not created yet',
      detail: '`steward start` initialises the embedded PostgreSQL on its first run.',
    });
    return { ok: checks.every((c) => c.ok), config: publicConfig(config), checks };
  }
  let opened: OpenedDatabase | null = null;
  try {
    opened = await openConfiguredDatabase(config, createLogger(process.env.LOG_LEVEL || 'silent'), {
      exclusive: false,
      applicationName: 'steward-doctor',
    });
    const { db } = opened;
    const v = await db.query<{ version: string; num: string }>(
      `SELECT current_setting('server_version') AS version, current_setting('server_version_num') AS num`,
    );
    const num = Number(v.rows[0]?.num ?? 0);
    checks.push({
      name: 'database server',
      ok: num >= MIN_PG,
      value: `PostgreSQL ${v.rows[0]?.version ?? '?'}`,
      ...(num >= MIN_PG ? {} : { detail: 'Steward needs PostgreSQL 15 or newer.' }),
    });
    checks.push(await roleCheck(opened, embedded));
    checks.push(await migrationsCheck(opened));
    checks.push(await jobQueueCheck(opened));
  } catch (err) {
    checks.push({
      name: 'database server',
      ok: false,
      value: 'unreachable',
      detail: (err as Error).message,
    });
  } finally {
    await opened?.close().catch(() => {});
  }
  return { ok: checks.every((c) => c.ok), config: publicConfig(config), checks };
}

/**
 * Where the embedded cluster and the binaries it runs from are: as root they may have been moved out of a
 * private (0700) directory the `postgres` OS user cannot reach (src/platform/db/embedded-root.ts).
 */
function placeCheck(dataDir: string): DoctorCheck {
  const moved = relocatedCluster(dataDir);
  const { dir, version } = packageNative();
  const copy = join(pgHome(), `pg-${version}`);
  const ids = isRoot() ? existingPostgresIds() : null;
  const copied = ids !== null && !postgresCanReach(join(dir, 'bin', 'postgres'), ids);
  const binaries = copied ? copy : dir;
  return {
    name: 'database location',
    ok: true,
    value: `cluster in ${moved ?? join(dataDir, 'pg')}, binaries in ${binaries}`,
    ...(moved
      ? {
          detail: `${join(dataDir, 'pg')} links there: the postgres OS user, which runs the embedded PostgreSQL as root, cannot reach ${dataDir}.`,
        }
      : {}),
  };
}

/**
 * The application's role must not be able to switch the audit trail's triggers off: a superuser can, and so
 * can the tables' owner. Embedded installs use `steward_app`; with DATABASE_URL it is the operator's choice.
 */
async function roleCheck(opened: OpenedDatabase, embedded: boolean): Promise<DoctorCheck> {
  const r = await roleRisks(opened.db);
  const fix = embedded
    ? 'restart `steward start` once: it creates the steward_app role and connects as it.'
    : 'connect DATABASE_URL as a role that is neither a superuser nor the owner of the tables, and run migrations with STEWARD_MIGRATE_URL (see the README, "Database roles").';
  if (r.superuser)
    return {
      name: 'database role',
      ok: true,
      warning: true,
      value: `${r.role} is a superuser`,
      detail: `The application's credentials could disable the audit trail's triggers: ${fix}`,
    };
  if (r.ownsAudit)
    return {
      name: 'database role',
      ok: true,
      warning: true,
      value: `${r.role} owns the audit tables`,
      detail: `A table's owner can disable its triggers: ${fix}`,
    };
  return { name: 'database role', ok: true, value: `${r.role} (not a superuser, does not own the tables)` };
}

async function migrationsCheck(opened: OpenedDatabase): Promise<DoctorCheck> {
  const code = migrationFiles().map((f) => f.name);
  const exists = await opened.db.query<{ t: string | null }>(
    `SELECT to_regclass('steward_migrations')::text AS t`,
  );
  const applied = exists.rows[0]?.t
    ? (await opened.db.query<{ name: string }>('SELECT name FROM steward_migrations ORDER BY name')).rows.map(
        (r) => r.name,
      )
    : [];
  const pending = code.filter((m) => !applied.includes(m));
  const unknown = applied.filter((m) => !code.includes(m));
  if (unknown.length)
    return {
      name: 'migrations',
      ok: false,
      value: `${applied.length} applied, ${unknown.length} unknown to this version`,
      detail: `The database was migrated by a newer Steward (${unknown.join(', ')}): upgrade Steward.`,
    };
  return {
    name: 'migrations',
    // Pending migrations are applied by `steward start` or `steward migrate`; not an error by themselves.
    ok: true,
    value: `${applied.length} applied, ${pending.length} pending`,
    ...(pending.length ? { detail: `pending: ${pending.join(', ')} (run \`steward migrate\`)` } : {}),
  };
}

async function jobQueueCheck(opened: OpenedDatabase): Promise<DoctorCheck> {
  const t = await opened.db.query<{ t: string | null }>(`SELECT to_regclass('pgboss.job')::text AS t`);
  if (!t.rows[0]?.t)
    return {
      name: 'job queue',
      ok: true,
      value: 'not installed yet (the server creates it when it first starts)',
    };
  const q = await opened.db.query<{ queued: string; active: string }>(
    `SELECT count(*) FILTER (WHERE state IN ('created', 'retry'))::text AS queued,
            count(*) FILTER (WHERE state = 'active')::text AS active
       FROM pgboss.job`,
  );
  return {
    name: 'job queue',
    ok: true,
    value: `reachable: ${q.rows[0]?.queued ?? 0} queued, ${q.rows[0]?.active ?? 0} running`,
  };
}

export function registerDoctorCommand(program: Command): void {
  program
    .command('doctor')
    .description('check the configuration, database, migrations, disk and job queue; exits 1 on a problem')
    .option('--json', 'print the report as JSON')
    .action(async (o: { json?: boolean }) => {
      const report = await runDoctor(loadConfig());
      if (o.json) printJson(report);
      else {
        const width = Math.max(...report.checks.map((c) => c.name.length));
        process.stdout.write('configuration:\n');
        for (const [key, value] of Object.entries(report.config))
          process.stdout.write(`  ${key}: ${value ?? '-'}\n`);
        process.stdout.write('checks:\n');
        for (const c of report.checks) {
          const mark = !c.ok ? 'FAIL' : c.warning ? 'WARN' : 'ok  ';
          process.stdout.write(`  ${mark} ${c.name.padEnd(width)}  ${c.value}\n`);
          if (c.detail) process.stdout.write(`       ${' '.repeat(width)}  ${c.detail}\n`);
        }
        process.stdout.write(report.ok ? 'everything looks fine\n' : 'problems found\n');
      }
      if (!report.ok) process.exitCode = 1;
    });
}
