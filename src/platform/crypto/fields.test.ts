import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  blindIndex,
  blindIndexes,
  decryptField,
  encryptField,
  FieldDecryptionError,
  fieldKeyFrom,
  fieldKeyring,
  keyIdOf,
  keyringFrom,
  reencryptField,
  setFieldKeys,
  TEST_FIELD_KEY,
} from './fields.ts';

const k1 = randomBytes(32).toString('base64');
const k2 = randomBytes(32).toString('base64');

describe('encrypted fields', () => {
  it('round-trips any text; every sealing differs (random nonce)', () => {
    const ring = keyringFrom(k1);
    fc.assert(
      fc.property(fc.string(), fc.string({ maxLength: 40 }), (plain, aad) => {
        const a = encryptField(plain, aad, ring);
        const b = encryptField(plain, aad, ring);
        expect(a).not.toBe(b);
        expect(decryptField(a, aad, ring)).toBe(plain);
        expect(keyIdOf(a)).toBe(ring.current.id);
      }),
    );
  });

  it('detects tampering with the ciphertext, the nonce, the key id or the associated data', () => {
    const ring = keyringFrom(k1);
    const sealed = encryptField('DE89370400440532013000', 'row-1', ring);
    const [v, kid, nonce, body] = sealed.split('.') as [string, string, string, string];
    const flip = (s: string, i: number) => {
      const buf = Buffer.from(s, 'base64url');
      buf[i % buf.length] = (buf[i % buf.length] as number) ^ 1;
      return buf.toString('base64url');
    };
    for (let i = 0; i < 30; i++)
      expect(() => decryptField([v, kid, nonce, flip(body, i)].join('.'), 'row-1', ring)).toThrow(
        FieldDecryptionError,
      );
    expect(() => decryptField([v, kid, flip(nonce, 3), body].join('.'), 'row-1', ring)).toThrow(
      FieldDecryptionError,
    );
    expect(() => decryptField(sealed, 'row-2', ring)).toThrow(/altered or belongs elsewhere/);
    expect(() => decryptField(['v1', '00000000', nonce, body].join('.'), 'row-1', ring)).toThrow(
      /not configured/,
    );
    expect(() => decryptField('plain text', '', ring)).toThrow(FieldDecryptionError);
    expect(() => decryptField([v, kid, nonce, body.slice(0, 10)].join('.'), 'row-1', ring)).toThrow(
      FieldDecryptionError,
    );
  });

  it('reads values sealed under a previous key after rotation, and re-seals them under the new one', () => {
    const old = keyringFrom(k1);
    const sealed = encryptField('US:011000015:123456789', 'r', old);
    const rotated = keyringFrom(k2, [k1]);
    expect(decryptField(sealed, 'r', rotated)).toBe('US:011000015:123456789');
    const resealed = reencryptField(sealed, 'r', rotated);
    expect(keyIdOf(resealed)).toBe(rotated.current.id);
    expect(keyIdOf(resealed)).not.toBe(keyIdOf(sealed));
    expect(decryptField(resealed, 'r', keyringFrom(k2))).toBe('US:011000015:123456789');
    expect(() => decryptField(sealed, 'r', keyringFrom(k2))).toThrow(/STEWARD_FIELD_KEYS_PREVIOUS/);
    // Lookups keep working across the rotation: the old hash is among the new ring's hashes.
    expect(blindIndexes('iban:X', rotated)).toContain(blindIndex('iban:X', old));
  });

  it('blind index is deterministic per key and differs between keys', () => {
    expect(blindIndex('a', keyringFrom(k1))).toBe(blindIndex('a', keyringFrom(k1)));
    expect(blindIndex('a', keyringFrom(k1))).not.toBe(blindIndex('a', keyringFrom(k2)));
    expect(blindIndex('a', keyringFrom(k1))).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a key that is not 32 bytes of base64', () => {
    expect(() => fieldKeyFrom(randomBytes(16).toString('base64'))).toThrow(/32 bytes/);
    expect(() => fieldKeyFrom('not base64!!')).toThrow(/32 bytes/);
  });

  it('with the embedded database and no key, creates <data dir>/field.key (mode 0600) once and reuses it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'steward-key-'));
    const saved = { ...process.env };
    try {
      delete process.env.VITEST;
      delete process.env.STEWARD_FIELD_KEY;
      delete process.env.DATABASE_URL;
      process.env.STEWARD_DATA_DIR = dir;
      setFieldKeys(null);
      const first = fieldKeyring();
      const path = join(dir, 'field.key');
      expect(statSync(path).mode & 0o777).toBe(0o600);
      expect(first.current.id).toBe(fieldKeyFrom(readFileSync(path, 'utf8').trim()).id);
      setFieldKeys(null);
      expect(fieldKeyring().current.id).toBe(first.current.id);
      process.env.DATABASE_URL = 'postgres://elsewhere/db';
      setFieldKeys(null);
      expect(() => fieldKeyring()).toThrow(/STEWARD_FIELD_KEY/);
    } finally {
      // In place: replacing process.env with a plain object would outlive this file in a shared worker.
      for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
      Object.assign(process.env, saved);
      setFieldKeys(null);
      rmSync(dir, { recursive: true, force: true });
    }
    // Under vitest the fixed test key is used.
    expect(fieldKeyring().current.id).toBe(fieldKeyFrom(TEST_FIELD_KEY).id);
  });
});
