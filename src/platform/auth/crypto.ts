import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import * as OTPAuth from 'otpauth';
import { authText } from './i18n.ts';

/**
 * Password hashing (argon2id), secret tokens (random, shown once, stored as SHA-256) and TOTP. Secrets are
 * compared in constant time and never logged.
 */
const ARGON2ID = 2; // @node-rs/argon2 Algorithm.Argon2id (a const enum, so not importable here)

export const MIN_PASSWORD_LENGTH = 10;

export function checkPasswordStrength(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw authText.error(
      'validation',
      'error.passwordShort',
      { min: String(MIN_PASSWORD_LENGTH) },
      {
        field: 'password',
      },
    );
  }
  if (password.length > 200)
    throw authText.error('validation', 'error.passwordLong', undefined, { field: 'password' });
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID as never, memoryCost: 19456, timeCost: 2, parallelism: 1 });
}

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) {
    // Spend the same time as a real check, so timing does not tell which e-mails exist.
    await hash(password, { algorithm: ARGON2ID as never, memoryCost: 19456, timeCost: 2, parallelism: 1 });
    return false;
  }
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A new secret token: `<prefix>_<43 chars>`; the prefix tells a leaked token's kind at a glance. */
export function newSecret(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function safeEqual(a: string, b: string): boolean {
  const ba = Buffer.from(a);
  const bb = Buffer.from(b);
  return ba.length === bb.length && timingSafeEqual(ba, bb);
}

export function newTotpSecret(): string {
  return new OTPAuth.Secret({ size: 20 }).base32;
}

export function totpUri(secret: string, email: string): string {
  return new OTPAuth.TOTP({
    issuer: 'Steward',
    label: email,
    secret: OTPAuth.Secret.fromBase32(secret),
  }).toString();
}

export const TOTP_PERIOD_SECONDS = 30;

/**
 * The time step (unix seconds / 30) a 6-digit code belongs to, accepting the previous, current and next step
 * (clock drift); null when it matches none. Callers remember the last accepted step to refuse replays.
 */
export function totpStep(secret: string, code: string, at: number = Date.now()): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = OTPAuth.TOTP.validate({
    token: code,
    secret: OTPAuth.Secret.fromBase32(secret),
    window: 1,
    timestamp: at,
  });
  return delta === null ? null : Math.floor(at / 1000 / TOTP_PERIOD_SECONDS) + delta;
}

/** The code for a moment (default now); tests use it to make the previous or next window's code. */
export function totpNow(secret: string, at: number = Date.now()): string {
  return OTPAuth.TOTP.generate({ secret: OTPAuth.Secret.fromBase32(secret), timestamp: at });
}
