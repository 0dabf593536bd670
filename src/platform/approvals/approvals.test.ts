import { describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../context.ts';
import type { Tx } from '../db/index.ts';
import { actionMayNeedApproval, requestApproval, setApprovalGate } from './index.ts';

const tx = {} as Tx;
const ctx = { actor: SYSTEM_ACTOR, companyId: 'c1', requestId: null };
const subject = { action: 'test.act', entityType: 'thing', entityId: 't1', summary: 'Thing', data: {} };

describe('the approval gate', () => {
  it('setApprovalGate hands back a restore that reinstates the gate and coverage it replaced', async () => {
    const restoreOuter = setApprovalGate(
      async () => ({ kind: 'pending', requestId: 'outer' }),
      async () => true,
    );
    try {
      const restoreInner = setApprovalGate(async () => ({ kind: 'proceed' }));
      expect(await requestApproval(tx, ctx, subject)).toEqual({ kind: 'proceed' });
      restoreInner();
      // The outer gate is back, not a proceed-everything default a test might have reset to.
      expect(await requestApproval(tx, ctx, subject)).toEqual({ kind: 'pending', requestId: 'outer' });
      expect(await actionMayNeedApproval(tx, 'c1', 'test.act')).toBe(true);
    } finally {
      restoreOuter();
    }
  });
});
