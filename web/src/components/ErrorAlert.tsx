import { Alert, List, Text } from '@mantine/core';
import { ApiError } from '../api';
import { type T, useT } from '../i18n';

/** Field problems from a `validation` error, whatever shape `details` takes (zod issues or a field map). */
export function fieldProblems(details: unknown): { field: string; message: string }[] {
  if (!details || typeof details !== 'object') return [];
  // `fields` (messages in the reader's language) before `issues` (zod's English, kept for older clients).
  const list = Array.isArray(details)
    ? details
    : Array.isArray((details as { fields?: unknown }).fields)
      ? (details as { fields: unknown[] }).fields
      : Array.isArray((details as { issues?: unknown }).issues)
        ? (details as { issues: unknown[] }).issues
        : null;
  if (list) {
    return list.flatMap((item) => {
      if (!item || typeof item !== 'object') return [];
      const { path, field, message } = item as { path?: unknown; field?: unknown; message?: unknown };
      const name = Array.isArray(path) ? path.join('.') : String(field ?? path ?? '');
      return typeof message === 'string' ? [{ field: name, message }] : [];
    });
  }
  // `{ field: "currentPassword" }` names the field the message is about; the message says it all.
  if (typeof (details as { field?: unknown }).field === 'string') return [];
  const map = (details as { fields?: unknown }).fields ?? details;
  return Object.entries(map as Record<string, unknown>)
    .filter(([, v]) => typeof v === 'string')
    .map(([field, message]) => ({ field, message: message as string }));
}

/** The translated headline for an error code. */
export function errorTitle(t: T, error: unknown): string {
  if (error instanceof ApiError) return t.dyn(`error.${error.code}`, t('error.unknown'));
  return t('error.unknown');
}

export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  const t = useT();
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  // Only a validation error's details are field problems (others carry data, e.g. the locked period).
  // The server's message usually repeats the first problem ("code: must be …"); list only what it does not say.
  const problems = (
    error instanceof ApiError && ['validation', 'bad_request'].includes(error.code)
      ? fieldProblems(error.details)
      : []
  ).filter((p) => `${p.field}: ${p.message}` !== message && p.message !== message);
  return (
    <Alert
      color="red"
      variant="light"
      title={title ?? errorTitle(t, error)}
      role="alert"
      data-testid="error-alert"
    >
      {message && <Text size="sm">{message}</Text>}
      {problems.length > 0 && (
        <List size="sm" mt="xs">
          {problems.map((p) => (
            <List.Item key={`${p.field}:${p.message}`}>
              {p.field ? <strong>{p.field}: </strong> : null}
              {p.message}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
