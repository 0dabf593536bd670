import { Badge, Button, NativeSelect, Table, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useLocale, useT } from '../../i18n';
import { PERM } from '../../permissions';
import { useCan } from '../../session';
import { ListPage } from '../../ui/ListPage';
import { CountrySelect, countryName } from '../../ui/pickers';
import { useCursorList } from '../../useCursorList';
import { ImportPartiesModal } from './ImportPartiesModal';
import { type PartySummary, roleLabel } from './partiesApi';

function PartyList({ partyRole: role }: { partyRole: 'customer' | 'vendor' }) {
  const t = useT();
  const { locale } = useLocale();
  const can = useCan();
  const canManage = can(PERM.partiesManage);
  const [q, setQ] = useState('');
  const [country, setCountry] = useState('');
  const [active, setActive] = useState('true');
  const [importing, setImporting] = useState(false);
  const navigate = useNavigate();
  const [debouncedQ] = useDebouncedValue(q, 300);
  const filters = { role, q: debouncedQ.trim(), country: country.trim().toUpperCase(), active };
  const list = useCursorList<PartySummary>('/parties', filters);
  const plural = role === 'customer' ? 'customers' : 'vendors';

  return (
    <>
      <ListPage
        title={t(`parties.${plural}.title`)}
        description={t(`parties.${plural}.subtitle`)}
        exportPath="/parties"
        query={filters}
        testId={plural}
        onNew={canManage ? () => navigate({ to: '/parties/new', search: { role } }) : undefined}
        actions={
          <>
            {canManage && (
              <Button variant="default" onClick={() => setImporting(true)} data-testid="parties-import">
                {t('parties.import')}
              </Button>
            )}
            {canManage && (
              <Button
                onClick={() => navigate({ to: '/parties/new', search: { role } })}
                data-testid="party-new"
              >
                {t(`parties.new.${role}`)}
              </Button>
            )}
          </>
        }
        filters={
          <>
            <TextInput
              label={t('common.search')}
              placeholder={t('parties.searchPlaceholder')}
              type="search"
              value={q}
              onChange={(e) => setQ(e.currentTarget.value)}
              w={280}
              data-testid="parties-search"
            />
            <CountrySelect
              label={t('parties.country')}
              placeholder={t('common.all')}
              value={country}
              onChange={setCountry}
              clearable
              w={240}
              data-testid="parties-country"
            />
            <NativeSelect
              label={t('parties.status')}
              value={active}
              onChange={(e) => setActive(e.currentTarget.value)}
              data={[
                { value: 'true', label: t('parties.active') },
                { value: 'false', label: t('parties.inactive') },
                { value: 'all', label: t('common.all') },
              ]}
              w={150}
            />
          </>
        }
        list={list}
        minWidth={700}
        head={
          <>
            <Table.Th>{t('parties.col.code')}</Table.Th>
            <Table.Th>{t('parties.col.name')}</Table.Th>
            <Table.Th>{t('parties.col.role')}</Table.Th>
            <Table.Th>{t('parties.col.vat')}</Table.Th>
            <Table.Th>{t('parties.col.country')}</Table.Th>
            <Table.Th>{t('parties.col.currency')}</Table.Th>
            <Table.Th>{t('parties.col.terms')}</Table.Th>
          </>
        }
        row={(p) => (
          <>
            <Table.Td ff="monospace">{p.code}</Table.Td>
            <Table.Td>
              <Link to="/parties/$partyId" params={{ partyId: p.id }}>
                {p.legalName}
              </Link>
              {!p.active && (
                <Badge ml="xs" color="gray" variant="light">
                  {t('parties.inactive')}
                </Badge>
              )}
            </Table.Td>
            <Table.Td>{t(`parties.role.${roleLabel(p)}`)}</Table.Td>
            <Table.Td>{p.vatId ?? ''}</Table.Td>
            <Table.Td title={p.address.country ?? undefined}>
              {countryName(locale, p.address.country)}
            </Table.Td>
            <Table.Td>{p.currency}</Table.Td>
            <Table.Td>{t('parties.termsDays', { days: p.paymentTermsDays })}</Table.Td>
          </>
        )}
      />
      {importing && <ImportPartiesModal onClose={() => setImporting(false)} />}
    </>
  );
}

export function CustomersPage() {
  return <PartyList partyRole="customer" />;
}

export function VendorsPage() {
  return <PartyList partyRole="vendor" />;
}
