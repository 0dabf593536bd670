import { Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n';
import { useAllPeople, useVisibleDepartments } from '../../lookups';
import { invalidateWork, PRIORITIES, type Priority, type Task } from './workApi';

const blank = {
  title: '',
  description: '',
  departmentId: '',
  assigneeId: '',
  priority: 'normal' as Priority,
  dueDate: '',
  checklist: '',
};

/** New task: title, description, department, assignee or the department queue, priority, due, checklist. */
export function TaskFormModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const departments = useVisibleDepartments(opened);
  const people = useAllPeople(opened);
  const [v, setV] = useState(blank);
  const create = useMutation({
    mutationFn: () =>
      api.post<Task>('/work/tasks', {
        title: v.title.trim(),
        description: v.description || undefined,
        departmentId: v.departmentId || null,
        assigneeId: v.assigneeId || null,
        priority: v.priority,
        dueDate: v.dueDate || null,
        checklist: v.checklist
          .split('\n')
          .map((s) => s.trim())
          .filter(Boolean),
      }),
    onSuccess: async (task) => {
      setV(blank);
      onClose();
      await invalidateWork(qc);
      await navigate({ to: '/work/tasks/$taskId', params: { taskId: task.id } });
    },
  });
  const set = (k: keyof typeof blank) => (value: string | null) => setV((s) => ({ ...s, [k]: value ?? '' }));
  return (
    <Modal opened={opened} onClose={onClose} title={t('work.tasks.new')} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate();
        }}
        data-testid="task-form"
      >
        <Stack>
          {create.error && <ErrorAlert error={create.error} />}
          <TextInput
            label={t('work.field.title')}
            name="title"
            required
            data-autofocus
            value={v.title}
            onChange={(e) => set('title')(e.currentTarget.value)}
          />
          <Textarea
            label={t('work.field.description')}
            name="description"
            autosize
            minRows={2}
            value={v.description}
            onChange={(e) => set('description')(e.currentTarget.value)}
          />
          <Group grow align="flex-start">
            <Select
              label={t('field.department')}
              name="departmentId"
              clearable
              searchable
              data={(departments.data ?? []).map((d) => ({ value: d.id, label: `${d.code} — ${d.name}` }))}
              value={v.departmentId || null}
              onChange={set('departmentId')}
            />
            <Select
              label={t('work.tasks.assignTo')}
              name="assigneeId"
              clearable
              searchable
              placeholder={t('work.tasks.toQueue')}
              data={(people.data ?? []).map((p) => ({ value: p.id, label: `${p.name} (${p.email})` }))}
              value={v.assigneeId || null}
              onChange={set('assigneeId')}
            />
          </Group>
          <Group grow align="flex-start">
            <Select
              label={t('work.field.priority')}
              name="priority"
              allowDeselect={false}
              data={PRIORITIES.map((p) => ({ value: p, label: t.dyn(`work.priority.${p}`, p) }))}
              value={v.priority}
              onChange={set('priority')}
            />
            <TextInput
              type="date"
              label={t('work.field.due')}
              name="dueDate"
              value={v.dueDate}
              onChange={(e) => set('dueDate')(e.currentTarget.value)}
            />
          </Group>
          <Textarea
            label={t('work.field.checklist')}
            name="checklist"
            autosize
            minRows={3}
            value={v.checklist}
            onChange={(e) => set('checklist')(e.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending} data-testid="task-create">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
