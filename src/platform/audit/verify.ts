import type { Sql } from '../db/index.ts';
import { type AuditEventContent, GENESIS_HASH, hashEvent } from './index.ts';

export interface VerifyProblem {
  chain: string;
  seq: string;
  id: string | null;
  problem: 'hash_mismatch' | 'broken_link' | 'gap' | 'missing_tail';
  message: string;
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  firstProblem: VerifyProblem | null;
}

interface Row {
  chain: string;
  seq: string;
  id: string;
  company_id: string | null;
  occurred_at: Date;
  actor_type: string;
  actor_id: string | null;
  actor_label: string;
  entity_type: string;
  entity_id: string;
  action: string;
  changes: unknown;
  request_id: string | null;
  prev_hash: string;
  hash: string;
}

const BATCH = 5000;

/**
 * Walks every chain in seq order, in batches (keyset pagination, constant memory), and stops at the first
 * event whose content, link or position is wrong. A deleted last event shows up against audit_heads.
 */
export async function verifyAuditChain(
  sql: Sql,
  /** `chain`: a company id (or 'system') — all of its stripes are verified. */
  opts: { chain?: string; onProgress?: (checked: number, total: number) => void | Promise<void> } = {},
): Promise<VerifyResult> {
  const total = Number(
    (
      await sql.query<{ n: string }>(
        `SELECT count(*)::text AS n FROM audit_events
          WHERE ($1::text IS NULL OR chain = $1 OR left(chain, length($1) + 1) = $1 || '/')`,
        [opts.chain ?? null],
      )
    ).rows[0]?.n ?? 0,
  );
  const heads = (
    await sql.query<{ chain: string; seq: string; hash: string }>(
      `SELECT chain, seq::text AS seq, hash FROM audit_heads
        WHERE ($1::text IS NULL OR chain = $1 OR left(chain, length($1) + 1) = $1 || '/') ORDER BY chain`,
      [opts.chain ?? null],
    )
  ).rows;
  let checked = 0;
  for (const head of heads) {
    let expectedSeq = 1n;
    let prevHash = GENESIS_HASH;
    let lastId: string | null = null;
    for (;;) {
      // ORDER BY audit_events.seq, not the text alias `seq`: text order puts #10 before #2.
      const { rows } = await sql.query<Row>(
        `SELECT chain, seq::text AS seq, id, company_id, occurred_at, actor_type, actor_id, actor_label, entity_type,
                entity_id, action, changes, request_id, prev_hash, hash
           FROM audit_events WHERE chain = $1 AND seq >= $2 ORDER BY audit_events.seq LIMIT ${BATCH}`,
        [head.chain, expectedSeq.toString()],
      );
      for (const row of rows) {
        const problem = checkRow(row, expectedSeq, prevHash);
        if (problem) return { ok: false, checked, firstProblem: problem };
        prevHash = row.hash;
        lastId = row.id;
        expectedSeq += 1n;
        checked += 1;
      }
      await opts.onProgress?.(checked, total);
      if (rows.length < BATCH) break;
    }
    if (expectedSeq - 1n !== BigInt(head.seq) || prevHash !== head.hash) {
      return {
        ok: false,
        checked,
        firstProblem: {
          chain: head.chain,
          seq: (expectedSeq - 1n).toString(),
          id: lastId,
          problem: 'missing_tail',
          message: `chain ${head.chain} should end at event #${head.seq} but ends at #${expectedSeq - 1n}: events were deleted.`,
        },
      };
    }
  }
  return { ok: true, checked, firstProblem: null };
}

function checkRow(row: Row, expectedSeq: bigint, prevHash: string): VerifyProblem | null {
  const at = { chain: row.chain, seq: row.seq, id: row.id };
  if (BigInt(row.seq) !== expectedSeq) {
    return {
      ...at,
      seq: expectedSeq.toString(),
      problem: 'gap',
      message: `event #${expectedSeq} of chain ${row.chain} is missing (next found: #${row.seq}, ${row.id}).`,
    };
  }
  if (row.prev_hash !== prevHash) {
    return {
      ...at,
      problem: 'broken_link',
      message: `event #${row.seq} (${row.id}) does not link to the event before it: rows were removed or reordered.`,
    };
  }
  const content: AuditEventContent = {
    chain: row.chain,
    seq: row.seq,
    id: row.id,
    companyId: row.company_id,
    occurredAt: row.occurred_at.toISOString(),
    actorType: row.actor_type,
    actorId: row.actor_id,
    actorLabel: row.actor_label,
    entityType: row.entity_type,
    entityId: row.entity_id,
    action: row.action,
    changes: row.changes,
    requestId: row.request_id,
  };
  if (hashEvent(prevHash, content) !== row.hash) {
    return {
      ...at,
      problem: 'hash_mismatch',
      message: `event #${row.seq} (${row.id}) was edited: its content no longer matches its hash.`,
    };
  }
  return null;
}
