import { afterAll, describe, expect, it } from 'vitest';
import { getEntry, postEntries, trialBalance, verifyLedger } from '../../src/modules/ledger/index.ts';
import { ctxOf, entry, installLedgerPolicy, makeSupervision } from '../../src/modules/work/factories.ts';
import { withFreshDatabase } from '../support/db.ts';
import { api, killAll, startServer } from '../support/process.ts';
import '../support/compose.ts'; // the composed process: approval gate, executors, flows' ports

/**
 * Exactly once across processes: two `steward start` servers on one database; two approvers (either may
 * approve) click the same request at the same moment, one on each server. One wins, the other gets a 409, and
 * the entry posts once.
 */
const fresh = withFreshDatabase();
afterAll(killAll);

describe('approvals on two servers', () => {
  it('concurrent approvals through two processes execute once', { timeout: 120_000 }, async () => {
    const f = await makeSupervision(fresh.db);
    const c = f.company.id;
    await installLedgerPolicy(fresh.db, f, {
      levels: [
        {
          name: 'Either',
          need: 1,
          approvers: [{ type: 'people', userIds: [f.accountingManager.id, f.controller.id] }],
        },
      ],
    });
    const held = await fresh.db.tx((tx) =>
      postEntries(
        tx,
        ctxOf(f.people.assistant, c),
        [1, 2, 3, 4, 5].map((i) => entry(`${i}00.00`, `Twice clicked ${i}`)),
      ),
    );
    const [a, b] = await Promise.all([
      startServer({ DATABASE_URL: fresh.url }),
      startServer({ DATABASE_URL: fresh.url }),
    ]);
    for (const e of held) {
      const path = `/work/approvals/${e.approvalRequestId}/approve`;
      const results = await Promise.all([
        api(a.url, f.accountingManager.token, 'POST', path, { comment: 'A' }),
        api(b.url, f.controller.token, 'POST', path, { comment: 'B' }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      expect((await getEntry(fresh.db, c, e.id)).status).toBe('posted');
    }
    expect((await trialBalance(fresh.db, c, '2026-12-31')).totalDebit).toBe('1500.00');
    const posts = await fresh.db.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE company_id = $1 AND entity_type = 'ledger_entry' AND action = 'post'`,
      [c],
    );
    expect(posts.rows[0]).toEqual({ n: 5 });
    expect((await verifyLedger(fresh.db, c)).ok).toBe(true);
  });
});
