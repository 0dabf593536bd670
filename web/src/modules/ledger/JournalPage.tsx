import { Anchor, Button, NativeSelect, Table, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import type { ApiItem } from '../../api/types';
import { RequirePermission } from '../../components/Forbidden';
import { useFormat, useT } from '../../i18n';
import { PERM } from '../../permissions';
import { useCan } from '../../session';
import { ListPage } from '../../ui/ListPage';
import { Money, num } from '../../ui/Money';
import { useCursorList } from '../../useCursorList';
import { StatusBadge } from './common';
import { useBaseCurrency } from './ledgerApi';

type Filters = { status?: string; from?: string; to?: string; q?: string };

export function JournalPage() {
  return (
    <RequirePermission anyOf={[PERM.ledgerRead]}>
      <Journal />
    </RequirePermission>
  );
}

function Journal() {
  const t = useT();
  const f = useFormat();
  const can = useCan();
  const currency = useBaseCurrency();
  const search = useSearch({ strict: false }) as Filters;
  const navigate = useNavigate();
  const setFilter = (patch: Filters) =>
    navigate({ to: '/ledger/journal', search: { ...search, ...patch }, replace: true });
  const [q] = useDebouncedValue(search.q ?? '', 300);
  const filters = { status: search.status, from: search.from, to: search.to, q: q.trim() };
  const list = useCursorList<ApiItem<'/ledger/entries'>>('/ledger/entries', filters);
  return (
    <ListPage
      title={t('ledger.journal.title')}
      description={t('ledger.journal.subtitle')}
      exportPath="/ledger/entries"
      query={filters}
      testId="journal"
      onNew={can(PERM.ledgerDraft) ? () => navigate({ to: '/ledger/entries/new' }) : undefined}
      actions={
        can(PERM.ledgerDraft) && (
          <Button component={Link} to="/ledger/entries/new" data-testid="new-entry">
            {t('ledger.entry.new')}
          </Button>
        )
      }
      filters={
        <>
          <NativeSelect
            label={t('field.status')}
            value={search.status ?? ''}
            onChange={(e) => setFilter({ status: e.currentTarget.value || undefined })}
            data={[
              { value: '', label: t('common.all') },
              ...(['draft', 'pending_approval', 'posted'] as const).map((s) => ({
                value: s,
                label: t(`ledger.status.${s}`),
              })),
            ]}
            data-testid="journal-status"
          />
          <TextInput
            type="date"
            label={t('common.from')}
            value={search.from ?? ''}
            onChange={(e) => setFilter({ from: e.currentTarget.value || undefined })}
          />
          <TextInput
            type="date"
            label={t('common.to')}
            value={search.to ?? ''}
            onChange={(e) => setFilter({ to: e.currentTarget.value || undefined })}
          />
          <TextInput
            type="search"
            label={t('common.search')}
            placeholder={t('ledger.journal.searchPlaceholder')}
            value={search.q ?? ''}
            onChange={(e) => setFilter({ q: e.currentTarget.value || undefined })}
            w={260}
          />
        </>
      }
      list={list}
      minWidth={720}
      rowTestId="journal-row"
      head={
        <>
          <Table.Th>{t('ledger.field.number')}</Table.Th>
          <Table.Th>{t('ledger.field.date')}</Table.Th>
          <Table.Th>{t('ledger.field.description')}</Table.Th>
          <Table.Th>{t('ledger.field.reference')}</Table.Th>
          <Table.Th>{t('field.status')}</Table.Th>
          <Table.Th style={num}>{t('ledger.field.total')}</Table.Th>
        </>
      }
      row={(e) => (
        <>
          <Table.Td>{e.number ? `#${e.number}` : '—'}</Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>{f.date(e.date)}</Table.Td>
          <Table.Td>
            <Anchor component={Link} to={`/ledger/entries/${e.id}`}>
              {e.description || t('ledger.entry.noDescription')}
            </Anchor>
          </Table.Td>
          <Table.Td>{e.reference ?? ''}</Table.Td>
          <Table.Td>
            <StatusBadge status={e.status} reversed={!!e.reversedById} />
          </Table.Td>
          <Table.Td style={num}>
            {e.status === 'posted' && <Money amount={e.total} currency={currency} />}
          </Table.Td>
        </>
      )}
    />
  );
}
