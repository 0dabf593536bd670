import { Select, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api';
import type { ApiResponse } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RequirePermission } from '../../components/Forbidden';
import { PageTitle } from '../../components/PageTitle';
import { useT } from '../../i18n';
import { useVisibleDepartments } from '../../lookups';
import { PERM } from '../../permissions';
import { useMe } from '../../session';
import { TaskTable } from './MyWork';

/** A department's unassigned work; "Take" makes it mine (one taker wins). */
export function QueuePage() {
  const t = useT();
  const me = useMe();
  const departments = useVisibleDepartments();
  const [departmentId, setDepartmentId] = useState<string | null>(me.departments[0]?.id ?? null);
  const list = useQuery({
    queryKey: ['work', 'queue', departmentId],
    queryFn: async () =>
      (
        await api.get<ApiResponse<'/work/tasks'>>('/work/tasks', {
          departmentId: departmentId ?? undefined,
          queue: 'true',
          status: 'active',
        })
      ).items,
    enabled: departmentId !== null,
  });
  return (
    <RequirePermission anyOf={[PERM.workTasksRead]}>
      <PageTitle title={t('work.queues.title')} description={t('work.queues.subtitle')} />
      <Select
        label={t('field.department')}
        data={(departments.data ?? []).map((d) => ({ value: d.id, label: `${d.code} — ${d.name}` }))}
        value={departmentId}
        onChange={setDepartmentId}
        searchable
        w={300}
        mb="md"
        data-testid="queue-department"
      />
      {list.error && <ErrorAlert error={list.error} />}
      {departmentId === null && <Text c="dimmed">{t('work.queues.pickDepartment')}</Text>}
      {list.data && list.data.length === 0 && <Text c="dimmed">{t('work.queues.empty')}</Text>}
      {list.data && list.data.length > 0 && <TaskTable tasks={list.data} queue />}
    </RequirePermission>
  );
}
