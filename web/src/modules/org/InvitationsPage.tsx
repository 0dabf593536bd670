import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportLinks } from '../../components/ExportLinks';
import { RequirePermission } from '../../components/Forbidden';
import { LoadMore } from '../../components/LoadMore';
import { PageTitle } from '../../components/PageTitle';
import { useFormat, useT } from '../../i18n';
import { useAllDepartments } from '../../lookups';
import { PERM } from '../../permissions';
import { useCan } from '../../session';
import type { Invitation } from '../../types';
import { useCursorList } from '../../useCursorList';
import { InviteForm } from './InviteForm';

const statusColor: Record<string, string> = {
  pending: 'blue',
  accepted: 'teal',
  revoked: 'gray',
  expired: 'orange',
};

function InvitationsTable({ items, canManage }: { items: Invitation[]; canManage: boolean }) {
  const t = useT();
  const f = useFormat();
  const qc = useQueryClient();
  const departments = useAllDepartments();
  const names = new Map((departments.data ?? []).map((d) => [d.id, d.code]));
  const revoke = useMutation({
    mutationFn: (id: string) => api.delete(`/invitations/${id}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['list', '/invitations'] }),
  });
  return (
    <>
      {revoke.error && <ErrorAlert error={revoke.error} />}
      <Table.ScrollContainer minWidth={760}>
        <Table striped data-testid="invitations-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('field.email')}</Table.Th>
              <Table.Th>{t('field.role')}</Table.Th>
              <Table.Th>{t('field.departments')}</Table.Th>
              <Table.Th>{t('field.status')}</Table.Th>
              <Table.Th>{t('invitations.sent')}</Table.Th>
              <Table.Th>{t('invitations.expires')}</Table.Th>
              <Table.Th>{t('common.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((i) => (
              <Table.Tr key={i.id}>
                <Table.Td>{i.email}</Table.Td>
                <Table.Td>{i.role === 'custom' ? i.roleName : t.dyn(`role.${i.role}`, i.roleName)}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {(i.departmentIds ?? []).map((id) => (
                      <Badge key={id} size="sm" variant="outline">
                        {names.get(id) ?? '…'}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Badge color={statusColor[i.status] ?? 'gray'} variant="light">
                    {t.dyn(`invitations.status.${i.status}`, i.status)}
                  </Badge>
                </Table.Td>
                <Table.Td>{f.dateTime(i.createdAt)}</Table.Td>
                <Table.Td>{f.dateTime(i.expiresAt)}</Table.Td>
                <Table.Td>
                  {canManage && i.status === 'pending' && (
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      loading={revoke.isPending && revoke.variables === i.id}
                      onClick={() => revoke.mutate(i.id)}
                      aria-label={t('invitations.revokeFor', { email: i.email })}
                    >
                      {t('invitations.revoke')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}

export function InvitationsPage() {
  const t = useT();
  const can = useCan();
  const list = useCursorList<Invitation>('/invitations', {});
  return (
    <RequirePermission anyOf={[PERM.invitationsRead]}>
      <PageTitle
        title={t('invitations.title')}
        description={t('invitations.subtitle')}
        actions={<ExportLinks path="/invitations" query={{}} testId="invitations" />}
      />
      {can(PERM.invitationsManage) && <InviteForm />}
      {list.error && <ErrorAlert error={list.error} />}
      <InvitationsTable items={list.items} canManage={can(PERM.invitationsManage)} />
      {list.isSuccess && list.items.length === 0 && (
        <Text c="dimmed" ta="center" py="lg">
          {t('common.empty')}
        </Text>
      )}
      <LoadMore
        hasMore={!!list.hasNextPage}
        loading={list.isFetchingNextPage}
        onClick={() => list.fetchNextPage()}
      />
    </RequirePermission>
  );
}
