// The one HTTP client of the web UI. See docs/api-foundation.md for the contract.

export const API_BASE = '/api/v1';

export interface ApiErrorBody {
  code: string;
  message: string;
  details?: unknown;
}

/** An error answered by the server (or a network failure, code `network`). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(status: number, body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.details = body.details;
  }
}

export function isApiError(e: unknown, code?: string): e is ApiError {
  return e instanceof ApiError && (code === undefined || e.code === code);
}

let currentCompanyId: string | null = null;

/** The company sent as `X-Company-Id` on every request (null: let the server choose). */
export function setCompanyId(id: string | null): void {
  currentCompanyId = id;
}

export function getCompanyId(): string | null {
  return currentCompanyId;
}

export function readCookie(name: string): string | null {
  for (const part of document.cookie.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return null;
}

export type Query = Record<string, string | number | boolean | null | undefined>;

/** Builds `/api/v1/path?query`, dropping empty values. */
export function apiUrl(path: string, query?: Query): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v !== undefined && v !== null && v !== '') qs.set(k, String(v));
  }
  const s = qs.toString();
  return `${API_BASE}${path}${s ? `?${s}` : ''}`;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

async function parseError(res: Response): Promise<ApiError> {
  let body: ApiErrorBody = { code: `http_${res.status}`, message: res.statusText };
  try {
    const json = (await res.json()) as { error?: ApiErrorBody };
    if (json?.error?.code) body = json.error;
  } catch {
    // not JSON: keep the status text
  }
  return new ApiError(res.status, body);
}

/**
 * The UI's language (the i18n provider sets <html lang>), so the server words its error messages in it rather
 * than in the browser's own Accept-Language.
 */
function uiLanguage(): Record<string, string> {
  const lang = typeof document === 'undefined' ? '' : document.documentElement.lang;
  return lang ? { 'Accept-Language': lang } : {};
}

export async function request<T>(method: Method, path: string, body?: unknown, query?: Query): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', ...uiLanguage() };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') {
    const csrf = readCookie('steward_csrf');
    if (csrf) headers['X-CSRF-Token'] = csrf;
  }
  if (currentCompanyId) headers['X-Company-Id'] = currentCompanyId;
  let res: Response;
  try {
    res = await fetch(apiUrl(path, query), {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    throw new ApiError(0, { code: 'network', message: e instanceof Error ? e.message : String(e) });
  }
  if (!res.ok) throw await parseError(res);
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', path, undefined, query),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  delete: <T = void>(path: string) => request<T>('DELETE', path),
};

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Some list routes answer a bare array; treat both shapes alike. */
export function asItems<T>(data: T[] | Page<T> | undefined): T[] {
  if (!data) return [];
  return Array.isArray(data) ? data : data.items;
}

/** The export link of a list: the same URL with `format=csv|xlsx`. */
export function exportUrl(path: string, query: Query, format: 'csv' | 'xlsx'): string {
  const q: Query = { ...query, format };
  delete q.cursor;
  delete q.limit;
  return apiUrl(path, q);
}

/** Sends a file as the raw request body (POST /files takes the file itself, not JSON). */
export async function uploadRaw<T>(path: string, query: Query, file: Blob): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Content-Type': file.type || 'application/octet-stream',
    ...uiLanguage(),
  };
  const csrf = readCookie('steward_csrf');
  if (csrf) headers['X-CSRF-Token'] = csrf;
  if (currentCompanyId) headers['X-Company-Id'] = currentCompanyId;
  let res: Response;
  try {
    res = await fetch(apiUrl(path, query), {
      method: 'POST',
      headers,
      credentials: 'same-origin',
      body: file,
    });
  } catch (e) {
    throw new ApiError(0, { code: 'network', message: e instanceof Error ? e.message : String(e) });
  }
  if (!res.ok) throw await parseError(res);
  return (await res.json()) as T;
}

/** Downloads a file through fetch (so X-Company-Id goes along) and hands it to the browser as `name`. */
export async function downloadFile(path: string, name: string): Promise<void> {
  const headers: Record<string, string> = {};
  if (currentCompanyId) headers['X-Company-Id'] = currentCompanyId;
  const res = await fetch(apiUrl(path), { headers, credentials: 'same-origin' });
  if (!res.ok) throw await parseError(res);
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
