import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testApp } from '../../../test/support/app.ts';
import { postBill } from '../../../test/support/compose.ts';
import { withFreshDatabase } from '../../../test/support/db.ts';
import { sharedPath } from '../../../test/support/shared-dir.ts';
import { companyIban, makeBankAccount } from '../../modules/banking/factories.ts';
import { getEntry, setRates } from '../../modules/ledger/index.ts';
import { makePerson } from '../../modules/org/factories.ts';
import { loadPrincipal } from '../../modules/org/index.ts';
import { makeParty } from '../../modules/parties/factories.ts';
import { cancelRun, getRun, listPayments, readRunFile, updateRunItem } from '../../modules/payments/index.ts';
import { makePurchasing } from '../../modules/purchasing/factories.ts';
import { getBill, saveBill, submitBill } from '../../modules/purchasing/index.ts';
import { ctxOf } from '../../modules/work/factories.ts';
import { decide, listRequests, savePolicy, withSubjects } from '../../modules/work/index.ts';
import { checkPain001 } from '../../platform/formats/sepa/pain001.ts';
import { proposeRun, releaseRun } from './payment-run.ts';

const fresh = withFreshDatabase();
const dir = mkdtempSync(join(tmpdir(), 'runs-'));

let n = 0;

/** Bills are purchasing's real ones: saved, submitted and posted to AP through the ledger. */
async function setup() {
  const f = await makePurchasing(fresh.db, { baseCurrency: 'EUR' });
  const c = f.companyId;
  await fresh.db.tx((tx) => setRates(tx, f.ctx, [{ currency: 'USD', date: '2025-01-01', rate: '0.9' }]));
  const controller = await makePerson(fresh.db, c, { role: 'manager', name: 'Chief Controller' });
  const eur = await makeBankAccount(fresh.db, c, {
    currency: 'EUR',
    name: 'EUR main',
    iban: companyIban('DE'),
    bic: 'COBADEFFXXX',
  });
  const usd = await makeBankAccount(fresh.db, c, {
    currency: 'USD',
    name: 'USD main',
    iban: null,
    accountNumber: '987654321',
    routingNumber: '081000032',
    bankName: 'Some Bank',
  });
  const lieferant = await makeParty(fresh.db, c, {
    vendor: true,
    customer: false,
    currency: 'EUR',
    legalName: 'Lieferant Müller GmbH',
    address: { country: 'DE' },
    bank: { iban: true },
  });
  const other = await makeParty(fresh.db, c, {
    vendor: true,
    customer: false,
    currency: 'EUR',
    legalName: 'Proveedor Peña S.L.',
    address: { country: 'ES' },
    bank: { iban: true },
  });
  const acme = await makeParty(fresh.db, c, {
    vendor: true,
    customer: false,
    currency: 'USD',
    legalName: 'Acme Supplies Inc',
    address: { country: 'US' },
    bank: { kind: 'us', routingNumber: '071000013', accountNumber: '12345678', accountType: 'checking' },
  });
  /** A posted bill: one 21 % line, so a net of 1000.00 is 1210.00 to pay. */
  const bill = async (vendor: { id: string }, currency: string, net: string, dueDate: string) => {
    const saved = await fresh.db.tx((tx) =>
      saveBill(tx, f.ctx, {
        vendorId: vendor.id,
        vendorInvoiceNumber: `FV-${++n}`,
        issueDate: '2026-03-01',
        dueDate,
        currency,
        lines: [
          {
            description: 'Supplies',
            accountId: f.accounts.supplies.id,
            taxCode: 'S21',
            quantity: '1',
            unitPrice: net,
          },
        ],
      }),
    );
    await fresh.db.tx((tx) => submitBill(tx, f.ctx, saved.id));
    return fresh.db.tx((tx) => postBill(tx, f.ctx, saved.id));
  };
  const open = async (id: string) => (await getBill(fresh.db, c, id)).status;
  const admin = await makePerson(fresh.db, c, { role: 'admin', name: 'Ada Admin' });
  return { f, c, eur, usd, lieferant, other, acme, owner: ctxOf(admin, c), controller, bill, open };
}

function xmllint(xml: string): string {
  const file = join(dir, `run-${++n}.xml`);
  writeFileSync(file, xml);
  const xsd = sharedPath('fixtures', 'iso20022', 'epc', 'EPC132-08_2023_V1.0_SCT_C2PSP_pain.001.001.09.xsd');
  try {
    execFileSync('xmllint', ['--noout', '--schema', xsd, file], { stdio: 'pipe' });
    return '';
  } catch (e) {
    return String((e as { stderr?: Buffer }).stderr ?? e);
  }
}

describe('payment runs', () => {
  it('EUR: proposes due bills, edits the proposal, releases once into an XSD-valid SEPA file, pays and posts', async () => {
    const s = await setup();
    const b1 = await s.bill(s.lieferant, 'EUR', '1000.00', '2026-03-10'); // 1210.00
    const b2 = await s.bill(s.lieferant, 'EUR', '200.00', '2026-03-12'); // 242.00
    const b3 = await s.bill(s.other, 'EUR', '50.00', '2026-03-11'); // 60.50
    const notDue = await s.bill(s.other, 'EUR', '90.00', '2026-04-30');
    await s.bill(s.acme, 'USD', '50.00', '2026-03-01'); // other currency
    const run = await fresh.db.tx((tx) =>
      proposeRun(tx, s.owner, { bankAccountId: s.eur.id, dueBy: '2026-03-15', executionDate: '2026-03-16' }),
    );
    expect(run.number).toBe('PR-00001');
    expect(run.format).toBe('sepa');
    expect(run.items.map((i) => i.documentId).sort()).toEqual([b1.id, b2.id, b3.id].sort());
    expect(run.items.some((i) => i.documentId === notDue.id)).toBe(false);
    expect(run.total).toBe('1512.50');
    // Pay less on b1, drop b3.
    const i1 = run.items.find((i) => i.documentId === b1.id);
    const i3 = run.items.find((i) => i.documentId === b3.id);
    await fresh.db.tx((tx) => updateRunItem(tx, s.owner, run.id, i1?.id ?? '', { amountMinor: 60000n }));
    const edited = await fresh.db.tx((tx) =>
      updateRunItem(tx, s.owner, run.id, i3?.id ?? '', { included: false }),
    );
    expect(edited.total).toBe('842.00');
    await expect(
      fresh.db.tx((tx) => updateRunItem(tx, s.owner, run.id, i1?.id ?? '', { amountMinor: 121001n })),
    ).rejects.toThrow(/between 0.01 and the 1210.00 open/);

    const released = await fresh.db.tx((tx) => releaseRun(tx, s.owner, run.id));
    expect(released.status).toBe('released');
    expect(released.file?.name).toBe('PR-00001.xml');
    // Once only.
    await expect(fresh.db.tx((tx) => releaseRun(tx, s.owner, run.id))).rejects.toThrow(/already released/);
    await expect(
      fresh.db.tx((tx) => updateRunItem(tx, s.owner, run.id, i3?.id ?? '', { included: true })),
    ).rejects.toThrow(/only a draft/);

    const file = await fresh.db.tx((tx) => readRunFile(tx, s.owner, run.id));
    expect(xmllint(file.content)).toBe('');
    expect(checkPain001(file.content)).toEqual([]);
    expect(file.content).toMatch(/<GrpHdr>[\s\S]*<NbOfTxs>1<\/NbOfTxs>\s*<CtrlSum>842.00<\/CtrlSum>/);
    expect(file.content).toContain('<Nm>Lieferant Muller GmbH</Nm>');
    expect(await s.open(b1.id)).toBe('partially_paid');
    expect(await s.open(b2.id)).toBe('paid');
    expect(await s.open(b3.id)).toBe('posted');
    const payments = (await listPayments(fresh.db, s.c, { kind: 'vendor_payment' })).items;
    expect(payments).toHaveLength(1);
    expect(payments[0]?.paymentRunId).toBe(run.id);
    expect(payments[0]?.amount).toBe('842.00');
    const entry = await getEntry(fresh.db, s.c, payments[0]?.journalEntryId ?? '');
    expect(entry.status).toBe('posted');
    expect(entry.lines?.find((l) => l.accountId === s.eur.ledgerAccountId)?.credit).toBe('842.00');
    expect(entry.lines?.find((l) => l.accountId === s.f.accounts.payable.id)?.debit).toBe('600.00');
    // The vendor's IBAN was read in clear for the file: that read is in the audit trail.
    const reads = await fresh.db.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM audit_events WHERE company_id = $1 AND entity_type = 'party_bank_account'`,
      [s.c],
    );
    expect(Number.parseInt(reads.rows[0]?.n ?? '0', 10)).toBeGreaterThan(0);
  });

  it('a bill in an unreleased run is not proposed again; once that run is cancelled it is', async () => {
    const s = await setup();
    const b = await s.bill(s.other, 'EUR', '100.00', '2026-03-10');
    const args = { bankAccountId: s.eur.id, dueBy: '2026-03-15', executionDate: '2026-03-16' };
    const first = await fresh.db.tx((tx) => proposeRun(tx, s.owner, args));
    expect(first.items.map((i) => i.documentId)).toEqual([b.id]);
    await expect(fresh.db.tx((tx) => proposeRun(tx, s.owner, args))).rejects.toThrow(/No bills are due/);
    await fresh.db.tx((tx) => cancelRun(tx, s.owner, first.id));
    const second = await fresh.db.tx((tx) => proposeRun(tx, s.owner, args));
    expect(second.items.map((i) => i.documentId)).toEqual([b.id]);
  });

  it('two releases at the same moment: exactly one pays', async () => {
    const s = await setup();
    const b = await s.bill(s.other, 'EUR', '100.00', '2026-03-10');
    const run = await fresh.db.tx((tx) =>
      proposeRun(tx, s.owner, {
        bankAccountId: s.eur.id,
        dueBy: '2026-03-15',
        executionDate: '2026-03-16',
        partyId: s.other.id,
      }),
    );
    const results = await Promise.allSettled([
      fresh.db.tx((tx) => releaseRun(tx, s.owner, run.id)),
      fresh.db.tx((tx) => releaseRun(tx, s.owner, run.id)),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(
      (await listPayments(fresh.db, s.c, { kind: 'vendor_payment' })).items.filter(
        (p) => p.paymentRunId === run.id,
      ),
    ).toHaveLength(1);
    expect(await s.open(b.id)).toBe('paid');
  });

  it('USD: a NACHA file the oracle accepts', async () => {
    const s = await setup();
    await s.bill(s.acme, 'USD', '1000.00', '2026-03-05');
    await s.bill(s.acme, 'USD', '100.00', '2026-03-06');
    const run = await fresh.db.tx((tx) =>
      proposeRun(tx, s.owner, {
        bankAccountId: s.usd.id,
        dueBy: '2026-03-15',
        executionDate: '2026-03-16',
        partyId: s.acme.id,
      }),
    );
    expect(run.format).toBe('nacha');
    await fresh.db.tx((tx) => releaseRun(tx, s.owner, run.id));
    const file = await fresh.db.tx((tx) => readRunFile(tx, s.owner, run.id));
    const path = join(dir, 'run.ach');
    writeFileSync(path, file.content);
    expect(
      execFileSync('python3', [sharedPath('oracles', 'achcheck.py'), path], { encoding: 'utf8' }).trim(),
    ).toBe(`${path} OK`);
    const entry = file.content.split('\n').find((l) => l.startsWith('6'));
    expect(entry?.slice(3, 12)).toBe('071000013');
    expect(entry?.slice(29, 39)).toBe('0000133100');
    expect(entry?.slice(79, 87)).toBe('08100003');
  });

  it('under a banking.payment_run.release policy the run waits for the approver, then is released by the approval', async () => {
    const s = await setup();
    await fresh.db.tx((tx) =>
      savePolicy(tx, s.owner, {
        action: 'banking.payment_run.release',
        name: 'Payment runs',
        definition: {
          levels: [{ name: 'Controller', approvers: [{ type: 'people', userIds: [s.controller.id] }] }],
        },
      }),
    );
    const b = await s.bill(s.lieferant, 'EUR', '500.00', '2026-03-10');
    const run = await fresh.db.tx((tx) =>
      proposeRun(tx, s.owner, {
        bankAccountId: s.eur.id,
        dueBy: '2026-03-15',
        executionDate: '2026-03-16',
        partyId: s.lieferant.id,
      }),
    );
    const submitted = await fresh.db.tx((tx) => releaseRun(tx, s.owner, run.id));
    expect(submitted.status).toBe('pending_approval');
    expect(submitted.file).toBeNull();
    expect(await s.open(b.id)).toBe('posted');
    await expect(fresh.db.tx((tx) => releaseRun(tx, s.owner, run.id))).rejects.toThrow(
      /waiting for approval/,
    );
    const [request] = (await listRequests(fresh.db, s.c, { status: 'pending' } as never)).filter(
      (r) => r.action === 'banking.payment_run.release',
    );
    expect(request?.entityId).toBe(run.id);
    // The approver sees the run's number, the vendor it pays, the total and the dates (its owner describes it).
    const reader = await loadPrincipal(fresh.db, s.controller.id, s.c);
    const [seen] = await withSubjects(fresh.db, reader!, [request!]);
    expect(seen?.subject).toEqual({
      kind: 'payment_run',
      title: run.number,
      number: run.number,
      party: 'Lieferant Müller GmbH',
      date: '2026-03-16',
      dueDate: '2026-03-15',
      total: { amount: '605.00', currency: 'EUR' },
      lines: [],
    });
    await fresh.db.tx((tx) => decide(tx, ctxOf(s.controller, s.c), request?.id ?? '', 'approve'));
    const after = await getRun(fresh.db, s.c, run.id);
    expect(after.status).toBe('released');
    expect(after.file).not.toBeNull();
    expect(await s.open(b.id)).toBe('paid');
  });

  it('over HTTP: propose, drop a bill, release once per Idempotency-Key, download the file; assistants cannot', async () => {
    const s = await setup();
    const t = testApp(fresh.db);
    const manager = await makePerson(fresh.db, s.c, { role: 'manager' });
    const assistant = await makePerson(fresh.db, s.c, { role: 'assistant' });
    await s.bill(s.other, 'EUR', '300.00', '2026-03-10'); // 363.00
    const dropped = await s.bill(s.other, 'EUR', '200.00', '2026-03-11');
    const body = {
      bankAccountId: s.eur.id,
      dueBy: '2026-03-15',
      executionDate: '2026-03-16',
      partyId: s.other.id,
    };
    expect((await t.request('POST', '/api/v1/payment-runs', { token: assistant.token, body })).status).toBe(
      403,
    );
    const created = await t.request('POST', '/api/v1/payment-runs', { token: manager.token, body });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const item = created.body.items.find((i: { documentId: string }) => i.documentId === dropped.id);
    const patched = await t.request('PATCH', `/api/v1/payment-runs/${id}/items/${item.id}`, {
      token: manager.token,
      body: { included: false },
    });
    expect(patched.status).toBe(200);
    expect(patched.body.total).toBe('363.00');
    const headers = { 'idempotency-key': `release-${id}` };
    const first = await t.request('POST', `/api/v1/payment-runs/${id}/release`, {
      token: manager.token,
      body: {},
      headers,
    });
    expect(first.status).toBe(200);
    expect(first.body.status).toBe('released');
    const replay = await t.request('POST', `/api/v1/payment-runs/${id}/release`, {
      token: manager.token,
      body: {},
      headers,
    });
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    const again = await t.request('POST', `/api/v1/payment-runs/${id}/release`, {
      token: manager.token,
      body: {},
    });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toMatch(/already released/);
    const file = await t.request('GET', `/api/v1/payment-runs/${id}/file`, { token: manager.token });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toContain('.xml');
    expect(checkPain001(file.text)).toEqual([]);
    expect(xmllint(file.text)).toBe('');
    expect(
      (await t.request('GET', `/api/v1/payment-runs/${id}/file`, { token: assistant.token })).status,
    ).toBe(403);
    const list = await t.request('GET', '/api/v1/payment-runs', { token: assistant.token });
    expect(list.body.items[0].status).toBe('released');
  });
});
