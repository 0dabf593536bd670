import type { Command } from 'commander';
import { AppError } from '../../kernel/errors.ts';
import { createPasswordReset, findUserByEmail } from '../../modules/org/index.ts';
import type { Actor } from '../../platform/context.ts';
import type { Database } from '../../platform/db/index.ts';
import { withDatabase } from '../support.ts';

/** Who made a link from the server's shell: the audit trail of each of the user's companies names it so. */
export const OPERATOR_ACTOR: Actor = {
  type: 'system',
  userId: null,
  tokenId: null,
  label: 'operator (steward user reset-password)',
};

/**
 * The operator's way to a reset link, for anyone including owners: whoever runs it already holds the server
 * (and its database), so it grants nothing new. The API never shows an owner's link to someone else.
 */
export async function operatorResetLink(db: Database, publicUrl: string, email: string): Promise<string> {
  const user = await findUserByEmail(db, email);
  if (!user) throw new AppError('not_found', `There is no user ${email}; check the e-mail address.`);
  const token = await db.tx((tx) =>
    createPasswordReset(
      tx,
      { actor: OPERATOR_ACTOR, companyId: null, requestId: `cli-${process.pid}` },
      user.id,
    ),
  );
  return `${publicUrl}/reset/${token}`;
}

export function registerUserPasswordCommands(user: Command): void {
  user
    .command('reset-password')
    .description(
      'make a one-time password reset link (24 h) for a user and print it — give it to them yourself',
    )
    .argument('<email>', "the user's e-mail address")
    .option('--json', 'print {"email","link"} as JSON')
    .action(async (email: string, o) => {
      await withDatabase(async ({ db, config }) => {
        const link = await operatorResetLink(db, config.publicUrl, email);
        process.stdout.write(o.json ? `${JSON.stringify({ email, link })}\n` : `${link}\n`);
      });
    });
}
