import { z } from '@hono/zod-openapi';
import { isCalendarDay } from '../../kernel/dates.ts';
import { defineCatalog, type Lang } from '../i18n/index.ts';

/**
 * Field errors: what a 422 `validation` answer lists in `details.fields` — one entry per wrong field, each with its
 * path in the request body (`lines.0.quantity`), a stable `code` a client may translate itself, the `params` the
 * message uses, and `message` in the request's language from the catalogue below (never zod's own sentence).
 * Also the shared field schemas (a real calendar day, a decimal, a positive decimal, a percent) whose failures
 * carry those codes, so every module's contract refuses the same things in the same words.
 */
export const FIELD_CODES = [
  'required',
  'too_small',
  'too_big',
  'too_short',
  'too_long',
  'invalid_date',
  'invalid_decimal',
  'not_positive',
  'percent_range',
  'invalid_option',
  'invalid_format',
  'invalid_type',
  'due_before_issue',
  'invalid',
] as const;
export type FieldCode = (typeof FIELD_CODES)[number];
export interface FieldError {
  path: string;
  code: FieldCode;
  params: Record<string, string | number>;
  message: string;
}

export const fieldText = defineCatalog('fields', {
  en: {
    required: 'Fill this in.',
    too_small: 'Enter at least {minimum}.',
    too_big: 'Enter at most {maximum}.',
    too_short: 'Enter at least {minimum} characters.',
    too_long: 'Enter at most {maximum} characters.',
    invalid_date: 'Enter a real date (YYYY-MM-DD); this day does not exist.',
    invalid_decimal: 'Enter a number such as 12.5: digits and one decimal point, no exponent.',
    not_positive: 'Enter a number greater than zero; credit with a credit note instead.',
    percent_range: 'Enter a percentage from 0 to 100.',
    invalid_option: 'Choose one of: {options}.',
    invalid_format: 'This value is not in the expected form.',
    invalid_type: 'This value has the wrong type.',
    due_before_issue: 'The due date cannot be before the issue date ({issueDate}).',
    invalid: 'This value is not valid.',
  },
  cs: {
    required: 'Vyplňte tuto položku.',
    too_small: 'Zadejte alespoň {minimum}.',
    too_big: 'Zadejte nejvýše {maximum}.',
    too_short: 'Zadejte alespoň {minimum} znaků.',
    too_long: 'Zadejte nejvýše {maximum} znaků.',
    invalid_date: 'Zadejte skutečné datum (RRRR-MM-DD); tento den neexistuje.',
    invalid_decimal: 'Zadejte číslo, například 12.5: číslice a jedna desetinná tečka, bez exponentu.',
    not_positive: 'Zadejte číslo větší než nula; dobropis vystavte jako opravný doklad.',
    percent_range: 'Zadejte procento od 0 do 100.',
    invalid_option: 'Vyberte jednu z možností: {options}.',
    invalid_format: 'Hodnota nemá očekávaný tvar.',
    invalid_type: 'Hodnota má nesprávný typ.',
    due_before_issue: 'Datum splatnosti nemůže být před datem vystavení ({issueDate}).',
    invalid: 'Hodnota není platná.',
  },
  es: {
    required: 'Rellene este campo.',
    too_small: 'Introduzca al menos {minimum}.',
    too_big: 'Introduzca como máximo {maximum}.',
    too_short: 'Introduzca al menos {minimum} caracteres.',
    too_long: 'Introduzca como máximo {maximum} caracteres.',
    invalid_date: 'Introduzca una fecha real (AAAA-MM-DD); este día no existe.',
    invalid_decimal: 'Introduzca un número como 12.5: cifras y un punto decimal, sin exponente.',
    not_positive: 'Introduzca un número mayor que cero; para abonar, emita una nota de crédito.',
    percent_range: 'Introduzca un porcentaje de 0 a 100.',
    invalid_option: 'Elija una de estas opciones: {options}.',
    invalid_format: 'El valor no tiene la forma esperada.',
    invalid_type: 'El valor es de un tipo incorrecto.',
    due_before_issue: 'La fecha de vencimiento no puede ser anterior a la de emisión ({issueDate}).',
    invalid: 'El valor no es válido.',
  },
});

// ---- shared field schemas -------------------------------------------------------------------------------------

const PLAIN_DECIMAL = /^-?\d+(?:\.\d+)?$/;
const coded = (code: FieldCode, message: string) => ({ message, params: { code } });

/** A calendar day 'YYYY-MM-DD' that exists (2026-02-30 does not: JavaScript's Date would quietly make it 2 March). */
export const CalendarDay = z
  .string()
  .refine(isCalendarDay, coded('invalid_date', 'must be a real date YYYY-MM-DD'))
  .openapi({ format: 'date', example: '2026-03-31' });

export const isPlainDecimal = (text: string) => PLAIN_DECIMAL.test(text);
/** Positive: no minus sign and some digit other than zero ("0.000" is not). */
const isPositive = (text: string) => !text.startsWith('-') && /[1-9]/.test(text);
/** 0–100 without floats: the whole part below 100, or exactly 100 with only zeros after the point. */
function isPercent(text: string): boolean {
  if (text.startsWith('-')) return false;
  const [whole = '', frac = ''] = text.split('.');
  const w = whole.replace(/^0+(?=\d)/, '');
  return w.length < 3 || (w === '100' && /^0*$/.test(frac));
}

/** A decimal string ("12.5", "-3"): digits and one point, no exponent, no separators. */
export const DecimalText = (maxLength: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(maxLength)
    .refine(isPlainDecimal, coded('invalid_decimal', 'must be a decimal number like 12.5'));

/** A decimal greater than zero (a quantity: credits are their own documents, never a negative line). */
export const PositiveDecimalText = (maxLength: number) =>
  DecimalText(maxLength).refine(
    (v) => !isPlainDecimal(v) || isPositive(v),
    coded('not_positive', 'must be greater than zero'),
  );

/** A percent from 0 to 100, or '' for none. */
export const PercentText = z
  .string()
  .trim()
  .max(20)
  .refine(
    (v) => v === '' || isPlainDecimal(v),
    coded('invalid_decimal', 'must be a decimal number like 12.5'),
  )
  .refine(
    (v) => v === '' || !isPlainDecimal(v) || isPercent(v),
    coded('percent_range', 'must be from 0 to 100'),
  );

// ---- zod issues → field errors -------------------------------------------------------------------------------

type Issue = z.core.$ZodIssue;

/** The raw value at `path` in what the client sent (to tell "missing" from "wrong"). */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v = data;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** One zod issue as a field code and the params its message takes. */
export function fieldCodeOf(issue: Issue, raw: unknown): { code: FieldCode; params: FieldError['params'] } {
  const custom =
    issue.code === 'custom' ? (issue.params as { code?: FieldCode } | undefined)?.code : undefined;
  if (custom && (FIELD_CODES as readonly string[]).includes(custom)) return { code: custom, params: {} };
  switch (issue.code) {
    case 'invalid_type':
      return isBlank(raw) ? { code: 'required', params: {} } : { code: 'invalid_type', params: {} };
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'string')
        return isBlank(raw) ? { code: 'required', params: {} } : { code: 'too_short', params: { minimum } };
      if (issue.origin === 'array') return { code: 'required', params: { minimum } };
      return { code: 'too_small', params: { minimum } };
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      return issue.origin === 'string'
        ? { code: 'too_long', params: { maximum } }
        : { code: 'too_big', params: { maximum } };
    }
    case 'invalid_value':
      return { code: 'invalid_option', params: { options: issue.values.map(String).join(', ') } };
    case 'invalid_format':
      return { code: 'invalid_format', params: {} };
    default:
      return { code: 'invalid', params: {} };
  }
}

/**
 * A contract's own English words for a format it checks ("must be a date YYYY-MM-DD", "no exponent, no
 * separators"), which say more than the catalogue's generic "not in the expected form". English readers get them;
 * other languages get the catalogue's sentence until that format has a code of its own (as decimals and dates do).
 */
function authorHint(issue: Issue, code: FieldCode): string | undefined {
  if (code !== 'invalid_format' && code !== 'invalid') return undefined;
  // zod's own wording starts "Invalid …"; anything else was written by the contract's author.
  if (!issue.message || /^Invalid\b/.test(issue.message)) return undefined;
  return issue.message.charAt(0).toUpperCase() + issue.message.slice(1);
}

/** The request's zod issues as field errors in `lang`, the first issue per path only. */
export function fieldErrors(issues: readonly Issue[], data: unknown, lang: Lang): FieldError[] {
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    if (seen.has(path)) continue;
    seen.add(path);
    const { code, params } = fieldCodeOf(issue, valueAt(data, issue.path));
    const hint = authorHint(issue, code);
    const message = lang === 'en' && hint ? hint : fieldText.t(lang, code, params);
    out.push({ path, code, params, message });
  }
  return out;
}

/** One field error made by a service (a rule zod cannot see, such as due date before issue date). */
export function fieldError(
  path: string,
  code: FieldCode,
  params: FieldError['params'],
  lang: Lang,
): FieldError {
  return { path, code, params, message: fieldText.t(lang, code, params) };
}
