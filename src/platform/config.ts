import { resolve } from 'node:path';
import { DEFAULT_TRUSTED_PROXIES, trustedProxies } from './http/client-address.ts';

/**
 * Every setting comes from the environment, read once here. The README's configuration table lists the
 * same variables; keep them in step.
 */
export interface Config {
  port: number;
  host: string | undefined;
  databaseUrl: string | undefined;
  /** The tables' owner, for migrations and restore (DATABASE_URL mode); DATABASE_URL when not set. */
  migrateUrl: string | undefined;
  replicaUrl: string | undefined;
  dataDir: string;
  embeddedPgPort: number | undefined;
  publicUrl: string;
  bodyLimitBytes: number;
  /** The largest file attachment accepted (the upload route streams its body; JSON bodies keep bodyLimitBytes). */
  maxUploadBytes: number;
  logLevel: string;
  runWorker: boolean;
  /**
   * Proxies whose `X-Forwarded-For` is believed (IPs and CIDR ranges; STEWARD_TRUSTED_PROXIES, default loopback,
   * `none` for no proxy at all): see src/platform/http/client-address.ts.
   */
  trustedProxies: string[];
  admin: {
    email: string;
    password: string;
    companyName: string;
    currency: string;
    /** ISO country code of the first company (STEWARD_COUNTRY); onboarding seeds for it. */
    country?: string;
  } | null;
  smtpUrl: string | undefined;
  mailFrom: string;
  sessionTtlHours: number;
  poolSize: number;
  /** Key for encrypted fields (bank account numbers): base64 of 32 bytes; see src/platform/crypto/fields.ts. */
  fieldKey: string | undefined;
  /** Earlier field keys, still accepted for reading while data is re-encrypted (comma-separated base64). */
  previousFieldKeys: string[];
  /**
   * Who may create companies through the API (STEWARD_COMPANY_CREATORS): `owners` (default) — a user who owns
   * at least one company — or `anyone` signed in. The CLI (`steward company create`) is the operator's path.
   */
  companyCreators: 'owners' | 'anyone';
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, got "${raw}".`);
  return n;
}

function oneOf<T extends string>(
  env: NodeJS.ProcessEnv,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = raw.trim().toLowerCase() as T;
  if (!allowed.includes(value))
    throw new Error(`${name} must be one of ${allowed.join(', ')}, got "${raw}".`);
  return value;
}

function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  return ['1', 'true', 'yes', 'on'].includes(raw.toLowerCase());
}

function proxies(env: NodeJS.ProcessEnv): string[] {
  const raw = env.STEWARD_TRUSTED_PROXIES?.trim();
  if (!raw) return [...DEFAULT_TRUSTED_PROXIES];
  if (raw.toLowerCase() === 'none') return [];
  const list = raw
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  trustedProxies(list); // fail at start on a typo, not on the first request
  return list;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = int(env, 'PORT', 3000);
  const email = env.STEWARD_ADMIN_EMAIL;
  const password = env.STEWARD_ADMIN_PASSWORD;
  return {
    port,
    host: env.HOST || undefined,
    databaseUrl: env.DATABASE_URL || undefined,
    migrateUrl: env.STEWARD_MIGRATE_URL || undefined,
    replicaUrl: env.STEWARD_REPLICA_URL || undefined,
    dataDir: resolve(env.STEWARD_DATA_DIR || './data'),
    embeddedPgPort: env.STEWARD_PG_PORT ? int(env, 'STEWARD_PG_PORT', 0) : undefined,
    publicUrl: (env.STEWARD_PUBLIC_URL || `http://localhost:${port}`).replace(/\/$/, ''),
    bodyLimitBytes: int(env, 'STEWARD_BODY_LIMIT', 1024 * 1024),
    maxUploadBytes: int(env, 'STEWARD_MAX_UPLOAD_BYTES', 10 * 1024 * 1024),
    logLevel: env.LOG_LEVEL || 'info',
    runWorker: bool(env, 'STEWARD_WORKER', true),
    trustedProxies: proxies(env),
    admin:
      email && password
        ? {
            email,
            password,
            companyName: env.STEWARD_COMPANY_NAME || 'My Company',
            currency: (env.STEWARD_CURRENCY || 'USD').toUpperCase(),
            country: env.STEWARD_COUNTRY ? env.STEWARD_COUNTRY.toUpperCase() : undefined,
          }
        : null,
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.SMTP_FROM || 'Steward <steward@localhost>',
    sessionTtlHours: int(env, 'STEWARD_SESSION_TTL_HOURS', 12),
    poolSize: int(env, 'STEWARD_DB_POOL_SIZE', 10),
    fieldKey: env.STEWARD_FIELD_KEY || undefined,
    previousFieldKeys: (env.STEWARD_FIELD_KEYS_PREVIOUS || '')
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean),
    companyCreators: oneOf(env, 'STEWARD_COMPANY_CREATORS', ['owners', 'anyone'] as const, 'owners'),
  };
}
