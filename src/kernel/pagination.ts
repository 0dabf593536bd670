import { validation } from './errors.ts';

/** Opaque cursors: base64url of the sort key values of the last row returned. */
export function encodeCursor(values: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string): unknown[] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed)) throw new Error('not an array');
    return parsed;
  } catch {
    throw validation('The cursor is not valid; start again from the first page (omit cursor).');
  }
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
