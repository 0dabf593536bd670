import { describe, expect, it } from 'vitest';
import { testApp } from '../../../test/support/app.ts';
import { withFreshDatabase } from '../../../test/support/db.ts';
import { makeCompany } from '../org/factories.ts';
import { IMPORT_COLUMNS } from './service/io.ts';

const fresh = withFreshDatabase();

describe('parties import template', () => {
  it('lists every column the import reads, and its example row imports cleanly', async () => {
    const t = testApp(fresh.db);
    const { owner } = await makeCompany(fresh.db, { baseCurrency: 'USD' });
    const res = await t.request('GET', '/api/v1/parties/import-template', { token: owner.token });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const csv = res.bytes.toString('utf8');
    const [header, example] = csv.trim().split('\n');
    expect(header).toBe(IMPORT_COLUMNS.join(','));
    expect(example).toContain('Example Customer Ltd');
    const dry = await t.request('POST', '/api/v1/parties/import', {
      token: owner.token,
      body: { format: 'csv', content: csv, dryRun: true },
    });
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ dryRun: true, rows: 1, created: 1, errors: [] });
  });
});
