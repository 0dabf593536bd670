import type { Sql } from '../../../platform/db/index.ts';
import { renderPdf } from '../../../platform/formats/pdf.ts';
import { columnLabel } from '../../../platform/http/export-i18n.ts';
import type { Lang } from '../../../platform/i18n/index.ts';
import { getCompany } from '../../org/index.ts';
import { ledgerText } from '../i18n.ts';

/**
 * A ledger report as an A4 PDF (`?format=pdf`): the same header a printed report page has — company, report,
 * period, printed-on — then the report's rows as a table, money columns right-aligned, in the reader's language.
 */
export interface ReportPdfInput {
  title: 'pdf.trialBalance' | 'pdf.incomeStatement' | 'pdf.balanceSheet';
  period: { asOf: string } | { from: string; to: string };
  currency: string;
  /** Machine headers (their labels come from the export catalogue); `money` columns are right-aligned. */
  columns: { header: string; money?: boolean }[];
  rows: (string | null | undefined)[][];
}

function moneyText(lang: Lang, amount: string, currency: string): string {
  return new Intl.NumberFormat(lang, { style: 'currency', currency }).format(amount as unknown as number);
}

export async function reportPdf(
  sql: Sql,
  companyId: string,
  lang: Lang,
  input: ReportPdfInput,
): Promise<Buffer> {
  const company = await getCompany(sql, companyId);
  const period =
    'asOf' in input.period
      ? ledgerText.t(lang, 'pdf.asOf', { date: input.period.asOf })
      : ledgerText.t(lang, 'pdf.period', { from: input.period.from, to: input.period.to });
  const today = new Date().toISOString().slice(0, 10);
  const body = [
    input.columns.map((c) => ({
      text: columnLabel(lang, c.header),
      bold: true,
      alignment: c.money ? 'right' : 'left',
    })),
    ...input.rows.map((r) =>
      input.columns.map((c, i) => {
        const v = r[i] ?? '';
        return c.money && v !== ''
          ? { text: moneyText(lang, v, input.currency), alignment: 'right' }
          : { text: v };
      }),
    ),
  ];
  return renderPdf({
    pageSize: 'A4',
    pageMargins: [40, 40, 40, 40],
    info: { title: `${company.name} — ${ledgerText.t(lang, input.title)}` },
    content: [
      { text: company.legalName || company.name, fontSize: 14, bold: true },
      { text: ledgerText.t(lang, input.title), fontSize: 12, bold: true, margin: [0, 2, 0, 0] },
      { text: period, fontSize: 10 },
      {
        text: ledgerText.t(lang, 'pdf.printedOn', { date: today }),
        fontSize: 8,
        color: '#555',
        margin: [0, 0, 0, 10],
      },
      {
        table: {
          headerRows: 1,
          widths: input.columns.map((c) => (c.money ? 'auto' : c.header === 'account' ? '*' : 'auto')),
          body,
        },
        layout: 'lightHorizontalLines',
        fontSize: 9,
      },
    ],
    defaultStyle: { font: 'Roboto', fontSize: 9 },
  });
}
