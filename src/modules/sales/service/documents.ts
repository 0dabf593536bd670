import { validation } from '../../../kernel/errors.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { ServiceContext } from '../../../platform/context.ts';
import type { Sql, Tx } from '../../../platform/db/index.ts';
import { readFile } from '../../../platform/files/index.ts';
import { type MailAttachment, queueMail } from '../../../platform/mail/index.ts';
import { defaultBankAccount } from '../../banking/index.ts';
import { getInvoice, type InvoiceView } from './invoices.ts';
import { invoicePdf, pdfLangOf } from './pdf.ts';
import { dateText, money, PDF_TEXT, type PdfLang } from './pdf-text.ts';
import { type DocumentContext, invoiceUblXml } from './ubl-map.ts';

/** An issued document with what its PDF and UBL need: the credited invoice and the company's bank account. */
export async function loadDocument(
  sql: Sql,
  companyId: string,
  id: string,
): Promise<{ inv: InvoiceView; ctx: DocumentContext }> {
  const inv = await getInvoice(sql, companyId, id);
  if (!inv.number) throw validation('This is a draft: issue it first, then download or send it.');
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

const MAIL: Record<PdfLang, { subject: string; body: string }> = {
  en: {
    subject: '{kind} {number} from {seller}',
    body: 'Hello,\n\nplease find {kind} {number} of {date}: {total}, due {due}.\n{pay}\nReply to this e-mail if you need the invoice as a PDF or as a UBL (Peppol BIS 3) file.\n\nKind regards,\n{seller}',
  },
  cs: {
    subject: '{kind} {number} od {seller}',
    body: 'Dobrý den,\n\nzasíláme {kind} {number} ze dne {date}: {total}, splatnost {due}.\n{pay}\nPotřebujete-li fakturu jako PDF nebo soubor UBL (Peppol BIS 3), odpovězte na tento e-mail.\n\nS pozdravem\n{seller}',
  },
  es: {
    subject: '{kind} {number} de {seller}',
    body: 'Hola:\n\nle enviamos {kind} {number} del {date}: {total}, con vencimiento el {due}.\n{pay}\nSi necesita la factura en PDF o como fichero UBL (Peppol BIS 3), responda a este correo.\n\nUn saludo,\n{seller}',
  },
};

const fill = (t: string, v: Record<string, string>) => t.replace(/\{(\w+)\}/g, (_, k: string) => v[k] ?? '');

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
  if (!to)
    throw validation(`${inv.customer} has no e-mail address; add one to the customer or give "to".`, {
      field: 'to',
    });
  const lang = pdfLangOf(inv);
  const w = PDF_TEXT[lang];
  const bank = doc.bank?.iban ?? doc.bank?.accountNumber;
  const pay = bank
    ? `${w.bank}: ${bank}${doc.bank?.bic ? ` (BIC ${doc.bank.bic})` : ''}${inv.paymentReference ? `, ${w.paymentReference}: ${inv.paymentReference}` : ''}\n`
    : '';
  const vars = {
    kind: (w[inv.kind] ?? inv.kind).toLowerCase(),
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
    subject: fill(MAIL[lang].subject, { ...vars, kind: w[inv.kind] ?? inv.kind }),
    text: fill(MAIL[lang].body, vars),
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
