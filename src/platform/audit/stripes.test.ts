import { describe, expect, it } from 'vitest';
import { withFreshDatabase } from '../../../test/support/db.ts';
import { SYSTEM_ACTOR } from '../context.ts';
import { recordAudit, STRIPE_COUNT, stripesOf, verifyAuditChain } from './index.ts';

/** A company's trail is several hash chains, so concurrent writers of one company do not queue on one head. */
describe('striped audit chains', () => {
  const fresh = withFreshDatabase();

  const event = (companyId: string | null, n: number) => ({
    actor: SYSTEM_ACTOR,
    companyId,
    requestId: null,
    entityType: 'test',
    entityId: `t${n}`,
    action: 'touch',
  });

  it('concurrent transactions take different stripes; each chain verifies; tampering in any stripe is found', async () => {
    // The installation-level chain ('system') stripes like a company's; platform tests cannot make companies.
    const company = { id: null };
    // The first event creates the chain's heads (a concurrent first writer would wait for that commit).
    await fresh.db.tx((tx) => recordAudit(tx, event(company.id, -1)));
    const open = 5;
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    let recorded = 0;
    let allRecorded!: () => void;
    const everyoneRecorded = new Promise<void>((r) => {
      allRecorded = r;
    });
    // Five transactions each append and then stay open (holding their head) until all five have appended:
    // with one head per company the second would wait for the first to commit and this would never finish.
    const txs = Array.from({ length: open }, (_, i) =>
      fresh.db.tx(async (tx) => {
        await recordAudit(tx, event(company.id, i));
        await recordAudit(tx, event(company.id, i + 100)); // same transaction: same stripe again
        recorded += 1;
        if (recorded === open) allRecorded();
        await gate;
      }),
    );
    await everyoneRecorded;
    release();
    await Promise.all(txs);

    const chains = await fresh.db.query<{ chain: string; n: string; txs: string }>(
      `SELECT chain, count(*)::text AS n FROM audit_events WHERE company_id IS NOT DISTINCT FROM $1 AND entity_type = 'test'
        GROUP BY chain ORDER BY chain`,
      [company.id],
    );
    expect(chains.rows.length).toBe(open);
    for (const r of chains.rows) {
      expect(stripesOf(company.id)).toContain(r.chain);
      expect(r.n).toBe(r.chain === 'system' ? '3' : '2');
    }
    expect((await verifyAuditChain(fresh.db, { chain: 'system' })).ok).toBe(true);

    // An uncontended writer always uses stripe 0, the chain named after the company.
    await fresh.db.tx((tx) => recordAudit(tx, event(company.id, 999)));
    const last = await fresh.db.query<{ chain: string }>(
      `SELECT chain FROM audit_events WHERE company_id IS NOT DISTINCT FROM $1 AND entity_id = 't999'`,
      [company.id],
    );
    expect(last.rows[0]?.chain).toBe('system');
    expect(STRIPE_COUNT).toBeGreaterThanOrEqual(open);

    // Deleting the newest event of a non-zero stripe is caught against its head (the table is append-only, so
    // the test removes the trigger's protection the way an attacker with superuser rights would).
    const victim = chains.rows.at(-1)?.chain as string;
    // (as the tables' owner: the application's role may not touch the trigger at all).
    await fresh.owner.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update');
    await fresh.owner.query(
      `DELETE FROM audit_events WHERE chain = $1 AND seq = (SELECT max(seq) FROM audit_events WHERE chain = $1)`,
      [victim],
    );
    await fresh.owner.query('ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update');
    const result = await verifyAuditChain(fresh.db, { chain: 'system' });
    expect(result.ok).toBe(false);
    expect(result.firstProblem?.chain).toBe(victim);
    expect(result.firstProblem?.problem).toBe('missing_tail');
  });
});
