import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { renderPdf } from './pdf.ts';

const require = createRequire(import.meta.url);

describe('renderPdf', () => {
  it('writes with the bundled fonts even after another caller changed pdfmake’s process-wide policy', async () => {
    // What a test or a library elsewhere in the process may do (this broke invoice PDFs in a shared test worker).
    require('pdfmake').setLocalAccessPolicy(() => false);
    const pdf = await renderPdf({ content: [{ text: 'Faktura', bold: true }, 'Celkem'] });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('never reads a URL or a local file that a document names', async () => {
    await expect(renderPdf({ content: [{ image: '/etc/hostname' }] })).rejects.toThrow(
      /access|denied|policy/i,
    );
    await expect(renderPdf({ content: [{ image: 'https://example.invalid/logo.png' }] })).rejects.toThrow();
  });
});
