import { Button, Checkbox, Group, Paper, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { type ReactNode, useMemo, useState } from 'react';
import type { Query } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { ExportLinks } from '../components/ExportLinks';
import { LoadMore } from '../components/LoadMore';
import { PageTitle } from '../components/PageTitle';
import { useT } from '../i18n';
import type { useCursorList } from '../useCursorList';
import { ListCards } from './ListCards';
import { ColumnChooser, type CurrencyTotal, type ListColumn, SortHeader, TotalsRows } from './listColumns';
import { SavedViewsMenu } from './SavedViewsMenu';
import { ShortcutsHelp, useListKeys } from './ShortcutsHelp';
import { useColumnChoice } from './useColumnChoice';
import type { ListParams } from './useListParams';

export type { CurrencyTotal, ListColumn } from './listColumns';

type ListProps<T extends { id: string }> = {
  title: string;
  description?: string;
  actions?: ReactNode;
  /** The API path the list and its export read (`/sales/invoices`); none for a list without an export. */
  exportPath?: string;
  query?: Query;
  /** Test ids: `<testId>-table` and the export links'. */
  testId: string;
  filters?: ReactNode;
  list: ReturnType<typeof useCursorList<T>>;
  minWidth?: number;
  /** The empty state's text; "Nothing here yet" by default. */
  emptyText?: string;
  /** A test id on every row (`journal-row`), for tests that count or pick rows. */
  rowTestId?: string;
  children?: ReactNode;
  /** `N` runs it (the page's "new" action). */
  onNew?: () => void;
} & (
  | {
      /** The header cells and one item's cells (a plain table: no sorting, chooser, cards or selection). */
      head: ReactNode;
      row: (item: T) => ReactNode;
      columns?: never;
    }
  | ({ columns: ListColumn<T>[]; head?: never; row?: never } & ColumnsProps<T>)
);

/** What a list with declared columns adds: server sort, column chooser, saved views, totals, selection. */
interface ColumnsProps<T> {
  /** The list's key for saved views and the column chooser (`sales.invoices`). */
  listKey?: string;
  sort?: string | undefined;
  onSort?: (sort: string | undefined) => void;
  /** The list's URL parameters and how to replace them (saved views). */
  views?: { params: ListParams; apply: (params: ListParams) => void };
  /** Bulk actions for the selected rows (the selection column shows only with it). */
  bulk?: (selected: T[], clear: () => void) => ReactNode;
  /** A short name of a row for the select checkbox's label. */
  nameOf?: (item: T) => string;
}

/**
 * A list page: title with the CSV/XLSX export of the whole filtered list and the page's actions, the filters,
 * the error, the table of a cursor-paged list (`useCursorList`), the empty state and "load more".
 * The page keeps its filter state (in the URL: `useListParams`) and passes the same `query` to the list and
 * the export. With `columns` the list also sorts on the server by a header click, lets a person hide columns
 * (remembered), saves views, shows the per-currency totals the list route returns on its first page, selects
 * rows for the page's bulk actions, and turns into cards on a phone. `N` and `?` work on every list.
 */
export function ListPage<T extends { id: string }>(props: ListProps<T>) {
  const { title, description, actions, exportPath, query, testId, filters, list, children, onNew } = props;
  const t = useT();
  const keys = useListKeys(onNew);
  const listKey = props.columns ? props.listKey : undefined;
  const views = props.columns ? props.views : undefined;
  return (
    <>
      <PageTitle
        title={title}
        description={description}
        actions={
          <>
            {exportPath && <ExportLinks path={exportPath} query={query ?? {}} testId={testId} />}
            {listKey && views && (
              <SavedViewsMenu listKey={listKey} params={views.params} apply={views.apply} />
            )}
            {actions}
          </>
        }
      />
      {children}
      {filters && (
        <Group mb="md" align="flex-end" gap="sm" role="search" aria-label={t('common.filters')}>
          {filters}
        </Group>
      )}
      {list.error && <ErrorAlert error={list.error} />}
      {props.columns ? (
        <ColumnsList {...props} columns={props.columns} />
      ) : (
        <PlainTable {...props} head={props.head} row={props.row} />
      )}
      {list.isSuccess && list.items.length === 0 && (
        <Text c="dimmed" ta="center" py="lg">
          {props.emptyText ?? t('common.empty')}
        </Text>
      )}
      <LoadMore
        hasMore={!!list.hasNextPage}
        loading={list.isFetchingNextPage}
        onClick={() => list.fetchNextPage()}
      />
      <ShortcutsHelp opened={keys.helpOpen} onClose={keys.closeHelp} />
    </>
  );
}

function PlainTable<T extends { id: string }>({
  list,
  head,
  row,
  minWidth = 800,
  testId,
  rowTestId,
}: ListProps<T> & { head: ReactNode; row: (item: T) => ReactNode }) {
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table striped highlightOnHover data-testid={`${testId}-table`}>
        <Table.Thead>
          <Table.Tr>{head}</Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.items.map((item) => (
            <Table.Tr key={item.id} data-testid={rowTestId}>
              {row(item)}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function ColumnsList<T extends { id: string }>(
  props: ListProps<T> & ColumnsProps<T> & { columns: ListColumn<T>[] },
) {
  const { list, columns, testId, rowTestId, minWidth = 800, sort, onSort, bulk, listKey } = props;
  const t = useT();
  const phone = useMediaQuery('(max-width: 36em)');
  const choice = useColumnChoice(listKey);
  const shown = columns.filter((c, i) => i === 0 || !choice.hidden.has(c.key));
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const toggle = (id: string) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const clear = () => setSelected(new Set());
  const picked = useMemo(() => list.items.filter((i) => selected.has(i.id)), [list.items, selected]);
  const totals = (list.data?.pages[0] as { totals?: CurrencyTotal[] } | undefined)?.totals;
  const nameOf = props.nameOf ?? ((i: T) => i.id);
  const allOnPage = list.items.length > 0 && list.items.every((i) => selected.has(i.id));
  return (
    <>
      <Group justify="space-between" mb="xs" gap="xs">
        {bulk && picked.length > 0 ? (
          <Paper withBorder px="sm" py={4} data-testid="bulk-bar">
            <Group gap="xs">
              <Text size="sm" fw={600}>
                {t('list.selected', { count: String(picked.length) })}
              </Text>
              {bulk(picked, clear)}
              <Button variant="subtle" size="xs" onClick={clear}>
                {t('list.clearSelection')}
              </Button>
            </Group>
          </Paper>
        ) : (
          <span />
        )}
        {!phone && listKey && (
          <ColumnChooser columns={columns} hidden={choice.hidden} toggle={choice.toggle} />
        )}
      </Group>
      {phone ? (
        <ListCards
          items={list.items}
          columns={columns}
          totals={totals}
          selected={bulk ? selected : null}
          toggle={toggle}
          rowTestId={rowTestId}
          nameOf={nameOf}
        />
      ) : (
        <Table.ScrollContainer minWidth={minWidth}>
          <Table striped highlightOnHover data-testid={`${testId}-table`}>
            <Table.Thead>
              <Table.Tr>
                {bulk && (
                  <Table.Th w={40}>
                    <Checkbox
                      aria-label={t('list.selectAll')}
                      checked={allOnPage}
                      indeterminate={!allOnPage && picked.length > 0}
                      onChange={() =>
                        setSelected(allOnPage ? new Set() : new Set(list.items.map((i) => i.id)))
                      }
                      data-testid="select-all"
                    />
                  </Table.Th>
                )}
                {shown.map((c) => (
                  <SortHeader key={c.key} column={c} sort={sort} onSort={(s) => onSort?.(s)} />
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.items.map((item) => (
                <Table.Tr key={item.id} data-testid={rowTestId}>
                  {bulk && (
                    <Table.Td>
                      <Checkbox
                        aria-label={t('list.selectRow', { name: nameOf(item) })}
                        checked={selected.has(item.id)}
                        onChange={() => toggle(item.id)}
                        data-testid="select-row"
                      />
                    </Table.Td>
                  )}
                  {shown.map((c) => (
                    <Table.Td
                      key={c.key}
                      style={c.numeric ? { textAlign: 'right', whiteSpace: 'nowrap' } : undefined}
                    >
                      {c.cell(item)}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
            {totals && totals.length > 0 && (
              <TotalsRows totals={totals} columns={shown} selectable={!!bulk} />
            )}
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}
