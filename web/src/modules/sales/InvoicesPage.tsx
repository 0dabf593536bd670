import { Badge, Button, NativeSelect, Table, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useFormat, useT } from '../../i18n';
import { PERM } from '../../permissions';
import { useCan } from '../../session';
import { ListPage } from '../../ui/ListPage';
import { Money, num } from '../../ui/Money';
import { useCursorList } from '../../useCursorList';
import { type Invoice, statusColor } from './salesApi';

const STATUSES = ['all', 'draft', 'open', 'overdue', 'issued', 'partially_paid', 'paid', 'credited'] as const;

export function InvoicesPage() {
  const t = useT();
  const f = useFormat();
  const can = useCan();
  const navigate = useNavigate();
  // A link may open the list filtered (the home's "overdue invoices": ?status=overdue).
  const linked = (useSearch({ strict: false }) as { status?: string }).status;
  const [status, setStatus] = useState<(typeof STATUSES)[number]>(
    STATUSES.find((s) => s === linked) ?? 'all',
  );
  const [kind, setKind] = useState('');
  const [q, setQ] = useState('');
  const [debouncedQ] = useDebouncedValue(q, 300);
  const filters = {
    status: status === 'all' ? undefined : status,
    kind: kind || undefined,
    q: debouncedQ.trim() || undefined,
  };
  const list = useCursorList<Invoice>('/sales/invoices', filters);
  return (
    <ListPage
      title={t('sales.invoices.title')}
      description={t('sales.invoices.subtitle')}
      exportPath="/sales/invoices"
      query={filters}
      testId="invoices"
      list={list}
      actions={
        can(PERM.salesManage) && (
          <Button onClick={() => navigate({ to: '/sales/invoices/new' })} data-testid="invoice-new">
            {t('sales.new')}
          </Button>
        )
      }
      filters={
        <>
          <NativeSelect
            label={t('sales.filter.status')}
            value={status}
            onChange={(e) => setStatus(e.currentTarget.value as (typeof STATUSES)[number])}
            data={STATUSES.map((s) => ({ value: s, label: t(`sales.status.${s}`) }))}
            w={180}
            data-testid="invoices-status"
          />
          <NativeSelect
            label={t('sales.filter.kind')}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value)}
            data={[
              { value: '', label: t('sales.status.all') },
              { value: 'invoice', label: t('sales.kind.invoice') },
              { value: 'credit_note', label: t('sales.kind.credit_note') },
            ]}
            w={180}
          />
          <TextInput
            label={t('common.search')}
            placeholder={t('sales.search')}
            type="search"
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
            w={260}
          />
        </>
      }
      head={
        <>
          <Table.Th>{t('sales.col.number')}</Table.Th>
          <Table.Th>{t('sales.col.customer')}</Table.Th>
          <Table.Th>{t('sales.col.issueDate')}</Table.Th>
          <Table.Th>{t('sales.col.dueDate')}</Table.Th>
          <Table.Th style={num}>{t('sales.col.total')}</Table.Th>
          <Table.Th style={num}>{t('sales.col.open')}</Table.Th>
          <Table.Th>{t('sales.col.status')}</Table.Th>
        </>
      }
      row={(i) => (
        <>
          <Table.Td ff="monospace">
            <Link to="/sales/invoices/$invoiceId" params={{ invoiceId: i.id }}>
              {i.number ?? t('sales.draftNumber')}
            </Link>
            {i.kind === 'credit_note' && (
              <Badge ml="xs" size="xs" variant="outline">
                {t('sales.kind.credit_note')}
              </Badge>
            )}
          </Table.Td>
          <Table.Td>{i.customer}</Table.Td>
          <Table.Td>{i.issueDate ? f.date(i.issueDate) : ''}</Table.Td>
          <Table.Td>{i.dueDate ? f.date(i.dueDate) : ''}</Table.Td>
          <Table.Td style={num}>
            <Money amount={i.total} currency={i.currency} />
          </Table.Td>
          <Table.Td style={num}>
            {i.status !== 'draft' && <Money amount={i.open} currency={i.currency} />}
          </Table.Td>
          <Table.Td>
            <Badge color={statusColor[i.status]} variant="light">
              {t(`sales.status.${i.status}`)}
            </Badge>
            {i.overdue && (
              <Badge color="red" variant="light" ml={4} data-testid="invoice-overdue">
                {t('sales.overdueBy', { days: String(i.daysOverdue) })}
              </Badge>
            )}
          </Table.Td>
        </>
      )}
    />
  );
}
