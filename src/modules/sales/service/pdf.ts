import { minorUnits } from '../../../kernel/money.ts';
import { epcQrPayload, qrPng, spaydPayload } from '../../../platform/formats/payment-qr.ts';
import { renderPdf } from '../../../platform/formats/pdf.ts';
import { parseDecimal } from '../../tax/index.ts';
import type { InvoiceView } from './invoices.ts';
import { dateText, decimal, money, type PdfLang, pdfWords } from './pdf-text.ts';
import type { DocumentContext } from './ubl-map.ts';

/** The payment QR for the document: EPC (SEPA, EUR) or SPAYD (CZK); none for other cases or no IBAN. */
export async function paymentQr(inv: InvoiceView, ctx: DocumentContext): Promise<Buffer | null> {
  const iban = ctx.bank?.iban;
  if (!iban || inv.kind !== 'invoice') return null;
  const open = parseDecimal(inv.open, minorUnits(inv.currency), 'open');
  if (open <= 0n) return null;
  const name = (inv.seller?.name ?? '').slice(0, 70) || 'Seller';
  try {
    if (inv.currency === 'EUR')
      return await qrPng(
        epcQrPayload({
          name,
          iban,
          ...(ctx.bank?.bic ? { bic: ctx.bank.bic } : {}),
          amountCents: open,
          text: `${inv.number}`.slice(0, 140),
        }),
      );
    if (inv.currency === 'CZK')
      return await qrPng(
        spaydPayload({
          iban,
          ...(ctx.bank?.bic ? { bic: ctx.bank.bic } : {}),
          amountMinor: open,
          currency: 'CZK',
          ...(inv.paymentReference ? { variableSymbol: inv.paymentReference } : {}),
          message: `${inv.number}`.slice(0, 60),
          recipientName: name.slice(0, 35),
          ...(inv.dueDate ? { dueDate: inv.dueDate } : {}),
        }),
      );
  } catch {
    return null; // a bank detail the QR standards refuse: print the invoice without a QR
  }
  return null;
}

export function pdfLangOf(inv: InvoiceView, asked?: string): PdfLang {
  const l = asked ?? inv.buyer?.language ?? 'en';
  return l === 'cs' || l === 'es' ? l : 'en';
}

/** A clean A4 invoice or credit note in the buyer's language (or `lang`). */
export async function invoicePdf(
  inv: InvoiceView,
  ctx: DocumentContext,
  opts: { lang?: string | undefined; logo?: { bytes: Buffer; contentType: string } | null | undefined } = {},
): Promise<Buffer> {
  const lang = pdfLangOf(inv, opts.lang);
  const w = pdfWords(lang, inv.seller?.country);
  const cur = inv.currency;
  const mny = (v: string) => money(lang, v, cur);
  const s = inv.seller ?? {};
  const b = inv.buyer;
  const party = (title: string, lines: (string | undefined | null)[]) => ({
    stack: [
      { text: title, style: 'label' },
      ...lines.filter((x): x is string => Boolean(x)).map((t, i) => (i === 0 ? { text: t, bold: true } : t)),
    ],
  });
  const qr = await paymentQr(inv, ctx);
  const header: unknown[] = [];
  if (opts.logo)
    header.push({
      image: `data:${opts.logo.contentType};base64,${opts.logo.bytes.toString('base64')}`,
      fit: [140, 50],
      margin: [0, 0, 0, 8],
    });
  const meta: [string, string][] = [
    [w('issueDate'), dateText(lang, inv.issueDate)],
    [w('dueDate'), dateText(lang, inv.dueDate)],
  ];
  if (inv.paymentReference) meta.push([w('paymentReference'), inv.paymentReference]);
  if (inv.orderReference) meta.push([w('orderReference'), inv.orderReference]);
  if (inv.buyerReference) meta.push([w('buyerReference'), inv.buyerReference]);
  if (ctx.credited)
    meta.push([w('credits'), `${ctx.credited.number} (${dateText(lang, ctx.credited.issueDate)})`]);
  if (inv.exchangeRate)
    meta.push([w('exchangeRate'), `1 ${cur} = ${decimal(lang, inv.exchangeRate)} ${inv.baseCurrency}`]);
  const content: unknown[] = [
    ...header,
    {
      columns: [
        { text: `${w(inv.kind)} ${inv.number ?? ''}`, style: 'title' },
        {
          table: {
            body: meta.map(([k, v]) => [
              { text: k, style: 'label' },
              { text: v, alignment: 'right' },
            ]),
          },
          layout: 'noBorders',
          width: 'auto',
        },
      ],
      margin: [0, 0, 0, 16],
    },
    {
      columns: [
        party(w('seller'), [
          s.name,
          s.street,
          [s.postalCode, s.city].filter(Boolean).join(' '),
          s.country,
          s.registrationId ? `${w('regId')}: ${s.registrationId}` : null,
          s.vatId ? `${w('vatId')}: ${s.vatId}` : null,
          s.email,
        ]),
        party(w('buyer'), [
          b?.name,
          b?.address.street,
          b?.address.additional,
          [b?.address.postalCode, b?.address.city].filter(Boolean).join(' '),
          [b?.address.region, b?.address.country].filter(Boolean).join(', '),
          b?.taxId ? `${w('regId')}: ${b.taxId}` : null,
          b?.vatId ? `${w('vatId')}: ${b.vatId}` : null,
        ]),
      ],
      columnGap: 24,
      margin: [0, 0, 0, 18],
    },
    {
      table: {
        headerRows: 1,
        widths: ['*', 'auto', 'auto', 'auto', 'auto', 'auto'],
        body: [
          [w('description'), w('quantity'), w('unitPrice'), w('discount'), w('taxRate'), w('net')].map(
            (h, i) => ({
              text: h,
              style: 'th',
              alignment: i === 0 ? 'left' : 'right',
            }),
          ),
          ...inv.lines.map((l) => [
            l.description,
            { text: `${decimal(lang, l.quantity)} ${l.unit}`, alignment: 'right' },
            {
              text: new Intl.NumberFormat(lang, {
                minimumFractionDigits: minorUnits(cur),
                maximumFractionDigits: 20,
              }).format(l.unitPrice as unknown as number),
              alignment: 'right',
            },
            {
              text: l.discountPercent
                ? `${decimal(lang, l.discountPercent)} %`
                : l.discountAmount
                  ? decimal(lang, l.discountAmount)
                  : '',
              alignment: 'right',
            },
            { text: l.taxCategory === 'S' ? `${decimal(lang, l.taxRate)} %` : l.taxCode, alignment: 'right' },
            { text: mny(l.net), alignment: 'right' },
          ]),
        ],
      },
      layout: 'lightHorizontalLines',
      margin: [0, 0, 0, 6],
    },
    ...(inv.pricesIncludeTax ? [{ text: w('pricesIncludeTax'), style: 'note' }] : []),
    {
      columns: [
        {
          stack: [
            { text: w('taxBreakdown'), style: 'label', margin: [0, 10, 0, 2] },
            {
              table: {
                widths: ['auto', 'auto', 'auto'],
                body: [
                  [w('taxRate'), w('taxable'), w('tax')].map((h) => ({ text: h, style: 'th' })),
                  ...inv.breakdown.map((r) => [
                    r.category === 'S'
                      ? `${decimal(lang, r.rate)} %`
                      : `${r.category} – ${r.exemptionReason ?? ''}`,
                    { text: mny(r.taxable), alignment: 'right' },
                    { text: mny(r.tax), alignment: 'right' },
                  ]),
                ],
              },
              layout: 'lightHorizontalLines',
            },
          ],
        },
        {
          width: 'auto',
          table: {
            body: [
              [w('totalNet'), { text: mny(inv.net), alignment: 'right' }],
              [w('totalTax'), { text: mny(inv.tax), alignment: 'right' }],
              [
                { text: w('total'), bold: true },
                { text: mny(inv.total), alignment: 'right', bold: true },
              ],
              ...(parseDecimal(inv.paid, minorUnits(cur), 'paid') !== 0n
                ? [
                    [w('paid'), { text: mny(inv.paid), alignment: 'right' }],
                    [
                      { text: w('toPay'), bold: true },
                      { text: mny(inv.open), alignment: 'right', bold: true },
                    ],
                  ]
                : []),
            ],
          },
          layout: 'noBorders',
          margin: [0, 10, 0, 0],
        },
      ],
      columnGap: 24,
    },
  ];
  if (ctx.bank && (ctx.bank.iban || ctx.bank.accountNumber)) {
    const number = ctx.bank.iban
      ? `IBAN ${ctx.bank.iban}${ctx.bank.bic ? ` · BIC ${ctx.bank.bic}` : ''}`
      : ctx.bank.accountNumber;
    content.push({
      columns: [
        {
          stack: [
            { text: w('bank'), style: 'label' },
            number,
            inv.paymentReference ? `${w('paymentReference')}: ${inv.paymentReference}` : '',
          ],
          margin: [0, 18, 0, 0],
        },
        ...(qr
          ? [
              {
                width: 'auto',
                stack: [
                  { image: `data:image/png;base64,${qr.toString('base64')}`, width: 110 },
                  { text: w('scanToPay'), style: 'label', alignment: 'center' },
                ],
                margin: [0, 12, 0, 0],
              },
            ]
          : []),
      ],
    });
  }
  if (inv.notes) content.push({ text: inv.notes, style: 'note', margin: [0, 14, 0, 0] });
  const doc = {
    info: { title: `${w(inv.kind)} ${inv.number ?? ''}`, author: s.name ?? '' },
    pageSize: 'A4',
    pageMargins: [48, 48, 48, 56],
    defaultStyle: { font: 'Roboto', fontSize: 9.5 },
    footer: (page: number, pages: number) => ({
      text: `${inv.number ?? ''} · ${w('page')} ${page}/${pages}`,
      alignment: 'center',
      fontSize: 8,
      color: '#888888',
    }),
    styles: {
      title: { fontSize: 18, bold: true },
      label: { fontSize: 8, color: '#666666' },
      th: { bold: true, fontSize: 8.5 },
      note: { fontSize: 8.5, italics: true, color: '#444444' },
    },
    content,
  };
  return renderPdf(doc);
}
