import { Alert, Badge, Button, List, NativeSelect, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { ApiError, api, downloadFile } from '../../api';
import type { ApiResponse } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormat, useT } from '../../i18n';
import { PERM } from '../../permissions';
import { useCan } from '../../session';
import { type ListColumn, ListPage } from '../../ui/ListPage';
import { Money } from '../../ui/Money';
import { useListParams } from '../../ui/useListParams';
import { useCursorList } from '../../useCursorList';
import { type Invoice, statusColor } from './salesApi';

const STATUSES = ['all', 'draft', 'open', 'overdue', 'issued', 'partially_paid', 'paid', 'credited'] as const;
type Status = (typeof STATUSES)[number];

/** The list's URL parameters as the API's filter; `overdue=true` (a link from the home page) means overdue. */
function filterOf(p: Record<string, string>, q: string) {
  const status = p.overdue === 'true' ? 'overdue' : p.status;
  return {
    status: status && status !== 'all' ? status : undefined,
    kind: p.kind || undefined,
    from: p.from || undefined,
    to: p.to || undefined,
    sort: p.sort || undefined,
    q: q.trim() || undefined,
  };
}

export function InvoicesPage() {
  const t = useT();
  const can = useCan();
  const navigate = useNavigate();
  const { params, set, replaceAll } = useListParams();
  const [q, setQ] = useState(params.q ?? '');
  const [debouncedQ] = useDebouncedValue(q, 300);
  useEffect(() => {
    if ((params.q ?? '') !== debouncedQ.trim()) set({ q: debouncedQ.trim() || undefined });
  }, [debouncedQ, params.q, set]);
  const filters = filterOf(params, params.q ?? '');
  const list = useCursorList<Invoice>('/sales/invoices', filters);
  const bulk = useInvoiceBulk();
  const newInvoice = can(PERM.salesManage) ? () => navigate({ to: '/sales/invoices/new' }) : undefined;
  const status = (filters.status ?? 'all') as Status;
  return (
    <ListPage
      title={t('sales.invoices.title')}
      description={t('sales.invoices.subtitle')}
      exportPath="/sales/invoices"
      query={filters}
      testId="invoices"
      list={list}
      listKey="sales.invoices"
      columns={useInvoiceColumns()}
      sort={filters.sort}
      onSort={(sort) => set({ sort })}
      views={{
        params,
        apply: (p) => {
          setQ(p.q ?? '');
          replaceAll(p);
        },
      }}
      nameOf={(i) => i.number ?? t('sales.draftNumber')}
      bulk={bulk.actions}
      onNew={newInvoice}
      rowTestId="invoice-row"
      actions={
        newInvoice && (
          <Button onClick={newInvoice} data-testid="invoice-new">
            {t('sales.new')}
          </Button>
        )
      }
      filters={
        <>
          <NativeSelect
            label={t('sales.filter.status')}
            value={status}
            onChange={(e) => set({ status: e.currentTarget.value, overdue: undefined })}
            data={STATUSES.map((s) => ({ value: s, label: t(`sales.status.${s}`) }))}
            w={170}
            data-testid="invoices-status"
          />
          <NativeSelect
            label={t('sales.filter.kind')}
            value={params.kind ?? ''}
            onChange={(e) => set({ kind: e.currentTarget.value })}
            data={[
              { value: '', label: t('sales.status.all') },
              { value: 'invoice', label: t('sales.kind.invoice') },
              { value: 'credit_note', label: t('sales.kind.credit_note') },
            ]}
            w={150}
          />
          <TextInput
            label={t('list.dateFrom')}
            type="date"
            value={params.from ?? ''}
            onChange={(e) => set({ from: e.currentTarget.value })}
            w={160}
            data-testid="invoices-from"
          />
          <TextInput
            label={t('list.dateTo')}
            type="date"
            value={params.to ?? ''}
            onChange={(e) => set({ to: e.currentTarget.value })}
            w={160}
            data-testid="invoices-to"
          />
          <TextInput
            label={t('common.search')}
            placeholder={t('sales.search')}
            type="search"
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
            w={220}
          />
        </>
      }
    >
      {bulk.report}
    </ListPage>
  );
}

function useInvoiceColumns(): ListColumn<Invoice>[] {
  const t = useT();
  const f = useFormat();
  return [
    {
      key: 'number',
      label: t('sales.col.number'),
      sort: 'number',
      card: 'title',
      cell: (i) => (
        <>
          <Link
            to="/sales/invoices/$invoiceId"
            params={{ invoiceId: i.id }}
            style={{ fontFamily: 'monospace' }}
          >
            {i.number ?? t('sales.draftNumber')}
          </Link>
          {i.kind === 'credit_note' && (
            <Badge ml="xs" size="xs" variant="outline">
              {t('sales.kind.credit_note')}
            </Badge>
          )}
        </>
      ),
    },
    {
      key: 'customer',
      label: t('sales.col.customer'),
      sort: 'customer',
      card: 'meta',
      cell: (i) => i.customer,
    },
    {
      key: 'issueDate',
      label: t('sales.col.issueDate'),
      sort: 'issueDate',
      card: 'meta',
      cell: (i) => (i.issueDate ? f.date(i.issueDate) : ''),
    },
    {
      key: 'dueDate',
      label: t('sales.col.dueDate'),
      sort: 'dueDate',
      cell: (i) => (i.dueDate ? f.date(i.dueDate) : ''),
    },
    {
      key: 'total',
      label: t('sales.col.total'),
      sort: 'total',
      numeric: true,
      total: 'total',
      card: 'amount',
      cell: (i) => <Money amount={i.total} currency={i.currency} />,
    },
    {
      key: 'open',
      label: t('sales.col.open'),
      numeric: true,
      total: 'open',
      cell: (i) => i.status !== 'draft' && <Money amount={i.open} currency={i.currency} />,
    },
    {
      key: 'status',
      label: t('sales.col.status'),
      sort: 'status',
      card: 'status',
      cell: (i) => (
        <>
          <Badge color={statusColor[i.status]} variant="light">
            {t(`sales.status.${i.status}`)}
          </Badge>
          {i.overdue && (
            <Badge color="red" variant="light" ml={4} data-testid="invoice-overdue">
              {t('sales.overdueBy', { days: String(i.daysOverdue) })}
            </Badge>
          )}
        </>
      ),
    },
  ];
}

/**
 * Bulk actions on the selected invoices, each shown only with its permission: issue the drafts (the batch
 * route: all or nothing), download the PDFs and e-mail the issued ones (one call each; a failure is listed per
 * invoice and the others go on).
 */
function useInvoiceBulk() {
  const t = useT();
  const can = useCan();
  const qc = useQueryClient();
  const [done, setDone] = useState<{ ok: number; failed: string[] } | null>(null);
  const refresh = () => qc.invalidateQueries({ queryKey: ['list', '/sales/invoices'] });
  const issue = useMutation({
    mutationFn: (ids: string[]) =>
      api.post<ApiResponse<'/sales/invoices/issue-batch', 'post'>>('/sales/invoices/issue-batch', { ids }),
    onSuccess: (r) => {
      setDone({ ok: r.issued, failed: [] });
      refresh();
    },
  });
  const each = useMutation({
    mutationFn: async ({ items, run }: { items: Invoice[]; run: (i: Invoice) => Promise<unknown> }) => {
      const failed: string[] = [];
      for (const i of items)
        await run(i).catch((e: unknown) =>
          failed.push(`${i.number ?? i.id}: ${e instanceof ApiError ? e.message : String(e)}`),
        );
      return { ok: items.length - failed.length, failed };
    },
    onSuccess: setDone,
  });
  const actions = (selected: Invoice[], clear: () => void) => {
    const drafts = selected.filter((i) => i.status === 'draft');
    const issued = selected.filter((i) => i.status !== 'draft');
    const busy = issue.isPending || each.isPending;
    return (
      <>
        {can(PERM.salesIssue) && drafts.length > 0 && (
          <Button
            size="xs"
            loading={issue.isPending}
            disabled={busy}
            onClick={() =>
              issue.mutate(
                drafts.map((i) => i.id),
                { onSuccess: clear },
              )
            }
            data-testid="bulk-issue"
          >
            {t('sales.bulk.issue', { count: String(drafts.length) })}
          </Button>
        )}
        {issued.length > 0 && (
          <Button
            size="xs"
            variant="default"
            disabled={busy}
            onClick={() =>
              each.mutate({
                items: issued,
                run: (i) => downloadFile(`/sales/invoices/${i.id}/pdf`, `${i.number ?? i.id}.pdf`),
              })
            }
            data-testid="bulk-pdf"
          >
            {t('sales.bulk.pdf', { count: String(issued.length) })}
          </Button>
        )}
        {can(PERM.salesManage) && issued.length > 0 && (
          <Button
            size="xs"
            variant="default"
            disabled={busy}
            onClick={() =>
              each.mutate({ items: issued, run: (i) => api.post(`/sales/invoices/${i.id}/email`, {}) })
            }
            data-testid="bulk-email"
          >
            {t('sales.bulk.email', { count: String(issued.length) })}
          </Button>
        )}
      </>
    );
  };
  const report = (
    <>
      {issue.error && <ErrorAlert error={issue.error} />}
      {done && (
        <Alert
          color={done.failed.length ? 'orange' : 'green'}
          mb="md"
          withCloseButton
          onClose={() => setDone(null)}
          data-testid="bulk-result"
        >
          {t('list.bulkDone', { count: String(done.ok) })}
          {done.failed.length > 0 && (
            <List size="sm">
              {done.failed.map((f) => (
                <List.Item key={f}>{f}</List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
    </>
  );
  return { actions, report };
}
