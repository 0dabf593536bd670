import { registerJob } from '../../platform/jobs/index.ts';
import { CAPTURE_JOB, processCapture } from './service/captures.ts';

/** `purchasing.capture`: reads one queued document (text layer or OCR) and proposes a bill; progress 0..1. */
registerJob(CAPTURE_JOB, async (payload, ctx) => {
  const companyId = ctx.companyId ?? String(payload.companyId);
  const cap = await processCapture(ctx.db, companyId, String(payload.captureId), (f) => ctx.progress(f));
  return { captureId: cap.id, status: cap.status, method: cap.method, error: cap.error };
});
