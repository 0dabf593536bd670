import type { ServiceContext } from '../../../platform/context.ts';
import type { Tx } from '../../../platform/db/index.ts';

/** What issuing hands to the ledger flow (src/flows/sales-ledger.ts): amounts in the document currency. */
export interface PostingDoc {
  id: string;
  kind: 'invoice' | 'credit_note';
  number: string;
  issueDate: string;
  currency: string;
  /** Base currency per one unit of `currency`; null when it is the base currency. */
  rate: string | null;
  partyId: string;
  buyerName: string;
  receivableAccountId: string;
  totalMinor: bigint;
  /** Net per revenue account and tax per output-tax account, already summed; credit notes are positive too. */
  revenue: { accountId: string; amountMinor: bigint }[];
  tax: { accountId: string; amountMinor: bigint }[];
}

export type SalesPoster = (tx: Tx, ctx: ServiceContext, docs: PostingDoc[]) => Promise<string[]>;

let poster: SalesPoster | null = null;

/** Installed by src/flows/sales-ledger.ts (imported by the server, the CLI and the worker). */
export function setSalesPoster(fn: SalesPoster): void {
  poster = fn;
}

export function salesPoster(): SalesPoster {
  if (!poster) throw new Error('The sales → ledger flow is not installed: import src/flows/sales-ledger.ts.');
  return poster;
}
