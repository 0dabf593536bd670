import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withFreshDatabase } from '../../../test/support/db.ts';
import { deliverOutbox } from '../../platform/mail/index.ts';
import { postEntries } from '../ledger/index.ts';
import { ctxOf, entry, installLedgerPolicy, makeSupervision } from './factories.ts';
import {
  createSchedule,
  decide,
  listNotifications,
  runSchedules,
  saveTemplate,
  sendDigests,
  setCalendar,
  setPreferences,
} from './index.ts';
import { describeSubject, formatAmount, renderMessage } from './messages.ts';
import '../../../test/support/compose.ts'; // the composed process: approval gate, executors, flows' ports

const fresh = withFreshDatabase();
const NB = '\u00a0';

/** The text of a received message: headers' encoded words and a quoted-printable or base64 body, decoded. */
function decodeMail(raw: string): { subject: string; text: string } {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
  const unfolded = head.replace(/\r?\n[ \t]/g, ' ');
  const subjectLine = /^Subject: (.*)$/im.exec(unfolded)?.[1] ?? '';
  const subject = subjectLine
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_m, enc: string, data: string) =>
      enc.toUpperCase() === 'B' ? Buffer.from(data, 'base64').toString('utf8') : qp(data.replace(/_/g, ' ')),
    );
  const body = rest.join('\n\n');
  const text = /Content-Transfer-Encoding: base64/i.test(head)
    ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
    : /Content-Transfer-Encoding: quoted-printable/i.test(head)
      ? qp(body.replace(/=\r?\n/g, ''))
      : body;
  return { subject, text };
}

function qp(s: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '=' && /^[0-9A-F]{2}$/i.test(s.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(s[i]!, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

describe('messages in the reader’s language', () => {
  const received: { to: string[]; raw: string }[] = [];
  let smtp: SMTPServer;
  let smtpUrl = '';
  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      onData(stream, session, callback) {
        let raw = '';
        stream.on('data', (c: Buffer) => (raw += c.toString('utf8')));
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
  const mailsTo = (email: string) =>
    received.filter((m) => m.to.includes(email)).map((m) => decodeMail(m.raw));

  it('formats amounts exactly, from the decimal string, in each locale', () => {
    expect(formatAmount('25000.00', 'CZK', 'cs')).toBe(`25${NB}000,00${NB}Kč`);
    expect(formatAmount('25000.00', 'CZK', 'es')).toBe(`25.000,00${NB}CZK`);
    expect(formatAmount('25000.00', 'CZK', 'en')).toBe(`CZK${NB}25,000.00`);
    // Beyond a double's precision, negative below one, more digits than the currency's minor units.
    expect(formatAmount('123456789012345678.91', 'EUR', 'cs')).toBe(
      `123${NB}456${NB}789${NB}012${NB}345${NB}678,91${NB}€`,
    );
    expect(formatAmount('-0.50', 'EUR', 'en')).toBe('-€0.50');
    expect(formatAmount('7', 'EUR', 'es')).toBe(`7,00${NB}€`);
    expect(formatAmount('not a number', 'EUR', 'cs')).toBe('not a number EUR');
    const subject = {
      action: 'ledger.post',
      summary: 'Journal entry 2026-11-23 Rent, 25000.00 CZK',
      data: { amount: '25000.00', currency: 'CZK', date: '2026-11-23', description: 'Rent' },
    };
    expect(describeSubject(subject, 'cs')).toBe(`Účetní zápis 23. 11. 2026 „Rent“, 25${NB}000,00${NB}Kč`);
    expect(describeSubject(subject, 'es')).toBe(`Asiento contable 23 nov 2026 «Rent», 25.000,00${NB}CZK`);
    expect(renderMessage({ kind: 'task.assigned', task: 'Uzávěrka' }, 'cs').title).toBe(
      'Přiděleno vám: Uzávěrka',
    );
  });

  it('a Czech approver gets Czech mail, a Spanish one Spanish mail, the English maker English; the digest in the reader’s language', async () => {
    const f = await makeSupervision(fresh.db, { baseCurrency: 'CZK' });
    const c = f.company.id;
    await installLedgerPolicy(fresh.db, f);
    await fresh.db.query(`UPDATE users SET locale = 'cs' WHERE id = $1`, [f.accountingManager.id]);
    await fresh.db.query(`UPDATE users SET locale = 'es' WHERE id = $1`, [f.controller.id]);
    const [held] = await fresh.db.tx((tx) =>
      postEntries(tx, ctxOf(f.people.assistant, c), [entry('25000.00', 'Nájem kanceláře')]),
    );
    const requestId = held!.approvalRequestId!;
    // The stored summary stays data, as the ledger wrote it.
    const stored = await fresh.db.query<{ summary: string }>(
      'SELECT summary FROM work_approval_requests WHERE company_id = $1 AND id = $2',
      [c, requestId],
    );
    expect(stored.rows[0]!.summary).toBe('Journal entry 2026-03-02 Nájem kanceláře, 25000.00 CZK');

    await deliverOutbox(fresh.db, smtpUrl, 'Steward <steward@example.com>');
    const [cs] = mailsTo(f.accountingManager.email);
    expect(cs!.subject).toBe(
      `[Steward] Čeká na schválení: Účetní zápis 2. 3. 2026 „Nájem kanceláře“, 25${NB}000,00${NB}Kč`,
    );
    expect(cs!.text).toContain(`25${NB}000,00${NB}Kč`);
    expect(cs!.text).toContain('čeká na vaše rozhodnutí');
    expect(cs!.text).not.toContain('25000.00');
    // The in-app notification is stored in the same words.
    const [inApp] = await listNotifications(fresh.db, c, f.accountingManager.id);
    expect(inApp!.title).toBe(
      `Čeká na schválení: Účetní zápis 2. 3. 2026 „Nájem kanceláře“, 25${NB}000,00${NB}Kč`,
    );

    await fresh.db.tx((tx) => decide(tx, ctxOf(f.accountingManager, c), requestId, 'approve'));
    await deliverOutbox(fresh.db, smtpUrl, 'Steward <steward@example.com>');
    const [es] = mailsTo(f.controller.email);
    expect(es!.subject).toBe(
      `[Steward] Aprobación pendiente: Asiento contable 2 mar 2026 «Nájem kanceláře», 25.000,00${NB}CZK`,
    );
    expect(es!.text).toContain('espera su decisión');

    await fresh.db.tx((tx) => decide(tx, ctxOf(f.controller, c), requestId, 'approve', 'Conforme.'));
    await deliverOutbox(fresh.db, smtpUrl, 'Steward <steward@example.com>');
    const [en] = mailsTo(f.people.assistant.email);
    expect(en!.subject).toBe(
      `[Steward] Approved: Journal entry 2 Mar 2026 “Nájem kanceláře”, CZK${NB}25,000.00`,
    );
    expect(en!.text).toContain('Comment: Conforme.');

    // Digests: the Czech manager and the Spanish controller each get theirs in their own language.
    for (const p of [f.accountingManager, f.controller])
      await fresh.db.tx((tx) => setPreferences(tx, ctxOf(p, c), p.id, { email: 'digest', mutedKinds: [] }));
    const [second] = await fresh.db.tx((tx) =>
      postEntries(tx, ctxOf(f.people.assistant, c), [entry('12500.50', 'Energie')]),
    );
    await fresh.db.tx((tx) =>
      decide(tx, ctxOf(f.accountingManager, c), second!.approvalRequestId!, 'approve'),
    );
    expect(await sendDigests(fresh.db, c)).toBe(2);
    await deliverOutbox(fresh.db, smtpUrl, 'Steward <steward@example.com>');
    const csDigest = mailsTo(f.accountingManager.email).at(-1)!;
    expect(csDigest.subject).toBe('[Steward] Váš denní přehled: 1 změna');
    expect(csDigest.text).toContain(
      `Čeká na schválení: Účetní zápis 2. 3. 2026 „Energie“, 12${NB}500,50${NB}Kč`,
    );
    expect(csDigest.text).toContain('Od posledního přehledu');
    const esDigest = mailsTo(f.controller.email).at(-1)!;
    expect(esDigest.subject).toBe('[Steward] Su resumen diario: 1 novedad');
    expect(esDigest.text).toContain(
      `Aprobación pendiente: Asiento contable 2 mar 2026 «Energie», 12.500,50${NB}CZK`,
    );
  });
});

describe('working-day schedules', () => {
  it('the 2nd working day of the month skips weekends and company holidays', async () => {
    const f = await makeSupervision(fresh.db);
    const c = f.company.id;
    const mgr = ctxOf(f.accountingManager, c);
    // May 2026: Fri 1 (holiday), Sat 2, Sun 3, Mon 4, Tue 5 …; June 2026: Mon 1, Tue 2 (holiday), Wed 3.
    await fresh.db.tx((tx) =>
      setCalendar(tx, mgr, {
        workDays: [1, 2, 3, 4, 5],
        dayStart: '09:00',
        dayEnd: '17:00',
        holidays: [
          { day: '2026-05-01', name: 'Svátek práce' },
          { day: '2026-06-02', name: 'Company day' },
        ],
      }),
    );
    await fresh.db.tx((tx) =>
      saveTemplate(tx, mgr, {
        name: 'Payroll',
        title: 'Payroll',
        departmentId: f.accounting.id,
        checklist: ['Hours', 'Payslips'],
        dueDays: 1,
      }),
    );
    await fresh.db.tx((tx) =>
      createSchedule(tx, mgr, { template: 'Payroll', workingDayOfMonth: 2, startDate: '2026-04-15' }),
    );
    const [a, b] = await Promise.all([
      runSchedules(fresh.db, mgr, '2026-07-31'),
      runSchedules(fresh.db, mgr, '2026-07-31'),
    ]);
    expect(a + b).toBe(3);
    const titles = await fresh.db.query<{ title: string; due: string }>(
      `SELECT title, to_char(due_date, 'YYYY-MM-DD') AS due FROM work_tasks WHERE company_id = $1 AND title LIKE 'Payroll (%' ORDER BY title`,
      [c],
    );
    // April's 2nd working day (the 2nd) is before the start; May: the 1st is a holiday → Mon 4, Tue 5;
    // June: Mon 1, Tue 2 holiday → Wed 3; July: Wed 1, Thu 2.
    expect(titles.rows).toEqual([
      { title: 'Payroll (2026-05-05)', due: '2026-05-06' },
      { title: 'Payroll (2026-06-03)', due: '2026-06-04' },
      { title: 'Payroll (2026-07-02)', due: '2026-07-03' },
    ]);
    expect(await runSchedules(fresh.db, mgr, '2026-07-31')).toBe(0);
    for (const bad of [
      { template: 'Payroll', startDate: '2026-01-01' },
      { template: 'Payroll', startDate: '2026-01-01', rrule: 'FREQ=DAILY', workingDayOfMonth: 1 },
      { template: 'Payroll', startDate: '2026-01-01', workingDayOfMonth: 0 },
    ]) {
      const code = await fresh.db
        .tx((tx) => createSchedule(tx, mgr, bad))
        .then(
          () => 'ok',
          (err: { code?: string }) => err.code,
        );
      expect(code).toBe('validation');
    }
  });
});
