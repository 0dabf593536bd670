import { registerCustomXPathFunction } from 'node-schematron';

/**
 * JavaScript versions of the XSLT functions (`<xsl:function name="u:…">`) that PEPPOL-EN16931-UBL.sch
 * defines and calls. node-schematron cannot run XSLT, so each is re-implemented here line by line from the
 * .sch (Peppol BIS Billing 3.0.19) and registered with fontoxpath under the schema's `utils` namespace.
 * Where the XSLT would raise a dynamic error (a cast of a non-number), these return false.
 */

const NS = 'utils';
let registered = false;

const castableInteger = (s: string) => /^\s*[+-]?\d+\s*$/.test(s);
const xnumber = (s: string | undefined) =>
  s !== undefined && /^\s*[+-]?(\d+(\.\d*)?|\.\d+)\s*$/.test(s) ? Number(s) : Number.NaN;
const LETTERS = /^[A-Za-z]*$/;

export function gln(val: string): boolean {
  const length = val.length - 1;
  const digits = [...val.slice(0, length)].map((c) => (c.codePointAt(0) ?? 0) - 48).reverse();
  let sum = 0;
  for (let i = 0; i < length; i++) sum += (digits[i] ?? 0) * (1 + ((i + 1) % 2) * 2);
  return (10 - (sum % 10)) % 10 === xnumber(val.slice(length, length + 1));
}

export function mod11(val: string): boolean {
  const length = val.length - 1;
  const digits = [...val.slice(0, length)].map((c) => (c.codePointAt(0) ?? 0) - 48).reverse();
  let sum = 0;
  for (let i = 0; i < length; i++) sum += (digits[i] ?? 0) * ((i % 6) + 2);
  return xnumber(val) > 0 && (11 - (sum % 11)) % 11 === xnumber(val.slice(length, length + 1));
}

export function mod97_0208(val: string): boolean {
  const head = val.slice(0, 8);
  if (!castableInteger(head)) return false;
  const calculated = 97 - Number(BigInt(head.trim()) % 97n);
  return xnumber(val.slice(8, 10)) === calculated;
}

/** `exp − slack ≤ val ≤ exp + slack`; fontoxpath hands decimals over as JS numbers, so 1e-9 absorbs float noise. */
export function slack(exp: number, val: number, tolerance: number): boolean {
  return exp + tolerance >= val - 1e-9 && exp - tolerance <= val + 1e-9;
}

export function abn(val: string): boolean {
  if (val.length < 11) return false;
  const cp = (i: number) => (val.codePointAt(i) ?? 0) - 48;
  const weights = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19];
  let sum = (cp(0) - 1) * 10;
  for (let i = 1; i < 11; i++) sum += cp(i) * (weights[i] as number);
  return sum % 89 === 0;
}

export function tinVerification(val: string): boolean {
  const d = [...val].map((c) => xnumber(c));
  const weights = [256, 128, 64, 32, 16, 8, 4, 2];
  let checksum = 0;
  for (let i = 0; i < 8; i++) checksum += (d[i] ?? Number.NaN) * (weights[i] as number);
  return (checksum % 11) % 10 === (d[8] ?? Number.NaN);
}

export function checkSEOrgnr(num: string): boolean {
  if (!/^\d+$/.test(num)) return false;
  const main = num.slice(0, 9);
  let sum = 0;
  for (let pos = 1; pos <= main.length; pos++) {
    const digit = Number(main[main.length - pos]);
    sum += pos % 2 === 1 ? ((digit * 2) % 10) + Math.floor((digit * 2) / 10) : digit;
  }
  return (10 - (sum % 10)) % 10 === xnumber(num.slice(9, 10));
}

export function checkCodiceIPA(arg: string): boolean {
  return /^[A-Za-z0-9]*$/.test(arg) && arg.length === 6;
}

export function checkCF16(arg: string): boolean {
  return (
    LETTERS.test(arg.slice(0, 6)) &&
    castableInteger(arg.slice(6, 8)) &&
    LETTERS.test(arg.slice(8, 9)) &&
    castableInteger(arg.slice(9, 11)) &&
    castableInteger(arg.slice(14, 15)) &&
    LETTERS.test(arg.slice(15, 16))
  );
}

export function checkCF(arg: string): boolean {
  if (arg.length === 16) return checkCF16(arg);
  if (arg.length === 11) return castableInteger(arg);
  return false;
}

function addPIVA(arg: string, pari: number): number {
  if (!castableInteger(arg) || !/^\d/.test(arg)) return 0;
  const first = Number(arg[0]);
  const mapper = pari === 1 ? Number('0246813579'[first]) : first;
  return mapper + addPIVA(arg.slice(1), pari === 0 ? 1 : 0);
}

function checkPIVA(arg: string): number {
  return castableInteger(arg) ? addPIVA(arg, 0) % 10 : 1;
}

export function checkPIVAseIT(arg: string): boolean {
  const paese = arg.slice(0, 2);
  const codice = arg.slice(2);
  if (paese === 'IT' || paese === 'it') return codice.length === 11 && checkPIVA(codice) === 0;
  return true;
}

/** Registers the functions once per worker. */
export function registerPeppolFunctions(): void {
  if (registered) return;
  registered = true;
  const str = (name: string, fn: (s: string) => boolean) =>
    registerCustomXPathFunction(
      { localName: name, namespaceURI: NS },
      ['xs:string?'],
      'xs:boolean',
      (_dom, s) => fn(typeof s === 'string' ? s : ''),
    );
  str('gln', gln);
  str('mod11', mod11);
  str('mod97-0208', mod97_0208);
  str('abn', abn);
  str('TinVerification', tinVerification);
  str('checkSEOrgnr', checkSEOrgnr);
  str('checkCodiceIPA', checkCodiceIPA);
  str('checkCF', checkCF);
  str('checkCF16', checkCF16);
  str('checkPIVAseIT', checkPIVAseIT);
  registerCustomXPathFunction(
    { localName: 'slack', namespaceURI: NS },
    ['xs:double', 'xs:double', 'xs:double'],
    'xs:boolean',
    (_dom, exp: number, val: number, tolerance: number) => slack(exp, val, tolerance),
  );
}
