import { Button, Group, Select, Switch, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api';
import type { ApiResponse } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RequirePermission } from '../../components/Forbidden';
import { PageTitle } from '../../components/PageTitle';
import { useT } from '../../i18n';
import { useAllPeople, useVisibleDepartments } from '../../lookups';
import { PERM } from '../../permissions';
import { useCan } from '../../session';
import { TaskTable } from './MyWork';
import { TaskFormModal } from './TaskFormModal';
import { TASK_STATUSES } from './workApi';

/** All tasks with filters: status, department, assignee, queue, overdue. */
export function TasksPage() {
  const t = useT();
  const can = useCan();
  const [status, setStatus] = useState<string | null>('active');
  const [departmentId, setDepartmentId] = useState<string | null>(null);
  const [assignee, setAssignee] = useState<string | null>(null);
  const [queue, setQueue] = useState(false);
  const [overdue, setOverdue] = useState(false);
  const [creating, setCreating] = useState(false);
  const departments = useVisibleDepartments();
  const people = useAllPeople();
  const query = {
    status: status ?? undefined,
    departmentId: departmentId ?? undefined,
    queue: queue ? 'true' : undefined,
    overdue: overdue ? 'true' : undefined,
    assignee: assignee === 'me' ? 'me' : undefined,
  };
  const list = useQuery({
    queryKey: ['work', 'tasks', query],
    queryFn: async () => (await api.get<ApiResponse<'/work/tasks'>>('/work/tasks', query)).items,
  });
  // A named person is filtered here: the API knows only "me".
  const items = (list.data ?? []).filter((x) => !assignee || assignee === 'me' || x.assigneeId === assignee);
  return (
    <RequirePermission anyOf={[PERM.workTasksRead]}>
      <PageTitle
        title={t('work.tasks.title')}
        actions={
          can(PERM.workTasksManage) && (
            <Button onClick={() => setCreating(true)} data-testid="new-task">
              {t('work.tasks.new')}
            </Button>
          )
        }
      />
      <Group align="flex-end" mb="md" gap="sm" data-testid="task-filters">
        <Select
          label={t('work.field.status')}
          data={['active', ...TASK_STATUSES].map((s) => ({ value: s, label: t.dyn(`work.status.${s}`, s) }))}
          value={status}
          onChange={setStatus}
          clearable
          placeholder={t('common.all')}
          w={170}
          data-testid="filter-status"
        />
        <Select
          label={t('field.department')}
          data={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
          value={departmentId}
          onChange={setDepartmentId}
          clearable
          searchable
          placeholder={t('common.all')}
          w={200}
          data-testid="filter-department"
        />
        <Select
          label={t('work.field.assignee')}
          data={[
            { value: 'me', label: t('work.tasks.mineOnly') },
            ...(people.data ?? []).map((p) => ({ value: p.id, label: p.name })),
          ]}
          value={assignee}
          onChange={setAssignee}
          clearable
          searchable
          placeholder={t('common.all')}
          w={200}
          data-testid="filter-assignee"
        />
        <Switch
          label={t('work.tasks.queueOnly')}
          checked={queue}
          onChange={(e) => setQueue(e.currentTarget.checked)}
          mb={8}
          data-testid="filter-queue"
        />
        <Switch
          label={t('work.tasks.overdueOnly')}
          checked={overdue}
          onChange={(e) => setOverdue(e.currentTarget.checked)}
          mb={8}
          data-testid="filter-overdue"
        />
      </Group>
      {list.error && <ErrorAlert error={list.error} />}
      {list.data && items.length === 0 ? (
        <Text c="dimmed">{t('work.tasks.none')}</Text>
      ) : (
        <TaskTable tasks={items} />
      )}
      <TaskFormModal opened={creating} onClose={() => setCreating(false)} />
    </RequirePermission>
  );
}
