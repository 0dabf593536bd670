import type { ServiceContext } from '../../../platform/context.ts';
import type { Tx } from '../../../platform/db/index.ts';

/** What issuing hands to the ledger flow (src/flows/order-to-cash/sales-ledger.ts): amounts in the document currency. */
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

/**
 * What sales needs from outside the module: the ledger posting of issued documents. The composition root
 * (src/compose.ts) passes it to `salesIssuing`; the module never imports a flow.
 */
export interface SalesPorts {
  post: SalesPoster;
}
