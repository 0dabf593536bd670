import { mkdirSync } from 'node:fs';
import type { Logger } from 'pino';
import type { Config } from './config.ts';
import { startEmbedded } from './db/embedded.ts';
import { type Database, openDatabase } from './db/index.ts';
import { acquireDataDirLock, DataDirBusyError, lockHolder } from './db/lock.ts';
import { migrate } from './db/migrate.ts';
import { grantAppRoleOnce } from './db/roles.ts';

/**
 * Opens the database the configuration points at. With DATABASE_URL: that server, nothing started. Without:
 * the embedded PostgreSQL under STEWARD_DATA_DIR — `exclusive` (the server) refuses when another Steward
 * process owns the directory; the CLI attaches to a running server's PostgreSQL, or starts its own briefly.
 *
 * `db` is the application's connection (a role that neither owns the tables nor is a superuser, so it cannot
 * switch the audit trail's triggers off); migrations and restore run on the owner's, opened only for them.
 */
export interface OpenedDatabase {
  db: Database;
  /** Applies pending migrations as the owner, then grants the application's role its rights again. */
  migrate(log?: (msg: string) => void): Promise<string[]>;
  /** Runs `fn` on a short-lived connection as the tables' owner (restore). */
  asOwner<T>(fn: (owner: Database) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  embedded: boolean;
}

function withOwnerAndApp(db: Database, ownerUrl: string, applicationName: string) {
  const asOwner = async <T>(fn: (owner: Database) => Promise<T>): Promise<T> => {
    if (ownerUrl === db.url) return fn(db);
    const owner = openDatabase(ownerUrl, { max: 1, applicationName: `${applicationName}-owner` });
    try {
      return await fn(owner);
    } finally {
      await owner.close();
    }
  };
  return {
    asOwner,
    async migrate(log?: (msg: string) => void) {
      if (ownerUrl === db.url) return migrate(db, log);
      const appRole = (await db.query<{ me: string }>('SELECT current_user AS me')).rows[0]?.me ?? '';
      return asOwner(async (owner) => {
        const applied = await migrate(owner, log);
        await grantAppRoleOnce(owner, appRole);
        return applied;
      });
    },
  };
}

export async function openConfiguredDatabase(
  config: Config,
  log: Logger,
  opts: { exclusive: boolean; applicationName: string },
): Promise<OpenedDatabase> {
  if (config.databaseUrl) {
    const db = openDatabase(config.databaseUrl, {
      max: config.poolSize,
      applicationName: opts.applicationName,
    });
    const ownerUrl = config.migrateUrl ?? config.databaseUrl;
    return {
      db,
      ...withOwnerAndApp(db, ownerUrl, opts.applicationName),
      close: () => db.close(),
      embedded: false,
    };
  }
  const running = lockHolder(config.dataDir);
  if (running && opts.exclusive) throw new DataDirBusyError(running, config.dataDir);
  mkdirSync(config.dataDir, { recursive: true });
  const dirLock = running ? null : acquireDataDirLock(config.dataDir);
  try {
    const pg = await startEmbedded(config.dataDir, {
      ...(config.embeddedPgPort ? { port: config.embeddedPgPort } : {}),
      attachIfRunning: Boolean(running),
      log: (m) => log.info(m),
    });
    const db = openDatabase(pg.url, { max: config.poolSize, applicationName: opts.applicationName });
    return {
      db,
      ...withOwnerAndApp(db, pg.ownerUrl, opts.applicationName),
      embedded: true,
      async close() {
        await db.close();
        await pg.stop();
        dirLock?.release();
      },
    };
  } catch (err) {
    dirLock?.release();
    throw err;
  }
}
