import nodemailer from 'nodemailer';
import { newId } from '../../kernel/ids.ts';
import type { Database, Tx } from '../db/index.ts';

/**
 * Mail goes through an outbox: `queueMail` writes a row in the caller's transaction, and `deliverOutbox`
 * sends after commit (a rolled-back change sends nothing). With no SMTP_URL configured nothing is sent and
 * nothing breaks: callers show links to the user instead.
 *
 * Secrets at rest: a body may carry a one-time link (password reset, invitation). It is kept in clear only
 * while the mail waits to be sent (the SMTP server needs the text); once sent — or given up on after
 * MAX_ATTEMPTS — `body_text` is blanked, so neither the outbox nor a backup keeps the link. Subject, recipient
 * and attachments (invoice PDFs, never links) stay as the record of what was sent.
 */
const MAX_ATTEMPTS = 5;
export function mailConfigured(smtpUrl: string | undefined): boolean {
  return Boolean(smtpUrl);
}

export interface MailAttachment {
  fileName: string;
  contentType: string;
  content: Buffer;
}

export async function queueMail(
  tx: Tx,
  mail: {
    companyId: string | null;
    to: string;
    subject: string;
    text: string;
    attachments?: readonly MailAttachment[];
  },
): Promise<string> {
  const id = newId('mail');
  await tx.query(
    'INSERT INTO mail_outbox (company_id, id, to_address, subject, body_text) VALUES ($1, $2, $3, $4, $5)',
    [mail.companyId, id, mail.to, mail.subject, mail.text],
  );
  const files = mail.attachments ?? [];
  if (files.length) {
    await tx.query(
      `INSERT INTO mail_attachments (company_id, mail_id, position, file_name, content_type, content)
       SELECT $1, $2, p, f, t, c FROM unnest($3::int[], $4::text[], $5::text[], $6::bytea[]) AS x(p, f, t, c)`,
      [
        mail.companyId,
        id,
        files.map((_, i) => i + 1),
        files.map((f) => f.fileName),
        files.map((f) => f.contentType),
        files.map((f) => f.content),
      ],
    );
  }
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
            WHERE sent_at IS NULL AND attempts < $1 ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED`,
          [MAX_ATTEMPTS],
        )
      ).rows[0];
      if (!row) return false;
      const attachments = (
        await tx.query<{ file_name: string; content_type: string; content: Buffer }>(
          'SELECT file_name, content_type, content FROM mail_attachments WHERE mail_id = $1 ORDER BY position',
          [row.id],
        )
      ).rows.map((a) => ({ filename: a.file_name, contentType: a.content_type, content: a.content }));
      try {
        await transport.sendMail({
          from,
          to: row.to_address,
          subject: row.subject,
          text: row.body_text,
          attachments,
        });
        // The body may carry a one-time link (reset, invitation): once sent it is blanked (see the comment above).
        await tx.query(
          `UPDATE mail_outbox SET sent_at = now(), attempts = attempts + 1, body_text = '' WHERE id = $1`,
          [row.id],
        );
        sent += 1;
      } catch (err) {
        // The last attempt blanks the body too: mail given up on is never sent, so its link has no use.
        await tx.query(
          `UPDATE mail_outbox SET attempts = attempts + 1, last_error = $2,
                  body_text = CASE WHEN attempts + 1 >= $3 THEN '' ELSE body_text END
            WHERE id = $1`,
          [row.id, String(err), MAX_ATTEMPTS],
        );
      }
      return true;
    });
    if (!done) break;
  }
  transport.close();
  return sent;
}
