import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.ts';
import { AppError } from './errors.ts';
import { decodeCursor, encodeCursor } from './pagination.ts';

describe('pagination cursors', () => {
  it('round-trip the sort key values', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue()), (values) => {
        const cursor = encodeCursor(values);
        expect(cursor).toMatch(/^[A-Za-z0-9_-]*$/); // safe in a URL as is
        // Compared as JSON text: -0 comes back as 0, which is all JSON can say anyway.
        expect(canonicalJson(decodeCursor(cursor))).toBe(canonicalJson(JSON.parse(JSON.stringify(values))));
      }),
    );
    expect(decodeCursor(encodeCursor(['2026-01-02T03:04:05Z', 'dep_01JD', 42]))).toEqual([
      '2026-01-02T03:04:05Z',
      'dep_01JD',
      42,
    ]);
  });

  it('turn a bad cursor into a validation error', () => {
    const notArray = Buffer.from('{"a":1}').toString('base64url');
    const notJson = Buffer.from('garbage').toString('base64url');
    for (const bad of ['', '!!!', 'x', notArray, notJson, Buffer.from('null').toString('base64url')]) {
      let caught: unknown;
      try {
        decodeCursor(bad);
      } catch (e) {
        caught = e;
      }
      expect(caught, bad).toBeInstanceOf(AppError);
      expect((caught as AppError).code).toBe('validation');
    }
  });
});
