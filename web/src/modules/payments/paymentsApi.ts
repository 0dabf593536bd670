import { ApiError, type ApiErrorBody, apiUrl, getCompanyId, readCookie } from '../../api';

/** Shapes of /api/v1/payments and /api/v1/payment-runs (src/modules/payments). Amounts are decimal strings. */
export type { PaymentKind } from '../../lib/records';

import type { PaymentKind } from '../../lib/records';

export interface Payment {
  id: string;
  number: string;
  kind: PaymentKind;
  partyId: string;
  partyName: string;
  bankAccountId: string | null;
  date: string;
  currency: string;
  amount: string;
  credit: string;
  writeOff: string;
  reference: string;
  status: 'posted' | 'voided';
  paymentRunId: string | null;
  allocations: { id: string; documentNumber: string; amount: string; writeOff: string }[];
}

export interface OpenItem {
  documentId: string;
  kind: string;
  number: string;
  partyId: string;
  currency: string;
  issueDate: string;
  dueDate: string | null;
  total: string;
  open: string;
}

export interface BankAccountOption {
  id: string;
  name: string;
  currency: string;
}

export type RunStatus = 'draft' | 'pending_approval' | 'released' | 'cancelled';

export interface RunItem {
  id: string;
  documentNumber: string;
  partyName: string;
  dueDate: string | null;
  open: string;
  amount: string;
  included: boolean;
}

export interface Run {
  id: string;
  number: string;
  status: RunStatus;
  currency: string;
  format: 'sepa' | 'nacha';
  executionDate: string;
  dueBy: string;
  total: string;
  count: number;
  file: { id: string; name: string } | null;
  items?: RunItem[];
}

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
