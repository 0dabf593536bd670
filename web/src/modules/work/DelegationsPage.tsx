import {
  Badge,
  Button,
  Card,
  Group,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api';
import type { ApiResponse } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RequirePermission } from '../../components/Forbidden';
import { PageTitle } from '../../components/PageTitle';
import { useFormat, useT } from '../../i18n';
import { useAllPeople } from '../../lookups';
import { PERM } from '../../permissions';
import { useCan } from '../../session';
import { type Delegation, todayIso } from './workApi';

function DelegationForm() {
  const t = useT();
  const qc = useQueryClient();
  const people = useAllPeople();
  const [v, setV] = useState({
    toUserId: '',
    startsOn: todayIso(),
    endsOn: todayIso(),
    reason: '',
    ooo: false,
  });
  const create = useMutation({
    mutationFn: () =>
      api.post<Delegation>('/work/delegations', {
        toUserId: v.toUserId || undefined,
        startsOn: v.startsOn,
        endsOn: v.endsOn,
        kind: v.ooo ? 'out_of_office' : 'delegation',
        reason: v.reason.trim() || undefined,
      }),
    onSuccess: async () => {
      setV((s) => ({ ...s, reason: '' }));
      await qc.invalidateQueries({ queryKey: ['work', 'delegations'] });
    },
  });
  return (
    <Card withBorder padding="lg" mb="md">
      <Title order={2} size="h4" mb="sm">
        {t('work.delegations.new')}
      </Title>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate();
        }}
        data-testid="delegation-form"
      >
        <Stack gap="sm">
          {create.error && <ErrorAlert error={create.error} />}
          <Switch
            label={t('work.delegations.outOfOffice')}
            description={t('work.delegations.outOfOfficeHelp')}
            checked={v.ooo}
            onChange={(e) => setV({ ...v, ooo: e.currentTarget.checked })}
            data-testid="delegation-ooo"
          />
          <Group grow align="flex-start">
            <Select
              label={t('work.delegations.delegate')}
              name="toUserId"
              required={!v.ooo}
              clearable
              searchable
              data={(people.data ?? []).map((p) => ({ value: p.id, label: `${p.name} (${p.email})` }))}
              value={v.toUserId || null}
              onChange={(id) => setV({ ...v, toUserId: id ?? '' })}
              data-testid="delegation-to"
            />
            <TextInput
              type="date"
              label={t('work.delegations.starts')}
              name="startsOn"
              required
              value={v.startsOn}
              onChange={(e) => setV({ ...v, startsOn: e.currentTarget.value })}
            />
            <TextInput
              type="date"
              label={t('work.delegations.ends')}
              name="endsOn"
              required
              value={v.endsOn}
              onChange={(e) => setV({ ...v, endsOn: e.currentTarget.value })}
            />
          </Group>
          <TextInput
            label={t('work.delegations.reason')}
            name="reason"
            value={v.reason}
            onChange={(e) => setV({ ...v, reason: e.currentTarget.value })}
          />
          <Button type="submit" w="fit-content" loading={create.isPending} data-testid="delegation-create">
            {t('work.delegations.create')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}

export function DelegationsPage() {
  const t = useT();
  const f = useFormat();
  const can = useCan();
  const qc = useQueryClient();
  const people = useAllPeople();
  const name = (id: string) => people.data?.find((p) => p.id === id)?.name ?? id;
  const list = useQuery({
    queryKey: ['work', 'delegations'],
    queryFn: async () => (await api.get<ApiResponse<'/work/delegations'>>('/work/delegations')).items,
  });
  const revoke = useMutation({
    mutationFn: (id: string) => api.delete(`/work/delegations/${id}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['work', 'delegations'] }),
  });
  const manage = can(PERM.workDelegationsManage);
  return (
    <RequirePermission anyOf={[PERM.workApprovalsRead]}>
      <PageTitle title={t('work.delegations.title')} description={t('work.delegations.subtitle')} />
      {manage && <DelegationForm />}
      {list.error && <ErrorAlert error={list.error} />}
      {revoke.error && <ErrorAlert error={revoke.error} />}
      {list.data?.length === 0 && <Text c="dimmed">{t('work.delegations.none')}</Text>}
      {list.data && list.data.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table data-testid="delegations-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('work.delegations.from')}</Table.Th>
                <Table.Th>{t('work.delegations.delegate')}</Table.Th>
                <Table.Th>{t('work.delegations.starts')}</Table.Th>
                <Table.Th>{t('work.delegations.ends')}</Table.Th>
                <Table.Th>{t('work.delegations.kind')}</Table.Th>
                <Table.Th>{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.map((d) => (
                <Table.Tr key={d.id} data-testid={`delegation-${d.id}`}>
                  <Table.Td>{name(d.fromUserId)}</Table.Td>
                  <Table.Td>{name(d.toUserId)}</Table.Td>
                  <Table.Td>{f.date(d.startsOn)}</Table.Td>
                  <Table.Td>{f.date(d.endsOn)}</Table.Td>
                  <Table.Td>
                    {t(`work.delegations.kind.${d.kind}`)}
                    {d.reason && (
                      <Text size="xs" c="dimmed">
                        {d.reason}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {d.revoked ? (
                      <Badge color="gray">{t('work.delegations.revoked')}</Badge>
                    ) : (
                      manage && (
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          loading={revoke.isPending && revoke.variables === d.id}
                          onClick={() => revoke.mutate(d.id)}
                          data-testid={`revoke-${d.id}`}
                        >
                          {t('work.delegations.revoke')}
                        </Button>
                      )
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </RequirePermission>
  );
}
