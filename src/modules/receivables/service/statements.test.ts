import { describe, expect, it } from 'vitest';
import { issueInvoices } from '../../../../test/support/compose.ts';
import { withFreshDatabase } from '../../../../test/support/db.ts';
import { makeParty } from '../../parties/factories.ts';
import { makeDraft, makeSales } from '../../sales/factories.ts';
import { receivablesText } from '../i18n.ts';
import {
  customerStatement,
  dunningProposal,
  emailStatement,
  sendDunning,
  statementPdf,
} from './statements.ts';

const fresh = withFreshDatabase();

async function pdfText(bytes: Buffer): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    text += content.items.map((it) => ('str' in it ? it.str : '')).join(' ');
  }
  return text.replace(/\s+/g, ' ');
}

describe('receivables wording: the catalogue', () => {
  it('counts invoices and days with the plural forms of each language', () => {
    const subject = (lang: 'en' | 'cs' | 'es', count: number) =>
      receivablesText.t(lang, 'dunning.1.subject', { count, company: 'ACME' });
    expect([1, 2, 5].map((n) => subject('en', n))).toEqual([
      'Friendly reminder: 1 overdue invoice from ACME',
      'Friendly reminder: 2 overdue invoices from ACME',
      'Friendly reminder: 5 overdue invoices from ACME',
    ]);
    expect([1, 3, 5].map((n) => subject('cs', n))).toEqual([
      'Připomínka: 1 faktura po splatnosti od ACME',
      'Připomínka: 3 faktury po splatnosti od ACME',
      'Připomínka: 5 faktur po splatnosti od ACME',
    ]);
    expect([1, 2].map((n) => subject('es', n))).toEqual([
      'Recordatorio: 1 factura vencida de ACME',
      'Recordatorio: 2 facturas vencidas de ACME',
    ]);
    const oldest = (lang: 'en' | 'cs' | 'es', days: number) =>
      /\((?:oldest|nejstarší|la más antigua,) ([^)]*)\)/.exec(
        receivablesText.t(lang, 'dunning.1.body', { days }),
      )?.[1];
    expect([1, 2, 5].map((d) => oldest('cs', d))).toEqual(['1 den', '2 dny', '5 dní']);
    expect([1, 9].map((d) => oldest('en', d))).toEqual(['1 day', '9 days']);
    expect([1, 9].map((d) => oldest('es', d))).toEqual(['1 día', '9 días']);
  });
});

describe('customer statements and dunning', () => {
  it('makes a statement PDF and e-mail, proposes dunning levels with letters in the customer language, sends them', async () => {
    const f = await makeSales(fresh.db);
    const czech = await makeParty(fresh.db, f.companyId, {
      legalName: 'Pekárna Novák s.r.o.',
      currency: 'CZK',
      language: 'cs',
      contacts: [{ name: 'Eva Nováková', email: 'eva@pekarna.example' }],
      ctx: f.ctx,
    });
    const silent = await makeParty(fresh.db, f.companyId, {
      legalName: 'No Mail Ltd',
      currency: 'CZK',
      ctx: f.ctx,
    });
    const a = await makeDraft(fresh.db, f, { issueDate: '2026-01-05', dueDate: '2026-01-19' });
    const b = await makeDraft(fresh.db, f, { issueDate: '2026-03-20', dueDate: '2026-04-20' });
    const c = await makeDraft(fresh.db, f, {
      partyId: czech.id,
      issueDate: '2026-03-01',
      dueDate: '2026-03-25',
    });
    const d = await makeDraft(fresh.db, f, {
      partyId: silent.id,
      issueDate: '2026-03-01',
      dueDate: '2026-03-30',
    });
    await fresh.db.tx((tx) => issueInvoices(tx, f.ctx, [a.id, b.id, c.id, d.id]));

    const s = await customerStatement(fresh.db, f.companyId, { partyId: f.customer.id, asOf: '2026-04-01' });
    expect(s.groups).toHaveLength(1);
    expect(s.groups[0]?.total).toBe('37710.80');
    expect(s.groups[0]?.overdue).toBe('18855.40');
    const pdf = await statementPdf(s);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(pdf);
    expect(text).toContain('Statement of account');
    expect(text).toContain('Acme Trading s.r.o.');
    expect(text).toContain('2026-00001');
    const czText = await pdfText(
      await statementPdf(
        await customerStatement(fresh.db, f.companyId, { partyId: czech.id, asOf: '2026-04-01' }),
      ),
    );
    expect(czText).toContain('Výpis z účtu');
    expect(czText).toContain('Pekárna Novák s.r.o.');

    const mail = await fresh.db.tx((tx) =>
      emailStatement(tx, f.ctx, { partyId: f.customer.id, asOf: '2026-04-01' }),
    );
    expect(mail.to).toBe('billing@acme.example');
    const queued = await fresh.db.query<{ subject: string; body_text: string }>(
      'SELECT subject, body_text FROM mail_outbox WHERE id = $1',
      [mail.mailId],
    );
    expect(queued.rows[0]?.subject).toMatch(/^Statement of account from .* as of 2026-04-01$/);
    expect(queued.rows[0]?.body_text).toContain('2026-00001');
    const attached = await fresh.db.query<{ file_name: string; content: Buffer }>(
      'SELECT file_name, content FROM mail_attachments WHERE mail_id = $1',
      [mail.mailId],
    );
    expect(attached.rows[0]?.file_name).toBe('statement-2026-04-01.pdf');
    expect(attached.rows[0]?.content.subarray(0, 5).toString()).toBe('%PDF-');

    const proposal = await dunningProposal(fresh.db, f.companyId, {
      asOf: '2026-04-01',
      levels: [
        { level: 1, minDays: 1 },
        { level: 2, minDays: 30, fee: '250.00' },
        { level: 3, minDays: 60, fee: '500' },
      ],
    });
    const byParty = Object.fromEntries(proposal.map((l) => [l.partyId, l]));
    // Acme: oldest 72 days → level 3 with the 500 fee; only the overdue invoice is in the letter.
    expect(byParty[f.customer.id]).toMatchObject({
      level: 3,
      maxDaysPastDue: 72,
      overdue: '18855.40',
      fee: '500.00',
    });
    expect(byParty[f.customer.id]?.subject).toMatch(/^Final notice/);
    expect(byParty[f.customer.id]?.body).toContain('reminder fee of');
    expect(byParty[czech.id]).toMatchObject({
      level: 1,
      maxDaysPastDue: 7,
      lang: 'cs',
      to: 'eva@pekarna.example',
    });
    // A real plural, not "1 faktur(a)"; the days too ("7 dní", not a fixed "dní" after any number).
    expect(byParty[czech.id]?.subject).toMatch(/^Připomínka: 1 faktura po splatnosti od \S/);
    expect(byParty[czech.id]?.body).toContain('(nejstarší 7 dní)');
    expect(byParty[czech.id]?.body).not.toMatch(/\{|\}/);
    expect(byParty[silent.id]?.to).toBeNull();

    const result = await fresh.db.tx((tx) => sendDunning(tx, f.ctx, { asOf: '2026-04-01' }));
    expect(result.sent.map((x) => x.partyId).sort()).toEqual([f.customer.id, czech.id].sort());
    expect(result.skipped).toEqual([{ partyId: silent.id, reason: 'The customer has no e-mail address.' }]);
    const audit = await fresh.db.query<{ entity_id: string; changes: { _meta: { level: number } } }>(
      `SELECT entity_id, changes FROM audit_events WHERE company_id = $1 AND action = 'dunning.sent'`,
      [f.companyId],
    );
    expect(audit.rows).toHaveLength(2);
    await expect(
      dunningProposal(fresh.db, f.companyId, { asOf: '2026-04-01', levels: [{ level: 1, minDays: 0 }] }),
    ).rejects.toMatchObject({ code: 'validation' });
  });
});
