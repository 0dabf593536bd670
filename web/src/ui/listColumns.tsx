import { Button, Checkbox, Menu, Table, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from '../i18n';
import { Money, num } from './Money';

/**
 * A column of a ListPage table. `sort` is the list route's sort key (the header then sorts server-side);
 * `total` names the field of the per-currency totals shown under it; `card` is its place on the phone card.
 */
export interface ListColumn<T> {
  key: string;
  label: string;
  cell: (item: T) => ReactNode;
  sort?: string;
  numeric?: boolean;
  total?: string;
  /** The first column and columns with `hideable: false` stay in the column chooser's "always" set. */
  hideable?: boolean;
  card?: 'title' | 'status' | 'amount' | 'meta';
}

/** Totals of the whole filtered set, one row per currency (`count` documents; other fields amounts). */
export type CurrencyTotal = { currency: string; count: number } & Record<string, string | number>;

/** The next sort after clicking a header: ascending, then descending, then back to the list's default. */
export function nextSort(current: string | undefined, key: string): string | undefined {
  if (current === key) return `-${key}`;
  if (current === `-${key}`) return undefined;
  return key;
}

export function SortHeader<T>({
  column,
  sort,
  onSort,
}: {
  column: ListColumn<T>;
  sort: string | undefined;
  onSort: (sort: string | undefined) => void;
}) {
  const t = useT();
  const style = column.numeric ? num : undefined;
  if (!column.sort) return <Table.Th style={style}>{column.label}</Table.Th>;
  const dir = sort === column.sort ? 'ascending' : sort === `-${column.sort}` ? 'descending' : 'none';
  const arrow = dir === 'ascending' ? ' ▲' : dir === 'descending' ? ' ▼' : '';
  return (
    <Table.Th style={style} aria-sort={dir}>
      <UnstyledButton
        fw={700}
        fz="sm"
        onClick={() => onSort(nextSort(sort, column.sort as string))}
        aria-label={t('list.sortBy', { column: column.label })}
        data-testid={`sort-${column.key}`}
      >
        {column.label}
        {arrow}
      </UnstyledButton>
    </Table.Th>
  );
}

/** The column chooser: optional columns on or off (the first column always shows). */
export function ColumnChooser<T>({
  columns,
  hidden,
  toggle,
}: {
  columns: ListColumn<T>[];
  hidden: ReadonlySet<string>;
  toggle: (key: string) => void;
}) {
  const t = useT();
  return (
    <Menu position="bottom-end" closeOnItemClick={false} withinPortal>
      <Menu.Target>
        <Button variant="default" data-testid="columns-menu">
          {t('list.columns')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {columns
          .slice(1)
          .filter((c) => c.hideable !== false)
          .map((c) => (
            <Menu.Item key={c.key} component="div">
              <Checkbox
                label={c.label}
                checked={!hidden.has(c.key)}
                onChange={() => toggle(c.key)}
                data-testid={`column-${c.key}`}
              />
            </Menu.Item>
          ))}
      </Menu.Dropdown>
    </Menu>
  );
}

/** One totals row per currency under the money columns. */
export function TotalsRows<T>({
  totals,
  columns,
  selectable,
}: {
  totals: CurrencyTotal[];
  columns: ListColumn<T>[];
  selectable: boolean;
}) {
  const t = useT();
  return (
    <Table.Tfoot>
      {totals.map((tot) => (
        <Table.Tr key={tot.currency} data-testid="totals-row">
          {selectable && <Table.Td />}
          {columns.map((c, i) => (
            <Table.Td key={c.key} style={c.numeric ? num : undefined} fw={700}>
              {i === 0 && t('list.totals', { currency: tot.currency, count: String(tot.count) })}
              {c.total && <Money amount={String(tot[c.total] ?? '')} currency={tot.currency} strong />}
            </Table.Td>
          ))}
        </Table.Tr>
      ))}
    </Table.Tfoot>
  );
}
