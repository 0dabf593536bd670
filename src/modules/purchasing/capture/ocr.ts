import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Worker } from 'tesseract.js';

/**
 * Offline OCR with tesseract.js 7. The English model is read from node_modules/@tesseract.js-data/eng
 * (4.0.0_best_int, the LSTM model that the default OEM uses), the core wasm from tesseract.js-core, and
 * `cacheMethod: 'none'` keeps tesseract from writing or reading a cache in the working directory — with an
 * explicit local `langPath` it never builds a CDN URL (see tesseract.js worker-script loadLanguage).
 * One worker per process, created on first use; `shutdownOcr()` ends it (tests, CLI), and a worker left idle
 * for IDLE_MS ends by itself (an unref'd timer), so a server or job worker never keeps a thread it does not use
 * and never holds the process open at shutdown.
 */
const IDLE_MS = 60_000;
let idleTimer: NodeJS.Timeout | null = null;
let pending = 0;
const require = createRequire(import.meta.url);

export function ocrLangPath(): string {
  return join(dirname(require.resolve('@tesseract.js-data/eng/package.json')), '4.0.0_best_int');
}

let workerPromise: Promise<Worker> | null = null;
let queue: Promise<unknown> = Promise.resolve();

async function worker(): Promise<Worker> {
  workerPromise ??= (async () => {
    const { createWorker, OEM } = await import('tesseract.js');
    return createWorker('eng', OEM.LSTM_ONLY, {
      langPath: ocrLangPath(),
      cacheMethod: 'none',
      gzip: true,
      // Without a handler tesseract.js throws a failed job's error from its message listener — an uncaught
      // exception that ends the process (an unreadable image would take the server down). The job's promise
      // still rejects, so the capture is marked failed.
      errorHandler: () => {},
    });
  })();
  return workerPromise;
}

export interface OcrResult {
  text: string;
  /** tesseract's mean word confidence, 0..100. */
  confidence: number;
}

/** OCR of one PNG/JPEG image. Calls are queued: the one worker reads one image at a time. */
export function ocrImage(image: Buffer): Promise<OcrResult> {
  if (idleTimer) clearTimeout(idleTimer);
  pending += 1;
  const run = queue.then(async () => {
    const w = await worker();
    const { data } = await w.recognize(image);
    return { text: data.text, confidence: data.confidence };
  });
  queue = run.catch(() => undefined);
  void queue.then(() => {
    pending -= 1;
    if (pending > 0) return;
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = setTimeout(() => void shutdownOcr(), IDLE_MS);
    idleTimer.unref();
  });
  return run;
}

export async function shutdownOcr(): Promise<void> {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
  const current = workerPromise;
  workerPromise = null;
  if (current) await (await current).terminate();
}
