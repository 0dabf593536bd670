import { randomBytes } from 'node:crypto';

/**
 * Prefixed, time-sortable ids: `dep_01JD3…` — a ULID (48-bit millisecond time + 80 random bits, Crockford
 * base32) behind a short prefix naming the entity, so an id in a log or a support ticket says what it is.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export const ID_PREFIXES = {
  company: 'co',
  user: 'usr',
  membership: 'mem',
  role: 'role',
  department: 'dep',
  invitation: 'inv',
  session: 'ses',
  token: 'tok',
  audit: 'aud',
  job: 'job',
  mail: 'mail',
  reset: 'pwr',
  account: 'acc',
  fiscalYear: 'fy',
  period: 'per',
  entry: 'je',
  batch: 'bat',
  recurring: 'rec',
  file: 'file',
  bankAccount: 'bac',
  bankStatement: 'bst',
  bankLine: 'bln',
  bankCsvMapping: 'bcm',
  bankReconciliation: 'brc',
  payment: 'pay',
  paymentAllocation: 'pal',
  paymentRun: 'prun',
  paymentRunItem: 'pri',
  paymentRunFile: 'prf',
  party: 'pty',
  partyContact: 'pcon',
  partyBankAccount: 'pba',
  dunningRun: 'dun',
  taxCode: 'tax',
  salesInvoice: 'sinv',
  numberingSeries: 'nser',
  salesSettlement: 'sstl',
  bill: 'bill',
  billLine: 'bil',
  billSettlement: 'bstl',
  capture: 'cap',
  vendorMemory: 'vmem',
  savedView: 'svw',
} as const;

export type IdKind = keyof typeof ID_PREFIXES;

function encodeTime(ms: number): string {
  let out = '';
  let t = ms;
  for (let i = 0; i < 10; i++) {
    out = ALPHABET[t % 32] + out;
    t = Math.floor(t / 32);
  }
  return out;
}

function encodeRandom(bytes: Buffer): string {
  // 80 bits -> 16 base32 characters
  let bits = 0n;
  for (const b of bytes) bits = (bits << 8n) | BigInt(b);
  let out = '';
  for (let i = 0; i < 16; i++) {
    out = ALPHABET[Number(bits & 31n)] + out;
    bits >>= 5n;
  }
  return out;
}

export function ulid(now = Date.now()): string {
  return encodeTime(now) + encodeRandom(randomBytes(10));
}

export function newId(kind: IdKind, now?: number): string {
  return `${ID_PREFIXES[kind]}_${ulid(now)}`;
}

export function isId(kind: IdKind, value: string): boolean {
  return new RegExp(`^${ID_PREFIXES[kind]}_[0-9A-HJKMNP-TV-Z]{26}$`).test(value);
}
