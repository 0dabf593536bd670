import nodemailer from 'nodemailer';
import { newId } from '../../kernel/ids.ts';
import type { Database, Tx } from '../db/index.ts';

/**
 * Mail goes through an outbox: `queueMail` writes a row in the caller's transaction, and `deliverOutbox`
 * sends after commit (a rolled-back change sends nothing). With no SMTP_URL configured nothing is sent and
 * nothing breaks: callers show links to the user instead.
 */
export function mailConfigured(smtpUrl: string | undefined): boolean {
  return Boolean(smtpUrl);
}

export async function queueMail(
  tx: Tx,
  mail: { companyId: string | null; to: string; subject: string; text: string },
): Promise<string> {
  const id = newId('mail');
  await tx.query(
    'INSERT INTO mail_outbox (company_id, id, to_address, subject, body_text) VALUES ($1, $2, $3, $4, $5)',
    [mail.companyId, id, mail.to, mail.subject, mail.text],
  );
  return id;
}

/** Sends unsent mail, oldest first; each row is claimed with SKIP LOCKED so several workers never double-send. */
export async function deliverOutbox(
  db: Database,
  smtpUrl: string | undefined,
  from: string,
  max = 50,
): Promise<number> {
  if (!smtpUrl) return 0;
  const transport = nodemailer.createTransport(smtpUrl);
  let sent = 0;
  for (let i = 0; i < max; i++) {
    const done = await db.tx(async (tx) => {
      const row = (
        await tx.query<{ id: string; to_address: string; subject: string; body_text: string }>(
          `SELECT id, to_address, subject, body_text FROM mail_outbox
            WHERE sent_at IS NULL AND attempts < 5 ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED`,
        )
      ).rows[0];
      if (!row) return false;
      try {
        await transport.sendMail({ from, to: row.to_address, subject: row.subject, text: row.body_text });
        await tx.query('UPDATE mail_outbox SET sent_at = now(), attempts = attempts + 1 WHERE id = $1', [
          row.id,
        ]);
        sent += 1;
      } catch (err) {
        await tx.query('UPDATE mail_outbox SET attempts = attempts + 1, last_error = $2 WHERE id = $1', [
          row.id,
          String(err),
        ]);
      }
      return true;
    });
    if (!done) break;
  }
  transport.close();
  return sent;
}
