/** Errors without a message of their own (AggregateError from a refused connection, bare codes) still get one. */
export function describeError(err: unknown): string {
  if (err instanceof AggregateError && err.errors.length > 0) return describeError(err.errors[0]);
  const e = err as { message?: unknown; code?: unknown; address?: unknown; port?: unknown } | null;
  const code = typeof e?.code === 'string' ? e.code : null;
  if (code === 'ECONNREFUSED')
    return `Cannot reach PostgreSQL at ${String(e?.address ?? 'localhost')}:${String(e?.port ?? '?')} (connection refused); is the database running, and is DATABASE_URL or STEWARD_PG_PORT right?`;
  if (typeof e?.message === 'string' && e.message.trim()) return e.message;
  if (code) return `failed with ${code}; run with LOG_LEVEL=debug for details.`;
  if (typeof err === 'string' && err.trim()) return err;
  return 'failed for an unknown reason; run with LOG_LEVEL=debug for details.';
}
