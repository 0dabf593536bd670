import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../config.ts';

/**
 * Encrypted fields (bank account numbers, IBANs): AES-256-GCM with a random 96-bit nonce per value.
 *
 * Ciphertext text form: `v1.<keyId>.<nonce b64url>.<ciphertext+tag b64url>`. The key id is the first 8 hex
 * characters of SHA-256 of the key, so a value names the key it was sealed with and keys can rotate: the current
 * key (`STEWARD_FIELD_KEY`) seals, it and the previous keys (`STEWARD_FIELD_KEYS_PREVIOUS`) open.
 * `aad` binds a value to where it belongs (e.g. company + row id): a ciphertext copied into another row fails.
 *
 * Exact lookup without decrypting: `blindIndex(value)` is an HMAC-SHA-256 under a key derived (HKDF) from the
 * field key; `blindIndexes(value)` gives it under every known key, so lookups keep working across a rotation.
 *
 * Where the key comes from, in order: `setFieldKeys()` (tests, tools), `STEWARD_FIELD_KEY`, under vitest a fixed
 * test key, with the embedded database `<data dir>/field.key` (created with mode 0600 on first use). With
 * `DATABASE_URL` and no key, sealing is refused: a server must not invent a key its other instances lack.
 */
export interface FieldKey {
  id: string;
  key: Buffer;
  indexKey: Buffer;
}

export interface FieldKeyring {
  current: FieldKey;
  all: FieldKey[];
}

const VERSION = 'v1';
/** Only for the test runner: 32 bytes of a fixed pattern. Never used outside vitest. */
export const TEST_FIELD_KEY = Buffer.alloc(32, 7).toString('base64');

export function fieldKeyFrom(base64: string): FieldKey {
  const key = Buffer.from(base64, 'base64');
  if (key.length !== 32 || key.toString('base64') !== base64.replace(/\s+/g, ''))
    throw new Error(
      'STEWARD_FIELD_KEY must be the base64 of exactly 32 bytes (e.g. `openssl rand -base64 32`).',
    );
  const id = createHash('sha256').update(key).digest('hex').slice(0, 8);
  const indexKey = Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'steward field blind index', 32));
  return { id, key, indexKey };
}

export function keyringFrom(current: string, previous: readonly string[] = []): FieldKeyring {
  const cur = fieldKeyFrom(current);
  const all = [cur, ...previous.map(fieldKeyFrom).filter((k) => k.id !== cur.id)];
  return { current: cur, all };
}

let installed: FieldKeyring | null = null;

/** Installs a keyring explicitly (tests of rotation, tools); `null` goes back to configuration. */
export function setFieldKeys(ring: FieldKeyring | null): void {
  installed = ring;
}

function keyFile(dataDir: string): string {
  const path = join(dataDir, 'field.key');
  if (!existsSync(path)) {
    mkdirSync(dataDir, { recursive: true });
    try {
      writeFileSync(path, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    chmodSync(path, 0o600);
  }
  return readFileSync(path, 'utf8').trim();
}

export function fieldKeyring(): FieldKeyring {
  if (installed) return installed;
  const config = loadConfig(process.env);
  let current = config.fieldKey;
  if (!current && process.env.VITEST) current = TEST_FIELD_KEY;
  if (!current && !config.databaseUrl) current = keyFile(config.dataDir);
  if (!current)
    throw new Error(
      'Encrypted fields need a key: set STEWARD_FIELD_KEY to the base64 of 32 random bytes (openssl rand -base64 32), the same on every instance.',
    );
  installed = keyringFrom(current, config.previousFieldKeys);
  return installed;
}

export function encryptField(plain: string, aad = '', ring: FieldKeyring = fieldKeyring()): string {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', ring.current.key, nonce);
  cipher.setAAD(Buffer.from(`${VERSION}.${ring.current.id}.${aad}`));
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return `${VERSION}.${ring.current.id}.${nonce.toString('base64url')}.${body.toString('base64url')}`;
}

export class FieldDecryptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FieldDecryptionError';
  }
}

export function decryptField(sealed: string, aad = '', ring: FieldKeyring = fieldKeyring()): string {
  const parts = sealed.split('.');
  if (parts.length !== 4 || parts[0] !== VERSION)
    throw new FieldDecryptionError('Not an encrypted field value (unknown format or version).');
  const [, keyId, nonceText, bodyText] = parts as [string, string, string, string];
  const key = ring.all.find((k) => k.id === keyId);
  if (!key)
    throw new FieldDecryptionError(
      `The value was encrypted with key ${keyId}, which is not configured; add it to STEWARD_FIELD_KEYS_PREVIOUS.`,
    );
  const nonce = Buffer.from(nonceText, 'base64url');
  const body = Buffer.from(bodyText, 'base64url');
  if (nonce.length !== 12 || body.length < 16)
    throw new FieldDecryptionError('The encrypted value is truncated.');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key.key, nonce);
    decipher.setAAD(Buffer.from(`${VERSION}.${keyId}.${aad}`));
    decipher.setAuthTag(body.subarray(body.length - 16));
    return Buffer.concat([decipher.update(body.subarray(0, body.length - 16)), decipher.final()]).toString(
      'utf8',
    );
  } catch {
    throw new FieldDecryptionError(
      'The encrypted value was altered or belongs elsewhere (authentication failed).',
    );
  }
}

/** The key id a sealed value names (to find values still under an old key). */
export function keyIdOf(sealed: string): string | null {
  const parts = sealed.split('.');
  return parts.length === 4 && parts[0] === VERSION ? (parts[1] ?? null) : null;
}

/** Re-seals a value under the current key (rotation); a value already under it comes back unchanged. */
export function reencryptField(sealed: string, aad = '', ring: FieldKeyring = fieldKeyring()): string {
  if (keyIdOf(sealed) === ring.current.id) return sealed;
  return encryptField(decryptField(sealed, aad, ring), aad, ring);
}

/** HMAC-SHA-256 (hex) of an already normalised value under the current key's index key. */
export function blindIndex(normalised: string, ring: FieldKeyring = fieldKeyring()): string {
  return createHmac('sha256', ring.current.indexKey).update(normalised).digest('hex');
}

/** The blind index under every known key: look a value up with `= ANY(...)` across a rotation. */
export function blindIndexes(normalised: string, ring: FieldKeyring = fieldKeyring()): string[] {
  return ring.all.map((k) => createHmac('sha256', k.indexKey).update(normalised).digest('hex'));
}
