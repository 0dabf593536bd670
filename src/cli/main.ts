import { Command, CommanderError } from 'commander';
import { compose } from '../compose.ts';
import { AppError } from '../kernel/errors.ts';
import { DataDirBusyError } from '../platform/db/lock.ts';
import { registerAdminCommands } from './commands/admin.ts';
import { registerBackupCommands } from './commands/backup.ts';
import { registerBankCommands } from './commands/bank.ts';
import { registerBillCommands } from './commands/bill.ts';
import { registerInvoiceCommands } from './commands/invoice.ts';
import { registerLedgerCommands } from './commands/ledger.ts';
import { registerLedgerIoCommands } from './commands/ledger-io.ts';
import { registerOrgCommands } from './commands/org.ts';
import { registerPartyCommands } from './commands/party.ts';
import { registerPaymentCommands } from './commands/payment.ts';
import { registerReceivablesCommands } from './commands/receivables.ts';
import { registerRoleCommands } from './commands/role.ts';
import { startCommand } from './commands/start.ts';
import { registerWorkCommands } from './commands/work.ts';
import { describeError } from './errors.ts';
import { UsageError } from './support.ts';

/** The `steward` command line: the same configuration as `npm start`, with or without the server running. */
export function buildProgram(): Command {
  const program = new Command('steward')
    .description('Steward back office — server and administration commands')
    .showHelpAfterError()
    .exitOverride();
  // Every command runs in a composed process: the approval gate, executors and the flows' ports are wired.
  const steward = compose();
  program
    .command('start')
    .description('migrate and serve the web UI and API')
    .option('--demo', 'also create the demo company')
    .option('--port <port>', 'port to listen on (default: PORT or 3000)')
    .option('--no-worker', 'do not run background jobs in this process')
    .action(startCommand);
  registerOrgCommands(program, steward);
  registerRoleCommands(program);
  registerAdminCommands(program, steward);
  registerLedgerCommands(program);
  registerLedgerIoCommands(program);
  registerBackupCommands(program);
  registerWorkCommands(program);
  registerPartyCommands(program);
  registerBankCommands(program, steward.banking);
  const report = program.commands.find((c) => c.name() === 'report');
  if (report) registerReceivablesCommands(program, report);
  registerPaymentCommands(program);
  registerInvoiceCommands(program, steward.sales);
  registerBillCommands(program, steward.purchasing);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  let code = 0;
  try {
    await program.parseAsync(argv);
    code = Number(process.exitCode ?? 0);
  } catch (err) {
    code = exitCodeFor(err);
    if (!(err instanceof CommanderError)) process.stderr.write(`steward: ${messageOf(err)}\n`);
  }
  // Some dependency resets process.exitCode on its way out, so a failing command exits explicitly.
  if (code !== 0) process.exit(code);
}

function exitCodeFor(err: unknown): number {
  if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
  if (err instanceof UsageError) return 2;
  if (err instanceof AppError && (err.code === 'validation' || err.code === 'bad_request')) return 2;
  return 1;
}

/** One sentence for the operator, never `undefined`; the stack only with LOG_LEVEL=debug. */
function messageOf(err: unknown): string {
  if (process.env.LOG_LEVEL === 'debug' && err instanceof Error && err.stack)
    process.stderr.write(`${err.stack}\n`);
  if (err instanceof AppError || err instanceof UsageError || err instanceof DataDirBusyError)
    return err.message;
  return describeError(err);
}
