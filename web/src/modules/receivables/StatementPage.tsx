import { Alert, Button, Card, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { api, apiUrl, type Page } from '../../api';
import type { ApiResponse, Schema } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { useFormat, useT } from '../../i18n';
import type { PartySummary } from '../../lib/records';
import { PERM } from '../../permissions';
import { useCan } from '../../session';
import { DateField, today } from './common';

type CustomerStatement = Schema<'CustomerStatement'>;

export function StatementPage() {
  const t = useT();
  const f = useFormat();
  const can = useCan();
  const [asOf, setAsOf] = useState(today());
  const initial = useSearch({ strict: false }) as { partyId?: string };
  const [partyId, setPartyId] = useState<string | null>(initial.partyId ?? null);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 300);
  const customers = useQuery({
    queryKey: ['parties', 'customers', q],
    queryFn: () => api.get<Page<PartySummary>>('/parties', { role: 'customer', q, limit: 50 }),
  });
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(asOf);
  const statement = useQuery({
    queryKey: ['statement', partyId, asOf],
    queryFn: () => api.get<CustomerStatement>(`/parties/${partyId}/statement`, { asOf }),
    enabled: !!partyId && valid,
  });
  const email = useMutation({
    mutationFn: () =>
      api.post<ApiResponse<'/parties/{id}/statement/email', 'post'>>(`/parties/${partyId}/statement/email`, {
        asOf,
      }),
  });
  const s = statement.data;
  const options = (customers.data?.items ?? []).map((p) => ({
    value: p.id,
    label: `${p.code} — ${p.legalName}`,
  }));
  // A customer chosen elsewhere (the customer page's Statement button) is listed even before a search finds it.
  if (s && !options.some((o) => o.value === s.party.id))
    options.unshift({ value: s.party.id, label: `${s.party.code} — ${s.party.legalName}` });

  return (
    <>
      <PageTitle title={t('statement.title')} description={t('statement.subtitle')} />
      <Group mb="md" align="flex-end" gap="sm">
        <Select
          label={t('statement.customer')}
          placeholder={t('statement.pickCustomer')}
          data={options}
          value={partyId}
          onChange={(v) => {
            setPartyId(v);
            email.reset();
          }}
          searchable
          searchValue={search}
          onSearchChange={setSearch}
          w={360}
          data-testid="statement-customer"
        />
        <DateField label={t('aging.asOf')} value={asOf} onChange={setAsOf} />
        {partyId && valid && (
          <Button
            component="a"
            href={apiUrl(`/parties/${partyId}/statement`, { asOf, format: 'pdf' })}
            download
            variant="default"
            data-testid="statement-pdf"
          >
            {t('statement.pdf')}
          </Button>
        )}
        {partyId && valid && can(PERM.receivablesManage) && (
          <Button onClick={() => email.mutate()} loading={email.isPending} data-testid="statement-email">
            {t('statement.email')}
          </Button>
        )}
      </Group>
      {(statement.error || email.error) && <ErrorAlert error={statement.error ?? email.error} />}
      {email.data && (
        <Alert color="teal" mb="md" data-testid="statement-emailed">
          {t('statement.emailed', { to: email.data.to })}
        </Alert>
      )}
      {s && s.groups.length === 0 && <Text c="dimmed">{t('statement.nothing')}</Text>}
      <Stack>
        {s?.groups.map((g) => (
          <Card withBorder key={g.currency} data-testid="statement-group">
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('aging.number')}</Table.Th>
                  <Table.Th>{t('aging.issued')}</Table.Th>
                  <Table.Th>{t('aging.due')}</Table.Th>
                  <Table.Th ta="right">{t('aging.daysPastDue')}</Table.Th>
                  <Table.Th ta="right">{t('aging.open')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {g.documents.map((d) => (
                  <Table.Tr key={d.documentId}>
                    <Table.Td ff="monospace">{d.number}</Table.Td>
                    <Table.Td>{f.date(d.issueDate)}</Table.Td>
                    <Table.Td>{f.date(d.dueDate)}</Table.Td>
                    <Table.Td ta="right" c={d.daysPastDue > 0 ? 'red' : undefined}>
                      {d.daysPastDue > 0 ? d.daysPastDue : ''}
                    </Table.Td>
                    <Table.Td ta="right" ff="monospace">
                      {f.money(d.open, g.currency)}
                    </Table.Td>
                  </Table.Tr>
                ))}
                <Table.Tr fw={700}>
                  <Table.Td colSpan={3}>{t('aging.total')}</Table.Td>
                  <Table.Td ta="right" c="red">
                    {t('statement.overdue')}: {f.money(g.overdue, g.currency)}
                  </Table.Td>
                  <Table.Td ta="right" ff="monospace">
                    {f.money(g.total, g.currency)}
                  </Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
          </Card>
        ))}
      </Stack>
    </>
  );
}
