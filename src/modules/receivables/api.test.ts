import { describe, expect, it } from 'vitest';
import { testApp } from '../../../test/support/app.ts';
import { issueInvoices } from '../../../test/support/compose.ts';
import { withFreshDatabase } from '../../../test/support/db.ts';
import { makePerson } from '../org/factories.ts';
import { makeDraft, makeSales } from '../sales/factories.ts';
import { AgingReport, CashForecast, CustomerStatement, DunningProposal, DunningSent } from './index.ts';

const fresh = withFreshDatabase();

describe('receivables API', () => {
  it('AR aging JSON and CSV, forecast, statement PDF and e-mail, dunning proposal and send, access', async () => {
    const t = testApp(fresh.db);
    const f = await makeSales(fresh.db);
    const manager = await makePerson(fresh.db, f.companyId, { role: 'manager' });
    const auditor = await makePerson(fresh.db, f.companyId, { role: 'auditor' });
    const a = await makeDraft(fresh.db, f, { issueDate: '2026-01-05', dueDate: '2026-01-19' });
    await fresh.db.tx((tx) => issueInvoices(tx, f.ctx, [a.id]));
    const token = manager.token;

    const aging = await t.request('GET', '/api/v1/reports/ar-aging?asOf=2026-04-01', { token });
    expect(aging.status).toBe(200);
    expect(aging.body.rows[0]).toMatchObject({
      partyName: 'Acme Trading s.r.o.',
      total: '18855.40',
      totalMinor: '1885540',
    });
    expect(aging.body.rows[0].documents[0]).toMatchObject({ bucket: '61-90', daysPastDue: 72 });
    const csv = await t.request('GET', '/api/v1/reports/ar-aging?asOf=2026-04-01&format=csv&buckets=30,60', {
      token,
    });
    expect(csv.text.split('\n').slice(0, 2)).toEqual([
      'party,currency,current,1-30,31-60,over-60,total',
      'Acme Trading s.r.o.,CZK,0.00,0.00,0.00,18855.40,18855.40',
    ]);
    const ap = await t.request('GET', '/api/v1/reports/ap-aging?asOf=2026-04-01', { token });
    expect(ap.status).toBe(200);
    expect(ap.body).toMatchObject({ side: 'ap', rows: [], totals: [] });
    const bad = await t.request('GET', '/api/v1/reports/ar-aging?asOf=2026-04-01&buckets=60,30', { token });
    expect(bad.status).toBe(422);
    expect(bad.body.error.details.field).toBe('buckets');

    const forecast = await t.request(
      'GET',
      '/api/v1/reports/cash-forecast?asOf=2026-04-01&currency=CZK&weeks=2',
      {
        token,
      },
    );
    expect(forecast.body.series.map((w: { inflow: string }) => w.inflow)).toEqual(['18855.40', '0.00']);

    const pdf = await t.request(
      'GET',
      `/api/v1/parties/${f.customer.id}/statement?asOf=2026-04-01&format=pdf`,
      {
        token: auditor.token,
      },
    );
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const mailDenied = await t.request('POST', `/api/v1/parties/${f.customer.id}/statement/email`, {
      token: auditor.token,
      body: { asOf: '2026-04-01' },
    });
    expect(mailDenied.status).toBe(403);
    const mail = await t.request('POST', `/api/v1/parties/${f.customer.id}/statement/email`, {
      token,
      body: { asOf: '2026-04-01' },
    });
    expect(mail.body.to).toBe('billing@acme.example');

    const proposal = await t.request('GET', '/api/v1/dunning/proposal?asOf=2026-04-01', {
      token: auditor.token,
    });
    expect(proposal.body.items[0]).toMatchObject({ level: 3, overdue: '18855.40', fee: null });
    const withFees = await t.request(
      'GET',
      '/api/v1/dunning/proposal?asOf=2026-04-01&levels=1,60:150.00,90',
      {
        token: auditor.token,
      },
    );
    expect(withFees.body.items[0]).toMatchObject({ level: 2, fee: '150.00' });
    const badLevels = await t.request('GET', '/api/v1/dunning/proposal?asOf=2026-04-01&levels=1,x', {
      token,
    });
    expect(badLevels.status).toBe(422);
    const sendDenied = await t.request('POST', '/api/v1/dunning/send', {
      token: auditor.token,
      body: { asOf: '2026-04-01' },
    });
    expect(sendDenied.status).toBe(403);
    const sent = await t.request('POST', '/api/v1/dunning/send', { token, body: { asOf: '2026-04-01' } });
    expect(sent.status).toBe(200);
    expect(sent.body.sent).toHaveLength(1);
  });

  it('every route declares a typed response in the OpenAPI document, and the answers match it', async () => {
    const t = testApp(fresh.db);
    const f = await makeSales(fresh.db);
    const a = await makeDraft(fresh.db, f, { issueDate: '2026-01-05', dueDate: '2026-01-19' });
    await fresh.db.tx((tx) => issueInvoices(tx, f.ctx, [a.id]));
    const token = (await makePerson(fresh.db, f.companyId, { role: 'manager' })).token;

    const doc = (await t.request('GET', '/api/v1/openapi.json')).body;
    const operations: [string, string][] = [
      ['/reports/ar-aging', 'get'],
      ['/reports/ap-aging', 'get'],
      ['/reports/cash-forecast', 'get'],
      ['/parties/{id}/statement', 'get'],
      ['/parties/{id}/statement/email', 'post'],
      ['/dunning/proposal', 'get'],
      ['/dunning/send', 'post'],
    ];
    for (const [path, method] of operations) {
      const op = doc.paths[path]?.[method] ?? doc.paths[`/api/v1${path}`]?.[method];
      expect(op, `${method} ${path}`).toBeTruthy();
      const schema = op.responses['200'].content['application/json'].schema;
      // z.any() documents as {}: a typed response names a component or declares its properties.
      expect(schema.$ref ?? schema.properties, `${method} ${path}`).toBeTruthy();
    }
    // The statement's party is the parties module's Party (no open-ended object), and its PDF is documented.
    const statement = doc.paths['/parties/{id}/statement'].get.responses['200'].content;
    expect(doc.components.schemas.CustomerStatement.properties.party).toEqual({
      $ref: '#/components/schemas/Party',
    });
    expect(statement['application/pdf'].schema).toMatchObject({ type: 'string', format: 'binary' });
    expect(doc.paths['/reports/ar-aging'].get.responses['200'].content['text/csv']).toBeTruthy();

    const get = async (path: string) => (await t.request('GET', `/api/v1${path}`, { token })).body;
    AgingReport.parse(await get('/reports/ar-aging?asOf=2026-04-01'));
    AgingReport.parse(await get('/reports/ap-aging?asOf=2026-04-01'));
    CashForecast.parse(await get('/reports/cash-forecast?asOf=2026-04-01&currency=CZK&weeks=2'));
    CustomerStatement.parse(await get(`/parties/${f.customer.id}/statement?asOf=2026-04-01`));
    const proposal = DunningProposal.parse(await get('/dunning/proposal?asOf=2026-04-01'));
    expect(proposal.items).toHaveLength(1);
    const sent = await t.request('POST', '/api/v1/dunning/send', { token, body: { asOf: '2026-04-01' } });
    expect(DunningSent.parse(sent.body).sent).toHaveLength(1);
  });
});
