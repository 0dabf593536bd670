import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { companyIban } from '../../src/modules/banking/factories.ts';
import { createAccount, createFiscalYear } from '../../src/modules/ledger/index.ts';
import { makeOrg } from '../../src/modules/org/factories.ts';
import { shutdownOcr } from '../../src/modules/purchasing/capture/ocr.ts';
import { ensureDefaultTaxCodes } from '../../src/modules/tax/index.ts';
import { SYSTEM_ACTOR } from '../../src/platform/context.ts';
import { writeCamt053 } from '../../src/platform/formats/camt053/write.ts';
import { writeOfx } from '../../src/platform/formats/ofx/write.ts';
import type { StatementImport } from '../../src/platform/formats/statement.ts';
import { buildUbl } from '../../src/platform/formats/ubl/factories.ts';
import { writeUbl } from '../../src/platform/formats/ubl/index.ts';
import { testApp } from '../support/app.ts';
import { withFreshDatabase } from '../support/db.ts';
import { BINARY, bomb, hugeBody, LAUGHS, liarZipBomb, pngBomb, xxe } from '../support/hostile.ts';

/**
 * Issue #5 §8 "Bad input": every file-accepting path of banking (statement import: OFX, CAMT.053, CSV),
 * purchasing (capture upload + read, UBL import) and parties (CSV/XLSX import) gets hostile files — truncated XML,
 * entity bombs, XXE, 200 MB bodies, wrong encodings, mixed decimal separators, duplicate FITIDs, empty and binary
 * files, a PDF that is not one, a PNG decompression bomb. Each must answer 4xx (never 500) with a stable code and
 * a message naming the place, and write nothing: the module's rows and audit events are counted before and after.
 */
const fresh = withFreshDatabase();
afterAll(() => shutdownOcr());

const MB = 1024 * 1024;

async function setup() {
  const t = testApp(fresh.db);
  const org = await makeOrg(fresh.db, { baseCurrency: 'EUR' });
  const ctx = { actor: SYSTEM_ACTOR, companyId: org.company.id, requestId: null };
  const bankLedger = await fresh.db.tx(async (tx) => {
    await createFiscalYear(tx, ctx, 2026);
    const services = await createAccount(tx, ctx, { code: '518', name: 'Services', type: 'expense' });
    const bank = await createAccount(tx, ctx, { code: '221', name: 'Bank', type: 'asset' });
    await createAccount(tx, ctx, { code: '343', name: 'VAT', type: 'liability' });
    await ensureDefaultTaxCodes(tx, ctx, 'CZ');
    return { id: bank.id, servicesId: services.id };
  });
  const iban = companyIban('CZ');
  const owner = org.people.owner.token;
  const acc = await t.request('POST', '/api/v1/banking/accounts', {
    token: owner,
    body: { name: 'Main EUR', currency: 'EUR', iban, ledgerAccountId: bankLedger.id, isDefault: true },
  });
  expect(acc.status).toBe(201);
  const mapping = (decimalSeparator: string, thousandsSeparator: string) => ({
    delimiter: ';',
    headerRow: true,
    encoding: 'utf-8',
    dateFormat: 'DD.MM.YYYY',
    decimalSeparator,
    thousandsSeparator,
    amount: { column: 'Castka' },
    bookingDate: 'Datum',
  });
  for (const [name, m] of [
    ['CZ', mapping(',', ' ')],
    ['DOT', mapping('.', '')],
  ] as const) {
    const saved = await t.request('PUT', `/api/v1/banking/accounts/${acc.body.id}/mappings`, {
      token: owner,
      body: { name, mapping: m },
    });
    expect(saved.status).toBeLessThan(300);
  }
  return {
    t,
    org,
    owner,
    iban,
    accountId: acc.body.id as string,
    companyId: org.company.id,
    expenseAccountId: bankLedger.servicesId,
  };
}

type Env = Awaited<ReturnType<typeof setup>>;
let envPromise: Promise<Env> | null = null;
const env = () => {
  envPromise ??= setup();
  return envPromise;
};

/** Rows of every table the three modules write, and their audit events, for one company. */
async function counts(companyId: string) {
  const q = async (sql: string) => (await fresh.db.query<{ n: number }>(sql, [companyId])).rows[0]?.n ?? -1;
  return {
    statements: await q('SELECT count(*)::int AS n FROM bank_statements WHERE company_id = $1'),
    lines: await q('SELECT count(*)::int AS n FROM bank_statement_lines WHERE company_id = $1'),
    bills: await q('SELECT count(*)::int AS n FROM purchasing_bills WHERE company_id = $1'),
    billLines: await q('SELECT count(*)::int AS n FROM purchasing_bill_lines WHERE company_id = $1'),
    parties: await q('SELECT count(*)::int AS n FROM parties WHERE company_id = $1'),
    files: await q('SELECT count(*)::int AS n FROM files WHERE company_id = $1'),
    audit: await q(
      `SELECT count(*)::int AS n FROM audit_events WHERE company_id = $1
         AND (entity_type LIKE 'bank%' OR entity_type LIKE 'purchasing%' OR entity_type LIKE 'part%' OR entity_type = 'file')`,
    ),
  };
}

interface Refusal {
  status: number;
  code: string;
  message: string;
  reason?: string;
}

async function refusal(res: Response | { status: number; body: unknown }): Promise<Refusal> {
  const body = (res instanceof Response ? await res.json() : res.body) as {
    error: { code: string; message: string; details?: { reason?: string } };
  };
  return {
    status: res.status,
    code: body.error?.code,
    message: body.error?.message,
    reason: body.error?.details?.reason,
  };
}

/** POSTs a raw statement file and expects a 4xx refusal that imported nothing. */
async function refuseImport(
  format: 'ofx' | 'camt053' | 'csv',
  body: Buffer | string,
  opts: { mapping?: string; type?: string } = {},
): Promise<Refusal> {
  const { t, owner, accountId, companyId } = await env();
  const before = await counts(companyId);
  const res = await t.app.request(
    `/api/v1/banking/imports?account=${accountId}&format=${format}${opts.mapping ? `&mapping=${opts.mapping}` : ''}`,
    {
      method: 'POST',
      headers: { authorization: `Bearer ${owner}`, 'content-type': opts.type ?? 'application/octet-stream' },
      body: typeof body === 'string' ? body : new Uint8Array(body),
    },
  );
  const r = await refusal(res);
  expect(r.status, JSON.stringify(r)).toBeGreaterThanOrEqual(400);
  expect(r.status, JSON.stringify(r)).toBeLessThan(500);
  expect(r.code).toMatch(/^[a-z_]+$/);
  expect(r.message.length).toBeGreaterThan(10);
  expect(await counts(companyId)).toEqual(before);
  return r;
}

const line = (id: string, amountMinor: bigint, day = '2026-04-02') => ({
  bookingDate: day,
  valueDate: null,
  amountMinor,
  bankTransactionId: id,
  reference: null,
  counterpartyName: 'Acme',
  counterpartyIban: null,
  remittance: null,
  source: '',
});

const statement = (iban: string, lines: StatementImport['lines'], closing: bigint): StatementImport => ({
  format: 'camt053',
  account: { iban, accountNumber: null, bankId: null },
  currency: 'EUR',
  statementId: `S-${Math.random().toString(36).slice(2, 8)}`,
  periodFrom: '2026-04-01',
  periodTo: '2026-04-30',
  openingBalanceMinor: 0n,
  closingBalanceMinor: closing,
  openingDerived: false,
  lines,
});

const camt = (iban: string) => writeCamt053(statement(iban, [line('A', 100000n), line('B', -250n)], 99750n));

/** Sends a 200 MB streamed body and expects a 413 before most of it was read, with little memory growth. */
async function refuseHuge(path: string, headers: Record<string, string>) {
  const { t, owner, companyId } = await env();
  const before = await counts(companyId);
  const { stream, state } = hugeBody(200 * MB);
  global.gc?.();
  const rss0 = process.memoryUsage().rss;
  const res = await t.app.request(path, {
    method: 'POST',
    headers: { authorization: `Bearer ${owner}`, ...headers },
    body: stream,
    duplex: 'half',
  } as RequestInit);
  const grown = process.memoryUsage().rss - rss0;
  const r = await refusal(res);
  expect(r.status, JSON.stringify(r)).toBe(413);
  expect(r.code).toBe('payload_too_large');
  // The default limits are 10 MB (files, statements) and 1 MB (JSON): the reader stops just past them.
  expect(state.pulled).toBeLessThan(20);
  expect(grown).toBeLessThan(100 * MB);
  expect(await counts(companyId)).toEqual(before);
  return { r, pulled: state.pulled, grown };
}

describe('hostile files: banking statement import (OFX, CAMT.053, CSV)', () => {
  it('CAMT.053: truncated mid-element, billion laughs, XXE, UTF-16, empty, binary — 422 naming the place, nothing imported', async () => {
    const { iban } = await env();
    const xml = camt(iban);
    const cut = xml.slice(0, xml.indexOf('<Ntry>') + 40);
    const truncated = await refuseImport('camt053', cut, { type: 'application/xml' });
    expect(truncated).toMatchObject({ status: 422, reason: 'xml_malformed' });
    expect(truncated.message).toMatch(/line \d+/i);
    const laughs = await refuseImport('camt053', bomb(xml, 'Document'), { type: 'application/xml' });
    expect(laughs).toMatchObject({ status: 422, reason: 'xml_dtd_forbidden' });
    const passwd = await refuseImport('camt053', xxe(xml, 'Document'), { type: 'application/xml' });
    expect(passwd).toMatchObject({ status: 422, reason: 'xml_dtd_forbidden' });
    expect(passwd.message).not.toMatch(/root:/);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]);
    const wide = await refuseImport('camt053', utf16, { type: 'application/xml' });
    expect(wide.status).toBe(422);
    const empty = await refuseImport('camt053', '', { type: 'application/xml' });
    expect(empty.status).toBe(422);
    const binary = await refuseImport('camt053', BINARY, { type: 'application/xml' });
    expect(binary.status).toBe(422);
  });

  it('OFX: duplicate FITID names both lines; truncated, XXE, empty, binary refused; nothing imported', async () => {
    const { iban } = await env();
    const st = { ...statement(iban, [line('F1', 1000n), line('F2', 2000n)], 3000n), format: 'ofx' as const };
    const ofx = writeOfx(st).replace('<FITID>F2', '<FITID>F1');
    const dup = await refuseImport('ofx', ofx);
    expect(dup).toMatchObject({ status: 422, reason: 'duplicate_fitid' });
    expect(dup.message).toMatch(/FITID F1 twice: at line \d+ and at line \d+/);
    const good = writeOfx(st);
    const truncated = await refuseImport('ofx', good.slice(0, good.indexOf('<TRNAMT>') + 8));
    expect(truncated.status).toBe(422);
    const xmlOfx = `<?xml version="1.0"?>\n<!DOCTYPE d [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n<?OFX OFXHEADER="200" VERSION="220"?>\n<OFX>&e;</OFX>`;
    const passwd = await refuseImport('ofx', xmlOfx);
    expect(passwd.status).toBe(422);
    expect(passwd.message).not.toMatch(/root:/);
    const laughs = await refuseImport('ofx', `${LAUGHS}\n<OFX>&lol9;</OFX>`);
    expect(laughs.status).toBe(422);
    expect((await refuseImport('ofx', '')).status).toBe(422);
    expect((await refuseImport('ofx', BINARY)).status).toBe(422);
  });

  it('CSV: windows-1250 as UTF-8, UTF-16, mixed decimal separators, empty, binary — 422 naming the line', async () => {
    // "Příjem" in windows-1250: ř = 0xF8, í = 0xED — not UTF-8.
    const cp1250 = Buffer.concat([
      Buffer.from('Datum;Castka;Popis\n01.04.2026;1 000,00;ok\n02.04.2026;5,00;P'),
      Buffer.from([0xf8, 0xed]),
      Buffer.from('jem\n'),
    ]);
    const enc = await refuseImport('csv', cp1250, { mapping: 'CZ', type: 'text/csv' });
    expect(enc).toMatchObject({ status: 422, reason: 'bad_encoding' });
    expect(enc.message).toMatch(/line 3/i);
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('Datum;Castka\n01.04.2026;1,00\n', 'utf16le'),
    ]);
    const wide = await refuseImport('csv', utf16, { mapping: 'CZ', type: 'text/csv' });
    expect(wide.status).toBe(422);
    const mixed = await refuseImport('csv', 'Datum;Castka\n01.04.2026;1,00\n02.04.2026;2.50\n', {
      mapping: 'CZ',
      type: 'text/csv',
    });
    expect(mixed.status).toBe(422);
    expect(mixed.message).toMatch(/line 3/i);
    const mixedDot = await refuseImport('csv', 'Datum;Castka\n01.04.2026;1.00\n02.04.2026;2,50\n', {
      mapping: 'DOT',
      type: 'text/csv',
    });
    expect(mixedDot.message).toMatch(/line 3/i);
    expect((await refuseImport('csv', '', { mapping: 'CZ', type: 'text/csv' })).status).toBe(422);
    expect((await refuseImport('csv', BINARY, { mapping: 'CZ', type: 'text/csv' })).status).toBe(422);
  });

  it('amounts in a foreign shape inside OFX and CAMT.053 are refused naming the element, never guessed', async () => {
    const { iban } = await env();
    const ofxSt = { ...statement(iban, [line('M1', 150n), line('M2', 250n)], 400n), format: 'ofx' as const };
    const ofx = writeOfx(ofxSt);
    const mixed = await refuseImport(
      'ofx',
      ofx.replace('<TRNAMT>1.50', '<TRNAMT>1,50').replace('<TRNAMT>2.50', '<TRNAMT>1,234.50'),
    );
    expect(mixed.status).toBe(422);
    expect(mixed.message).toMatch(/line \d+|TRNAMT/);
    const exp = await refuseImport('ofx', ofx.replace('<TRNAMT>1.50', '<TRNAMT>1.5e2'));
    expect(exp.message).toMatch(/line \d+|TRNAMT/);
    const xml = writeCamt053(statement(iban, [line('K1', 123456n)], 123456n));
    const spaced = await refuseImport('camt053', xml.replace(/>1234\.56</, '>1 234,56<'), {
      type: 'application/xml',
    });
    expect(spaced.message).toMatch(/Amt|line \d+/);
  });

  it('a 200 MB statement is refused with 413 before it is read, with or without Content-Length or Idempotency-Key', async () => {
    const { accountId } = await env();
    const path = `/api/v1/banking/imports?account=${accountId}&format=camt053`;
    await refuseHuge(path, { 'content-type': 'application/xml' });
    await refuseHuge(path, { 'content-type': 'application/xml', 'idempotency-key': 'huge-statement-1' });
    await refuseHuge(path, { 'content-type': 'application/xml', 'content-length': String(200 * MB) });
  });

  it('amounts never pass through floats: 0.10 + 0.20, 999 999 999 999.99 and "1 234,56" round-trip exactly', async () => {
    const { t, owner, iban, accountId } = await env();
    const amounts = [10n, 20n, -30n, 99999999999999n, -99999999999999n, 123456n, 1n];
    const expected = ['0.10', '0.20', '-0.30', '999999999999.99', '-999999999999.99', '1234.56', '0.01'];
    const sum = amounts.reduce((a, b) => a + b, 0n);
    const upload = async (format: string, body: string, mapping?: string) => {
      const res = await t.request(
        'POST',
        `/api/v1/banking/imports?account=${accountId}&format=${format}${mapping ? `&mapping=${mapping}` : ''}`,
        { token: owner, body, headers: { 'content-type': 'text/plain' } },
      );
      expect(res.status, res.text).toBe(200);
      expect(res.body.imported).toBe(amounts.length);
      const id = res.body.statements[0].id;
      const st = await t.request('GET', `/api/v1/banking/statements/${id}`, { token: owner });
      return st.body.lines.map((l: { amount: string }) => l.amount);
    };
    const days = [
      '2026-05-01',
      '2026-05-02',
      '2026-05-03',
      '2026-05-04',
      '2026-05-05',
      '2026-05-06',
      '2026-05-07',
    ];
    const lines = (prefix: string) => amounts.map((a, i) => line(`${prefix}${i}`, a, days[i]));
    const camtSt = statement(iban, lines('C'), sum);
    expect(await upload('camt053', writeCamt053(camtSt))).toEqual(expected);
    const ofxSt = { ...statement(iban, lines('O'), sum), format: 'ofx' as const };
    expect(await upload('ofx', writeOfx(ofxSt))).toEqual(expected);
    const czech = ['0,10', '0,20', '-0,30', '999 999 999 999,99', '-999 999 999 999,99', '1 234,56', '0,01'];
    const csv = `Datum;Castka\n${czech.map((c, i) => `${(days[i] as string).split('-').reverse().join('.')};${c}`).join('\n')}\n`;
    expect(await upload('csv', csv, 'CZ')).toEqual(expected);
  });
});

describe('hostile files: purchasing (capture upload and read, UBL import)', () => {
  const ubl = writeUbl(
    buildUbl({
      number: 'UBL-HOSTILE-1',
      currency: 'EUR',
      seller: {
        name: 'Tiskárna Morava a.s.',
        vatId: 'CZ99887766',
        endpoint: { scheme: '9929', id: 'CZ99887766' },
      },
      lines: [{ name: 'Letáky A5', quantity: '1000', price: '2.5', category: 'S', percent: '21' }],
    }),
  );

  async function refuseUbl(xml: string): Promise<Refusal> {
    const { t, owner, companyId, expenseAccountId } = await env();
    const before = await counts(companyId);
    const res = await t.request('POST', '/api/v1/purchasing/ubl-imports', {
      token: owner,
      body: { xml, createVendor: true, accountId: expenseAccountId },
    });
    const r = await refusal(res);
    expect(r.status, JSON.stringify(r)).toBeGreaterThanOrEqual(400);
    expect(r.status, JSON.stringify(r)).toBeLessThan(500);
    expect(r.message.length).toBeGreaterThan(10);
    expect(await counts(companyId)).toEqual(before);
    return r;
  }

  it('UBL: truncated, billion laughs, XXE, empty, binary — 422 naming the place, no bill and no vendor', async () => {
    const truncated = await refuseUbl(ubl.slice(0, ubl.indexOf('<cac:InvoiceLine>') + 30));
    expect(truncated).toMatchObject({ status: 422, reason: 'xml_malformed' });
    expect(truncated.message).toMatch(/line \d+/i);
    expect(await refuseUbl(bomb(ubl, 'Invoice'))).toMatchObject({ status: 422, reason: 'xml_dtd_forbidden' });
    const passwd = await refuseUbl(xxe(ubl, 'Invoice'));
    expect(passwd).toMatchObject({ status: 422, reason: 'xml_dtd_forbidden' });
    expect(passwd.message).not.toMatch(/root:/);
    expect((await refuseUbl('')).code).toBe('validation');
    expect((await refuseUbl(BINARY.toString('latin1'))).status).toBe(422);
    expect((await refuseUbl('<Invoice xmlns="urn:wrong"/>')).status).toBe(422);
    const comma = await refuseUbl(
      ubl.replace(/(<cbc:PayableAmount[^>]*>)[^<]+/, (_m, open: string) => `${open}3 025,00`),
    );
    expect(comma.message).toMatch(/PayableAmount/);
    // Positive control: the untouched document imports, so every refusal above was the hostile part's doing.
    const { t, owner, companyId, expenseAccountId } = await env();
    const before = await counts(companyId);
    const ok = await t.request('POST', '/api/v1/purchasing/ubl-imports', {
      token: owner,
      body: { xml: ubl, createVendor: true, accountId: expenseAccountId },
    });
    expect(ok.status, ok.text).toBe(201);
    const after = await counts(companyId);
    expect(after.bills).toBe(before.bills + 1);
    expect(after.parties).toBe(before.parties + 1);
  });

  it('UBL: a 200 MB JSON body is refused with 413 before it is read', async () => {
    await refuseHuge('/api/v1/purchasing/ubl-imports', { 'content-type': 'application/json' });
  });

  async function capture() {
    const { t, owner } = await env();
    const res = await t.request('POST', '/api/v1/purchasing/captures', {
      token: owner,
      body: { fileName: 'bill.pdf' },
    });
    expect(res.status, res.text).toBe(201);
    return res.body.id as string;
  }

  const uploadTo = async (id: string, bytes: Uint8Array, name: string, type: string) => {
    const { t, owner } = await env();
    return t.app.request(`/api/v1/files?entityType=purchasing_capture&entityId=${id}&name=${name}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${owner}`, 'content-type': type },
      body: Buffer.from(bytes),
    });
  };

  it('capture: binary and empty "PDFs" are refused at upload; a text file cannot be read as a bill', async () => {
    const { t, owner, companyId } = await env();
    const id = await capture();
    const before = await counts(companyId);
    const bin = await refusal(
      await uploadTo(id, new Uint8Array(BINARY.subarray(8)), 'bill.pdf', 'application/pdf'),
    );
    expect(bin).toMatchObject({ status: 415, code: 'unsupported_media_type' });
    const empty = await refusal(await uploadTo(id, new Uint8Array(0), 'bill.pdf', 'application/pdf'));
    expect(empty.status).toBeGreaterThanOrEqual(400);
    expect(empty.status).toBeLessThan(500);
    expect(await counts(companyId)).toEqual(before);
    const text = await uploadTo(
      id,
      new TextEncoder().encode('not a bill at all'),
      'bill.pdf',
      'application/pdf',
    );
    expect(text.status).toBe(201);
    const afterText = await counts(companyId);
    const read = await t.request('POST', `/api/v1/purchasing/captures/${id}/read`, {
      token: owner,
      body: {},
    });
    expect(read.status).toBe(422);
    expect(read.body.error.details.reason).toBe('unsupported_document');
    expect(read.body.error.message).toMatch(/PDF, PNG or JPEG/);
    expect(await counts(companyId)).toEqual(afterText);
  });

  it('capture: a PDF that is not a PDF and a PNG decompression bomb fail with a clear message, no bill', async () => {
    const { t, owner, companyId } = await env();
    const fake = await capture();
    const up = await uploadTo(
      fake,
      new TextEncoder().encode('%PDF-1.7\nthis is not really a pdf\n'),
      'bill.pdf',
      'application/pdf',
    );
    expect(up.status).toBe(201);
    const bills0 = (await counts(companyId)).bills;
    const read = await t.request('POST', `/api/v1/purchasing/captures/${fake}/read`, {
      token: owner,
      body: {},
    });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ status: 'failed' });
    expect(read.body.error).toMatch(/PDF could not be read/);

    // IHDR 100000 × 100000 RGBA: 40 GB decoded, from a few dozen bytes.
    const bomb = pngBomb(100_000, 100_000);
    const big = await capture();
    expect((await uploadTo(big, bomb, 'photo.png', 'image/png')).status).toBe(201);
    const started = Date.now();
    const rss0 = process.memoryUsage().rss;
    const readBomb = await t.request('POST', `/api/v1/purchasing/captures/${big}/read`, {
      token: owner,
      body: {},
    });
    expect(readBomb.status).toBe(200);
    expect(readBomb.body).toMatchObject({ status: 'failed' });
    expect(readBomb.body.error).toMatch(/100000 × 100000/);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(process.memoryUsage().rss - rss0).toBeLessThan(100 * MB);
    expect((await counts(companyId)).bills).toBe(bills0);
  });

  it('capture upload: a 200 MB file is refused with 413 before it is read (also with an Idempotency-Key)', async () => {
    const id = await capture();
    const path = `/api/v1/files?entityType=purchasing_capture&entityId=${id}&name=huge.pdf`;
    await refuseHuge(path, { 'content-type': 'application/pdf' });
    await refuseHuge(path, { 'content-type': 'application/pdf', 'idempotency-key': 'huge-capture-1' });
  });
});

describe('hostile files: parties import (CSV, XLSX)', () => {
  async function refuseParties(format: 'csv' | 'xlsx', content: string): Promise<Refusal> {
    const { t, owner, companyId } = await env();
    const before = await counts(companyId);
    const res = await t.request('POST', '/api/v1/parties/import', {
      token: owner,
      body: { format, content },
    });
    const r = await refusal(res);
    expect(r.status, JSON.stringify(r)).toBeGreaterThanOrEqual(400);
    expect(r.status, JSON.stringify(r)).toBeLessThan(500);
    expect(r.message.length).toBeGreaterThan(10);
    expect(await counts(companyId)).toEqual(before);
    return r;
  }

  it('CSV: empty, binary, mis-decoded windows-1250 (U+FFFD), an error on line 3 — 422, no party written', async () => {
    expect((await refuseParties('csv', '')).status).toBe(422);
    expect((await refuseParties('csv', BINARY.toString('latin1'))).status).toBe(422);
    const mojibake = await refuseParties(
      'csv',
      'code;legal_name;role\nC1;Ok s.r.o.;customer\nC2;P\uFFFD\uFFFDjem a.s.;vendor\n',
    );
    expect(mojibake.message).toMatch(/line 3/i);
    const noName = await refuseParties('csv', 'code,role\nC1,customer\n');
    expect(noName.message).toMatch(/problem/);
    const { t, owner } = await env();
    const badRole = await t.request('POST', '/api/v1/parties/import', {
      token: owner,
      body: { format: 'csv', content: 'code;legal_name;role\nC1;Ok s.r.o.;customer\nC2;Two;nobody\n' },
    });
    expect(badRole.status).toBe(422);
    expect(badRole.body.error.details.errors).toEqual([
      expect.objectContaining({ line: 3, column: 'role', message: expect.stringMatching(/nobody/) }),
    ]);
    // Positive control: the same file with a valid role imports both rows.
    const before = await counts((await env()).companyId);
    const ok = await t.request('POST', '/api/v1/parties/import', {
      token: owner,
      body: {
        format: 'csv',
        content: 'code;legal_name;role\nC1;Ok s.r.o.;customer\nC2;Příjem a.s.;vendor\n',
      },
    });
    expect(ok.status, ok.text).toBe(200);
    expect((await counts((await env()).companyId)).parties).toBe(before.parties + 2);
  });

  it('XLSX: not a workbook, a ZIP that is not XLSX, empty — 422; a 200 MB body is 413', async () => {
    expect((await refuseParties('xlsx', BINARY.toString('base64'))).message).toMatch(/XLSX/);
    const zip = Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]);
    expect((await refuseParties('xlsx', zip.toString('base64'))).status).toBe(422);
    expect((await refuseParties('xlsx', '')).status).toBe(422);
    // A zip bomb: a real workbook whose sheet entry declares 2 GB unpacked — refused before exceljs inflates it.
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Parties').addRow(['code', 'legal_name', 'role']);
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    const eocd = xlsx.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    let cd = xlsx.readUInt32LE(eocd + 16);
    while (
      xlsx.toString('latin1', cd + 46, cd + 46 + xlsx.readUInt16LE(cd + 28)) !== 'xl/worksheets/sheet1.xml'
    )
      cd += 46 + xlsx.readUInt16LE(cd + 28) + xlsx.readUInt16LE(cd + 30) + xlsx.readUInt16LE(cd + 32);
    xlsx.writeUInt32LE(0x7fffffff, cd + 24);
    const zipBomb = await refuseParties('xlsx', xlsx.toString('base64'));
    expect(zipBomb).toMatchObject({ status: 422, reason: 'xlsx_too_large' });
    const liar = liarZipBomb(80);
    expect(liar.length).toBeLessThan(700 * 1024);
    const started = Date.now();
    const liarBomb = await refuseParties('xlsx', liar.toString('base64'));
    expect(liarBomb).toMatchObject({ status: 422, reason: 'xlsx_too_large' });
    expect(Date.now() - started).toBeLessThan(10_000);
    await refuseHuge('/api/v1/parties/import', { 'content-type': 'application/json' });
  });
});
