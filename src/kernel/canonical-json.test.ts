import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.ts';

/** A small seeded generator, so a failing case fast-check reports can be replayed. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** The same value with every object's keys in a random order (Fisher–Yates). */
function shuffleKeys(value: unknown, random: () => number): unknown {
  if (Array.isArray(value)) return value.map((v) => shuffleKeys(v, random));
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    for (let i = entries.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [entries[i], entries[j]] = [entries[j]!, entries[i]!];
    }
    // defineProperty, not assignment: a "__proto__" key must stay an ordinary key.
    const out = {};
    for (const [k, v] of entries) {
      Object.defineProperty(out, k, { value: shuffleKeys(v, random), enumerable: true, writable: true });
    }
    return out;
  }
  return value;
}

describe('canonicalJson', () => {
  it('does not depend on key order', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer(), (value, seed) => {
        expect(canonicalJson(shuffleKeys(value, seeded(seed)))).toBe(canonicalJson(value));
      }),
    );
  });

  it('keeps the value: parsing it back and canonicalising again gives the same text', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
        expect(text).toBe(JSON.stringify(JSON.parse(text)));
      }),
    );
  });

  it('sorts keys at every level and writes bigints as strings', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[{"y":2,"z":1}]},"b":1}',
    );
    expect(canonicalJson({ n: 12345678901234567890n })).toBe('{"n":"12345678901234567890"}');
  });

  it('keeps a "__proto__" key (two different payloads must not hash the same)', () => {
    const value = JSON.parse('{"__proto__":{"admin":true},"a":1}');
    expect(canonicalJson(value)).toBe('{"__proto__":{"admin":true},"a":1}');
    expect(canonicalJson(value)).not.toBe(canonicalJson({ a: 1 }));
  });
});
