import { ApiError, type ApiErrorBody, apiUrl, getCompanyId, readCookie } from '../../api';
import type { ApiItem, Schema } from '../../api/types';

/** Shapes of /api/v1/payments and /api/v1/payment-runs (src/modules/payments), generated from their contracts. */
export type { PaymentKind } from '../../lib/records';

export type Payment = Schema<'Payment'>;
export type OpenItem = Schema<'PaymentOpenItem'>;
export type BankAccountOption = ApiItem<'/payments/bank-accounts'>;
/** A run as a list shows it (no items). */
export type RunSummary = Schema<'PaymentRunSummary'>;
/** A run with its items. */
export type Run = Schema<'PaymentRun'>;
export type RunStatus = Run['status'];
export type RunItem = Schema<'PaymentRunItem'>;

/**
 * A money-moving POST with an Idempotency-Key: a retry after a lost answer (double click, flaky network)
 * returns the first result instead of paying twice. The key lives as long as the form.
 */
export async function postIdempotent<T>(path: string, body: unknown, key: string): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Content-Type': 'application/json',
    'Idempotency-Key': key,
  };
  const csrf = readCookie('steward_csrf');
  if (csrf) headers['X-CSRF-Token'] = csrf;
  const company = getCompanyId();
  if (company) headers['X-Company-Id'] = company;
  let res: Response;
  try {
    res = await fetch(apiUrl(path), {
      method: 'POST',
      headers,
      credentials: 'same-origin',
      body: JSON.stringify(body),
    });
  } catch (e) {
    throw new ApiError(0, { code: 'network', message: e instanceof Error ? e.message : String(e) });
  }
  const text = await res.text();
  if (!res.ok) {
    let err: ApiErrorBody = { code: `http_${res.status}`, message: res.statusText };
    try {
      const parsed = JSON.parse(text) as { error?: ApiErrorBody };
      if (parsed.error?.code) err = parsed.error;
    } catch {
      // not JSON
    }
    throw new ApiError(res.status, err);
  }
  return JSON.parse(text) as T;
}

export const newKey = () => `web-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

export const today = () => new Date().toISOString().slice(0, 10);
