import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { registerJob, startJobs } from '../jobs/index.ts';
import { createLogger } from '../log.ts';
import { type OpenedDatabase, openConfiguredDatabase } from '../runtime.ts';
import { urlFor } from './embedded.ts';
import { openDatabase } from './index.ts';
import { EMBEDDED_APP_ROLE, roleRisks } from './roles.ts';

/**
 * The embedded install (`npm start` without DATABASE_URL): the app connects as `steward_app`, not as the
 * superuser initdb made; a data directory made by an older version (app = superuser, pg-boss schema owned by
 * the superuser) is converted on its next start.
 */
// World-traversable: as root the server runs as the OS user `postgres`, which must reach it.
const root = mkdtempSync(join(tmpdir(), 'steward-role-'));
chmodSync(root, 0o755);
const dataDir = join(root, 'data');
const config = { ...loadConfig({}), dataDir };
const log = createLogger('silent');
afterAll(() => rmSync(root, { recursive: true, force: true }));

registerJob('test.role_probe', async () => ({}));

async function open(): Promise<OpenedDatabase> {
  return openConfiguredDatabase(config, log, { exclusive: true, applicationName: 'steward-role-test' });
}

describe('embedded database roles', () => {
  it('a fresh data directory: the app connects as steward_app, which cannot touch the audit triggers', async () => {
    const opened = await open();
    try {
      expect((await opened.migrate()).length).toBeGreaterThan(0);
      const who = await opened.db.query<{ me: string; su: boolean }>(
        'SELECT current_user AS me, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS su',
      );
      expect(who.rows[0]).toEqual({ me: EMBEDDED_APP_ROLE, su: false });
      expect(await roleRisks(opened.db)).toMatchObject({ superuser: false, ownsAudit: false });
      await expect(opened.db.query('ALTER TABLE audit_events DISABLE TRIGGER USER')).rejects.toThrow(
        /must be owner/,
      );
      // pg-boss creates its schema as the app and can add queues (partitions of its job table) later.
      const jobs = await startJobs(opened.db, log, { work: false });
      await jobs.stop();
      const settings = JSON.parse(readFileSync(join(dataDir, 'pg.json'), 'utf8'));
      expect(settings).toMatchObject({ user: 'steward', appUser: EMBEDDED_APP_ROLE });
    } finally {
      await opened.close();
    }
  });

  it('a data directory of an older version is converted on its next start', async () => {
    // Make it look like one: no app role in pg.json or the server, pg-boss installed by the superuser.
    const file = join(dataDir, 'pg.json');
    const settings = JSON.parse(readFileSync(file, 'utf8'));
    delete settings.appUser;
    delete settings.appPassword;
    writeFileSync(file, JSON.stringify(settings));
    let opened = await open();
    const su = openDatabase(urlFor(settings), { max: 1 });
    try {
      await su.query('DROP SCHEMA pgboss CASCADE');
      await su.query(`REASSIGN OWNED BY ${EMBEDDED_APP_ROLE} TO steward`);
      await su.query(`DROP OWNED BY ${EMBEDDED_APP_ROLE}`);
      await su.query(`DROP ROLE ${EMBEDDED_APP_ROLE}`);
      const old = await startJobs(su, log, { work: false });
      await old.stop();
    } finally {
      await su.close();
      // the handle's pool connects as the dropped role; close it and start again as the new version would
      await opened.close().catch(() => {});
    }

    opened = await open();
    try {
      await opened.migrate();
      expect(await roleRisks(opened.db)).toMatchObject({
        role: EMBEDDED_APP_ROLE,
        superuser: false,
        ownsAudit: false,
      });
      const owner = await opened.db.query<{ owner: string }>(
        `SELECT pg_get_userbyid(nspowner) AS owner FROM pg_namespace WHERE nspname = 'pgboss'`,
      );
      expect(owner.rows[0]?.owner).toBe(EMBEDDED_APP_ROLE);
      // The job queue still starts (its queue setup attaches partitions: it needs to own pgboss's tables).
      const jobs = await startJobs(opened.db, log, { work: false });
      await jobs.stop();
      const company = await opened.db.query<{ n: number }>('SELECT count(*)::int AS n FROM companies');
      expect(company.rows[0]?.n).toBe(0);
    } finally {
      await opened.close();
    }
  });
});
