import { Table, Text, Title } from '@mantine/core';
import { useT } from '../../i18n';
import type { RoleView } from './rolesApi';

/** Role → permissions, as a matrix: one row per permission any role holds, one column per role. */
export function RolesMatrix({ roles, label }: { roles: RoleView[]; label: (r: RoleView) => string }) {
  const t = useT();
  const info = new Map(roles.flatMap((r) => r.permissions).map((p) => [p.name, p]));
  const permissions = [...info.keys()].sort();
  const held = new Map(roles.map((r) => [r.id, new Map(r.permissions.map((p) => [p.name, p.reach]))]));
  return (
    <>
      <Title order={2} size="h4" mb="xs">
        {t('orgRoles.permissions')}
      </Title>
      <Table.ScrollContainer minWidth={Math.max(480, 220 + roles.length * 110)}>
        <Table striped withTableBorder withColumnBorders data-testid="roles-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('roles.permission')}</Table.Th>
              {roles.map((r) => (
                <Table.Th key={r.id} scope="col" ta="center">
                  {label(r)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {permissions.map((p) => (
              <Table.Tr key={p}>
                <Table.Th scope="row" fw={400}>
                  <Text size="sm">{t.dyn(`perm.${p}`, info.get(p)?.description ?? p)}</Text>
                  <Text size="xs" c="dimmed" ff="monospace">
                    {p}
                  </Text>
                </Table.Th>
                {roles.map((r) => {
                  const reach = held.get(r.id)?.get(p);
                  // A department-scoped grant limited to the member's own departments is marked as such.
                  const own = reach === 'departments' && info.get(p)?.scope === 'department';
                  return (
                    <Table.Td key={r.id} ta="center" c={reach ? 'teal' : 'dimmed'}>
                      <span aria-hidden>{reach ? (own ? '✓*' : '✓') : '·'}</span>
                      <span className="visually-hidden">
                        {reach ? t('roles.granted') : t('roles.notGranted')}
                        {own ? ` (${t('orgRoles.ownDepartments')})` : ''}
                      </span>
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="xs" c="dimmed" mt="xs">
        {t('orgRoles.legendOwn')}
      </Text>
    </>
  );
}
