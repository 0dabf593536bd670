import { AppError } from '../../kernel/errors.ts';

/**
 * What a file really is, decided from its first bytes — never from the name or the Content-Type the client
 * sent. Only kinds a back office needs are accepted (PDF, PNG, JPEG, XLSX, CSV, plain text); executables,
 * HTML, SVG and other markup are refused, so an attachment can never become stored XSS or a dropped binary.
 */
export const ACCEPTED_KINDS = 'PDF, PNG, JPEG, XLSX, CSV or plain text';

const startsWith = (b: Buffer, sig: readonly number[]) => sig.every((x, i) => b[i] === x);

const EXECUTABLES: readonly { sig: readonly number[]; what: string }[] = [
  { sig: [0x4d, 0x5a], what: 'a Windows program (MZ)' },
  { sig: [0x7f, 0x45, 0x4c, 0x46], what: 'a Linux program (ELF)' },
  { sig: [0xfe, 0xed, 0xfa, 0xce], what: 'a macOS program (Mach-O)' },
  { sig: [0xfe, 0xed, 0xfa, 0xcf], what: 'a macOS program (Mach-O)' },
  { sig: [0xce, 0xfa, 0xed, 0xfe], what: 'a macOS program (Mach-O)' },
  { sig: [0xcf, 0xfa, 0xed, 0xfe], what: 'a macOS program (Mach-O)' },
  { sig: [0xca, 0xfe, 0xba, 0xbe], what: 'a program (Mach-O or Java class)' },
  { sig: [0x23, 0x21], what: 'a script (#!)' },
];

// Markup a browser would render or run, anywhere in a text file.
const MARKUP =
  /<\s*(?:!doctype|html|head|body|script|iframe|frame|svg|object|embed|meta|link|style|img|a\s|form|base|\?xml)/i;
/** A control character other than tab, line feed, form feed and carriage return: not a text file. */
export function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) || code === 127) return true;
  }
  return false;
}

function refuse(message: string): never {
  throw new AppError('unsupported_media_type', message);
}

export function sniff(bytes: Buffer, declared: { contentType: string; name: string }): string {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // An XLSX is a ZIP whose entries include [Content_Types].xml and the xl/ workbook part.
    if (bytes.includes('[Content_Types].xml') && bytes.includes('xl/workbook'))
      return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    refuse(`This ZIP archive is not an Excel workbook. Attach a ${ACCEPTED_KINDS} file.`);
  }
  for (const { sig, what } of EXECUTABLES) {
    if (startsWith(bytes, sig)) refuse(`This file is ${what}; programs cannot be attached.`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    refuse(`This kind of file is not accepted. Attach a ${ACCEPTED_KINDS} file (text must be UTF-8).`);
  }
  if (hasControl(text)) refuse(`This kind of file is not accepted. Attach a ${ACCEPTED_KINDS} file.`);
  if (MARKUP.test(text) || /^\uFEFF?\s*</.test(text))
    refuse(
      'HTML, SVG and XML files cannot be attached (a browser could run them). Save the document as PDF instead.',
    );
  const csv =
    /^(text\/csv|application\/csv|text\/comma-separated-values)\b/i.test(declared.contentType) ||
    /\.csv$/i.test(declared.name);
  return csv ? 'text/csv; charset=utf-8' : 'text/plain; charset=utf-8';
}
