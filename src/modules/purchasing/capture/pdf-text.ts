import { deflateSync } from 'node:zlib';

/**
 * PDF text through pdfjs-dist's legacy build (Node 20), with no worker thread (pdfjs runs its "fake worker"
 * in-process), no eval, no system fonts and no network: the document bytes are all it reads.
 */
type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsPromise: Promise<PdfJs> | null = null;
function pdfjs(): Promise<PdfJs> {
  pdfjsPromise ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjsPromise;
}

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL?: boolean;
}

export interface PdfText {
  pages: number;
  text: string;
  /** PNG images of each page's largest picture, for OCR when the page has no text. */
  images: Buffer[];
}

async function open(bytes: Uint8Array) {
  const lib = await pdfjs();
  return lib.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    useWorkerFetch: false,
    stopAtErrors: false,
    verbosity: 0,
  }).promise;
}

/** Rebuilds lines from positioned text items: same baseline ⇒ same line; a gap wider than a third of the
 * font size ⇒ a space. pdfmake and many producers emit one item per word. */
export function itemsToText(items: readonly TextItem[]): string {
  const rows: { y: number; items: TextItem[] }[] = [];
  for (const item of items) {
    if (!item.str.trim()) continue;
    const y = item.transform[5] ?? 0;
    const size = Math.abs(item.transform[3] ?? item.height) || 10;
    const row = rows.find((r) => Math.abs(r.y - y) < size * 0.4);
    if (row) row.items.push(item);
    else rows.push({ y, items: [item] });
  }
  rows.sort((a, b) => b.y - a.y);
  return rows
    .map((row) => {
      row.items.sort((a, b) => (a.transform[4] ?? 0) - (b.transform[4] ?? 0));
      let line = '';
      let end = Number.NEGATIVE_INFINITY;
      for (const item of row.items) {
        const x = item.transform[4] ?? 0;
        const size = Math.abs(item.transform[3] ?? item.height) || 10;
        if (line && x - end > size * 0.15) line += ' ';
        line += item.str;
        end = x + item.width;
      }
      return line.replace(/\s+/g, ' ').trim();
    })
    .join('\n');
}

export async function readPdf(bytes: Uint8Array, options: { withImages?: boolean } = {}): Promise<PdfText> {
  const doc = await open(bytes);
  try {
    const lib = await pdfjs();
    const texts: string[] = [];
    const images: Buffer[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const text = itemsToText(content.items as TextItem[]);
      texts.push(text);
      if (options.withImages && text.trim().length < 20) {
        const image = await largestImage(page, lib.OPS);
        if (image) images.push(image);
      }
      page.cleanup();
    }
    return { pages: doc.numPages, text: texts.join('\n\f\n'), images };
  } finally {
    await doc.destroy();
  }
}

interface DecodedImage {
  width: number;
  height: number;
  kind: number;
  data: Uint8Array | Uint8ClampedArray;
}

// biome-ignore lint/suspicious/noExplicitAny: pdfjs page proxy types are not exported in a usable form
async function largestImage(page: any, OPS: Record<string, number>): Promise<Buffer | null> {
  const ops = await page.getOperatorList();
  let best: DecodedImage | null = null;
  for (let i = 0; i < ops.fnArray.length; i++) {
    if (ops.fnArray[i] !== OPS.paintImageXObject) continue;
    const name = ops.argsArray[i][0] as string;
    const img = await new Promise<DecodedImage | null>((resolve) => {
      const objs = name.startsWith('g_') ? page.commonObjs : page.objs;
      try {
        objs.get(name, (value: DecodedImage | null) => resolve(value ?? null));
      } catch {
        resolve(null);
      }
    });
    if (img?.data && (!best || img.width * img.height > best.width * best.height)) best = img;
  }
  return best ? toPng(best) : null;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A decoded pdfjs image (kind 1 = 1 bit gray, 2 = RGB, 3 = RGBA) as a PNG file for tesseract. */
export function toPng(img: DecodedImage): Buffer {
  const { width, height, kind } = img;
  const channels = kind === 3 ? 4 : 3;
  const raw = Buffer.alloc((width * channels + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * channels + 1);
    raw[row] = 0;
    for (let x = 0; x < width; x++) {
      for (let c = 0; c < channels; c++) {
        let v: number;
        if (kind === 1) {
          const bytesPerRow = (width + 7) >> 3;
          const bit = ((img.data[y * bytesPerRow + (x >> 3)] ?? 0) >> (7 - (x & 7))) & 1;
          v = bit ? 255 : 0;
        } else v = img.data[(y * width + x) * channels + c] ?? 0;
        raw[row + 1 + x * channels + c] = v;
      }
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = channels === 4 ? 6 : 2;
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
