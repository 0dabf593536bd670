import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../../../test/support/shared-dir.ts';
import type { AppError } from '../../../kernel/errors.ts';
import { checkPain001, isValidIban, type Pain001Message, toSepaText, writePain001 } from './pain001.ts';

const EPC = sharedPath('fixtures', 'iso20022', 'epc');
const XSD = join(EPC, 'EPC132-08_2023_V1.0_SCT_C2PSP_pain.001.001.09.xsd');
const dir = mkdtempSync(join(tmpdir(), 'pain001-'));
let n = 0;

/** Runs xmllint against the EPC XSD; returns '' when valid, else its complaint. */
function xmllint(xml: string): string {
  const file = join(dir, `f${n++}.xml`);
  writeFileSync(file, xml);
  try {
    execFileSync('xmllint', ['--noout', '--schema', XSD, file], { stdio: 'pipe' });
    return '';
  } catch (e) {
    return String((e as { stderr?: Buffer }).stderr ?? e);
  }
}

const IBANS = [
  'DE89370400440532013000',
  'FR1420041010050500013M02606',
  'NL91ABNA0417164300',
  'CZ6508000000192000145399',
  'ES9121000418450200051332',
  'AT611904300234573201',
];

const base = (): Pain001Message => ({
  messageId: 'PR-2026-0001',
  createdAt: '2026-11-23T10:15:00',
  initiatingPartyName: 'Steward Demo s.r.o.',
  paymentInfos: [
    {
      paymentInfoId: 'PR-2026-0001-1',
      debtorName: 'Steward Demo s.r.o.',
      debtorIban: 'DE89370400440532013000',
      debtorBic: 'COBADEFFXXX',
      requestedExecutionDate: '2026-11-24',
      batchBooking: true,
      transactions: [
        {
          endToEndId: 'BILL-1',
          amountMinor: 100000n,
          creditorName: 'Dodavatel Žluťoučký kůň',
          creditorIban: 'FR14 2004 1010 0505 0001 3M02 606',
          remittance: 'Faktura č. 2026/001',
        },
        {
          endToEndId: 'BILL-2',
          amountMinor: 50025n,
          creditorName: 'Supplier Two BV',
          creditorIban: 'NL91ABNA0417164300',
          creditorBic: 'INGBNL2A',
          creditorReference: 'RF18539007547034',
        },
      ],
    },
  ],
});

describe('writePain001', () => {
  it('writes a file the EPC XSD accepts, with sums, counts and transliterated names', () => {
    const xml = writePain001(base());
    expect(xmllint(xml)).toBe('');
    expect(checkPain001(xml)).toEqual([]);
    expect(xml).toContain('<CtrlSum>1500.25</CtrlSum>');
    expect(xml).toContain('<NbOfTxs>2</NbOfTxs>');
    expect(xml).toContain('<Nm>Dodavatel Zlutoucky kun</Nm>');
    expect(xml).toContain('<Ustrd>Faktura c. 2026/001</Ustrd>');
    expect(xml).toContain('<Issr>ISO</Issr>');
  });

  it('writes a debtor without BIC as NOTPROVIDED and several payment infos', () => {
    const m = base();
    const first = m.paymentInfos[0];
    if (!first) throw new Error('fixture');
    m.paymentInfos = [
      { ...first, debtorBic: null },
      {
        ...first,
        paymentInfoId: 'PR-2026-0001-2',
        requestedExecutionDate: '2026-11-30',
        batchBooking: false,
        transactions: [
          { endToEndId: 'BILL-3', amountMinor: 1n, creditorName: 'X', creditorIban: 'AT611904300234573201' },
        ],
      },
    ];
    const xml = writePain001(m);
    expect(xmllint(xml)).toBe('');
    expect(checkPain001(xml)).toEqual([]);
    expect(xml).toContain('<Id>NOTPROVIDED</Id>');
    expect(xml).toMatch(/<GrpHdr>[\s\S]*<NbOfTxs>3<\/NbOfTxs>\s*<CtrlSum>1500.26<\/CtrlSum>/);
  });

  it('refuses non-EUR, bad amounts, duplicate end-to-end ids, bad IBANs and foreign characters, naming the transaction', () => {
    const tx = (patch: object) => {
      const m = base();
      const p = m.paymentInfos[0];
      if (!p) throw new Error('fixture');
      p.transactions = [{ ...(p.transactions[0] as object), ...patch } as never, p.transactions[1] as never];
      return () => writePain001(m);
    };
    expect(tx({ currency: 'USD' })).toThrow(/Transaction 1 \(BILL-1\).*EUR only/);
    expect(tx({ amountMinor: 0n })).toThrow(/between 0.01 and 999999999.99/);
    expect(tx({ amountMinor: 100_000_000_000n })).toThrow(/between 0.01/);
    expect(tx({ endToEndId: 'BILL-2' })).toThrow(/Transaction 2 \(BILL-2\).*used twice/);
    expect(tx({ creditorIban: 'DE89370400440532013001' })).toThrow(/not a valid IBAN/);
    expect(tx({ creditorName: 'Лукойл' })).toThrow(/SEPA character set/);
    expect(tx({ creditorName: 'A'.repeat(71) })).toThrow(/at most 70/);
    expect(tx({ endToEndId: 'A//B' })).toThrow(/\/\//);
    expect(tx({ creditorReference: 'RF18539007547034' })).toThrow(/not both/);
  });

  it("words the error in Czech and Spanish with the same code and details; element names stay the schema's", () => {
    const m = base();
    const p = m.paymentInfos[0];
    if (!p) throw new Error('fixture');
    p.transactions = [{ ...(p.transactions[0] as object), currency: 'USD' } as never];
    let err: AppError | undefined;
    try {
      writePain001(m);
    } catch (e) {
      err = e as AppError;
    }
    expect(err?.code).toBe('validation');
    expect(err?.details).toEqual({ reason: 'sepa_currency', element: 'InstdAmt' });
    expect(err?.message).toBe(
      `Transaction 1 (BILL-1) of ${p.paymentInfoId}: the amount is in USD; SEPA credit transfers are in EUR only.`,
    );
    expect(err?.localize?.('cs')).toBe(
      `Transakce 1 (BILL-1) v ${p.paymentInfoId}: částka je v USD; úhrady SEPA jsou jen v EUR.`,
    );
    expect(err?.localize?.('es')).toBe(
      `Transacción 1 (BILL-1) de ${p.paymentInfoId}: el importe está en USD; las transferencias SEPA son solo en EUR.`,
    );
    const named = (() => {
      try {
        writePain001({ ...base(), messageId: 'A//B' });
      } catch (e) {
        return e as AppError;
      }
    })();
    expect(named?.details).toEqual({ reason: 'sepa_identifier', element: 'MsgId' });
    expect(named?.localize?.('cs')).toBe(
      'Zpráva A//B: MsgId „A//B“ nesmí začínat ani končit znakem „/“ ani obsahovat „//“.',
    );
    expect(named?.localize?.('es')).toBe(
      'Mensaje A//B: MsgId «A//B» no puede empezar ni terminar por «/» ni contener «//».',
    );
  });

  it('keeps to the XSD and the EPC rules for any shape (property)', () => {
    const name = fc
      .stringMatching(/^[A-Za-z0-9ÄÖÜäöüČčŘřéèàß&' .,-]{1,60}$/)
      .filter((s) => toSepaText(s)?.length !== 0);
    const txArb = fc.record({
      amountMinor: fc.bigInt({ min: 1n, max: 99_999_999_999n }),
      creditorName: name,
      creditorIban: fc.constantFrom(...IBANS),
      creditorBic: fc.option(fc.constantFrom('COBADEFFXXX', 'INGBNL2A', 'GIBACZPX'), { nil: null }),
      remittance: fc.option(
        fc.stringMatching(/^[A-Za-z0-9 /?:().,'+-]{1,140}$/).filter((s) => s.trim().length > 0),
        { nil: null },
      ),
    });
    fc.assert(
      fc.property(
        fc.array(fc.array(txArb, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }),
        (groups) => {
          let e = 0;
          const msg: Pain001Message = {
            messageId: `MSG-${groups.length}`,
            createdAt: '2026-11-23T08:00:00Z',
            initiatingPartyName: 'Initiator',
            paymentInfos: groups.map((txs, i) => ({
              paymentInfoId: `P${i}`,
              debtorName: 'Debtor',
              debtorIban: 'DE89370400440532013000',
              requestedExecutionDate: '2026-12-01',
              transactions: txs.map((t) => ({ ...t, endToEndId: `E2E-${e++}` })),
            })),
          };
          const xml = writePain001(msg);
          expect(xmllint(xml)).toBe('');
          expect(checkPain001(xml)).toEqual([]);
          const total = groups.flat().reduce((s, t) => s + t.amountMinor, 0n);
          const ctrl = /<GrpHdr>[\s\S]*?<CtrlSum>([\d.]+)<\/CtrlSum>/.exec(xml)?.[1] ?? '';
          expect(ctrl.replace('.', '')).toBe(total.toString().padStart(3, '0'));
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('checkPain001 and the XSD on the EPC fixtures', () => {
  const fixture = (name: string) => readFileSync(join(EPC, name), 'utf8');

  it('accepts the valid example', () => {
    expect(xmllint(fixture('example-pain.001.001.09-sct-valid.xml'))).toBe('');
    expect(checkPain001(fixture('example-pain.001.001.09-sct-valid.xml'))).toEqual([]);
  });

  it('catches the XSD-valid file that is not in EUR', () => {
    const xml = fixture('example-pain.001.001.09-XSDVALID-but-violates-EPC-EUR-only-rule.xml');
    expect(xmllint(xml)).toBe('');
    const problems = checkPain001(xml);
    expect(problems.map((p) => p.message).join('\n')).toMatch(/INV-1002.*USD; SEPA is EUR only/);
  });

  it('catches sums and counts that disagree with the content', () => {
    const xml = fixture('example-pain.001.001.09-sct-valid.xml')
      .replace('<NbOfTxs>2</NbOfTxs>', '<NbOfTxs>3</NbOfTxs>')
      .replace(/<CtrlSum>1500.25<\/CtrlSum>(\s*<PmtTpInf>)/, '<CtrlSum>1500.00</CtrlSum>$1');
    const messages = checkPain001(xml)
      .map((p) => p.message)
      .join('\n');
    expect(messages).toMatch(/group header NbOfTxs 3 but the file holds 2/);
    expect(messages).toMatch(/PMT-0001 CtrlSum 1500.00/);
  });

  it.each(['chrgbr', 'decimals', 'pmtmtd'])('xmllint refuses the INVALID-%s fixture', (kind) => {
    expect(xmllint(fixture(`example-pain.001.001.09-INVALID-${kind}.xml`))).toMatch(/fails to validate/);
  });

  it('checks IBANs by mod 97', () => {
    expect(IBANS.every(isValidIban)).toBe(true);
    expect(isValidIban('DE89370400440532013001')).toBe(false);
  });
});
