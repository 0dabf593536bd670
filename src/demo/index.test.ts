import { describe, expect, it } from 'vitest';
import { steward } from '../../test/support/compose.ts';
import { withFreshDatabase } from '../../test/support/db.ts';
import { listPolicies, listRequests, listTasks } from '../modules/work/index.ts';
import { seedDemo } from './index.ts';
import { DEMO_CONTROLLER } from './work.ts';

const fresh = withFreshDatabase();

describe('npm run demo', () => {
  // The whole demo (parties, sales, purchasing with OCR, banking, payments) takes 13 s alone, more under load.
  it('includes the ledger.post policy and requests made by assistants, waiting on the right people', {
    timeout: 180_000,
  }, async () => {
    const demo = await seedDemo(fresh.db, steward);
    expect(demo).not.toBeNull();
    const companyId = demo!.companyId;
    const [policy] = await listPolicies(fresh.db, companyId);
    expect(policy).toMatchObject({ action: 'ledger.post', version: 1 });
    const pending = await listRequests(fresh.db, companyId, { status: 'pending' });
    const byMaker = pending.map((r) => [
      r.maker,
      r.summary.split(',')[0],
      r.approversNeeded.map((l) => l.approvers[0]),
    ]);
    expect(byMaker.sort()).toEqual(
      [
        [
          'ap@demo.steward.local',
          expect.stringContaining('Supplier invoice'),
          ['controller@demo.steward.local'],
        ],
        [
          'bookkeeper@demo.steward.local',
          expect.stringContaining('Office chairs'),
          ['controller@demo.steward.local'],
        ],
        [
          'bookkeeper@demo.steward.local',
          expect.stringContaining('Office lease'),
          ['controller@demo.steward.local', DEMO_CONTROLLER],
        ],
      ].sort(),
    );
    const tasks = await listTasks(fresh.db, companyId, { status: 'active' });
    expect(tasks.map((t) => t.title)).toContain('Chase missing receipts for March');
    expect(await seedDemo(fresh.db, steward)).toBeNull();
  });
});
