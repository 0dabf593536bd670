import { formatMoney } from '../../../kernel/money.ts';
import type { StatementImport } from '../statement.ts';
import { el, writeXml, type XmlChild } from '../xml.ts';
import type { CAMT053_VERSIONS } from './index.ts';

/**
 * Writes a `StatementImport` as a CAMT.053 document of the given version (02…12) — the statement a bank
 * would send. Used for demo data, benchmarks and round-trip tests of the reader; the .12 output validates
 * against the official XSD. Version differences written: entry status as text (.02–.08) or `Sts/Cd`
 * (.09+), related party name as `Dbtr/Nm` (.02–.07) or `Dbtr/Pty/Nm` (.08+).
 */
export interface CamtWriteOptions {
  version?: (typeof CAMT053_VERSIONS)[number];
  messageId?: string;
  createdAt?: string;
}

export function writeCamt053(st: StatementImport, options: CamtWriteOptions = {}): string {
  const version = options.version ?? '12';
  const v = Number.parseInt(version, 10);
  const created = options.createdAt ?? `${st.periodTo ?? '2000-01-01'}T23:00:00`;
  const ccy = st.currency;
  const amt = (minor: bigint) =>
    el('Amt', { Ccy: ccy }, formatMoney({ amount: minor < 0n ? -minor : minor, currency: ccy }));
  const ind = (minor: bigint) => el('CdtDbtInd', minor < 0n ? 'DBIT' : 'CRDT');
  const bal = (code: string, minor: bigint, day: string | null) =>
    el(
      'Bal',
      el('Tp', el('CdOrPrtry', el('Cd', code))),
      amt(minor),
      ind(minor),
      el('Dt', el('Dt', day ?? '2000-01-01')),
    );
  const party = (name: string | null): XmlChild =>
    name === null ? null : v >= 8 ? el('Pty', el('Nm', name)) : el('Nm', name);
  const entries = st.lines.map((l) => {
    const credit = l.amountMinor >= 0n;
    const role = credit ? 'Dbtr' : 'Cdtr';
    const pty = party(l.counterpartyName);
    const hasParties = pty !== null || l.counterpartyIban !== null;
    const structured = l.reference && /^RF\d{2}/.test(l.reference);
    const hasRmt = l.remittance !== null || structured;
    const details =
      l.reference || hasParties || hasRmt
        ? el(
            'NtryDtls',
            el(
              'TxDtls',
              el('Refs', el('EndToEndId', l.reference && !structured ? l.reference : 'NOTPROVIDED')),
              hasParties
                ? el(
                    'RltdPties',
                    pty ? el(role, pty) : null,
                    l.counterpartyIban ? el(`${role}Acct`, el('Id', el('IBAN', l.counterpartyIban))) : null,
                  )
                : null,
              hasRmt
                ? el(
                    'RmtInf',
                    l.remittance ? el('Ustrd', l.remittance.slice(0, 140)) : null,
                    structured
                      ? el(
                          'Strd',
                          el(
                            'CdtrRefInf',
                            el('Tp', el('CdOrPrtry', el('Cd', 'SCOR'))),
                            el('Ref', l.reference as string),
                          ),
                        )
                      : null,
                  )
                : null,
            ),
          )
        : null;
    return el(
      'Ntry',
      amt(l.amountMinor),
      ind(l.amountMinor),
      el('Sts', v >= 9 ? el('Cd', 'BOOK') : 'BOOK'),
      el('BookgDt', el('Dt', l.bookingDate)),
      el('ValDt', el('Dt', l.valueDate ?? l.bookingDate)),
      l.bankTransactionId ? el('AcctSvcrRef', l.bankTransactionId) : null,
      el(
        'BkTxCd',
        el('Domn', el('Cd', 'PMNT'), el('Fmly', el('Cd', credit ? 'RCDT' : 'ICDT'), el('SubFmlyCd', 'OTHR'))),
      ),
      details,
    );
  });
  const acctId = st.account.iban
    ? el('IBAN', st.account.iban)
    : el('Othr', el('Id', st.account.accountNumber ?? 'UNKNOWN'));
  return writeXml(
    el(
      'Document',
      { xmlns: `urn:iso:std:iso:20022:tech:xsd:camt.053.001.${version}` },
      el(
        'BkToCstmrStmt',
        el('GrpHdr', el('MsgId', options.messageId ?? st.statementId ?? 'STEWARD'), el('CreDtTm', created)),
        el(
          'Stmt',
          el('Id', st.statementId ?? 'STEWARD'),
          el('CreDtTm', created),
          st.periodFrom && st.periodTo
            ? el('FrToDt', el('FrDtTm', `${st.periodFrom}T00:00:00`), el('ToDtTm', `${st.periodTo}T23:59:59`))
            : null,
          el('Acct', el('Id', acctId), el('Ccy', ccy)),
          st.openingBalanceMinor !== null ? bal('OPBD', st.openingBalanceMinor, st.periodFrom) : null,
          st.closingBalanceMinor !== null ? bal('CLBD', st.closingBalanceMinor, st.periodTo) : null,
          ...entries,
        ),
      ),
    ),
  );
}
