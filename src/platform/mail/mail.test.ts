import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withFreshDatabase } from '../../../test/support/db.ts';
import { recordSensitiveRead, verifyAuditChain } from '../audit/index.ts';
import { SYSTEM_ACTOR } from '../context.ts';
import { deliverOutbox, queueMail } from './index.ts';

interface Received {
  to: string[];
  raw: string;
}

describe('mail outbox with a real SMTP server', () => {
  const fresh = withFreshDatabase();
  const received: Received[] = [];
  let smtp: SMTPServer;
  let smtpUrl = '';

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      onData(stream, session, callback) {
        let raw = '';
        stream.on('data', (chunk: Buffer) => {
          raw += chunk.toString('utf8');
        });
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve()));
    smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => smtp.close(() => resolve())));

  it('sends mail queued in a committed transaction, once', async () => {
    await fresh.db.tx((tx) =>
      queueMail(tx, { companyId: null, to: 'ana@example.com', subject: 'Welcome', text: 'Hello Ana' }),
    );
    expect(await deliverOutbox(fresh.db, smtpUrl, 'Steward <steward@example.com>')).toBe(1);
    expect(received).toHaveLength(1);
    expect(received[0]?.to).toEqual(['ana@example.com']);
    expect(received[0]?.raw).toContain('Subject: Welcome');
    expect(received[0]?.raw).toContain('Hello Ana');
    expect(await deliverOutbox(fresh.db, smtpUrl, 'Steward <steward@example.com>')).toBe(0);
  });

  it('blanks the body once sent: the outbox keeps no one-time link', async () => {
    const link = 'http://steward.test/reset/reset_Abc123def456ghi789jkl012mno345pqr678stu90';
    const id = await fresh.db.tx((tx) =>
      queueMail(tx, {
        companyId: null,
        to: 'cy@example.com',
        subject: 'Reset',
        text: `Set it here: ${link}`,
      }),
    );
    const queued = await fresh.db.query('SELECT body_text FROM mail_outbox WHERE id = $1', [id]);
    expect(queued.rows[0]?.body_text).toContain(link); // kept only while waiting to be sent
    const before = received.length;
    expect(await deliverOutbox(fresh.db, smtpUrl, 'Steward <steward@example.com>')).toBe(1);
    expect(received[before]?.raw).toContain('reset_Abc123def456');
    const sent = await fresh.db.query('SELECT body_text, subject, sent_at FROM mail_outbox WHERE id = $1', [
      id,
    ]);
    expect(sent.rows[0]).toMatchObject({ body_text: '', subject: 'Reset' });
    expect(sent.rows[0]?.sent_at).not.toBeNull();
  });

  it('sends attachments with the mail (an invoice PDF and its UBL)', async () => {
    const pdf = Buffer.from('%PDF-1.7 fake but binary \u0000\u00ff', 'latin1');
    await fresh.db.tx((tx) =>
      queueMail(tx, {
        companyId: null,
        to: 'buyer@example.com',
        subject: 'Invoice 2026-00001',
        text: 'Please find the invoice attached.',
        attachments: [
          { fileName: 'invoice-2026-00001.pdf', contentType: 'application/pdf', content: pdf },
          {
            fileName: 'invoice-2026-00001.xml',
            contentType: 'application/xml',
            content: Buffer.from('<Invoice/>'),
          },
        ],
      }),
    );
    const before = received.length;
    expect(await deliverOutbox(fresh.db, smtpUrl, 'Steward <steward@example.com>')).toBe(1);
    const raw = received[before]?.raw ?? '';
    expect(raw).toContain('filename=invoice-2026-00001.pdf');
    expect(raw).toContain('filename=invoice-2026-00001.xml');
    expect(raw.replace(/\r?\n/g, '')).toContain(pdf.toString('base64'));
  });

  it('sends nothing for a rolled-back transaction', async () => {
    await expect(
      fresh.db.tx(async (tx) => {
        await queueMail(tx, { companyId: null, to: 'ghost@example.com', subject: 'Never', text: 'no' });
        throw new Error('the business change failed');
      }),
    ).rejects.toThrow('the business change failed');
    const before = received.length;
    expect(await deliverOutbox(fresh.db, smtpUrl, 'Steward <steward@example.com>')).toBe(0);
    expect(received.length).toBe(before);
  });

  it('does nothing and breaks nothing without SMTP configured', async () => {
    await fresh.db.tx((tx) =>
      queueMail(tx, { companyId: null, to: 'bo@example.com', subject: 'Later', text: 'x' }),
    );
    expect(await deliverOutbox(fresh.db, undefined, 'x@example.com')).toBe(0);
    const unsent = await fresh.db.query('SELECT 1 FROM mail_outbox WHERE sent_at IS NULL');
    expect(unsent.rowCount).toBe(1);
  });

  it('blanks the body of mail it gives up on after five failed attempts, not before', async () => {
    // Delivery takes the oldest unsent mail first: set earlier tests' leftovers aside.
    await fresh.db.query(`UPDATE mail_outbox SET attempts = 5 WHERE sent_at IS NULL`);
    const id = await fresh.db.tx((tx) =>
      queueMail(tx, {
        companyId: null,
        to: 'dee@example.com',
        subject: 'Invite',
        text: 'link: invite_secret',
      }),
    );
    // Nothing listens on port 9 of the loopback: every attempt fails at once.
    const refused = 'smtp://127.0.0.1:9';
    const body = async () =>
      (await fresh.db.query('SELECT body_text, attempts FROM mail_outbox WHERE id = $1', [id])).rows[0];
    for (let i = 1; i < 5; i++) await deliverOutbox(fresh.db, refused, 'x@example.com', 1);
    expect(await body()).toEqual({ body_text: 'link: invite_secret', attempts: 4 });
    await deliverOutbox(fresh.db, refused, 'x@example.com', 1);
    expect(await body()).toEqual({ body_text: '', attempts: 5 });
  });
});

describe('sensitive reads are audited', () => {
  const fresh = withFreshDatabase();

  it('appends a read event naming the fields, and the chain still verifies', async () => {
    await fresh.db.tx((tx) =>
      recordSensitiveRead(tx, {
        actor: SYSTEM_ACTOR,
        companyId: null,
        requestId: 'req-1',
        entityType: 'bank_account',
        entityId: 'bank_1',
        fields: ['iban'],
      }),
    );
    const row = (
      await fresh.db.query<{ action: string; changes: { _meta: { fields: string[] } } }>(
        `SELECT action, changes FROM audit_events WHERE entity_type = 'bank_account'`,
      )
    ).rows[0];
    expect(row?.action).toBe('read');
    expect(row?.changes._meta.fields).toEqual(['iban']);
    expect((await verifyAuditChain(fresh.db)).ok).toBe(true);
  });
});
