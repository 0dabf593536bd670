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
import { DEFAULT_MAX_XML_BYTES, parseXml, type XmlElement } from '../xml.ts';

/**
 * OFX / QFX bank statements: OFX 1.x (SGML: a `KEY:VALUE` header, then tags whose leaf elements are usually
 * left unclosed) read by the small tokenizer below, and OFX 2.x (XML) read through the strict `xml.ts`.
 * Both become the same little tree and then one `StatementImport` per statement (`STMTRS` / `CCSTMTRS`).
 */

const WHAT = 'OFX file';

/** A parsed OFX element: a leaf has text, an aggregate has children. `where` is `line 12` or an XML path. */
export interface OfxNode {
  name: string;
  text: string;
  children: OfxNode[];
  where: string;
}

export interface ReadOfxOptions {
  maxBytes?: number;
}

export function readOfx(input: Uint8Array | string, options: ReadOfxOptions = {}): StatementImport[] {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_XML_BYTES;
  const size = typeof input === 'string' ? Buffer.byteLength(input) : input.byteLength;
  if (size > maxBytes) {
    throw formatsErrors.error('payload_too_large', 'error.exportTooLarge', {
      what: WHAT,
      size: String(size),
      max: String(maxBytes),
    });
  }
  const head =
    typeof input === 'string' ? input.slice(0, 400) : Buffer.from(input.subarray(0, 400)).toString('latin1');
  const root = /^\uFEFF?\s*<\?xml/.test(head)
    ? fromXml(parseXml(input, { what: WHAT, maxBytes }))
    : parseSgml(decodeSgml(input));
  return extract(root);
}

// ------------------------------------------------------------------------------------------------ reading

/** Decodes OFX 1.x bytes as its header says: ENCODING:UTF-8, or USASCII with CHARSET 1252 / ISO-8859-1. */
export function decodeSgml(input: Uint8Array | string): string {
  if (typeof input === 'string') return input.replace(/^\uFEFF/, '');
  const head = Buffer.from(input.subarray(0, 600)).toString('latin1');
  const enc = /ENCODING:\s*([\w-]+)/i.exec(head)?.[1]?.toUpperCase() ?? 'USASCII';
  const charset = /CHARSET:\s*([\w-]+)/i.exec(head)?.[1]?.toUpperCase() ?? 'NONE';
  let label: string;
  if (enc === 'UTF-8' || enc === 'UTF8') label = 'utf-8';
  else if (enc === 'USASCII')
    label = charset === 'ISO-8859-1' || charset === '8859-1' ? 'latin1' : 'windows-1252';
  else
    throw formatsErrors.error(
      'validation',
      'error.ofxEncoding',
      { what: WHAT, encoding: enc },
      {
        reason: 'unsupported_encoding',
      },
    );
  try {
    return new TextDecoder(label, { fatal: true }).decode(input).replace(/^\uFEFF/, '');
  } catch {
    throw formatsErrors.error(
      'validation',
      'error.ofxBadEncoding',
      { what: WHAT, encoding: label.toUpperCase() },
      { reason: 'bad_encoding' },
    );
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const decodeEntities = (t: string) =>
  t.replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, e: string) => ENTITIES[e] ?? '');

/** OFX 1.x SGML: header lines, then `<TAG>` / `</TAG>` / text. Leaves may be left unclosed. */
export function parseSgml(text: string): OfxNode {
  const start = text.indexOf('<');
  if (start < 0 || (!/OFXHEADER\s*:/i.test(text.slice(0, start)) && !/^\s*$/.test(text.slice(0, start)))) {
    throw formatsErrors.error(
      'validation',
      'error.notOfx',
      { what: WHAT },
      {
        reason: 'not_ofx',
      },
    );
  }
  let line = 1;
  for (let i = 0; i < start; i++) if (text.charCodeAt(i) === 10) line++;
  const root: OfxNode = { name: '#root', text: '', children: [], where: 'line 1' };
  const stack: OfxNode[] = [root];
  const token = /<(\/?)([A-Za-z0-9._]+)>|<!--[\s\S]*?-->|([^<]+)|(<)/g;
  token.lastIndex = start;
  type Tok = { close: boolean; name: string; text: string | null; line: number; bad: boolean };
  const tokens: Tok[] = [];
  for (let m = token.exec(text); m; m = token.exec(text)) {
    const raw = m[0];
    if (m[4]) {
      throw formatsErrors.error(
        'validation',
        'error.ofxBadTag',
        { what: WHAT, line: String(line) },
        {
          reason: 'ofx_malformed',
          line,
        },
      );
    }
    tokens.push({
      close: m[1] === '/',
      name: (m[2] ?? '').toUpperCase(),
      text: m[3] ?? null,
      line,
      bad: false,
    });
    for (let i = 0; i < raw.length; i++) if (raw.charCodeAt(i) === 10) line++;
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Tok;
    const top = stack[stack.length - 1] as OfxNode;
    if (t.text !== null) {
      if (t.text.trim() !== '') {
        throw formatsErrors.error(
          'validation',
          'error.ofxStrayText',
          { what: WHAT, line: String(t.line), text: t.text.trim().slice(0, 40) },
          {
            reason: 'ofx_malformed',
            line: t.line,
          },
        );
      }
      continue;
    }
    if (!t.name) continue; // a comment
    if (t.close) {
      let at = stack.length - 1;
      while (at > 0 && stack[at]?.name !== t.name) at--;
      if (at === 0) {
        throw formatsErrors.error(
          'validation',
          'error.ofxStrayClose',
          { what: WHAT, tag: t.name, line: String(t.line) },
          {
            reason: 'ofx_malformed',
            line: t.line,
          },
        );
      }
      // Elements popped through without their own close tag were empty leaves: their "children" belong to the parent.
      for (let k = stack.length - 1; k > at; k--) {
        const leaf = stack[k] as OfxNode;
        const parent = stack[k - 1] as OfxNode;
        parent.children.push(...leaf.children);
        leaf.children = [];
      }
      stack.length = at;
      continue;
    }
    const node: OfxNode = { name: t.name, text: '', children: [], where: `line ${t.line}` };
    top.children.push(node);
    const next = tokens[i + 1];
    if (next && next.text !== null && next.text.trim() !== '') {
      node.text = decodeEntities(next.text.trim());
      i++;
      const after = tokens[i + 1];
      if (after?.close && after.name === t.name) i++;
    } else if (next?.close && next.name === t.name) {
      i++; // <EMPTY></EMPTY>
    } else {
      stack.push(node);
    }
  }
  if (stack.length > 1) {
    const open = stack.slice(1).map((n) => `<${n.name}> (${n.where})`);
    throw formatsErrors.error(
      'validation',
      'error.ofxTruncated',
      { what: WHAT, open: open.reverse().join(', ') },
      { reason: 'truncated' },
    );
  }
  const ofx = root.children.find((c) => c.name === 'OFX');
  if (!ofx) throw formatsErrors.error('validation', 'error.ofxNoOfx', { what: WHAT }, { reason: 'not_ofx' });
  return ofx;
}

function fromXml(el: XmlElement): OfxNode {
  if (el.name !== 'OFX')
    throw formatsErrors.error(
      'validation',
      'error.ofxWrongRoot',
      { what: WHAT, root: el.name },
      { reason: 'not_ofx' },
    );
  const conv = (e: XmlElement): OfxNode => ({
    name: e.name.toUpperCase(),
    text: e.text,
    children: e.children.map(conv),
    where: e.path,
  });
  return conv(el);
}

// ------------------------------------------------------------------------------------------------ extracting

const kid = (n: OfxNode | undefined, name: string) => n?.children.find((c) => c.name === name);
const kids = (n: OfxNode | undefined, name: string) => (n ? n.children.filter((c) => c.name === name) : []);
const path = (n: OfxNode | undefined, p: string) =>
  p.split('/').reduce<OfxNode | undefined>((cur, k) => kid(cur, k), n);
const textOf = (n: OfxNode | undefined, p: string) => path(n, p)?.text;

function findAll(n: OfxNode, names: ReadonlySet<string>, out: OfxNode[] = []): OfxNode[] {
  for (const c of n.children) {
    if (names.has(c.name)) out.push(c);
    else findAll(c, names, out);
  }
  return out;
}

/** OFX dates: YYYYMMDD[HHMMSS[.XXX]][[-5:EST]] → YYYY-MM-DD. */
function ofxDay(text: string | undefined, where: string): string {
  const t = (text ?? '').trim();
  const iso = /^\d{8}/.test(t) ? `${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6, 8)}` : t;
  return requireDay(iso, where, WHAT);
}

/** TRNAMT / BALAMT: a decimal with a point (some banks write a comma) to minor units. */
function ofxAmount(text: string | undefined, currency: string, where: string): bigint {
  const t = (text ?? '').trim();
  const normal = /^[+-]?\d+,\d+$/.test(t) ? t.replace(',', '.') : t;
  return decimalToMinor(normal, currency, where, WHAT);
}

function extract(ofx: OfxNode): StatementImport[] {
  const statements = findAll(ofx, new Set(['STMTRS', 'CCSTMTRS']));
  if (statements.length === 0) {
    const code = findAll(ofx, new Set(['STATUS']))
      .map((s) => textOf(s, 'CODE'))
      .find((c) => c && c !== '0');
    throw code
      ? formatsErrors.error(
          'validation',
          'error.ofxNoStatementStatus',
          { what: WHAT, status: code },
          { reason: 'no_statement' },
        )
      : formatsErrors.error('validation', 'error.ofxNoStatement', { what: WHAT }, { reason: 'no_statement' });
  }
  const fitids = new Map<string, string>();
  return statements.map((st) => {
    const currency = requireCurrency(textOf(st, 'CURDEF'), `${st.where} CURDEF`, WHAT);
    const acct = kid(st, 'BANKACCTFROM') ?? kid(st, 'CCACCTFROM');
    const acctId = clean(textOf(acct, 'ACCTID'));
    const list = kid(st, 'BANKTRANLIST');
    const lines: StatementLineImport[] = kids(list, 'STMTTRN').map((tr) => {
      const fitid = clean(textOf(tr, 'FITID'));
      if (fitid) {
        const first = fitids.get(fitid);
        if (first) {
          throw formatsErrors.error(
            'validation',
            'error.ofxDuplicateFitid',
            { what: WHAT, fitid, first, second: tr.where },
            { reason: 'duplicate_fitid', line: tr.where, element: first },
          );
        }
        fitids.set(fitid, tr.where);
      }
      const payee = kid(tr, 'PAYEE');
      const avail = textOf(tr, 'DTAVAIL') ?? textOf(tr, 'DTUSER');
      const to = kid(tr, 'BANKACCTTO');
      return {
        bookingDate: ofxDay(textOf(tr, 'DTPOSTED'), `${tr.where} DTPOSTED`),
        valueDate: avail ? ofxDay(avail, `${tr.where} DTAVAIL`) : null,
        amountMinor: ofxAmount(textOf(tr, 'TRNAMT'), currency, `${tr.where} TRNAMT`),
        bankTransactionId: fitid,
        reference: clean(textOf(tr, 'REFNUM')) ?? clean(textOf(tr, 'CHECKNUM')),
        counterpartyName: clean(textOf(tr, 'NAME')) ?? clean(textOf(payee, 'NAME')),
        counterpartyIban: ibanLike(textOf(to, 'ACCTID')),
        remittance: clean(textOf(tr, 'MEMO')),
        source: tr.where,
      };
    });
    const closingText = textOf(st, 'LEDGERBAL/BALAMT');
    const closing =
      closingText !== undefined ? ofxAmount(closingText, currency, `${st.where} LEDGERBAL`) : null;
    const sum = lines.reduce((a, l) => a + l.amountMinor, 0n);
    const span = spanOf(lines);
    const start = textOf(list, 'DTSTART');
    const end = textOf(list, 'DTEND');
    return {
      format: 'ofx' as const,
      account: {
        iban: ibanLike(acctId),
        accountNumber: ibanLike(acctId) ? null : acctId,
        bankId: clean(textOf(acct, 'BANKID')),
      },
      currency,
      statementId: null,
      periodFrom: start ? ofxDay(start, `${list?.where} DTSTART`) : span.from,
      periodTo: end ? ofxDay(end, `${list?.where} DTEND`) : span.to,
      openingBalanceMinor: closing === null ? null : closing - sum,
      closingBalanceMinor: closing,
      openingDerived: closing !== null,
      lines,
    };
  });
}
