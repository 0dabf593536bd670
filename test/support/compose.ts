import { compose, type Steward } from '../../src/compose.ts';

/**
 * The same composed services the server and the CLI run with (src/compose.ts), for tests that call a service
 * directly. Importing this wires the process once (approval gate, executors, payment document sides); tests
 * then call e.g. `steward.sales.issueInvoices(tx, ctx, ids)`.
 */
export const steward: Steward = compose();

// The composed functions by name, so a test reads like the service call it makes.
export const { issueInvoices, issueNextDrafts } = steward.sales;
export const { postBill } = steward.purchasing;
export const { autoMatch, acceptReconciliations, undoReconciliation, manualMatch, candidatesFor } =
  steward.banking;
