import { Table, Text } from '@mantine/core';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { RoutePending } from '../../components/RouteStates';
import { useT } from '../../i18n';
import { useRoles } from '../../lookups';

/** Role → permissions, as a matrix: one row per permission, one column per role. */
export function RolesPage() {
  const t = useT();
  const roles = useRoles();
  const list = roles.data ?? [];
  const info = new Map(list.flatMap((r) => r.info).map((p) => [p.name, p]));
  const permissions = [...info.keys()].sort();
  return (
    <>
      <PageTitle title={t('roles.title')} description={t('roles.subtitle')} />
      {roles.error && <ErrorAlert error={roles.error} />}
      {roles.isPending && <RoutePending />}
      {list.length > 0 && (
        <Table.ScrollContainer minWidth={Math.max(480, 220 + list.length * 110)}>
          <Table striped withTableBorder withColumnBorders data-testid="roles-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('roles.permission')}</Table.Th>
                {list.map((r) => (
                  <Table.Th key={r.role} scope="col" ta="center">
                    {t.dyn(`role.${r.role}`, r.role)}
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
                  {list.map((r) => {
                    const has = r.permissions.includes(p) || r.permissions.includes('*');
                    return (
                      <Table.Td key={r.role} ta="center" c={has ? 'teal' : 'dimmed'}>
                        <span aria-hidden>{has ? '✓' : '·'}</span>
                        <span className="visually-hidden">
                          {has ? t('roles.granted') : t('roles.notGranted')}
                        </span>
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}
