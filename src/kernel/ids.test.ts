import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ID_PREFIXES, type IdKind, isId, newId, ulid } from './ids.ts';

const kinds = Object.keys(ID_PREFIXES) as IdKind[];
const MAX_TIME = 2 ** 48 - 1; // a ULID holds 48 bits of milliseconds

describe('ids', () => {
  it('are the kind prefix plus a 26-character Crockford base32 ULID', () => {
    fc.assert(
      fc.property(fc.constantFrom(...kinds), fc.integer({ min: 0, max: MAX_TIME }), (kind, t) => {
        const id = newId(kind, t);
        const [prefix, rest] = id.split('_');
        expect(prefix).toBe(ID_PREFIXES[kind]);
        expect(rest).toHaveLength(26);
        expect(rest).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
        expect(isId(kind, id)).toBe(true);
        for (const other of kinds)
          if (ID_PREFIXES[other] !== ID_PREFIXES[kind]) expect(isId(other, id)).toBe(false);
      }),
    );
  });

  it('sort by creation time (to the millisecond)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_TIME }), fc.integer({ min: 0, max: MAX_TIME }), (a, b) => {
        fc.pre(a !== b);
        const [x, y] = [newId('job', a), newId('job', b)];
        expect(x < y).toBe(a < b);
      }),
    );
  });

  it('defaults to now and do not repeat', () => {
    const before = ulid(Date.now());
    const ids = new Set(Array.from({ length: 1000 }, () => newId('audit')));
    expect(ids.size).toBe(1000);
    expect([...ids].every((id) => id.slice(4, 14) >= before.slice(0, 10))).toBe(true);
  });

  it('isId rejects look-alikes', () => {
    const good = newId('user');
    for (const bad of [
      good.toLowerCase(),
      `${good}0`,
      good.slice(0, -1),
      good.replace('usr_', 'usr-'),
      `x${good}`,
      'usr_' + 'I'.repeat(26),
    ]) {
      expect(isId('user', bad), bad).toBe(false);
    }
  });
});
