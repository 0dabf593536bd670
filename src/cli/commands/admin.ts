import type { Command } from 'commander';
import type { Steward } from '../../compose.ts';
import { seedDemo } from '../../demo/index.ts';
import { verifyAuditChain } from '../../platform/audit/index.ts';
import { loadConfig } from '../../platform/config.ts';
import { startJobs } from '../../platform/jobs/index.ts';
import { createLogger } from '../../platform/log.ts';
import { openConfiguredDatabase } from '../../platform/runtime.ts';
import '../../platform/audit/routes.ts'; // registers the audit.verify job handler
import { printJson, withDatabase } from '../support.ts';

export function registerAdminCommands(program: Command, steward: Steward): void {
  program
    .command('migrate')
    .description('apply database migrations')
    .action(async () => {
      const config = loadConfig();
      const log = createLogger('warn');
      const opened = await openConfiguredDatabase(config, log, {
        exclusive: false,
        applicationName: 'steward-migrate',
      });
      try {
        const applied = await opened.migrate();
        process.stdout.write(
          applied.length ? `applied: ${applied.join(', ')}\n` : 'the database is up to date\n',
        );
      } finally {
        await opened.close();
      }
    });

  program
    .command('demo')
    .description('create the demo company (without starting the server)')
    .action(async () => {
      await withDatabase(async ({ db }) => {
        const demo = await seedDemo(db, steward);
        process.stdout.write(
          demo
            ? `Demo company ${demo.companyId}. Sign in as ${demo.email} with the password ${demo.password}\n`
            : 'The demo company already exists.\n',
        );
      });
    });

  program
    .command('worker')
    .description('run background jobs in this process (for scale-out; the server runs one by default)')
    .action(async () => {
      const config = loadConfig();
      const log = createLogger(config.logLevel);
      const opened = await openConfiguredDatabase(config, log, {
        exclusive: false,
        applicationName: 'steward-worker',
      });
      await opened.migrate();
      const jobs = await startJobs(opened.db, log, { work: true });
      log.info('worker running');
      const stop = async () => {
        await jobs.stop();
        await opened.close();
        process.exit(0);
      };
      process.on('SIGINT', () => void stop());
      process.on('SIGTERM', () => void stop());
    });

  const audit = program.command('audit').description('the audit trail');
  audit
    .command('verify')
    .description('walk the hash chain; exits 1 naming the first bad event')
    .option('--company <id>', "only this company's chain")
    .option('--json', 'print the result as JSON')
    .action(async (o) => {
      await withDatabase(async ({ db }) => {
        const result = await verifyAuditChain(db, o.company ? { chain: o.company } : {});
        if (o.json) printJson(result);
        if (result.ok) {
          if (!o.json) process.stdout.write(`audit chain ok: ${result.checked} events verified\n`);
        } else {
          process.stderr.write(
            `audit chain BROKEN at ${result.firstProblem?.id ?? `chain ${result.firstProblem?.chain} #${result.firstProblem?.seq}`}: ${result.firstProblem?.message}\n`,
          );
          process.exitCode = 1;
        }
      });
    });
}
