import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { formatsErrors } from './i18n.ts';

/**
 * Reading and writing the XML formats money moves in (UBL, ISO 20022 pain/camt, OFX 2.x).
 *
 * Reading is deliberately strict and small: a document type declaration is refused outright (no bank or
 * e-invoice format needs one, and refusing it closes XXE and entity-expansion bombs in one rule), the text
 * must decode as its declared encoding, and a malformed document is reported with its line and column.
 * Values stay strings — amounts are parsed by the money kernel, never by the XML parser into floats.
 */

export const DEFAULT_MAX_XML_BYTES = 50 * 1024 * 1024;

export interface XmlElement {
  /** Local name, without the namespace prefix. */
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  /** The element's own text (concatenated text nodes, trimmed). */
  readonly text: string;
  /** Slash-separated path from the root, with 1-based positions where a name repeats: `Document/Stmt[2]/Ntry`. */
  readonly path: string;
}

export interface ParseXmlOptions {
  /** What the file is, for messages: "CAMT.053 statement", "UBL invoice". */
  what: string;
  maxBytes?: number;
}

/** Decodes bytes as the XML declaration says (UTF-8 by default, ISO-8859-1 and windows-1252 accepted). */
export function decodeXml(input: Uint8Array | string, what: string): string {
  if (typeof input === 'string') return input;
  const head = Buffer.from(input.subarray(0, 200)).toString('latin1');
  const declared = /^\s*<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']/i.exec(head)?.[1]?.toLowerCase();
  const encoding =
    !declared || declared === 'utf-8' || declared === 'utf8' || declared === 'us-ascii' ? 'utf-8' : declared;
  if (!['utf-8', 'iso-8859-1', 'latin1', 'windows-1252'].includes(encoding)) {
    throw formatsErrors.error(
      'validation',
      'error.xmlEncodingUnsupported',
      { what, encoding: declared },
      {
        reason: 'unsupported_encoding',
      },
    );
  }
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(input).replace(/^\uFEFF/, '');
  } catch {
    throw formatsErrors.error(
      'validation',
      'error.xmlBadEncoding',
      { what, encoding: encoding.toUpperCase() },
      { reason: 'bad_encoding' },
    );
  }
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Parses an XML document into a small element tree, refusing DTDs, oversize input and malformed text. */
export function parseXml(input: Uint8Array | string, options: ParseXmlOptions): XmlElement {
  const { what } = options;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_XML_BYTES;
  const size = typeof input === 'string' ? Buffer.byteLength(input) : input.byteLength;
  if (size > maxBytes) {
    throw formatsErrors.error('payload_too_large', 'error.xmlTooLarge', {
      what,
      size: String(size),
      max: String(maxBytes),
    });
  }
  const text = decodeXml(input, what);
  const dtd = /<!(DOCTYPE|ENTITY)/i.exec(text);
  if (dtd) {
    const line = lineOf(text, dtd.index);
    throw formatsErrors.error(
      'validation',
      'error.xmlDtd',
      { what, kind: dtd[1], line: String(line) },
      { reason: 'xml_dtd_forbidden', line },
    );
  }
  if (!text.trim()) throw formatsErrors.error('validation', 'error.empty', { what }, { reason: 'empty' });
  const checked = XMLValidator.validate(text, { allowBooleanAttributes: false });
  if (checked !== true) {
    const { line, col, msg } = checked.err;
    throw formatsErrors.error(
      'validation',
      'error.xmlMalformed',
      { what, line: String(line), column: String(col), problem: msg },
      {
        reason: 'xml_malformed',
        line,
        column: col,
      },
    );
  }
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    processEntities: true,
    htmlEntities: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
  });
  let ordered: OrderedNode[];
  try {
    ordered = parser.parse(text) as OrderedNode[];
  } catch (err) {
    // e.g. "Maximum nested tags exceeded": the parser's own limits are input errors too, never a 500.
    throw formatsErrors.error(
      'validation',
      'error.xmlUnreadable',
      { what, problem: (err as Error).message },
      {
        reason: 'xml_malformed',
      },
    );
  }
  const root = ordered.map((n) => toElement(n, '')).find((e): e is XmlElement => e !== null);
  if (!root)
    throw formatsErrors.error('validation', 'error.xmlNoRoot', { what }, { reason: 'xml_malformed' });
  return root;
}

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

function toElement(node: OrderedNode, parentPath: string, position = 1, repeated = false): XmlElement | null {
  const name = Object.keys(node).find((k) => k !== ':@');
  if (!name || name === '#text' || name.startsWith('?') || name === '#comment') return null;
  const path = `${parentPath ? `${parentPath}/` : ''}${name}${repeated ? `[${position}]` : ''}`;
  const rawChildren = (node[name] as OrderedNode[]) ?? [];
  const counts = new Map<string, number>();
  for (const c of rawChildren) {
    const n = Object.keys(c).find((k) => k !== ':@');
    if (n && n !== '#text') counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  const seen = new Map<string, number>();
  const children: XmlElement[] = [];
  let text = '';
  for (const c of rawChildren) {
    if ('#text' in c) {
      text += String(c['#text']);
      continue;
    }
    const n = Object.keys(c).find((k) => k !== ':@') ?? '';
    const pos = (seen.get(n) ?? 0) + 1;
    seen.set(n, pos);
    const child = toElement(c, path, pos, (counts.get(n) ?? 0) > 1);
    if (child) children.push(child);
  }
  return { name, attrs: node[':@'] ?? {}, children, text: text.trim(), path };
}

/** The first child with that local name, or undefined. */
export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el?.children.find((c) => c.name === name);
}

/** All children with that local name. */
export function children(el: XmlElement | undefined, name: string): XmlElement[] {
  return el ? el.children.filter((c) => c.name === name) : [];
}

/** Follows a slash-separated path of local names (first match at each step): `at(doc, 'GrpHdr/MsgId')`. */
export function at(el: XmlElement | undefined, path: string): XmlElement | undefined {
  let cur = el;
  for (const part of path.split('/')) cur = child(cur, part);
  return cur;
}

/** Text at a path, or undefined when the element is absent. */
export function textAt(el: XmlElement | undefined, path: string): string | undefined {
  return at(el, path)?.text;
}

/** Text at a path, or a validation error naming the missing element. */
export function requireText(el: XmlElement, path: string, what: string): string {
  const found = at(el, path);
  if (!found || found.text === '') {
    throw formatsErrors.error(
      'validation',
      'error.xmlMissing',
      { what, element: `${el.path}/${path}` },
      {
        reason: 'xml_missing',
        element: `${el.path}/${path}`,
      },
    );
  }
  return found.text;
}

// ---------------------------------------------------------------------------------------------------------
// Writing

/** A node to write: an element with attributes and children, or text. `null`/`undefined` children are skipped. */
export type XmlNode = { name: string; attrs?: Record<string, string | undefined>; children: XmlChild[] };
export type XmlChild = XmlNode | string | null | undefined | false;

/** `el('Amt', { Ccy: 'EUR' }, '12.50')` — the builder every XML writer uses. */
export function el(
  name: string,
  attrsOrChild?: Record<string, string | undefined> | XmlChild,
  ...rest: XmlChild[]
): XmlNode {
  const isAttrs =
    attrsOrChild !== null &&
    typeof attrsOrChild === 'object' &&
    !('children' in (attrsOrChild as object) && 'name' in (attrsOrChild as object));
  return isAttrs
    ? { name, attrs: attrsOrChild as Record<string, string | undefined>, children: rest }
    : { name, children: [attrsOrChild as XmlChild, ...rest] };
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Serialises with two-space indentation and an XML declaration. An element with no content is written self-closed. */
export function writeXml(root: XmlNode): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  write(root, 0, out);
  return out.join('');
}

function write(node: XmlNode, depth: number, out: string[]): void {
  const pad = '  '.repeat(depth);
  const attrs = Object.entries(node.attrs ?? {})
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(v as string)}"`)
    .join('');
  const kids = node.children.filter(
    (c): c is XmlNode | string => c !== null && c !== undefined && c !== false,
  );
  if (kids.length === 0) {
    out.push(`${pad}<${node.name}${attrs}/>\n`);
    return;
  }
  if (kids.every((k) => typeof k === 'string')) {
    out.push(`${pad}<${node.name}${attrs}>${escapeXml(kids.join(''))}</${node.name}>\n`);
    return;
  }
  out.push(`${pad}<${node.name}${attrs}>\n`);
  for (const k of kids) {
    if (typeof k === 'string') out.push(`${pad}  ${escapeXml(k)}\n`);
    else write(k, depth + 1, out);
  }
  out.push(`${pad}</${node.name}>\n`);
}
