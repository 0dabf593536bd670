import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../../platform/config.ts';
import {
  backupDatabase,
  checkMigrations,
  readBackupHeader,
  restoreDatabase,
} from '../../platform/db/backup.ts';
import { createLogger } from '../../platform/log.ts';
import { openConfiguredDatabase } from '../../platform/runtime.ts';
import { UsageError, withDatabase } from '../support.ts';
import { registerDoctorCommand } from './doctor.ts';

/** `steward backup FILE`, `steward restore FILE [--force]` and `steward doctor`. */
export function registerBackupCommands(program: Command): void {
  program
    .command('backup')
    .description('write a consistent backup of the database to FILE (gzip JSON lines)')
    .argument('<file>', 'where to write the backup, e.g. steward-2026-01-31.backup.gz')
    .action(async (file: string) => {
      const target = resolve(file);
      const config = loadConfig();
      const log = createLogger(process.env.LOG_LEVEL || 'warn');
      // No migrate here: a backup taken before an upgrade must capture the database exactly as it is.
      const opened = await openConfiguredDatabase(config, log, {
        exclusive: false,
        applicationName: 'steward-backup',
      });
      try {
        const made = await backupDatabase(opened.db, target);
        process.stderr.write(`backup written to ${made.file}: ${made.tables} tables, ${made.rows} rows\n`);
      } finally {
        await opened.close();
      }
    });

  program
    .command('restore')
    .description('load a backup made by `steward backup` into an empty database (one transaction)')
    .argument('<file>', 'the backup file')
    .option('--force', 'replace everything in a database that already has data')
    .action(async (file: string, o: { force?: boolean }) => {
      const source = resolve(file);
      if (!existsSync(source)) throw new UsageError(`There is no file ${source}.`);
      // Check the file before touching the database (not even migrating it).
      const header = await readBackupHeader(source);
      checkMigrations(header);
      await withDatabase(async ({ asOwner }) => {
        // Restore empties tables and lifts the audit guards for its transaction: only the owner may.
        const done = await asOwner((owner) => restoreDatabase(owner, source, { force: Boolean(o.force) }));
        process.stderr.write(
          `restored ${done.rows} rows into ${done.tables} tables from the backup of ${header.createdAt}\n`,
        );
      });
    });

  registerDoctorCommand(program);
}
