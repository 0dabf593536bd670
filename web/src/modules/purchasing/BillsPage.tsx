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
import { type Bill, billStatusColor } from './purchasingApi';

const STATUSES = [
  'all',
  'draft',
  'submitted',
  'approved',
  'open',
  'overdue',
  'posted',
  'partially_paid',
  'paid',
  'void',
] as const;

export function BillsPage() {
  const t = useT();
  const f = useFormat();
  const can = useCan();
  const navigate = useNavigate();
  // A link may open the list filtered (the home's "overdue invoices": ?status=overdue).
  const linked = (useSearch({ strict: false }) as { status?: string }).status;
  const [status, setStatus] = useState<(typeof STATUSES)[number]>(
    STATUSES.find((s) => s === linked) ?? 'all',
  );
  const [q, setQ] = useState('');
  const [debouncedQ] = useDebouncedValue(q, 300);
  const filters = { status: status === 'all' ? undefined : status, q: debouncedQ.trim() || undefined };
  const list = useCursorList<Bill>('/purchasing/bills', filters);
  return (
    <ListPage
      title={t('purchasing.bills.title')}
      description={t('purchasing.bills.subtitle')}
      exportPath="/purchasing/bills"
      query={filters}
      testId="bills"
      list={list}
      onNew={can(PERM.purchasingManage) ? () => navigate({ to: '/purchasing/bills/new' }) : undefined}
      actions={
        <>
          <Button
            variant="default"
            onClick={() => navigate({ to: '/purchasing/inbox' })}
            data-testid="bills-inbox"
          >
            {t('purchasing.inbox.title')}
          </Button>
          {can(PERM.purchasingManage) && (
            <Button onClick={() => navigate({ to: '/purchasing/bills/new' })} data-testid="bill-new">
              {t('purchasing.new')}
            </Button>
          )}
        </>
      }
      filters={
        <>
          <NativeSelect
            label={t('purchasing.col.status')}
            value={status}
            onChange={(e) => setStatus(e.currentTarget.value as (typeof STATUSES)[number])}
            data={STATUSES.map((s) => ({ value: s, label: t(`purchasing.status.${s}`) }))}
            w={180}
            data-testid="bills-status"
          />
          <TextInput
            label={t('common.search')}
            placeholder={t('purchasing.search')}
            type="search"
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
            w={260}
          />
        </>
      }
      head={
        <>
          <Table.Th>{t('purchasing.col.number')}</Table.Th>
          <Table.Th>{t('purchasing.col.vendor')}</Table.Th>
          <Table.Th>{t('purchasing.col.issueDate')}</Table.Th>
          <Table.Th>{t('purchasing.col.dueDate')}</Table.Th>
          <Table.Th style={num}>{t('purchasing.col.total')}</Table.Th>
          <Table.Th style={num}>{t('purchasing.col.open')}</Table.Th>
          <Table.Th>{t('purchasing.col.status')}</Table.Th>
        </>
      }
      row={(b) => (
        <>
          <Table.Td ff="monospace">
            <Link to="/purchasing/bills/$billId" params={{ billId: b.id }}>
              {b.vendorInvoiceNumber}
            </Link>
            {b.source !== 'manual' && (
              <Badge ml="xs" size="xs" variant="outline">
                {t(`purchasing.source.${b.source}`)}
              </Badge>
            )}
          </Table.Td>
          <Table.Td>{b.vendorName}</Table.Td>
          <Table.Td>{f.date(b.issueDate)}</Table.Td>
          <Table.Td>{f.date(b.dueDate)}</Table.Td>
          <Table.Td style={num}>
            <Money amount={b.total} currency={b.currency} />
          </Table.Td>
          <Table.Td style={num}>
            {['posted', 'partially_paid', 'paid'].includes(b.status) && (
              <Money amount={b.open} currency={b.currency} />
            )}
          </Table.Td>
          <Table.Td>
            <Badge color={billStatusColor[b.status]} variant="light">
              {t(`purchasing.status.${b.status}`)}
            </Badge>
            {b.overdue && (
              <Badge color="red" variant="light" ml={4} data-testid="bill-overdue">
                {t('purchasing.overdueBy', { days: String(b.daysOverdue) })}
              </Badge>
            )}
          </Table.Td>
        </>
      )}
    />
  );
}
