import { createHash } from 'node:crypto';
import { canonicalJson } from '../../kernel/canonical-json.ts';
import { now } from '../../kernel/clock.ts';
import { newId } from '../../kernel/ids.ts';
import type { Actor } from '../context.ts';
import type { Tx } from '../db/index.ts';

/**
 * The audit trail. Every mutation calls `recordAudit` inside the transaction that makes the change, so the
 * event and the change commit or roll back together. Events form one hash chain per company: each stores the
 * hash of its own content and of the previous event, so an edited, deleted or reordered row breaks the chain.
 */
export interface AuditInput {
  actor: Actor;
  companyId: string | null;
  requestId: string | null;
  entityType: string;
  entityId: string;
  action: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  /** Free-form extra facts (e.g. a reason) stored under changes._meta. */
  meta?: Record<string, unknown>;
}

export interface AuditEventContent {
  chain: string;
  seq: string;
  id: string;
  companyId: string | null;
  occurredAt: string;
  actorType: string;
  actorId: string | null;
  actorLabel: string;
  entityType: string;
  entityId: string;
  action: string;
  changes: unknown;
  requestId: string | null;
}

const SECRET_FIELD = /password|secret|token_hash|tokenHash|^token$/i;
export const GENESIS_HASH = '0'.repeat(64);

export function chainOf(companyId: string | null): string {
  return companyId ?? 'system';
}

/**
 * Each company's trail is STRIPE_COUNT hash chains: `<company>` (stripe 0, the only one an uncontended
 * writer ever uses) and `<company>/1` … `<company>/7`. A writer takes the first head nobody holds
 * (`SKIP LOCKED`), so concurrent transactions of one company no longer queue behind a single head row held
 * until commit — that lock was what capped single-entry posting (bench/ledger.ts). Every chain is still
 * gap-free and hash-linked, and `verifyAuditChain` walks them all; order across chains is by time.
 */
export const STRIPE_COUNT = 8;

export function stripesOf(companyId: string | null): string[] {
  const base = chainOf(companyId);
  return [base, ...Array.from({ length: STRIPE_COUNT - 1 }, (_, i) => `${base}/${i + 1}`)];
}

/** The chain a transaction already holds per company: it appends there again instead of locking a second head. */
const heldChains = new WeakMap<Tx, Map<string, string>>();

async function lockChainHead(
  tx: Tx,
  companyId: string | null,
): Promise<{ chain: string; seq: string; hash: string }> {
  const held = heldChains.get(tx) ?? new Map<string, string>();
  heldChains.set(tx, held);
  const base = chainOf(companyId);
  const already = held.get(base);
  const lockOne = async (chain: string) =>
    (
      await tx.query<{ chain: string; seq: string; hash: string }>(
        'SELECT chain, seq::text AS seq, hash FROM audit_heads WHERE chain = $1 FOR UPDATE',
        [chain],
      )
    ).rows[0];
  if (already) {
    const row = await lockOne(already);
    if (row) return row;
  }
  const stripes = stripesOf(companyId);
  const tryFree = async () =>
    (
      await tx.query<{ chain: string; seq: string; hash: string }>(
        `SELECT chain, seq::text AS seq, hash FROM audit_heads WHERE chain = ANY($1::text[])
          ORDER BY chain LIMIT 1 FOR UPDATE SKIP LOCKED`,
        [stripes],
      )
    ).rows[0];
  let row = await tryFree();
  if (!row) {
    // First event of this company, or every stripe busy: make sure all heads exist, then try again.
    await tx.query(
      `INSERT INTO audit_heads (chain, seq, hash) SELECT unnest($1::text[]), 0, $2 ON CONFLICT (chain) DO NOTHING`,
      [stripes, GENESIS_HASH],
    );
    row = await tryFree();
  }
  if (!row) {
    // All stripes held by other transactions: wait for one, chosen at random so waiters spread out.
    const chain = stripes[Math.floor(Math.random() * stripes.length)] as string;
    row = await lockOne(chain);
  }
  if (!row) throw new Error(`audit chain head ${base} could not be locked`);
  held.set(base, row.chain);
  return row;
}

function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'bigint') return value.toString();
  return value ?? null;
}

/** The changed fields as { field: { from, to } }; secrets appear only as "[redacted]". */
export function diffFields(
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
): Record<string, { from: unknown; to: unknown }> {
  const out: Record<string, { from: unknown; to: unknown }> = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    const from = normalise(before?.[key]);
    const to = normalise(after?.[key]);
    if (JSON.stringify(from) === JSON.stringify(to)) continue;
    out[key] = SECRET_FIELD.test(key)
      ? { from: from === null ? null : '[redacted]', to: to === null ? null : '[redacted]' }
      : { from, to };
  }
  return out;
}

export function hashEvent(prevHash: string, content: AuditEventContent): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(content)).digest('hex');
}

export async function recordAudit(tx: Tx, input: AuditInput): Promise<string> {
  const [id] = await recordAuditMany(tx, [input]);
  return id as string;
}

/**
 * Appends several events to one chain with one lock and one INSERT (batch posting, imports). All inputs must
 * belong to the same company.
 */
export async function recordAuditMany(tx: Tx, inputs: readonly AuditInput[]): Promise<string[]> {
  if (inputs.length === 0) return [];
  const companyId = inputs[0]?.companyId ?? null;
  if (inputs.some((i) => i.companyId !== companyId)) throw new Error('recordAuditMany: one company per call');
  const head = await lockChainHead(tx, companyId);
  const chain = head.chain;
  let prevHash = head.hash;
  let seq = BigInt(head.seq);
  const occurredAt = now().toISOString();
  const cols: unknown[][] = Array.from({ length: 15 }, () => []);
  const ids: string[] = [];
  for (const input of inputs) {
    seq += 1n;
    const changes: Record<string, unknown> = diffFields(input.before, input.after);
    if (input.meta) changes._meta = input.meta;
    const content: AuditEventContent = {
      chain,
      seq: seq.toString(),
      id: newId('audit'),
      companyId,
      occurredAt,
      actorType: input.actor.type,
      actorId: input.actor.tokenId ?? input.actor.userId,
      actorLabel: input.actor.label,
      entityType: input.entityType,
      entityId: input.entityId,
      action: input.action,
      // Round-trip through JSON so what we hash is exactly what jsonb gives back.
      changes: JSON.parse(JSON.stringify(changes)),
      requestId: input.requestId,
    };
    const hash = hashEvent(prevHash, content);
    const row = [
      content.chain,
      content.seq,
      content.id,
      content.companyId,
      content.occurredAt,
      content.actorType,
      content.actorId,
      content.actorLabel,
      content.entityType,
      content.entityId,
      content.action,
      JSON.stringify(content.changes),
      content.requestId,
      prevHash,
      hash,
    ];
    row.forEach((v, i) => {
      cols[i]?.push(v);
    });
    ids.push(content.id);
    prevHash = hash;
  }
  await tx.query(
    `INSERT INTO audit_events (chain, seq, id, company_id, occurred_at, actor_type, actor_id, actor_label,
       entity_type, entity_id, action, changes, request_id, prev_hash, hash)
     SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[], $4::text[], $5::timestamptz[], $6::text[], $7::text[],
       $8::text[], $9::text[], $10::text[], $11::text[], $12::jsonb[], $13::text[], $14::text[], $15::text[])`,
    cols,
  );
  await tx.query('UPDATE audit_heads SET seq = $2, hash = $3 WHERE chain = $1', [
    chain,
    seq.toString(),
    prevHash,
  ]);
  return ids;
}

/** Records that someone read a record marked sensitive (bank details, payroll, patient data). */
export function recordSensitiveRead(
  tx: Tx,
  input: Omit<AuditInput, 'action' | 'before' | 'after'> & { fields?: string[] },
): Promise<string> {
  return recordAudit(tx, { ...input, action: 'read', meta: { fields: input.fields ?? [] } });
}

export { type AuditFilter, type AuditRow, listAuditEvents } from './query.ts';
export { type VerifyResult, verifyAuditChain } from './verify.ts';
