import { isCurrency, minorUnits } from '../../kernel/money.ts';

/**
 * The work module's server-side message catalog: notification titles and bodies, and the e-mails (instant and
 * the daily digest), in English, Czech and Spanish. Text is rendered in the recipient's locale (`users.locale`)
 * when the notification is made and stored rendered, so the app and the mail show the same words.
 *
 * An approval is described from its subject's facts (`action` and `data`), not from the stored `summary`,
 * which stays as data: amounts are formatted from their decimal string (never through a float) with
 * Intl.NumberFormat in the reader's locale and the subject's currency, dates in the reader's style.
 */
export type Locale = 'en' | 'cs' | 'es';
export const LOCALES: readonly Locale[] = ['en', 'cs', 'es'];

export function asLocale(value: string | null | undefined): Locale {
  return LOCALES.includes(value as Locale) ? (value as Locale) : 'en';
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

const QUOTE: Record<Locale, (s: string) => string> = {
  en: (s) => `“${s}”`,
  cs: (s) => `„${s}“`,
  es: (s) => `«${s}»`,
};

const ACTION_NAMES: Record<string, Record<Locale, string>> = {
  'ledger.post': { en: 'Journal entry', cs: 'Účetní zápis', es: 'Asiento contable' },
  'ledger.period.lock': { en: 'Period lock', cs: 'Uzamčení období', es: 'Cierre del período' },
};

function text(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

/** The subject in the reader's words: "Účetní zápis 23. 11. 2026 „Nájem“, 25 000,00 Kč"; else the summary. */
export function describeSubject(s: SubjectFacts, locale: Locale): string {
  const name = ACTION_NAMES[s.action]?.[locale];
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
      description ? QUOTE[locale](description.slice(0, 200)) : null,
    ]
      .filter(Boolean)
      .join(' '),
    amount && currency ? formatAmount(amount, currency, locale) : null,
  ]
    .filter(Boolean)
    .join(', ');
}

type Catalog = {
  [K in Message['kind']]: (m: Extract<Message, { kind: K }>, subject: string) => Rendered;
};

const CATALOG: Record<Locale, Catalog> = {
  en: {
    'approval.waiting': (m, s) => ({
      title: `Approval needed: ${s}`,
      body: `Level “${m.level}” waits for your decision. Request ${m.requestId}.`,
    }),
    'approval.approved': (m, s) => ({
      title: `Approved: ${s}`,
      body: m.comment ? `Comment: ${m.comment}` : '',
    }),
    'approval.rejected': (m, s) => ({
      title: `Returned to you: ${s}`,
      body: m.reason ? `Reason: ${m.reason}` : '',
    }),
    'approval.expired': (_m, s) => ({ title: `Expired: ${s}`, body: 'Nobody decided in time.' }),
    'approval.escalated': (_m, s) => ({
      title: `Escalated to you: ${s}`,
      body: 'The request was not decided in time and now waits for you too.',
    }),
    'task.assigned': (m) => ({ title: `Assigned to you: ${m.task}`, body: '' }),
    'task.escalated': (m) => ({ title: `Overdue: ${m.task}`, body: 'The task is past its due time.' }),
    'task.comment': (m) => ({ title: `New comment on: ${m.task}`, body: m.comment }),
  },
  cs: {
    'approval.waiting': (m, s) => ({
      title: `Čeká na schválení: ${s}`,
      body: `Úroveň „${m.level}“ čeká na vaše rozhodnutí. Žádost ${m.requestId}.`,
    }),
    'approval.approved': (m, s) => ({
      title: `Schváleno: ${s}`,
      body: m.comment ? `Komentář: ${m.comment}` : '',
    }),
    'approval.rejected': (m, s) => ({
      title: `Vráceno k vám: ${s}`,
      body: m.reason ? `Důvod: ${m.reason}` : '',
    }),
    'approval.expired': (_m, s) => ({ title: `Vypršelo: ${s}`, body: 'Nikdo nerozhodl včas.' }),
    'approval.escalated': (_m, s) => ({
      title: `Eskalováno na vás: ${s}`,
      body: 'O žádosti nikdo včas nerozhodl a nyní čeká i na vás.',
    }),
    'task.assigned': (m) => ({ title: `Přiděleno vám: ${m.task}`, body: '' }),
    'task.escalated': (m) => ({ title: `Po termínu: ${m.task}`, body: 'Úkol je po termínu splnění.' }),
    'task.comment': (m) => ({ title: `Nový komentář k úkolu: ${m.task}`, body: m.comment }),
  },
  es: {
    'approval.waiting': (m, s) => ({
      title: `Aprobación pendiente: ${s}`,
      body: `El nivel «${m.level}» espera su decisión. Solicitud ${m.requestId}.`,
    }),
    'approval.approved': (m, s) => ({
      title: `Aprobado: ${s}`,
      body: m.comment ? `Comentario: ${m.comment}` : '',
    }),
    'approval.rejected': (m, s) => ({
      title: `Devuelto a usted: ${s}`,
      body: m.reason ? `Motivo: ${m.reason}` : '',
    }),
    'approval.expired': (_m, s) => ({ title: `Caducado: ${s}`, body: 'Nadie decidió a tiempo.' }),
    'approval.escalated': (_m, s) => ({
      title: `Escalado a usted: ${s}`,
      body: 'La solicitud no se decidió a tiempo y ahora también espera su decisión.',
    }),
    'task.assigned': (m) => ({ title: `Asignada a usted: ${m.task}`, body: '' }),
    'task.escalated': (m) => ({ title: `Vencida: ${m.task}`, body: 'La tarea ha superado su fecha límite.' }),
    'task.comment': (m) => ({ title: `Nuevo comentario en: ${m.task}`, body: m.comment }),
  },
};

/** A notification's title and body in `locale`. */
export function renderMessage(message: Message, locale: Locale): Rendered {
  const subject = 'subject' in message ? describeSubject(message.subject, locale) : '';
  const render = CATALOG[locale][message.kind] as (m: Message, s: string) => Rendered;
  return render(message, subject);
}

const MAIL: Record<
  Locale,
  {
    footer: string;
    digestSubject: (n: number) => string;
    digestIntro: (n: number) => string;
  }
> = {
  en: {
    footer: 'You receive this because of your notification settings in Steward.',
    digestSubject: (n) => `Your daily digest: ${n} ${n === 1 ? 'update' : 'updates'}`,
    digestIntro: (n) => `Since your last digest (${n} ${n === 1 ? 'update' : 'updates'}):`,
  },
  cs: {
    footer: 'Tento e-mail dostáváte podle svého nastavení oznámení ve Stewardu.',
    digestSubject: (n) => `Váš denní přehled: ${n} ${czechUpdates(n)}`,
    digestIntro: (n) => `Od posledního přehledu (${n} ${czechUpdates(n)}):`,
  },
  es: {
    footer: 'Recibe este mensaje por su configuración de notificaciones en Steward.',
    digestSubject: (n) => `Su resumen diario: ${n} ${n === 1 ? 'novedad' : 'novedades'}`,
    digestIntro: (n) => `Desde su último resumen (${n} ${n === 1 ? 'novedad' : 'novedades'}):`,
  },
};

function czechUpdates(n: number): string {
  const rule = new Intl.PluralRules('cs').select(n);
  return rule === 'one' ? 'změna' : rule === 'few' ? 'změny' : 'změn';
}

/** The instant e-mail of a rendered notification. */
export function instantMail(r: Rendered, locale: Locale): { subject: string; text: string } {
  return {
    subject: `[Steward] ${r.title}`.slice(0, 300),
    text: `${r.title}\n\n${r.body ? `${r.body}\n\n` : ''}-- \n${MAIL[locale].footer}\n`,
  };
}

/** The daily digest e-mail: the titles (already in the reader's language) under a heading in it. */
export function digestMail(titles: readonly string[], locale: Locale): { subject: string; text: string } {
  const m = MAIL[locale];
  return {
    subject: `[Steward] ${m.digestSubject(titles.length)}`,
    text: `${m.digestIntro(titles.length)}\n\n${titles.map((t) => `- ${t}`).join('\n')}\n\n-- \n${m.footer}\n`,
  };
}
