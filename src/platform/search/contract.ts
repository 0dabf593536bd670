import { z } from '@hono/zod-openapi';
import { MAX_QUERY_LENGTH } from './query.ts';

/** The kinds of record global search finds, in the order the web groups them when nothing else decides. */
export const SEARCH_KINDS = ['invoice', 'bill', 'party', 'entry', 'task', 'person'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const SearchParams = z.object({
  q: z
    .string()
    .min(1)
    .max(MAX_QUERY_LENGTH * 2),
  /** At most this many hits of each kind. */
  limit: z.coerce.number().int().min(1).max(20).optional(),
});

/**
 * One record found. Data, not sentences: the web words and formats it in the reader's language (a draft
 * invoice has no number, so `title` is null and the web says "Draft").
 */
export const SearchHit = z
  .object({
    kind: z.enum(SEARCH_KINDS),
    id: z.string(),
    /** The record's number or name; null for a draft invoice (no legal number yet). */
    title: z.string().nullable(),
    /** Who it is with or about: the customer, the vendor, a party's code, a person's e-mail, a reference. */
    detail: z.string().nullable(),
    /** Its date (issue date, entry date, due date), ISO. */
    date: z.string().nullable(),
    /** Its total as a decimal string, with `currency`. */
    amount: z.string().nullable(),
    currency: z.string().nullable(),
    /** The record's status as its module names it (draft, issued, posted, open …). */
    status: z.string().nullable(),
    /** Where the web shows it. */
    link: z.string(),
    /** The number, code or amount equals what was typed (ranked before similar text). */
    exact: z.boolean(),
    /** Trigram word similarity of the text to the record, 0–1. */
    score: z.number(),
  })
  .openapi('SearchHit');
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchResult = z
  .object({
    query: z.string(),
    /** Exact matches first, then by similarity; at most `limit` of each kind. */
    hits: z.array(SearchHit),
    /** The kinds searched: those the caller may read. */
    kinds: z.array(z.enum(SEARCH_KINDS)),
  })
  .openapi('SearchResult');
export type SearchResult = z.infer<typeof SearchResult>;
