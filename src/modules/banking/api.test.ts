import { describe, expect, it } from 'vitest';
import { testApp } from '../../../test/support/app.ts';
import { withFreshDatabase } from '../../../test/support/db.ts';
import { SYSTEM_ACTOR } from '../../platform/context.ts';
import { writeCamt053 } from '../../platform/formats/camt053/write.ts';
import { createAccount, createFiscalYear } from '../ledger/index.ts';
import { makeOrg } from '../org/factories.ts';
import {
  AutoMatchResult,
  BankAccount,
  Reconciliation,
  ReconciliationReport,
  StatementList,
  StatementWithLines,
} from './contract.ts';
import { companyIban } from './factories.ts';

const fresh = withFreshDatabase();

async function setup(overrides = {}) {
  const t = testApp(fresh.db, overrides);
  const org = await makeOrg(fresh.db, { baseCurrency: 'EUR' });
  const ctx = { actor: SYSTEM_ACTOR, companyId: org.company.id, requestId: null };
  const [bankLedger, fees] = await fresh.db.tx(async (tx) => {
    await createFiscalYear(tx, ctx, 2026);
    return [
      await createAccount(tx, ctx, { code: '221', name: 'Bank', type: 'asset' }),
      await createAccount(tx, ctx, { code: '568', name: 'Bank fees', type: 'expense' }),
    ];
  });
  const iban = companyIban('CZ');
  const owner = org.people.owner.token;
  const created = await t.request('POST', '/api/v1/banking/accounts', {
    token: owner,
    body: { name: 'Main EUR', currency: 'EUR', iban, ledgerAccountId: bankLedger?.id, isDefault: true },
  });
  return { t, org, owner, iban, account: created, fees };
}

const camt = (iban: string) =>
  writeCamt053({
    format: 'camt053',
    account: { iban, accountNumber: null, bankId: null },
    currency: 'EUR',
    statementId: 'S-1',
    periodFrom: '2026-04-01',
    periodTo: '2026-04-30',
    openingBalanceMinor: 0n,
    closingBalanceMinor: 99750n,
    openingDerived: false,
    lines: [
      {
        bookingDate: '2026-04-02',
        valueDate: null,
        amountMinor: 100000n,
        bankTransactionId: 'A',
        reference: null,
        counterpartyName: 'X',
        counterpartyIban: null,
        remittance: null,
        source: '',
      },
      {
        bookingDate: '2026-04-30',
        valueDate: null,
        amountMinor: -250n,
        bankTransactionId: 'B',
        reference: null,
        counterpartyName: null,
        counterpartyIban: null,
        remittance: 'Fee',
        source: '',
      },
    ],
  });

describe('banking API', () => {
  it('accounts, raw statement upload, statement view, fee booked from a line, report; rights by role', async () => {
    const { t, org, owner, iban, account, fees } = await setup();
    expect(account.status).toBe(201);
    expect(account.body).toMatchObject({ iban, isDefault: true });
    const denied = await t.request('POST', '/api/v1/banking/accounts', {
      token: org.people.auditor.token,
      body: { name: 'x', currency: 'EUR', ledgerAccountId: 'acc_x' },
    });
    expect(denied.status).toBe(403);
    const up = await t.request(
      'POST',
      `/api/v1/banking/imports?account=${account.body.id}&format=camt053&fileName=april.xml`,
      {
        token: org.people.assistant.token,
        body: camt(iban),
        headers: { 'content-type': 'application/xml' },
      },
    );
    expect(up.status).toBe(200);
    expect(up.body).toMatchObject({ imported: 2, duplicates: 0, continuity: 'ok' });
    const again = await t.request(
      'POST',
      `/api/v1/banking/imports?account=${account.body.id}&format=camt053`,
      { token: owner, body: camt(iban), headers: { 'content-type': 'application/xml' } },
    );
    expect(again.body).toMatchObject({ imported: 0, duplicates: 2 });
    const list = await t.request('GET', `/api/v1/banking/accounts/${account.body.id}/statements`, {
      token: org.people.auditor.token,
    });
    expect(list.body.items).toHaveLength(1);
    const st = await t.request('GET', `/api/v1/banking/statements/${list.body.items[0].id}`, {
      token: owner,
    });
    expect(st.body.lines.map((l: { amount: string }) => l.amount)).toEqual(['1000.00', '-2.50']);
    const fee = st.body.lines[1].id;
    const booked = await t.request('POST', `/api/v1/banking/lines/${fee}/entry`, {
      token: owner,
      body: { accountId: fees?.id },
    });
    expect(booked.status).toBe(200);
    expect(booked.body).toMatchObject({ status: 'accepted', rule: 'entry_from_line' });
    const report = await t.request('GET', `/api/v1/banking/statements/${list.body.items[0].id}/report`, {
      token: owner,
    });
    expect(report.body.totals).toMatchObject({
      lines: 2,
      matched: 1,
      unmatched: 1,
      unmatchedAmount: '1000.00',
    });
    const auto = await t.request('POST', `/api/v1/banking/accounts/${account.body.id}/auto-match`, {
      token: owner,
      body: {},
    });
    expect(auto.body).toMatchObject({ lines: 1, proposals: 0 });
    // The answers are what the contract (and so the OpenAPI document and web types) says they are.
    BankAccount.parse(account.body);
    StatementList.parse(list.body);
    StatementWithLines.parse(st.body);
    Reconciliation.parse(booked.body);
    ReconciliationReport.parse(report.body);
    AutoMatchResult.parse(auto.body);
    const undo = await t.request('POST', `/api/v1/banking/reconciliations/${booked.body.id}/undo`, {
      token: org.people.assistant.token,
      body: {},
    });
    expect(undo.status).toBe(403);
  });

  it('refuses an over-size upload with 413 without reading it all, and bad files with 422, importing nothing', async () => {
    const { t, owner, iban, account } = await setup({ maxUploadBytes: 64 * 1024 });
    let pulled = 0;
    const huge = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        if (pulled > 200 * 16) controller.close();
        else controller.enqueue(new Uint8Array(64 * 1024).fill(60));
      },
    });
    const res = await t.app.request(`/api/v1/banking/imports?account=${account.body.id}&format=camt053`, {
      method: 'POST',
      headers: { authorization: `Bearer ${owner}`, 'content-type': 'application/xml' },
      body: huge,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(pulled).toBeLessThan(10);
    const declared = await t.request(
      'POST',
      `/api/v1/banking/imports?account=${account.body.id}&format=camt053`,
      {
        token: owner,
        body: 'x',
        headers: { 'content-type': 'application/xml', 'content-length': String(200 * 1024 * 1024) },
      },
    );
    expect(declared.status).toBe(413);
    const xxe = camt(iban).replace(
      '<Document',
      '<!DOCTYPE d [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n<Document',
    );
    const bad = await t.request('POST', `/api/v1/banking/imports?account=${account.body.id}&format=camt053`, {
      token: owner,
      body: xxe,
      headers: { 'content-type': 'application/xml' },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.error.details.reason).toBe('xml_dtd_forbidden');
    const truncated = await t.request(
      'POST',
      `/api/v1/banking/imports?account=${account.body.id}&format=camt053`,
      { token: owner, body: camt(iban).slice(0, 900), headers: { 'content-type': 'application/xml' } },
    );
    expect(truncated.body.error.details.reason).toBe('xml_malformed');
    const latin = Buffer.from('Datum;Castka\n01.04.2026;1,00\n02.04.2026;\xe9\n', 'latin1');
    await t.request('PUT', `/api/v1/banking/accounts/${account.body.id}/mappings`, {
      token: owner,
      body: {
        name: 'KB',
        mapping: {
          delimiter: ';',
          headerRow: true,
          encoding: 'utf-8',
          dateFormat: 'DD.MM.YYYY',
          decimalSeparator: ',',
          thousandsSeparator: '',
          amount: { column: 'Castka' },
          bookingDate: 'Datum',
        },
      },
    });
    const enc = await t.app.request(
      `/api/v1/banking/imports?account=${account.body.id}&format=csv&mapping=KB`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${owner}`, 'content-type': 'text/csv' },
        body: latin,
      },
    );
    expect(enc.status).toBe(422);
    expect(((await enc.json()) as { error: { details: { reason: string } } }).error.details.reason).toBe(
      'bad_encoding',
    );
    const preview = await t.request('POST', `/api/v1/banking/accounts/${account.body.id}/csv-preview`, {
      token: owner,
      body: {
        content: 'Datum;Castka\n01.04.2026;1,00\n02.04.2026;2.50\n',
        mapping: {
          delimiter: ';',
          headerRow: true,
          encoding: 'utf-8',
          dateFormat: 'DD.MM.YYYY',
          decimalSeparator: ',',
          thousandsSeparator: '',
          amount: { column: 'Castka' },
          bookingDate: 'Datum',
        },
      },
    });
    expect(preview.status).toBe(422);
    expect(preview.body.error.message).toMatch(/Line 3/);
    const n = await fresh.db.query(
      `SELECT count(*)::int AS n FROM bank_statement_lines WHERE bank_account_id = $1`,
      [account.body.id],
    );
    expect(n.rows[0]?.n).toBe(0);
  });
});
