import { isCurrency, minorUnits } from '../../kernel/money.ts';
import { asLang, LANGS, type Lang, type Params } from '../../platform/i18n/index.ts';
import { workText } from './i18n.ts';

/**
 * The work module's notifications and their e-mails (instant and the daily digest), in English, Czech and
 * Spanish; the words are the module's catalogue (`work/i18n.ts`). Text is rendered in the recipient's locale (`users.locale`)
 * when the notification is made and stored rendered, so the app and the mail show the same words.
 *
 * An approval is described from its subject's facts (`action` and `data`), not from the stored `summary`,
 * which stays as data: amounts are formatted from their decimal string (never through a float) with
 * Intl.NumberFormat in the reader's locale and the subject's currency, dates in the reader's style.
 */
export type Locale = Lang;
export const LOCALES: readonly Locale[] = LANGS;

export function asLocale(value: string | null | undefined): Locale {
  return asLang(value);
}

/** What an approval request is about: the subject's facts as the request keeps them. */
export interface SubjectFacts {
  action: string;
  summary: string;
  data: Record<string, unknown>;
}

export type Message =
  | { kind: 'approval.waiting'; subject: SubjectFacts; level: string; requestId: string }
  | { kind: 'approval.approved'; subject: SubjectFacts; comment?: string | null }
  | { kind: 'approval.rejected'; subject: SubjectFacts; reason: string }
  | { kind: 'approval.expired'; subject: SubjectFacts }
  | { kind: 'approval.escalated'; subject: SubjectFacts }
  | { kind: 'task.assigned'; task: string }
  | { kind: 'task.escalated'; task: string }
  | { kind: 'task.comment'; task: string; comment: string };

export interface Rendered {
  title: string;
  body: string;
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * `amount` (a decimal string such as "25000.00") in `currency`, as the locale writes money: "25 000,00 Kč"
 * (cs), "25.000,00 CZK" (es), "CZK 25,000.00" (en). Exact for any size: the integer part is formatted as a
 * BigInt and the fraction digits are the string's own (padded to the currency's minor units).
 */
export function formatAmount(amount: string, currency: string, locale: Locale): string {
  const m = DECIMAL.exec(amount.trim());
  if (!m || !/^[A-Z]{3}$/.test(currency)) return `${amount} ${currency}`.trim();
  const [, sign, whole, fraction = ''] = m as unknown as [string, string, string, string?];
  const digits = Math.max(isCurrency(currency) ? minorUnits(currency) : 2, fraction.length);
  const fractionText = fraction.padEnd(digits, '0');
  const negative = sign === '-' && /[1-9]/.test(whole + fraction);
  const integer = BigInt(whole);
  // -0.50: format -1 for the sign and the layout, then put the real integer digits back.
  const value = negative ? (integer === 0n ? -1n : -integer) : integer;
  const parts = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).formatToParts(value);
  return parts
    .map((p) => {
      if (p.type === 'fraction') return fractionText;
      if (p.type === 'integer' && integer === 0n) return '0';
      return p.value;
    })
    .join('');
}

/** A calendar day (YYYY-MM-DD) as the locale writes it: 23 Nov 2026, 23. 11. 2026, 23/11/2026. */
export function formatDay(day: string, locale: Locale): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  const d = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return day;
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, {
    timeZone: 'UTC',
    dateStyle: 'medium',
  }).format(d);
}

type WorkKey = Parameters<typeof workText.t>[1];
type ActionKey = Extract<WorkKey, `action.${string}`>;
const ACTION_KEYS: Record<string, ActionKey> = {
  'ledger.post': 'action.ledger.post',
  'ledger.period.lock': 'action.ledger.period.lock',
};

function text(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

/** The subject in the reader's words: "Účetní zápis 23. 11. 2026 „Nájem“, 25 000,00 Kč"; else the summary. */
export function describeSubject(s: SubjectFacts, locale: Locale): string {
  const name = ACTION_KEYS[s.action] ? workText.t(locale, ACTION_KEYS[s.action] as ActionKey) : undefined;
  const amount = text(s.data.amount);
  const currency = text(s.data.currency);
  if (!name)
    return amount && currency ? `${s.summary} (${formatAmount(amount, currency, locale)})` : s.summary;
  const date = text(s.data.date);
  const description = text(s.data.description);
  return [
    [
      name,
      date ? formatDay(date, locale) : null,
      description ? workText.t(locale, 'quote', { text: description.slice(0, 200) }) : null,
    ]
      .filter(Boolean)
      .join(' '),
    amount && currency ? formatAmount(amount, currency, locale) : null,
  ]
    .filter(Boolean)
    .join(', ');
}

/** The catalogue keys of a message kind's title and body (`work/i18n.ts`), and the parameters they take. */
function keysOf(message: Message, subject: string): { title: WorkKey; body: WorkKey | null; params: Params } {
  switch (message.kind) {
    case 'approval.waiting':
      return {
        title: 'approval.waiting.title',
        body: 'approval.waiting.body',
        params: { subject, level: message.level, requestId: message.requestId },
      };
    case 'approval.approved':
      return {
        title: 'approval.approved.title',
        body: message.comment ? 'approval.approved.body' : null,
        params: { subject, comment: message.comment ?? '' },
      };
    case 'approval.rejected':
      return {
        title: 'approval.rejected.title',
        body: message.reason ? 'approval.rejected.body' : null,
        params: { subject, reason: message.reason },
      };
    case 'approval.expired':
      return { title: 'approval.expired.title', body: 'approval.expired.body', params: { subject } };
    case 'approval.escalated':
      return { title: 'approval.escalated.title', body: 'approval.escalated.body', params: { subject } };
    case 'task.assigned':
      return { title: 'task.assigned.title', body: null, params: { task: message.task } };
    case 'task.escalated':
      return { title: 'task.escalated.title', body: 'task.escalated.body', params: { task: message.task } };
    case 'task.comment':
      return { title: 'task.comment.title', body: null, params: { task: message.task } };
  }
}

/** A notification's title and body in `locale`. */
export function renderMessage(message: Message, locale: Locale): Rendered {
  const subject = 'subject' in message ? describeSubject(message.subject, locale) : '';
  const k = keysOf(message, subject);
  // A comment is the user's own text: the body is it, not a catalogue sentence.
  const body =
    message.kind === 'task.comment' ? message.comment : k.body ? workText.t(locale, k.body, k.params) : '';
  return { title: workText.t(locale, k.title, k.params), body };
}

/** The instant e-mail of a rendered notification. */
export function instantMail(r: Rendered, locale: Locale): { subject: string; text: string } {
  return {
    subject: `[Steward] ${r.title}`.slice(0, 300),
    text: `${r.title}\n\n${r.body ? `${r.body}\n\n` : ''}-- \n${workText.t(locale, 'mail.footer')}\n`,
  };
}

/** The daily digest e-mail: the titles (already in the reader's language) under a heading in it. */
export function digestMail(titles: readonly string[], locale: Locale): { subject: string; text: string } {
  const count = { count: titles.length };
  return {
    subject: `[Steward] ${workText.t(locale, 'mail.digestSubject', count)}`,
    text: `${workText.t(locale, 'mail.digestIntro', count)}\n\n${titles.map((t) => `- ${t}`).join('\n')}\n\n-- \n${workText.t(locale, 'mail.footer')}\n`,
  };
}
