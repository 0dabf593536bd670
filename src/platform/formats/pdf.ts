import { createRequire } from 'node:module';

/**
 * pdfmake, loaded on first use and shared: every PDF Steward writes (invoices, statements) goes through
 * `renderPdf`. pdfmake keeps its fonts and resource-access policies in process-wide state, so they are set again
 * before every document: whatever another caller set in between (a different policy, a test), a document only
 * ever reads pdfmake's own bundled fonts and never a URL or another local file named in its content.
 */
const require = createRequire(import.meta.url);

interface PdfMake {
  setFonts(fonts: unknown): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(doc: unknown): { getBuffer(): Promise<Buffer> };
}

let lib: PdfMake | null = null;
let fonts: unknown = null;

function pdfmake(): PdfMake {
  if (!lib) {
    lib = require('pdfmake') as PdfMake;
    fonts = require('pdfmake/fonts/Roboto.js');
  }
  return lib;
}

/** The PDF bytes of a pdfmake document definition, with the bundled Roboto fonts and no outside access. */
export function renderPdf(doc: unknown): Promise<Buffer> {
  const p = pdfmake();
  p.setFonts(fonts);
  p.setUrlAccessPolicy(() => false);
  p.setLocalAccessPolicy((path) => path.includes('/pdfmake/fonts/'));
  return p.createPdf(doc).getBuffer();
}
