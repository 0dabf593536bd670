import { recordAudit } from '../../../platform/audit/index.ts';
import type { ServiceContext } from '../../../platform/context.ts';
import type { Sql, Tx } from '../../../platform/db/index.ts';
import { readFile } from '../../../platform/files/index.ts';
import { type MailAttachment, queueMail } from '../../../platform/mail/index.ts';
import { defaultBankAccount } from '../../banking/index.ts';
import { salesText } from '../i18n.ts';
import { getInvoice, type InvoiceView } from './invoices.ts';
import { invoicePdf, pdfLangOf } from './pdf.ts';
import { dateText, money, pdfWords } from './pdf-text.ts';
import { type DocumentContext, invoiceUblXml } from './ubl-map.ts';

/** An issued document with what its PDF and UBL need: the credited invoice and the company's bank account. */
export async function loadDocument(
  sql: Sql,
  companyId: string,
  id: string,
): Promise<{ inv: InvoiceView; ctx: DocumentContext }> {
  const inv = await getInvoice(sql, companyId, id);
  if (!inv.number) throw salesText.error('validation', 'error.draft');
  const credited = inv.creditedInvoiceId ? await getInvoice(sql, companyId, inv.creditedInvoiceId) : null;
  const bank = await defaultBankAccount(sql, companyId, inv.currency).catch(() => null);
  return {
    inv,
    ctx: {
      credited:
        credited?.number && credited.issueDate
          ? { number: credited.number, issueDate: credited.issueDate }
          : null,
      bank: bank
        ? { iban: bank.iban, bic: bank.bic, accountNumber: bank.accountNumber, name: bank.name }
        : null,
    },
  };
}

/**
 * Queues the invoice e-mail (sent after commit by the outbox) to the buyer's address or `to`, in the buyer's
 * language, with amount, due date and payment details, and the PDF and the UBL (Peppol BIS 3) attached.
 */
export async function emailInvoice(
  tx: Tx,
  ctx: ServiceContext,
  id: string,
  input: { to?: string | undefined },
): Promise<{ mailId: string; to: string }> {
  const { inv, ctx: doc } = await loadDocument(tx, ctx.companyId, id);
  const to = input.to ?? inv.buyer?.email;
  if (!to) throw salesText.error('validation', 'error.noEmail', { customer: inv.customer }, { field: 'to' });
  const lang = pdfLangOf(inv);
  const w = pdfWords(lang);
  const bank = doc.bank?.iban ?? doc.bank?.accountNumber;
  const pay = bank
    ? `${w('bank')}: ${bank}${doc.bank?.bic ? ` (BIC ${doc.bank.bic})` : ''}${inv.paymentReference ? `, ${w('paymentReference')}: ${inv.paymentReference}` : ''}\n`
    : '';
  const vars = {
    kind: w(inv.kind).toLowerCase(),
    number: inv.number ?? '',
    seller: inv.seller?.name ?? '',
    date: dateText(lang, inv.issueDate),
    due: dateText(lang, inv.dueDate),
    total: money(lang, inv.open, inv.currency),
    pay,
  };
  const mailId = await queueMail(tx, {
    companyId: ctx.companyId,
    to,
    subject: salesText.t(lang, 'mail.subject', { ...vars, kind: w(inv.kind) }),
    text: salesText.t(lang, 'mail.body', vars),
    attachments: await invoiceAttachments(tx, ctx, inv),
  });
  await recordAudit(tx, {
    ...ctx,
    entityType: 'sales_invoice',
    entityId: inv.id,
    action: 'emailed',
    meta: { to, mailId },
  });
  return { mailId, to };
}

/** The PDF for people and the UBL for the buyer's accounting system, named after the legal number. */
async function invoiceAttachments(tx: Tx, ctx: ServiceContext, inv: InvoiceView): Promise<MailAttachment[]> {
  const name = `${inv.kind === 'credit_note' ? 'credit-note' : 'invoice'}-${(inv.number ?? inv.id).replace(/[^\w.-]+/g, '_')}`;
  const { pdf } = await documentPdf(tx, ctx, inv.id);
  const { xml } = await documentUbl(tx, ctx.companyId, inv.id);
  return [
    { fileName: `${name}.pdf`, contentType: 'application/pdf', content: pdf },
    { fileName: `${name}.xml`, contentType: 'application/xml', content: Buffer.from(xml, 'utf8') },
  ];
}

/** The PDF of an issued document, with the seller's logo when one is set (PNG or JPEG). */
export async function documentPdf(
  tx: Tx,
  ctx: ServiceContext,
  id: string,
  lang?: string,
): Promise<{ number: string; pdf: Buffer }> {
  const { inv, ctx: doc } = await loadDocument(tx, ctx.companyId, id);
  let logo: { bytes: Buffer; contentType: string } | null = null;
  if (inv.seller?.logoFileId) {
    const f = await readFile(tx, ctx, inv.seller.logoFileId).catch(() => null);
    if (f && (f.contentType === 'image/png' || f.contentType === 'image/jpeg'))
      logo = { bytes: f.bytes, contentType: f.contentType };
  }
  return { number: inv.number as string, pdf: await invoicePdf(inv, doc, { lang, logo }) };
}

/** The UBL 2.1 / Peppol BIS 3 XML of an issued document. */
export async function documentUbl(
  sql: Sql,
  companyId: string,
  id: string,
): Promise<{ number: string; xml: string }> {
  const { inv, ctx } = await loadDocument(sql, companyId, id);
  return { number: inv.number as string, xml: invoiceUblXml(inv, ctx) };
}
