import { Card, Checkbox, Group, Stack, Text } from '@mantine/core';
import { useT } from '../i18n';
import type { CurrencyTotal, ListColumn } from './listColumns';
import { Money } from './Money';

/**
 * The phone layout of a ListPage: one card per row with the key fields (title, status, amount, a line of
 * the other fields marked `meta`) instead of a table wider than the screen; the totals follow as cards too.
 */
export function ListCards<T extends { id: string }>({
  items,
  columns,
  totals,
  selected,
  toggle,
  rowTestId,
  nameOf,
}: {
  items: T[];
  columns: ListColumn<T>[];
  totals: CurrencyTotal[] | undefined;
  selected: ReadonlySet<string> | null;
  toggle: (id: string) => void;
  rowTestId?: string | undefined;
  nameOf: (item: T) => string;
}) {
  const t = useT();
  const by = (place: ListColumn<T>['card']) => columns.filter((c) => c.card === place);
  const title = by('title')[0] ?? columns[0];
  return (
    <Stack gap="xs" data-testid="list-cards">
      {items.map((item) => (
        <Card
          key={item.id}
          withBorder
          padding="sm"
          data-testid={rowTestId ? `${rowTestId}-card` : 'list-card'}
        >
          <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
            <Group gap="xs" wrap="nowrap">
              {selected && (
                <Checkbox
                  checked={selected.has(item.id)}
                  onChange={() => toggle(item.id)}
                  aria-label={t('list.selectRow', { name: nameOf(item) })}
                />
              )}
              <Text fw={600} style={{ whiteSpace: 'nowrap' }}>
                {title?.cell(item)}
              </Text>
            </Group>
            <Group gap="xs" wrap="nowrap">
              {by('amount').map((c) => (
                <div key={c.key}>{c.cell(item)}</div>
              ))}
            </Group>
          </Group>
          <Group justify="space-between" align="flex-end" gap="xs" mt={4}>
            <Stack gap={0}>
              {by('meta').map((c) => (
                <Text key={c.key} size="sm" c="dimmed">
                  {c.cell(item)}
                </Text>
              ))}
            </Stack>
            <Group gap={4}>
              {by('status').map((c) => (
                <div key={c.key}>{c.cell(item)}</div>
              ))}
            </Group>
          </Group>
        </Card>
      ))}
      {totals?.map((tot) => (
        <Card
          key={tot.currency}
          withBorder
          padding="sm"
          bg="var(--mantine-color-default-hover)"
          data-testid="totals-card"
        >
          <Group justify="space-between">
            <Text fw={700}>{t('list.totals', { currency: tot.currency, count: String(tot.count) })}</Text>
            {by('amount')
              .filter((c) => c.total)
              .slice(0, 1)
              .map((c) => (
                <Money
                  key={c.key}
                  amount={String(tot[c.total as string] ?? '')}
                  currency={tot.currency}
                  strong
                />
              ))}
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
