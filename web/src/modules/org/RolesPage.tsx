import { Alert, Badge, Button, Group, Table, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api, isApiError } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { RoutePending } from '../../components/RouteStates';
import { useT } from '../../i18n';
import { PERM } from '../../permissions';
import { useCan } from '../../session';
import { RoleFormModal } from './RoleFormModal';
import { RolesMatrix } from './RolesMatrix';
import { type RoleView, useCompanyRoles, useRefreshRoles, useRoleLabel } from './rolesApi';

/**
 * Settings → Roles: the company's roles (built-in templates read-only, company roles editable by who holds
 * org.roles.manage), then the matrix of what each may do. Deleting a role someone holds is a 409; the page
 * says who must be moved first.
 */
export function RolesPage() {
  const t = useT();
  const can = useCan();
  const canManage = can(PERM.rolesManage);
  const label = useRoleLabel();
  const roles = useCompanyRoles();
  const refresh = useRefreshRoles();
  const [editing, setEditing] = useState<RoleView | 'new' | null>(null);
  const remove = useMutation({
    mutationFn: (r: RoleView) => api.delete(`/roles/${r.id}`),
    onSuccess: refresh,
  });
  const list = roles.data ?? [];
  const failed = remove.variables;
  return (
    <>
      <PageTitle
        title={t('roles.title')}
        description={t('orgRoles.subtitle')}
        actions={
          canManage && (
            <Button onClick={() => setEditing('new')} data-testid="new-role">
              {t('orgRoles.new')}
            </Button>
          )
        }
      />
      {roles.error && <ErrorAlert error={roles.error} />}
      {roles.isPending && <RoutePending />}
      {remove.error &&
        failed &&
        (isApiError(remove.error, 'conflict') ? (
          <Alert color="red" role="alert" mb="md" data-testid="role-in-use" title={t('error.conflict')}>
            {t('orgRoles.inUse', { name: failed.name, count: failed.memberCount })}
          </Alert>
        ) : (
          <ErrorAlert error={remove.error} />
        ))}
      {list.length > 0 && (
        <>
          <Title order={2} size="h4" mb="xs">
            {t('orgRoles.listTitle')}
          </Title>
          <Table.ScrollContainer minWidth={440} mb="xl">
            <Table striped withTableBorder data-testid="company-roles" verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('orgRoles.name')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('orgRoles.members')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('orgRoles.permissionCount')}
                  </Table.Th>
                  {canManage && <Table.Th scope="col">{t('common.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((r) => (
                  <Table.Tr key={r.id} data-testid={`role-row-${r.builtin ? r.id : r.name}`}>
                    <Table.Th scope="row" fw={500}>
                      {/* The kind sits beside the name (below it on a phone): the table stays narrow. */}
                      <Group gap={6}>
                        <Text size="sm" fw={500}>
                          {label(r)}
                        </Text>
                        <Badge
                          variant="light"
                          color={r.builtin ? 'gray' : 'teal'}
                          title={r.builtin ? t('orgRoles.builtinHint') : undefined}
                        >
                          {r.builtin ? t('orgRoles.builtin') : t('orgRoles.custom')}
                        </Badge>
                      </Group>
                      {r.description && (
                        <Text size="xs" c="dimmed">
                          {r.description}
                        </Text>
                      )}
                    </Table.Th>
                    <Table.Td ta="right">{r.memberCount}</Table.Td>
                    <Table.Td ta="right">{r.permissions.length}</Table.Td>
                    {canManage && (
                      <Table.Td>
                        {!r.builtin && (
                          <Group gap="xs" wrap="nowrap">
                            <Button
                              size="xs"
                              variant="light"
                              onClick={() => setEditing(r)}
                              aria-label={t('orgRoles.editFor', { name: r.name })}
                            >
                              {t('common.edit')}
                            </Button>
                            <Button
                              size="xs"
                              variant="subtle"
                              color="red"
                              loading={remove.isPending && remove.variables?.id === r.id}
                              aria-label={t('orgRoles.deleteFor', { name: r.name })}
                              onClick={() => {
                                if (window.confirm(t('orgRoles.confirmDelete', { name: r.name })))
                                  remove.mutate(r);
                              }}
                            >
                              {t('common.delete')}
                            </Button>
                          </Group>
                        )}
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <RolesMatrix roles={list} label={label} />
        </>
      )}
      {editing && (
        <RoleFormModal role={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </>
  );
}
