/**
 * The tables platform mechanisms own (their DDL is in migrations/): the audit chain, idempotency records, jobs,
 * files and mail. Modules use them only through the platform's functions, never in their own SQL.
 */
export const TABLES = [
  'audit_events',
  'audit_heads',
  'idempotency_keys',
  'job_runs',
  'job_schedules',
  'files',
  'mail_outbox',
  'mail_attachments',
  'saved_views',
] as const;
