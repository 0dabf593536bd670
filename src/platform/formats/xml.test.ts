import { describe, expect, it } from 'vitest';
import { AppError } from '../../kernel/errors.ts';
import { at, children, el, parseXml, textAt, writeXml } from './xml.ts';

describe('parseXml', () => {
  it('reads namespaced documents into local names with string values and repeat positions', () => {
    const doc = parseXml(
      '<?xml version="1.0"?><d:Document xmlns:d="urn:x"><d:Stmt><d:Amt Ccy="EUR">0012.50</d:Amt></d:Stmt><d:Stmt/></d:Document>',
      { what: 'test file' },
    );
    expect(doc.name).toBe('Document');
    expect(textAt(doc, 'Stmt/Amt')).toBe('0012.50');
    expect(at(doc, 'Stmt/Amt')?.attrs.Ccy).toBe('EUR');
    expect(children(doc, 'Stmt').map((s) => s.path)).toEqual(['Document/Stmt[1]', 'Document/Stmt[2]']);
  });

  it('refuses document type declarations (XXE, entity expansion) naming the line', () => {
    const bomb = '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">]>\n<a>&lol;</a>';
    expect(() => parseXml(bomb, { what: 'statement' })).toThrow(/line 2/);
    const xxe = '<!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>';
    expect(() => parseXml(xxe, { what: 'statement' })).toThrow(/document type declaration/);
  });

  it('names line and column of malformed or truncated XML', () => {
    expect(() => parseXml('<a>\n<b>\n</a>', { what: 'invoice' })).toThrow(/line \d+, column \d+/);
    expect(() => parseXml('<a><b>1</b>', { what: 'invoice' })).toThrow(/not well-formed/);
  });

  it("turns the parser's own limits (absurd nesting) into a validation error", () => {
    const deep = `${'<a>'.repeat(5000)}x${'</a>'.repeat(5000)}`;
    let caught: unknown;
    try {
      parseXml(deep, { what: 'statement' });
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(AppError);
  });

  it('refuses oversize input and text that is not in its declared encoding', () => {
    expect(() => parseXml('<a/>'.repeat(10), { what: 'x', maxBytes: 8 })).toThrow(/limit is 8/);
    const latin1Bytes = Buffer.from('<?xml version="1.0" encoding="UTF-8"?><a>caf\xe9</a>', 'latin1');
    expect(() => parseXml(latin1Bytes, { what: 'x' })).toThrow(/not valid UTF-8/);
    const declared = Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><a>caf\xe9</a>', 'latin1');
    expect(parseXml(declared, { what: 'x' }).text).toBe('café');
  });
});

describe('writeXml', () => {
  it('escapes text and attributes and round-trips through parseXml', () => {
    const xml = writeXml(
      el(
        'Doc',
        { a: 'x"<' },
        el('Nm', 'Smith & <Sons>'),
        el('Empty'),
        null,
        el('Amt', { Ccy: 'EUR' }, '1.00'),
      ),
    );
    const back = parseXml(xml, { what: 'x' });
    expect(back.attrs.a).toBe('x"<');
    expect(textAt(back, 'Nm')).toBe('Smith & <Sons>');
    expect(textAt(back, 'Amt')).toBe('1.00');
  });
});
