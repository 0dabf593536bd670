import { parseMoney } from '../../kernel/money.ts';
import { type AccountRow, findAccount, getAccount } from '../../modules/ledger/index.ts';
import { getCompany } from '../../modules/org/index.ts';
import { getSettings, type SettingsText, saveSettings } from '../../modules/payments/index.ts';
import type { ServiceContext } from '../../platform/context.ts';
import type { Sql, Tx } from '../../platform/db/index.ts';
import { orderToCashText } from './i18n.ts';

/**
 * Payment settings as people see them: accounts by code, checked against the ledger (the write-off account
 * an expense or income account, customer credit a liability, vendor advances an asset), the write-off limit
 * as a decimal in the company's base currency.
 */
export type { SettingsText };

const FIELDS = {
  writeOffAccount: { types: ['expense', 'income'], what: 'an expense or income account' },
  customerCreditAccount: { types: ['liability'], what: 'a liability account' },
  vendorCreditAccount: { types: ['asset'], what: 'an asset account' },
} as const;

async function resolve(
  tx: Tx,
  companyId: string,
  field: keyof typeof FIELDS,
  ref: string | null,
): Promise<string | null> {
  if (!ref?.trim()) return null;
  const account = (await findAccount(tx, companyId, ref.trim())) as AccountRow | null;
  if (!account) throw orderToCashText.error('validation', 'error.noAccount', { ref }, { field });
  const rule = FIELDS[field];
  if (!(rule.types as readonly string[]).includes(account.type)) {
    throw orderToCashText.error(
      'validation',
      'error.wrongAccountType',
      { code: account.code, type: account.type, what: rule.what },
      { field },
    );
  }
  if (!account.active)
    throw orderToCashText.error('validation', 'error.inactiveAccount', { code: account.code }, { field });
  return account.id;
}

export async function paymentSettingsText(sql: Sql, companyId: string): Promise<SettingsText> {
  const s = await getSettings(sql, companyId);
  const base = (await getCompany(sql, companyId)).baseCurrency;
  const code = async (id: string | null) => (id ? (await getAccount(sql, companyId, id)).code : null);
  const limit = s.writeOffLimitMinor.toString().padStart(3, '0');
  return {
    writeOffAccount: await code(s.writeOffAccountId),
    writeOffLimit: base === 'JPY' ? limit : `${limit.slice(0, -2)}.${limit.slice(-2)}`,
    customerCreditAccount: await code(s.customerCreditAccountId),
    vendorCreditAccount: await code(s.vendorCreditAccountId),
  };
}

export async function savePaymentSettings(
  tx: Tx,
  ctx: ServiceContext,
  input: SettingsText,
): Promise<SettingsText> {
  const base = (await getCompany(tx, ctx.companyId)).baseCurrency;
  await saveSettings(tx, ctx, {
    writeOffAccountId: await resolve(tx, ctx.companyId, 'writeOffAccount', input.writeOffAccount),
    writeOffLimitMinor: parseMoney(input.writeOffLimit, base).amount,
    customerCreditAccountId: await resolve(
      tx,
      ctx.companyId,
      'customerCreditAccount',
      input.customerCreditAccount,
    ),
    vendorCreditAccountId: await resolve(tx, ctx.companyId, 'vendorCreditAccount', input.vendorCreditAccount),
  });
  return paymentSettingsText(tx, ctx.companyId);
}
