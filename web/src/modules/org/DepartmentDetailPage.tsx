import {
  Anchor,
  Button,
  Card,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { RoutePending } from '../../components/RouteStates';
import { useT } from '../../i18n';
import { useAllDepartments, useAllPeople } from '../../lookups';
import { PERM, SEES_ALL_DEPARTMENTS } from '../../permissions';
import { useCan, useMe } from '../../session';
import type { DepartmentDetail } from '../../types';
import { DepartmentFormModal } from './DepartmentFormModal';

function AddMemberForm({ department }: { department: DepartmentDetail }) {
  const t = useT();
  const qc = useQueryClient();
  const people = useAllPeople();
  const [userId, setUserId] = useState('');
  const memberIds = new Set(department.members.map((m) => m.userId));
  const candidates = (people.data ?? []).filter((p) => !memberIds.has(p.id));
  const add = useMutation({
    mutationFn: () => api.post(`/departments/${department.id}/members`, { userId }),
    onSuccess: async () => {
      setUserId('');
      await qc.invalidateQueries({ queryKey: ['department', department.id] });
      await qc.invalidateQueries({ queryKey: ['list', '/departments'] });
    },
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (userId) add.mutate();
  };
  return (
    <form onSubmit={onSubmit} data-testid="add-member-form">
      <Stack gap="xs">
        {add.error && <ErrorAlert error={add.error} />}
        <Group align="flex-end" gap="xs">
          <NativeSelect
            label={t('departments.addMember')}
            value={userId}
            onChange={(e) => setUserId(e.currentTarget.value)}
            data={[
              { value: '', label: t('departments.choosePerson') },
              ...candidates.map((p) => ({ value: p.id, label: `${p.name} (${p.email})` })),
            ]}
            w={340}
          />
          <Button type="submit" disabled={!userId} loading={add.isPending} data-testid="add-member-submit">
            {t('common.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function MembersTable({ department, canManage }: { department: DepartmentDetail; canManage: boolean }) {
  const t = useT();
  const qc = useQueryClient();
  const remove = useMutation({
    mutationFn: (userId: string) => api.delete(`/departments/${department.id}/members/${userId}`),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['department', department.id] });
      await qc.invalidateQueries({ queryKey: ['list', '/departments'] });
    },
  });
  if (department.members.length === 0) {
    return <Text c="dimmed">{t('departments.noMembers')}</Text>;
  }
  return (
    <>
      {remove.error && <ErrorAlert error={remove.error} />}
      <Table.ScrollContainer minWidth={520}>
        <Table striped data-testid="members-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('field.name')}</Table.Th>
              <Table.Th>{t('field.email')}</Table.Th>
              <Table.Th>{t('field.jobTitle')}</Table.Th>
              {canManage && <Table.Th>{t('common.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {department.members.map((m) => (
              <Table.Tr key={m.userId}>
                <Table.Td>
                  {m.name}
                  {m.userId === department.managerId && (
                    <Text span size="xs" c="teal" ml={6}>
                      ({t('field.manager')})
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{m.email}</Table.Td>
                <Table.Td>{m.jobTitle ?? '—'}</Table.Td>
                {canManage && (
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      loading={remove.isPending && remove.variables === m.userId}
                      onClick={() => remove.mutate(m.userId)}
                      aria-label={t('departments.removeMember', { name: m.name })}
                    >
                      {t('common.remove')}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}

export function DepartmentDetailPage() {
  const t = useT();
  const can = useCan();
  const me = useMe();
  const { departmentId = '' } = useParams({ strict: false });
  const [editing, setEditing] = useState(false);
  const q = useQuery({
    queryKey: ['department', departmentId],
    queryFn: () => api.get<DepartmentDetail>(`/departments/${departmentId}`),
  });
  const all = useAllDepartments();
  const d = q.data;
  const canManage =
    can(PERM.departmentManage) &&
    (SEES_ALL_DEPARTMENTS.includes(me.role ?? '') || me.departments.some((x) => x.id === departmentId));
  const parent = d?.parentId ? all.data?.find((x) => x.id === d.parentId) : undefined;
  return (
    <>
      <Anchor component={Link} to="/org/departments" size="sm">
        ← {t('departments.title')}
      </Anchor>
      {q.error && <ErrorAlert error={q.error} />}
      {q.isPending && <RoutePending />}
      {d && (
        <>
          <PageTitle
            title={d.name}
            description={d.code}
            actions={
              canManage && (
                <Button variant="light" onClick={() => setEditing(true)} data-testid="edit-department">
                  {t('common.edit')}
                </Button>
              )
            }
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }} mb="lg">
            <Card withBorder>
              <Text size="xs" c="dimmed">
                {t('field.parentDepartment')}
              </Text>
              <Text>{parent ? parent.name : '—'}</Text>
            </Card>
            <Card withBorder>
              <Text size="xs" c="dimmed">
                {t('field.manager')}
              </Text>
              <Text>{d.managerName ?? '—'}</Text>
            </Card>
            <Card withBorder>
              <Text size="xs" c="dimmed">
                {t('departments.members')}
              </Text>
              <Text>{d.members.length}</Text>
            </Card>
          </SimpleGrid>
          <Title order={2} size="h3" mb="sm">
            {t('departments.members')}
          </Title>
          <Stack gap="md">
            {canManage && <AddMemberForm department={d} />}
            <MembersTable department={d} canManage={canManage} />
          </Stack>
          {editing && <DepartmentFormModal opened onClose={() => setEditing(false)} department={d} />}
        </>
      )}
    </>
  );
}
