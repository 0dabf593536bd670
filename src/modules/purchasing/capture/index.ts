import { purchasingText } from '../i18n.ts';
import { ocrImage, shutdownOcr } from './ocr.ts';
import { readPdf } from './pdf-text.ts';
import { type ExtractedFields, type ExtractOptions, extractFields, type Language } from './rules.ts';

export { ocrLangPath, shutdownOcr } from './ocr.ts';
export { itemsToText, readPdf, toPng } from './pdf-text.ts';
export {
  detectLanguage,
  type Extracted,
  type ExtractedFields,
  extractFields,
  findDate,
  normalizeAmount,
  toCents,
} from './rules.ts';

export type CaptureMethod = 'pdf_text' | 'pdf_ocr' | 'image_ocr';

export interface Captured {
  method: CaptureMethod;
  mediaType: string;
  language: Language;
  text: string;
  fields: ExtractedFields;
  /** OCR's own confidence (0..100), null for a text layer. */
  ocrConfidence: number | null;
}

export function sniffMediaType(bytes: Uint8Array): 'application/pdf' | 'image/png' | 'image/jpeg' | null {
  const b = Buffer.from(bytes.subarray(0, 8));
  if (b.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (b.equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  return null;
}

const MAX_PIXELS = 50_000_000;

/**
 * Refuses a PNG/JPEG whose header claims more than MAX_PIXELS before it is decoded: a few bytes can declare
 * 100000 × 100000 pixels (40 GB decoded) — a decompression bomb for the OCR.
 */
export function checkImageSize(bytes: Uint8Array): void {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let size: [number, number] | null = null;
  if (b.length >= 24 && b.toString('latin1', 12, 16) === 'IHDR')
    size = [b.readUInt32BE(16), b.readUInt32BE(20)];
  else if (b[0] === 0xff && b[1] === 0xd8) {
    for (let i = 2; i + 9 < b.length && !size; ) {
      if (b[i] !== 0xff) break;
      const marker = b[i + 1] as number;
      // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry height then width.
      if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker))
        size = [b.readUInt16BE(i + 7), b.readUInt16BE(i + 5)];
      else i += 2 + b.readUInt16BE(i + 2);
    }
  }
  if (size && size[0] * size[1] > MAX_PIXELS)
    throw purchasingText.error(
      'validation',
      'error.imageTooLarge',
      { width: String(size[0]), height: String(size[1]), max: MAX_PIXELS / 1_000_000 },
      { reason: 'image_too_large', width: size[0], height: size[1] },
    );
}

/**
 * Reads a vendor document: a PDF's text layer when it has one (no OCR), otherwise OCR of the page images;
 * PNG and JPEG photos go to OCR. Then the field rules. `progress` gets 0..100.
 */
export async function captureDocument(
  bytes: Uint8Array,
  options: ExtractOptions & { progress?: (percent: number) => void | Promise<void> } = {},
): Promise<Captured> {
  const mediaType = sniffMediaType(bytes);
  if (!mediaType)
    throw purchasingText.error(
      'validation',
      'error.unsupportedFile',
      {},
      {
        reason: 'unsupported_document',
      },
    );
  let text = '';
  let method: CaptureMethod;
  let ocrConfidence: number | null = null;
  await options.progress?.(10);
  if (mediaType === 'application/pdf') {
    let pdf: Awaited<ReturnType<typeof readPdf>>;
    try {
      pdf = await readPdf(bytes, { withImages: true });
    } catch (e) {
      throw purchasingText.error(
        'validation',
        'error.unreadablePdf',
        { message: (e as Error).message },
        {
          reason: 'unreadable_pdf',
        },
      );
    }
    await options.progress?.(40);
    if (pdf.text.replace(/\s/g, '').length >= 20 || pdf.images.length === 0) {
      text = pdf.text;
      method = 'pdf_text';
    } else {
      method = 'pdf_ocr';
      const parts: string[] = [];
      const confidences: number[] = [];
      for (const image of pdf.images) {
        const r = await ocrImage(image);
        parts.push(r.text);
        confidences.push(r.confidence);
      }
      text = parts.join('\n');
      ocrConfidence = Math.round(confidences.reduce((a, b) => a + b, 0) / confidences.length);
    }
  } else {
    method = 'image_ocr';
    checkImageSize(bytes);
    await options.progress?.(30);
    const r = await ocrImage(Buffer.from(bytes));
    text = r.text;
    ocrConfidence = Math.round(r.confidence);
  }
  await options.progress?.(80);
  const { language, fields } = extractFields(text, options);
  if (ocrConfidence !== null) {
    // Doubt the reading as much as OCR doubted the text.
    const factor = Math.min(1, ocrConfidence / 90);
    for (const f of Object.values(fields))
      if (f) f.confidence = Math.round(f.confidence * factor * 100) / 100;
  }
  await options.progress?.(90);
  return { method, mediaType, language, text, fields, ocrConfidence };
}

export const closeCapture = shutdownOcr;
