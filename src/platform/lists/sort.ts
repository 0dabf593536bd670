import { decodeCursor, encodeCursor } from '../../kernel/pagination.ts';
import { listsText } from './i18n.ts';

/**
 * Server-side sorting of keyset-paged lists. A route whitelists its sortable columns (`SortSpec`: the public
 * key → a SQL expression that is never NULL, and its SQL type); `sort=-total` means descending. The order is
 * always (column, id) so ties are broken by the unique id, and the cursor carries the sort key, the last row's
 * column value and its id: the next page starts strictly after that pair, whatever the sort.
 */
export interface SortColumn {
  /** A SQL expression over the list's table that is never NULL (wrap nullable columns in COALESCE). */
  expr: string;
  type: 'text' | 'date' | 'bigint';
}
export type SortSpec = Record<string, SortColumn>;

export interface Sorted {
  /** The sort as asked (`-total`), echoed into the cursor. */
  key: string;
  column: SortColumn;
  desc: boolean;
}

/** The asked sort checked against the whitelist; none asked gives `fallback` (a key of the spec). */
export function parseSort(spec: SortSpec, sort: string | undefined, fallback: string): Sorted {
  const key = sort?.trim() || fallback;
  const name = key.startsWith('-') ? key.slice(1) : key;
  const column = Object.hasOwn(spec, name) ? spec[name] : undefined;
  if (!column)
    throw listsText.error(
      'validation',
      'error.badSort',
      { sort: key, allowed: Object.keys(spec).join(', ') },
      { field: 'sort', allowed: Object.keys(spec) },
    );
  return { key, column, desc: key.startsWith('-') };
}

/**
 * The ORDER BY and the "after the cursor" condition of a sorted page. `next` is the number of the first free
 * SQL parameter; the returned `params` fill it and the one after.
 */
export function keyset(
  sorted: Sorted,
  cursor: string | undefined,
  next: number,
): { after: string; orderBy: string; params: unknown[] } {
  const { expr, type } = sorted.column;
  const dir = sorted.desc ? 'DESC' : 'ASC';
  const orderBy = `ORDER BY ${expr} ${dir}, id ${dir}`;
  if (!cursor) return { after: 'TRUE', orderBy, params: [] };
  const [key, value, id] = decodeCursor(cursor);
  if (key !== sorted.key || typeof id !== 'string')
    throw listsText.error('validation', 'error.cursorSort', {}, { field: 'cursor' });
  const op = sorted.desc ? '<' : '>';
  return {
    after: `(${expr}, id) ${op} ($${next}::${type}, $${next + 1}::text)`,
    orderBy,
    params: [String(value), id],
  };
}

/** The cursor after `last`, whose sort value the query returned as `sort_value`. */
export function cursorAfter(sorted: Sorted, last: { id: string; sort_value: unknown }): string {
  return encodeCursor([sorted.key, String(last.sort_value), last.id]);
}
