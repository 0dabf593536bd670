import { Anchor, Button, Group, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportLinks } from '../../components/ExportLinks';
import { LoadMore } from '../../components/LoadMore';
import { PageTitle } from '../../components/PageTitle';
import { useFormat, useT } from '../../i18n';
import { useAllDepartments } from '../../lookups';
import { PERM } from '../../permissions';
import { useCan } from '../../session';
import type { Department } from '../../types';
import { useCursorList } from '../../useCursorList';
import { DepartmentFormModal } from './DepartmentFormModal';

export function DepartmentsPage() {
  const t = useT();
  const f = useFormat();
  const can = useCan();
  const qc = useQueryClient();
  const canManage = can(PERM.departmentsManage);
  const [q, setQ] = useState('');
  const [debouncedQ] = useDebouncedValue(q, 300);
  const filters = { q: debouncedQ.trim() };
  const list = useCursorList<Department>('/departments', filters);
  const [editing, setEditing] = useState<Department | 'new' | null>(null);
  const all = useAllDepartments();
  const byId = new Map((all.data ?? list.items).map((d) => [d.id, d]));
  const remove = useMutation({
    mutationFn: (id: string) => api.delete(`/departments/${id}`),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['list', '/departments'] });
      await qc.invalidateQueries({ queryKey: ['lookup', 'departments'] });
    },
  });

  return (
    <>
      <PageTitle
        title={t('departments.title')}
        description={t('departments.subtitle')}
        actions={
          <>
            <ExportLinks path="/departments" query={filters} testId="departments" />
            {canManage && (
              <Button onClick={() => setEditing('new')} data-testid="new-department">
                {t('departments.new')}
              </Button>
            )}
          </>
        }
      />
      <Group mb="md">
        <TextInput
          label={t('common.search')}
          placeholder={t('departments.searchPlaceholder')}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          w={320}
          type="search"
        />
      </Group>
      {list.error && <ErrorAlert error={list.error} />}
      {remove.error && <ErrorAlert error={remove.error} />}
      <Table.ScrollContainer minWidth={640}>
        <Table striped highlightOnHover data-testid="departments-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('field.code')}</Table.Th>
              <Table.Th>{t('field.name')}</Table.Th>
              <Table.Th>{t('field.parentDepartment')}</Table.Th>
              <Table.Th>{t('field.manager')}</Table.Th>
              <Table.Th ta="right">{t('departments.members')}</Table.Th>
              {canManage && <Table.Th>{t('common.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.items.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>
                  <Text ff="monospace" size="sm">
                    {d.code}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/org/departments/${d.id}`}>
                    {d.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{d.parentId ? (byId.get(d.parentId)?.name ?? '…') : '—'}</Table.Td>
                <Table.Td>{d.managerName ?? '—'}</Table.Td>
                <Table.Td ta="right">{f.number(d.memberCount ?? 0)}</Table.Td>
                {canManage && (
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Button size="xs" variant="light" onClick={() => setEditing(d)}>
                        {t('common.edit')}
                      </Button>
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        loading={remove.isPending && remove.variables === d.id}
                        onClick={() => {
                          if (window.confirm(t('departments.confirmDelete', { name: d.name })))
                            remove.mutate(d.id);
                        }}
                      >
                        {t('common.delete')}
                      </Button>
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
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
      {editing && (
        <DepartmentFormModal
          opened
          onClose={() => setEditing(null)}
          department={editing === 'new' ? undefined : editing}
        />
      )}
    </>
  );
}
