import { z } from '@hono/zod-openapi';
import { setCookie } from 'hono/cookie';
import type { Principal, ServiceContext } from '../context.ts';
import { httpText } from './i18n.ts';
import type { AppContext } from './types.ts';

/** Small shared pieces of route definitions. */

/**
 * Free-form JSON that a response carries as it was stored (audit before/after, a policy's conditions, error
 * details). The document names it `JsonValue` and lists every JSON type it may be; a recursive schema would be
 * more exact, but the generated client types cannot express a self-referencing alias, so the nesting stays
 * open. The TypeScript side is `unknown`, which is what handlers hold.
 */
export const JsonValue = z.unknown().openapi('JsonValue', {
  type: ['string', 'number', 'boolean', 'null', 'array', 'object'],
  additionalProperties: true,
  description: 'Any JSON value.',
});
export const JsonObject = z
  .record(z.string(), JsonValue)
  .openapi('JsonObject', { description: 'A JSON object.' });

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ description: 'Stable machine-readable code, e.g. `not_found`.' }),
      message: z.string().openapi({ description: 'What was wrong and how to fix it.' }),
      details: JsonValue.nullable(),
    }),
  })
  .openapi('Error', {
    description:
      'The one error model. `details` holds facts about the error: a request that does not fit the contract ' +
      '(422 `validation`) carries `fields`, one per wrong field, `{ path, code, params, message }` (platform/http/fields.ts); a rule a service checks names its ' +
      'field in `field` (the message is about it).',
  });

/** The one error model's answers; `defineRoute` adds them to every operation of the document (openapi.ts). */
export const errorResponses = {
  400: { description: 'Malformed request', content: { 'application/json': { schema: ErrorSchema } } },
  401: { description: 'Not signed in', content: { 'application/json': { schema: ErrorSchema } } },
  403: { description: 'Not allowed', content: { 'application/json': { schema: ErrorSchema } } },
  404: { description: 'Not found', content: { 'application/json': { schema: ErrorSchema } } },
  409: { description: 'Conflict', content: { 'application/json': { schema: ErrorSchema } } },
  422: { description: 'Invalid input', content: { 'application/json': { schema: ErrorSchema } } },
} as const;

export function json<T extends z.ZodTypeAny>(schema: T, description = 'OK', status: 200 | 201 = 200) {
  return {
    [status]: { description, content: { 'application/json': { schema } } },
    ...errorResponses,
  } as {
    [K in typeof status]: { description: string; content: { 'application/json': { schema: T } } };
  } & typeof errorResponses;
}

export function noContent(description = 'Done') {
  return { 204: { description }, ...errorResponses };
}

export function body<T extends z.ZodTypeAny>(schema: T) {
  return { content: { 'application/json': { schema } }, required: true };
}

export const IdParam = () => z.object({ id: z.string().min(1).max(100) });

export function ctxOf(c: AppContext): ServiceContext {
  return c.get('ctx');
}

export function principalOf(c: AppContext): Principal {
  const p = c.get('principal');
  if (!p) throw httpText.error('forbidden', 'memberOnly');
  return p;
}

/** The client's address as the app middleware worked it out (src/platform/http/client-address.ts). */
export function clientIp(c: AppContext): string {
  return c.get('clientIp') ?? 'unknown';
}

export function setSessionCookies(
  c: AppContext,
  session: { token: string; csrfToken: string; expiresAt: Date },
  secure: boolean,
): void {
  setCookie(c, 'steward_session', session.token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure,
    path: '/',
    expires: session.expiresAt,
  });
  setCookie(c, 'steward_csrf', session.csrfToken, {
    httpOnly: false,
    sameSite: 'Lax',
    secure,
    path: '/',
    expires: session.expiresAt,
  });
}

export function clearSessionCookies(c: AppContext): void {
  setCookie(c, 'steward_session', '', { path: '/', maxAge: 0 });
  setCookie(c, 'steward_csrf', '', { path: '/', maxAge: 0 });
}

export const ListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).optional(),
  cursor: z.string().max(500).optional(),
  format: z.enum(['json', 'csv', 'xlsx']).optional(),
});

/** A value as JSON carries it: bigint fields become decimal strings. */
export type Json<T> = T extends bigint
  ? string
  : T extends readonly (infer U)[]
    ? Json<U>[]
    : T extends object
      ? { [K in keyof T]: Json<T[K]> }
      : T;

/** A service value as a route answers it: bigint fields go out as decimal strings (JSON has no bigint). */
export function jsonOut<T>(value: T): Json<T> {
  return JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? v.toString() : v)));
}
