import { validation } from '../../../kernel/errors.ts';
import type { Sql } from '../../../platform/db/index.ts';
import { defaultBankAccount } from '../../banking/index.ts';
import { getInvoice, type InvoiceView } from './invoices.ts';
import type { DocumentContext } from './ubl-map.ts';

/** An issued document with what its PDF and UBL need: the credited invoice and the company's bank account. */
export async function loadDocument(
  sql: Sql,
  companyId: string,
  id: string,
): Promise<{ inv: InvoiceView; ctx: DocumentContext }> {
  const inv = await getInvoice(sql, companyId, id);
  if (!inv.number) throw validation('This is a draft: issue it first, then download or send it.');
  const credited = inv.creditedInvoiceId ? await getInvoice(sql, companyId, inv.creditedInvoiceId) : null;
  const bank = await defaultBankAccount(sql, companyId, inv.currency).catch(() => null);
  return {
    inv,
    ctx: {
      credited:
        credited?.number && credited.issueDate
          ? { number: credited.number, issueDate: credited.issueDate }
          : null,
      bank: bank
        ? { iban: bank.iban, bic: bank.bic, accountNumber: bank.accountNumber, name: bank.name }
        : null,
    },
  };
}
