import { minorUnits } from '../../kernel/money.ts';
import { likeContains } from '../db/index.ts';
import { searchText } from './i18n.ts';

/** The longest search text accepted (a number, a name, a reference: nothing longer is worth a query). */
export const MAX_QUERY_LENGTH = 200;
/** Trigram indexes need three characters; shorter text is matched only exactly (numbers, codes, amounts). */
export const MIN_FUZZY_LENGTH = 3;

/** An amount the text could mean: `minor` units in a currency with `decimals` decimals. */
export interface AmountCandidate {
  minor: bigint;
  decimals: number;
}

/** What the search box said, read once for every searcher. */
export interface SearchQuery {
  /** The text, trimmed and with inner runs of spaces made one. */
  text: string;
  /** `%text%` with LIKE's wildcards escaped, or null when the text is too short for a trigram index. */
  like: string | null;
  /** The text as a plain whole number (a journal entry's number), or null. */
  integer: string | null;
  /** The amounts the text could be ("162.99", "1 234,50", "16299"), each with the decimals it needs. */
  amounts: AmountCandidate[];
}

/** Reads the search text; an empty or overlong one is a 422 that says what to type instead. */
export function parseSearchQuery(raw: string): SearchQuery {
  const text = raw.trim().replace(/\s+/g, ' ');
  if (!text) throw searchText.error('validation', 'error.empty');
  if (text.length > MAX_QUERY_LENGTH)
    throw searchText.error('validation', 'error.tooLong', { max: MAX_QUERY_LENGTH });
  return {
    text,
    like: text.length >= MIN_FUZZY_LENGTH ? likeContains(text) : null,
    integer: /^\d{1,18}$/.test(text) ? text.replace(/^0+(?=\d)/, '') : null,
    amounts: amountCandidates(text),
  };
}

/**
 * The amounts a text may mean. People type amounts as they see them: "162.99", "162,99" (Czech and Spanish),
 * "1 234,50", "1,234.50", "16299". The last "." or "," followed by one to three digits may be the decimal
 * separator, or a thousands separator; both readings are kept. Each reading gives one candidate per decimals
 * a currency can have (0, 2, 3) that can hold its fraction: "162.99" is 16299 minor units in a 2-decimal
 * currency and 162990 in a 3-decimal one, never a yen amount.
 */
export function amountCandidates(text: string): AmountCandidate[] {
  const compact = text.replace(/[\s\u00a0\u202f']/g, '').replace(/^-/, '');
  if (!/^\d[\d.,]*$/.test(compact) || compact.length > 24) return [];
  const readings: { whole: string; frac: string }[] = [];
  const last = Math.max(compact.lastIndexOf('.'), compact.lastIndexOf(','));
  if (last > 0) {
    const frac = compact.slice(last + 1);
    const whole = compact.slice(0, last).replace(/[.,]/g, '');
    if (/^\d{1,3}$/.test(frac) && /^\d+$/.test(whole)) readings.push({ whole, frac });
  }
  if (/^\d{1,3}([.,]\d{3})*$/.test(compact) || /^\d+$/.test(compact))
    readings.push({ whole: compact.replace(/[.,]/g, ''), frac: '' });
  const out: AmountCandidate[] = [];
  for (const { whole, frac } of readings) {
    if (whole.replace(/^0+/, '').length > 15) continue;
    for (const decimals of [0, 2, 3]) {
      if (frac.length > decimals) continue;
      const minor = BigInt(whole + frac.padEnd(decimals, '0'));
      if (!out.some((c) => c.minor === minor && c.decimals === decimals)) out.push({ minor, decimals });
    }
  }
  return out;
}

/** The minor-unit values to look up in SQL (an index on the total answers them). */
export function amountMinors(q: SearchQuery): string[] {
  return [...new Set(q.amounts.map((c) => c.minor.toString()))];
}

/** Whether `minor` units of `currency` is one of the amounts the text may mean (decimals checked). */
export function matchesAmount(q: SearchQuery, minor: bigint | string, currency: string): boolean {
  const value = BigInt(minor);
  const decimals = minorUnits(currency);
  return q.amounts.some((c) => c.minor === value && c.decimals === decimals);
}
