import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testApp } from '../../../test/support/app.ts';
import { withFreshDatabase } from '../../../test/support/db.ts';
import { makeCompany } from '../org/factories.ts';

const fresh = withFreshDatabase();
const dir = mkdtempSync(join(tmpdir(), 'steward-report-pdf-'));

function text(pdf: Uint8Array, name: string): string {
  const file = join(dir, name);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

describe('ledger report PDFs (?format=pdf)', () => {
  it('print company, report, period and printed-on above the rows, in the reader language', async () => {
    const t = testApp(fresh.db);
    const f = await makeCompany(fresh.db);
    const today = new Date().toISOString().slice(0, 10);
    for (const [path, title] of [
      ['/api/v1/ledger/reports/trial-balance?asOf=2026-12-31&format=pdf', 'Trial balance'],
      ['/api/v1/ledger/reports/balance-sheet?asOf=2026-12-31&format=pdf', 'Balance sheet'],
      [
        '/api/v1/ledger/reports/income-statement?from=2026-01-01&to=2026-12-31&format=pdf',
        'Income statement',
      ],
    ] as const) {
      const res = await t.request('GET', path, { token: f.owner.token });
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      const pdf = text(res.bytes, `${title}.pdf`);
      expect(pdf).toContain(title);
      expect(pdf).toContain(f.company.legalName);
      expect(pdf).toContain(`Printed on ${today}`);
      expect(pdf).toContain('2026-');
    }
    const cs = await t.request('GET', '/api/v1/ledger/reports/trial-balance?asOf=2026-12-31&format=pdf', {
      token: f.owner.token,
      headers: { 'accept-language': 'cs' },
    });
    const csText = text(cs.bytes, 'cs.pdf');
    expect(csText).toContain('Předvaha');
    expect(csText).toContain('Vytištěno');
  });
});
