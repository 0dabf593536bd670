import { beforeAll, describe, expect, it } from 'vitest';
import { makeBankAccount } from '../../src/modules/banking/factories.ts';
import { makePerson, type PersonFixture } from '../../src/modules/org/factories.ts';
import { makePurchasing, type PurchasingFixture } from '../../src/modules/purchasing/factories.ts';
import { makeSales, type SalesFixture } from '../../src/modules/sales/factories.ts';
import { type TestApp, type TestResponse, testApp } from '../support/app.ts';
import { withFreshDatabase } from '../support/db.ts';

/**
 * Issue #9 item 9: inputs beyond what a bigint column holds are a 422 with a stable code, never a 500, and a
 * foreign-currency line whose base amount overflows fails when it is submitted. LIKE patterns are escaped.
 */

const fresh = withFreshDatabase();
let t: TestApp;
let s: SalesFixture;
let p: PurchasingFixture;
let seller: PersonFixture;
let buyer: PersonFixture;

beforeAll(async () => {
  t = testApp(fresh.db);
  s = await makeSales(fresh.db);
  p = await makePurchasing(fresh.db);
  seller = await makePerson(fresh.db, s.companyId, { role: 'owner' });
  buyer = await makePerson(fresh.db, p.companyId, { role: 'owner' });
});

function expect422(res: TestResponse, what: string) {
  expect(res.status, `${what}: ${res.text.slice(0, 300)}`).toBe(422);
  expect(res.body.error.code, what).toBe('validation');
}

describe('numbers beyond int64', () => {
  it('invoice quantity × price', async () => {
    for (const [quantity, unitPrice] of [
      ['999999999999999', '999999999999999'],
      ['99999999999999999', '1'],
      ['1', '9223372036854775807'],
      ['1e400', '1'],
      ['NaN', '1'],
    ]) {
      const res = await t.request('POST', '/api/v1/sales/invoices', {
        token: seller.token,
        body: {
          partyId: s.customer.id,
          issueDate: '2026-03-10',
          lines: [{ description: 'Big', quantity, unit: 'C62', unitPrice, taxCode: 'S21' }],
        },
      });
      expect422(res, `invoice ${quantity} × ${unitPrice}`);
    }
  });

  it('bill quantity × price', async () => {
    const res = await t.request('POST', '/api/v1/purchasing/bills', {
      token: buyer.token,
      body: {
        vendorId: p.vendor.id,
        vendorInvoiceNumber: 'HUGE-1',
        issueDate: '2026-03-02',
        lines: [
          {
            description: 'Big',
            accountId: p.accounts.supplies.id,
            taxCode: 'S21',
            quantity: '999999999999999',
            unitPrice: '999999999999999',
          },
        ],
      },
    });
    expect422(res, 'bill');
    expect(res.body.error.details.reason).toBe('out_of_range');
  });

  it("a party's credit limit", async () => {
    for (const creditLimit of ['99999999999999999', '9223372036854775807', '1e308', '-0.001']) {
      const res = await t.request('POST', '/api/v1/parties', {
        token: seller.token,
        body: { legalName: `Limit ${creditLimit}`, customer: true, currency: 'CZK', creditLimit },
      });
      expect(res.status, `${creditLimit}: ${res.text}`).toBeLessThan(500);
      if (creditLimit !== '-0.001') expect422(res, `credit limit ${creditLimit}`);
    }
  });

  it('a 17-digit OFX amount', async () => {
    const bank = await makeBankAccount(fresh.db, s.companyId, {
      currency: 'EUR',
      iban: 'DE89370400440532013000',
      ctx: s.ctx,
    });
    const head =
      'OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nSECURITY:NONE\nENCODING:USASCII\nCHARSET:1252\nCOMPRESSION:NONE\nOLDFILEUID:NONE\nNEWFILEUID:NONE\n\n';
    for (const amount of ['12345678901234567.00', '99999999999999999', '9223372036854775807']) {
      const ofx = `${head}<OFX>\n<BANKMSGSRSV1>\n<STMTTRNRS>\n<STMTRS>\n<CURDEF>EUR\n<BANKACCTFROM>\n<BANKID>1234\n<ACCTID>DE89370400440532013000\n<ACCTTYPE>CHECKING\n</BANKACCTFROM>\n<BANKTRANLIST>\n<DTSTART>20260101\n<DTEND>20260131\n<STMTTRN>\n<TRNTYPE>CREDIT\n<DTPOSTED>20260105\n<TRNAMT>${amount}\n<FITID>F1\n<NAME>Huge\n</STMTTRN>\n</BANKTRANLIST>\n<LEDGERBAL>\n<BALAMT>1000.00\n<DTASOF>20260131\n</LEDGERBAL>\n</STMTRS>\n</STMTTRNRS>\n</BANKMSGSRSV1>\n</OFX>\n`;
      const res = await t.request('POST', `/api/v1/banking/imports?account=${bank.id}&format=ofx`, {
        token: seller.token,
        body: ofx,
        headers: { 'content-type': 'application/octet-stream' },
      });
      expect422(res, `OFX ${amount}`);
    }
  });

  it('a foreign-currency ledger line with a huge rate fails at submission', async () => {
    const res = await t.request('POST', '/api/v1/ledger/entries', {
      token: seller.token,
      body: {
        date: '2026-03-10',
        description: 'Huge rate',
        lines: [
          {
            account: s.accounts.receivable.code,
            debit: '999999999999.00',
            currency: 'EUR',
            rate: '999999999999',
          },
          {
            account: s.accounts.sales.code,
            credit: '999999999999.00',
            currency: 'EUR',
            rate: '999999999999',
          },
        ],
      },
    });
    // A draft is not checked yet; submitting it for approval, or posting it, is — before any request is made.
    expect(res.status, res.text).toBe(201);
    for (const step of ['submit', 'post']) {
      const sent = await t.request('POST', `/api/v1/ledger/entries/${res.body.id}/${step}`, {
        token: seller.token,
      });
      expect422(sent, `huge rate ${step}`);
      expect(sent.body.error.details.reason).toBe('out_of_range');
    }
    const draft = await t.request('GET', `/api/v1/ledger/entries/${res.body.id}`, { token: seller.token });
    expect(draft.body.status).toBe('draft');
  });
});

describe('LIKE patterns', () => {
  it('a backslash, percent or underscore in a filter or search is never a 500', async () => {
    for (const q of ['\\', '%', '_', '50%_\\', '\\\\%']) {
      for (const path of [
        `/api/v1/audit?actor=${encodeURIComponent(q)}`,
        `/api/v1/people?q=${encodeURIComponent(q)}`,
        `/api/v1/departments?q=${encodeURIComponent(q)}`,
        `/api/v1/parties?q=${encodeURIComponent(q)}`,
        `/api/v1/sales/invoices?q=${encodeURIComponent(q)}`,
        `/api/v1/ledger/entries?q=${encodeURIComponent(q)}`,
      ]) {
        const res = await t.request('GET', path, { token: seller.token });
        expect(res.status, `${path}: ${res.text.slice(0, 200)}`).toBe(200);
      }
    }
    // `%` is a plain character, not "anything": it finds nothing here.
    const all = await t.request('GET', '/api/v1/parties?q=%25', { token: seller.token });
    expect(all.body.items).toEqual([]);
  });
});
