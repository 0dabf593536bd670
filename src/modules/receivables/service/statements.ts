import { formatMoney, parseMoney } from '../../../kernel/money.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { ServiceContext } from '../../../platform/context.ts';
import type { Sql, Tx } from '../../../platform/db/index.ts';
import { renderPdf } from '../../../platform/formats/pdf.ts';
import { asLang, type Lang } from '../../../platform/i18n/index.ts';
import { queueMail } from '../../../platform/mail/index.ts';
import { defaultBankAccount } from '../../banking/index.ts';
import { getCompany } from '../../org/index.ts';
import { getParty, type PartyView } from '../../parties/index.ts';
import { dunningKeys, receivablesText } from '../i18n.ts';
import { type AgingDocument, agingReport, checkAsOf } from './aging.ts';

/**
 * Customer statements (open-item statement as of a date: PDF and e-mail) and dunning (overdue customers,
 * level by days overdue, letters in the customer's language, optional fee, e-mail through the outbox).
 */
export interface StatementGroup {
  currency: string;
  documents: AgingDocument[];
  totalMinor: bigint;
  total: string;
  overdueMinor: bigint;
  overdue: string;
}

export interface Statement {
  asOf: string;
  lang: Lang;
  company: { name: string; legalName: string };
  party: PartyView;
  groups: StatementGroup[];
  payTo: {
    currency: string;
    iban: string | null;
    bic: string | null;
    accountNumber: string | null;
    routingNumber: string | null;
  }[];
}

const money = (lang: Lang, amount: string, currency: string) =>
  new Intl.NumberFormat(lang, { style: 'currency', currency }).format(amount as unknown as number);

export async function customerStatement(
  sql: Sql,
  companyId: string,
  input: { partyId: string; asOf: string },
): Promise<Statement> {
  const asOf = checkAsOf(input.asOf);
  const party = await getParty(sql, companyId, input.partyId);
  if (!party.customer)
    throw receivablesText.error(
      'validation',
      'error.notCustomer',
      { party: party.legalName },
      {
        field: 'partyId',
      },
    );
  const company = await getCompany(sql, companyId);
  const aging = await agingReport(sql, companyId, { side: 'ar', asOf, partyId: party.id });
  const groups = aging.rows.map((r) => {
    const overdue = r.documents.filter((d) => d.daysPastDue > 0).reduce((s, d) => s + d.openMinor, 0n);
    return {
      currency: r.currency,
      documents: r.documents,
      totalMinor: r.totalMinor,
      total: r.total,
      overdueMinor: overdue,
      overdue: formatMoney({ amount: overdue, currency: r.currency }),
    };
  });
  const payTo = [];
  for (const g of groups) {
    const bank = await defaultBankAccount(sql, companyId, g.currency);
    if (bank)
      payTo.push({
        currency: g.currency,
        iban: bank.iban,
        bic: bank.bic,
        accountNumber: bank.accountNumber,
        routingNumber: bank.routingNumber,
      });
  }
  return {
    asOf,
    lang: asLang(party.language),
    company: { name: company.name, legalName: company.legalName || company.name },
    party,
    groups,
    payTo,
  };
}

/** The statement's words in its language: w('title'). */
const wordsOf = (lang: Lang) => (key: Parameters<typeof receivablesText.t>[1]) =>
  receivablesText.t(lang, key);

function tableText(s: Statement, documents: AgingDocument[], currency: string): string {
  const due = receivablesText.t(s.lang, 'statement.dueDate');
  const lines = documents.map(
    (d) =>
      `${d.number.padEnd(14)} ${due} ${d.dueDate}  ${money(s.lang, d.open, currency).padStart(16)}${d.daysPastDue > 0 ? `  (+${d.daysPastDue})` : ''}`,
  );
  return lines.join('\n');
}

/** The statement as a PDF (A4, the customer's language). */
export async function statementPdf(s: Statement): Promise<Buffer> {
  const w = wordsOf(s.lang);
  const a = s.party.address;
  const content: unknown[] = [
    { text: s.company.legalName, style: 'company' },
    { text: w('statement.title'), style: 'title' },
    {
      columns: [
        {
          stack: [
            { text: w('statement.customer'), style: 'label' },
            { text: s.party.legalName, bold: true },
            a.street,
            a.additional,
            [a.postalCode, a.city].filter(Boolean).join(' '),
            [a.region, a.country].filter(Boolean).join(', '),
            s.party.vatId ?? '',
          ].filter((x) => x !== ''),
        },
        {
          stack: [
            { text: w('statement.asOf'), style: 'label' },
            { text: s.asOf, bold: true },
          ],
          alignment: 'right',
        },
      ],
      margin: [0, 0, 0, 16],
    },
    {
      text: receivablesText.t(s.lang, 'statement.intro', {
        customer: s.party.legalName,
        company: s.company.name,
        asOf: s.asOf,
      }),
      margin: [0, 0, 0, 10],
    },
  ];
  if (s.groups.length === 0) content.push({ text: w('statement.nothingOpen'), italics: true });
  for (const g of s.groups) {
    content.push({
      table: {
        headerRows: 1,
        widths: ['*', 'auto', 'auto', 'auto', 'auto'],
        body: [
          [
            w('statement.number'),
            w('statement.issueDate'),
            w('statement.dueDate'),
            w('statement.daysPastDue'),
            w('statement.open'),
          ].map((h, i) => ({
            text: h,
            style: 'th',
            alignment: i >= 3 ? 'right' : 'left',
          })),
          ...g.documents.map((d) => [
            d.number,
            d.issueDate,
            d.dueDate,
            { text: d.daysPastDue > 0 ? String(d.daysPastDue) : '', alignment: 'right' },
            { text: money(s.lang, d.open, g.currency), alignment: 'right' },
          ]),
          [
            { text: w('statement.total'), bold: true, colSpan: 4 },
            {},
            {},
            {},
            { text: money(s.lang, g.total, g.currency), bold: true, alignment: 'right' },
          ],
        ],
      },
      layout: 'lightHorizontalLines',
      margin: [0, 0, 0, 12],
    });
  }
  for (const p of s.payTo) {
    const number = p.iban
      ? `IBAN ${p.iban}${p.bic ? ` · BIC ${p.bic}` : ''}`
      : `ABA ${p.routingNumber ?? ''} · ${p.accountNumber ?? ''}`;
    content.push({ text: `${w('statement.payTo')} (${p.currency}): ${number}`, margin: [0, 4, 0, 0] });
  }
  const doc = {
    info: { title: `${w('statement.title')} ${s.party.legalName} ${s.asOf}` },
    pageSize: 'A4',
    pageMargins: [48, 48, 48, 48],
    defaultStyle: { font: 'Roboto', fontSize: 10 },
    styles: {
      company: { fontSize: 12, bold: true, margin: [0, 0, 0, 4] },
      title: { fontSize: 18, bold: true, margin: [0, 0, 0, 16] },
      label: { fontSize: 8, color: '#666666' },
      th: { bold: true, fontSize: 9 },
    },
    content,
  };
  return renderPdf(doc);
}

/** Where letters go: the party's e-mail, else its first contact with one. */
function recipientOf(p: PartyView): string | null {
  return p.email || p.contacts.find((c) => c.email)?.email || null;
}

/** Queues the statement e-mail with its PDF attached and records it in the audit trail. */
export async function emailStatement(
  tx: Tx,
  ctx: ServiceContext,
  input: { partyId: string; asOf: string },
): Promise<{ mailId: string; to: string }> {
  const s = await customerStatement(tx, ctx.companyId, input);
  const to = recipientOf(s.party);
  if (!to)
    throw receivablesText.error(
      'validation',
      'error.noEmail',
      { party: s.party.legalName },
      {
        field: 'email',
      },
    );
  const w = wordsOf(s.lang);
  const vars = { company: s.company.name, customer: s.party.legalName, asOf: s.asOf };
  const table =
    s.groups.map((g) => tableText(s, g.documents, g.currency)).join('\n\n') || w('statement.nothingOpen');
  const total = s.groups.map((g) => money(s.lang, g.total, g.currency)).join(' + ') || '0';
  const mailId = await queueMail(tx, {
    companyId: ctx.companyId,
    to,
    subject: receivablesText.t(s.lang, 'statement.emailSubject', vars),
    text: receivablesText.t(s.lang, 'statement.emailBody', { ...vars, table, total }),
    attachments: [
      {
        fileName: `statement-${s.asOf}.pdf`,
        contentType: 'application/pdf',
        content: await statementPdf(s),
      },
    ],
  });
  await recordAudit(tx, {
    actor: ctx.actor,
    companyId: ctx.companyId,
    requestId: ctx.requestId,
    entityType: 'party',
    entityId: s.party.id,
    action: 'statement.sent',
    meta: { asOf: s.asOf, to, mailId },
  });
  return { mailId, to };
}

// Dunning -----------------------------------------------------------------------------------------------------

export interface DunningLevel {
  level: number;
  /** Reached when the oldest overdue document is at least this many days past due. */
  minDays: number;
  /** Optional fee (decimal string in the customer's currency), mentioned in the letter. */
  fee?: string | null | undefined;
}

export const DEFAULT_DUNNING_LEVELS: readonly DunningLevel[] = [
  { level: 1, minDays: 1 },
  { level: 2, minDays: 15 },
  { level: 3, minDays: 30 },
];

export interface DunningLetter {
  partyId: string;
  partyName: string;
  currency: string;
  level: number;
  maxDaysPastDue: number;
  overdueMinor: bigint;
  overdue: string;
  fee: string | null;
  documents: AgingDocument[];
  to: string | null;
  lang: Lang;
  subject: string;
  body: string;
}

export function checkLevels(levels: readonly DunningLevel[]): DunningLevel[] {
  if (levels.length === 0 || levels.length > 9)
    throw receivablesText.error('validation', 'error.dunningLevelCount', {}, { field: 'levels' });
  const sorted = [...levels].sort((a, b) => a.minDays - b.minDays);
  sorted.forEach((l, i) => {
    if (!Number.isInteger(l.minDays) || l.minDays < 1)
      throw receivablesText.error(
        'validation',
        'error.dunningLevelStart',
        {},
        { field: `levels.${i}.minDays` },
      );
    if (i > 0 && l.minDays === sorted[i - 1]?.minDays)
      throw receivablesText.error(
        'validation',
        'error.dunningLevelClash',
        {},
        {
          field: `levels.${i}.minDays`,
        },
      );
    if (l.fee) parseMoney(l.fee, 'EUR');
  });
  return sorted.map((l, i) => ({ ...l, level: i + 1 }));
}

/** "1,15:10.00,30:25.00" → levels starting at 1, 15 and 30 days overdue, the later two with fees. */
export function parseLevels(text: string | undefined): DunningLevel[] | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  return text.split(',').map((part, i) => {
    const m = /^\s*(\d{1,4})(?::(\d{1,15}(?:\.\d{1,3})?))?\s*$/.exec(part);
    if (!m)
      throw receivablesText.error(
        'validation',
        'error.dunningLevelSyntax',
        { part },
        {
          field: 'levels',
        },
      );
    return { level: i + 1, minDays: Number.parseInt(m[1] as string, 10), fee: m[2] ?? null };
  });
}

/** Who would be reminded as of a date, at which level, with which letter. Writes nothing. */
export async function dunningProposal(
  sql: Sql,
  companyId: string,
  input: { asOf: string; levels?: readonly DunningLevel[] },
): Promise<DunningLetter[]> {
  const levels = checkLevels(input.levels ?? DEFAULT_DUNNING_LEVELS);
  const aging = await agingReport(sql, companyId, { side: 'ar', asOf: input.asOf });
  const company = await getCompany(sql, companyId);
  const out: DunningLetter[] = [];
  for (const row of aging.rows) {
    const overdueDocs = row.documents.filter((d) => d.daysPastDue > 0 && d.openMinor > 0n);
    const overdue = overdueDocs.reduce((s, d) => s + d.openMinor, 0n);
    if (overdueDocs.length === 0 || overdue <= 0n) continue;
    const maxDays = Math.max(...overdueDocs.map((d) => d.daysPastDue));
    const level = [...levels].reverse().find((l) => maxDays >= l.minDays);
    if (!level) continue;
    const party = await getParty(sql, companyId, row.partyId);
    const lang = asLang(party.language);
    const keys = dunningKeys(level.level);
    const fee = level.fee ? formatMoney(parseMoney(level.fee, row.currency)) : null;
    const table = overdueDocs
      .map(
        (d) =>
          `${d.number.padEnd(14)} ${d.dueDate}  ${money(lang, d.open, row.currency).padStart(16)}  (+${d.daysPastDue})`,
      )
      .join('\n');
    const vars = {
      company: company.name,
      customer: party.legalName,
      count: overdueDocs.length,
      days: maxDays,
      total: money(lang, formatMoney({ amount: overdue, currency: row.currency }), row.currency),
      table,
      fee: '',
    };
    // The friendly first reminder never names a fee, even when its level has one.
    const feeLine =
      fee && keys.fee ? receivablesText.t(lang, 'dunning.fee', { fee: money(lang, fee, row.currency) }) : '';
    out.push({
      partyId: row.partyId,
      partyName: row.partyName,
      currency: row.currency,
      level: level.level,
      maxDaysPastDue: maxDays,
      overdueMinor: overdue,
      overdue: formatMoney({ amount: overdue, currency: row.currency }),
      fee,
      documents: overdueDocs,
      to: recipientOf(party),
      lang,
      subject: receivablesText.t(lang, keys.subject, vars),
      body: receivablesText.t(lang, keys.body, { ...vars, fee: feeLine }),
    });
  }
  return out;
}

/**
 * Sends the proposal's letters (all, or the given parties): one e-mail per customer and currency through the
 * outbox, and an audit event `dunning.sent` on the party naming the level, documents and fee. Customers
 * without an e-mail address are reported, not sent.
 */
export async function sendDunning(
  tx: Tx,
  ctx: ServiceContext,
  input: { asOf: string; levels?: readonly DunningLevel[]; partyIds?: readonly string[] },
): Promise<{
  sent: { partyId: string; level: number; to: string; mailId: string }[];
  skipped: { partyId: string; reason: string }[];
}> {
  const letters = await dunningProposal(tx, ctx.companyId, input);
  const wanted = input.partyIds ? new Set(input.partyIds) : null;
  const sent = [];
  const skipped = [];
  for (const l of letters) {
    if (wanted && !wanted.has(l.partyId)) continue;
    if (!l.to) {
      skipped.push({ partyId: l.partyId, reason: 'The customer has no e-mail address.' });
      continue;
    }
    const mailId = await queueMail(tx, {
      companyId: ctx.companyId,
      to: l.to,
      subject: l.subject,
      text: l.body,
    });
    await recordAudit(tx, {
      actor: ctx.actor,
      companyId: ctx.companyId,
      requestId: ctx.requestId,
      entityType: 'party',
      entityId: l.partyId,
      action: 'dunning.sent',
      meta: {
        asOf: input.asOf,
        level: l.level,
        currency: l.currency,
        overdue: l.overdue,
        fee: l.fee,
        documents: l.documents.map((d) => d.number),
        to: l.to,
        mailId,
      },
    });
    sent.push({ partyId: l.partyId, level: l.level, to: l.to, mailId });
  }
  return { sent, skipped };
}
