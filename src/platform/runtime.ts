import { mkdirSync } from 'node:fs';
import type { Logger } from 'pino';
import type { Config } from './config.ts';
import { startEmbedded } from './db/embedded.ts';
import { type Database, openDatabase } from './db/index.ts';
import { acquireDataDirLock, DataDirBusyError, lockHolder } from './db/lock.ts';

/**
 * Opens the database the configuration points at. With DATABASE_URL: that server, nothing started. Without:
 * the embedded PostgreSQL under STEWARD_DATA_DIR — `exclusive` (the server) refuses when another Steward
 * process owns the directory; the CLI attaches to a running server's PostgreSQL, or starts its own briefly.
 */
export interface OpenedDatabase {
  db: Database;
  close(): Promise<void>;
  embedded: boolean;
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
    return { db, close: () => db.close(), embedded: false };
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
