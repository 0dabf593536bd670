import { Group, Text } from '@mantine/core';
import { useFormat, useT } from '../../i18n';
import { fromMinor } from '../../lib/decimal';
import type { Totals } from './entryForm';

/** The running totals under the grid: debits, credits and the difference (debits − credits), announced live. */
export function EntryTotals({ totals }: { totals: Totals }) {
  const t = useT();
  const f = useFormat();
  const money = (minor: bigint, decimals: number, currency: string) =>
    f.money(fromMinor(minor, decimals), currency);
  return (
    <div aria-live="polite" data-testid="entry-totals">
      {totals.currencies.map((c) => {
        const diff = c.debit - c.credit;
        return (
          <Group key={c.currency} gap="lg" justify="flex-end" wrap="wrap">
            <Text size="sm">
              {t('ledger.form.totalDebit')}: <strong>{money(c.debit, c.decimals, c.currency)}</strong>
            </Text>
            <Text size="sm">
              {t('ledger.form.totalCredit')}: <strong>{money(c.credit, c.decimals, c.currency)}</strong>
            </Text>
            <Text
              size="sm"
              c={diff === 0n ? 'teal' : 'red'}
              data-testid="entry-difference"
              data-difference={fromMinor(diff, c.decimals)}
            >
              {t('ledger.form.difference')}: <strong>{money(diff, c.decimals, c.currency)}</strong>
            </Text>
          </Group>
        );
      })}
      {totals.currencies.length > 1 && (
        <Text size="xs" c="dimmed" ta="right">
          {t('ledger.form.multiCurrency')}
        </Text>
      )}
      <Text
        size="sm"
        ta="right"
        fw={600}
        c={totals.balanced ? 'teal' : 'dimmed'}
        data-testid="entry-balanced"
      >
        {totals.balanced ? t('ledger.form.balanced') : t('ledger.form.notBalanced')}
      </Text>
    </div>
  );
}
