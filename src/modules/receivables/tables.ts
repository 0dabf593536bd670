/**
 * The receivables module owns no table: aging, statements and reminders are read from sales, purchasing and
 * payments through their index.ts, and reminders are sent through the platform's mail outbox.
 */
export const TABLES = [] as const;
