import { formatsErrors } from '../i18n.ts';
import {
  clean,
  decimalToMinor,
  ibanLike,
  requireCurrency,
  requireDay,
  type StatementImport,
  type StatementLineImport,
  spanOf,
} from '../statement.ts';
import { child, children, parseXml, textAt, type XmlElement } from '../xml.ts';

/**
 * ISO 20022 CAMT.053 bank-to-customer statements, versions camt.053.001.02 through .001.12. The versions
 * differ in namespace and in small places (entry status is text in .02 and a code element from .09 on; a
 * related party is `Dbtr/Nm` in .02 and `Dbtr/Pty/Nm` later); this reader accepts both shapes.
 * Every `Stmt` becomes one `StatementImport`; one `Ntry` becomes one line.
 */

const WHAT = 'CAMT.053 statement';
export const CAMT053_VERSIONS = ['02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'] as const;

export interface ReadCamtOptions {
  maxBytes?: number;
}

/** The camt.053 version (`02`…`12`) a document declares, or a validation error saying what it is instead. */
export function camtVersion(input: Uint8Array | string): string {
  const head =
    typeof input === 'string'
      ? input.slice(0, 4000)
      : Buffer.from(input.subarray(0, 4000)).toString('latin1');
  const ns = /urn:iso:std:iso:20022:tech:xsd:([a-z]{4}\.\d{3}\.\d{3}\.\d{2})/.exec(head)?.[1];
  if (!ns) {
    throw formatsErrors.error(
      'validation',
      'error.camtNoNamespace',
      { what: WHAT },
      { reason: 'not_camt053' },
    );
  }
  const m = /^camt\.053\.001\.(\d{2})$/.exec(ns);
  if (!m || !(CAMT053_VERSIONS as readonly string[]).includes(m[1] as string)) {
    throw formatsErrors.error(
      'validation',
      'error.camtWrongKind',
      { ns },
      { reason: 'not_camt053', namespace: ns },
    );
  }
  return m[1] as string;
}

export function readCamt053(input: Uint8Array | string, options: ReadCamtOptions = {}): StatementImport[] {
  const version = camtVersion(input);
  const doc = parseXml(input, { what: WHAT, maxBytes: options.maxBytes });
  const body = child(doc, 'BkToCstmrStmt');
  if (doc.name !== 'Document' || !body) {
    throw formatsErrors.error(
      'validation',
      'error.camtNoBody',
      { what: WHAT, version },
      {
        reason: 'not_camt053',
      },
    );
  }
  const stmts = children(body, 'Stmt');
  if (stmts.length === 0) {
    throw formatsErrors.error(
      'validation',
      'error.camtNoStatement',
      { what: WHAT },
      {
        reason: 'no_statement',
      },
    );
  }
  return stmts.map(readStmt);
}

/** Signed minor units of an `Amt` + `CdtDbtInd` pair (DBIT is negative). */
function signedAmount(el: XmlElement, currency: string | null): { minor: bigint; currency: string } {
  const amt = child(el, 'Amt');
  if (!amt || amt.text === '') {
    throw formatsErrors.error(
      'validation',
      'error.xmlMissing',
      { what: WHAT, element: `${el.path}/Amt` },
      {
        reason: 'xml_missing',
        element: `${el.path}/Amt`,
      },
    );
  }
  const ccy = requireCurrency(amt.attrs.Ccy ?? currency ?? undefined, `${amt.path}@Ccy`, WHAT);
  const ind = textAt(el, 'CdtDbtInd');
  if (ind !== 'CRDT' && ind !== 'DBIT') {
    throw formatsErrors.error(
      'validation',
      'error.camtBadIndicator',
      { what: WHAT, indicator: ind ?? '', element: el.path },
      {
        reason: 'bad_indicator',
        element: `${el.path}/CdtDbtInd`,
      },
    );
  }
  const minor = decimalToMinor(amt.text, ccy, amt.path, WHAT);
  if (minor < 0n) {
    throw formatsErrors.error(
      'validation',
      'error.camtNegative',
      { what: WHAT, element: amt.path },
      {
        reason: 'bad_amount',
        element: amt.path,
      },
    );
  }
  return { minor: ind === 'DBIT' ? -minor : minor, currency: ccy };
}

/** `Dt` or `DtTm` inside a date choice element. */
function dateChoice(el: XmlElement | undefined): string | undefined {
  return textAt(el, 'Dt') ?? textAt(el, 'DtTm');
}

function balance(stmt: XmlElement, codes: readonly string[], currency: string): bigint | null {
  const bals = children(stmt, 'Bal');
  for (const code of codes) {
    const b = bals.find((x) => textAt(x, 'Tp/CdOrPrtry/Cd') === code);
    if (b) {
      const { minor, currency: ccy } = signedAmount(b, currency);
      if (ccy !== currency) {
        throw formatsErrors.error(
          'validation',
          'error.camtBalanceCurrency',
          { what: WHAT, code, element: b.path, currency: ccy, accountCurrency: currency },
          {
            reason: 'currency_mismatch',
            element: b.path,
          },
        );
      }
      return minor;
    }
  }
  return null;
}

/** Name of a related party in either shape: `Dbtr/Nm` (.02–.07) or `Dbtr/Pty/Nm` (.08+). */
function partyName(parties: XmlElement | undefined, role: 'Dbtr' | 'Cdtr'): string | null {
  return (
    clean(textAt(parties, `${role}/Pty/Nm`)) ??
    clean(textAt(parties, `${role}/Nm`)) ??
    clean(textAt(parties, `Ultmt${role}/Pty/Nm`)) ??
    clean(textAt(parties, `Ultmt${role}/Nm`))
  );
}

function readStmt(stmt: XmlElement): StatementImport {
  const acct = child(stmt, 'Acct');
  const iban = ibanLike(textAt(acct, 'Id/IBAN'));
  const other = clean(textAt(acct, 'Id/Othr/Id'));
  const bal = child(stmt, 'Bal');
  const currency = requireCurrency(
    textAt(acct, 'Ccy') ?? child(bal, 'Amt')?.attrs.Ccy,
    `${stmt.path}/Acct/Ccy`,
    WHAT,
  );
  const lines: StatementLineImport[] = [];
  for (const ntry of children(stmt, 'Ntry')) {
    const status = textAt(ntry, 'Sts/Cd') ?? textAt(ntry, 'Sts');
    if (status && status !== 'BOOK') continue; // pending and informational entries are not on the books yet
    const { minor, currency: ccy } = signedAmount(ntry, currency);
    if (ccy !== currency) {
      throw formatsErrors.error(
        'validation',
        'error.camtEntryCurrency',
        { what: WHAT, element: ntry.path, currency: ccy, statementCurrency: currency },
        {
          reason: 'currency_mismatch',
          element: ntry.path,
        },
      );
    }
    const txs = children(child(ntry, 'NtryDtls'), 'TxDtls');
    const tx = txs.length === 1 ? txs[0] : undefined;
    const refs = child(tx, 'Refs');
    const endToEnd = clean(textAt(refs, 'EndToEndId'));
    const parties = child(tx, 'RltdPties');
    const credit = minor >= 0n;
    const ustrd = txs
      .flatMap((t) => children(child(t, 'RmtInf'), 'Ustrd').map((u) => u.text))
      .filter((u) => u !== '');
    const structured = txs
      .flatMap((t) => children(child(t, 'RmtInf'), 'Strd'))
      .map((s) => clean(textAt(s, 'CdtrRefInf/Ref')))
      .find((r) => r !== null);
    const bookingDate = dateChoice(child(ntry, 'BookgDt'));
    const valueDate = dateChoice(child(ntry, 'ValDt'));
    lines.push({
      bookingDate: requireDay(bookingDate ?? valueDate, `${ntry.path}/BookgDt`, WHAT),
      valueDate: valueDate ? requireDay(valueDate, `${ntry.path}/ValDt`, WHAT) : null,
      amountMinor: minor,
      bankTransactionId:
        clean(textAt(ntry, 'AcctSvcrRef')) ??
        clean(textAt(refs, 'AcctSvcrRef')) ??
        clean(textAt(ntry, 'NtryRef')),
      reference: structured ?? (endToEnd && endToEnd !== 'NOTPROVIDED' ? endToEnd : null),
      counterpartyName: partyName(parties, credit ? 'Dbtr' : 'Cdtr'),
      counterpartyIban: ibanLike(textAt(parties, credit ? 'DbtrAcct/Id/IBAN' : 'CdtrAcct/Id/IBAN')),
      remittance: clean(ustrd.join(' ')) ?? clean(textAt(ntry, 'AddtlNtryInf')),
      source: ntry.path,
    });
  }
  const fromTo = child(stmt, 'FrToDt');
  const span = spanOf(lines);
  const from = textAt(fromTo, 'FrDtTm');
  const to = textAt(fromTo, 'ToDtTm');
  return {
    format: 'camt053',
    account: {
      iban,
      accountNumber: iban ? null : other,
      bankId: clean(textAt(acct, 'Svcr/FinInstnId/BIC')) ?? clean(textAt(acct, 'Svcr/FinInstnId/BICFI')),
    },
    currency,
    statementId: clean(textAt(stmt, 'Id')),
    periodFrom: from ? requireDay(from, `${fromTo?.path}/FrDtTm`, WHAT) : span.from,
    periodTo: to ? requireDay(to, `${fromTo?.path}/ToDtTm`, WHAT) : span.to,
    openingBalanceMinor: balance(stmt, ['OPBD', 'PRCD'], currency),
    closingBalanceMinor: balance(stmt, ['CLBD', 'ITBD'], currency),
    openingDerived: false,
    lines,
  };
}
