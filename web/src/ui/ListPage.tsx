import { Group, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Query } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { ExportLinks } from '../components/ExportLinks';
import { LoadMore } from '../components/LoadMore';
import { PageTitle } from '../components/PageTitle';
import { useT } from '../i18n';
import type { useCursorList } from '../useCursorList';

/**
 * A list page: title with the CSV/XLSX export of the whole filtered list and the page's actions, the filters,
 * the error, the table of a cursor-paged list (`useCursorList`), the empty state and "load more".
 * The page keeps its filter state and passes the same `query` to the list and the export. A list without an
 * export omits `exportPath`; `children` go between the title and the filters (a summary, an inline form).
 */
export function ListPage<T extends { id: string }>({
  title,
  description,
  actions,
  exportPath,
  query,
  testId,
  filters,
  list,
  head,
  row,
  minWidth = 800,
  emptyText,
  rowTestId,
  children,
}: {
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
  /** The header cells. */
  head: ReactNode;
  /** One item's cells (the row is made here). */
  row: (item: T) => ReactNode;
  minWidth?: number;
  /** The empty state's text; "Nothing here yet" by default. */
  emptyText?: string;
  /** A test id on every row (`journal-row`), for tests that count or pick rows. */
  rowTestId?: string;
  children?: ReactNode;
}) {
  const t = useT();
  return (
    <>
      <PageTitle
        title={title}
        description={description}
        actions={
          <>
            {exportPath && <ExportLinks path={exportPath} query={query ?? {}} testId={testId} />}
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
      {list.isSuccess && list.items.length === 0 && (
        <Text c="dimmed" ta="center" py="lg">
          {emptyText ?? t('common.empty')}
        </Text>
      )}
      <LoadMore
        hasMore={!!list.hasNextPage}
        loading={list.isFetchingNextPage}
        onClick={() => list.fetchNextPage()}
      />
    </>
  );
}
