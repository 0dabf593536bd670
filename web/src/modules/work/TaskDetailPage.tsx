import {
  Anchor,
  Button,
  Card,
  Checkbox,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { api } from '../../api';
import { AttachmentsCard } from '../../components/Attachments';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { RoutePending } from '../../components/RouteStates';
import { useFormat, useT } from '../../i18n';
import { useAllPeople } from '../../lookups';
import { PERM } from '../../permissions';
import { useCan } from '../../session';
import { PriorityBadge, SlaFlags, TaskStatusBadge } from './common';
import { TakeButton } from './MyWork';
import { RecordLinkPicker, useRecordName } from './RecordLinkPicker';
import { invalidateWork, subjectLink, TASK_STATUSES, type Task } from './workApi';

function useTaskAction(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ path, body }: { path: string; body?: unknown }) =>
      api.post<Task>(`/work/tasks/${id}/${path}`, body),
    onSuccess: () => invalidateWork(qc),
  });
}

function Checklist({ task, editable }: { task: Task; editable: boolean }) {
  const t = useT();
  const act = useTaskAction(task.id);
  const items = task.checklist ?? [];
  const done = items.filter((i) => i.done).length;
  return (
    <Card withBorder padding="lg">
      <Title order={2} size="h4" mb="xs">
        {t('work.task.checklist')}
      </Title>
      {act.error && <ErrorAlert error={act.error} />}
      {items.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('work.task.noChecklist')}
        </Text>
      ) : (
        <>
          <Text size="xs" c="dimmed" mb="xs">
            {t('work.task.checklistDone', { done, count: items.length })}
          </Text>
          <Stack gap={6} data-testid="task-checklist">
            {items.map((i) => (
              <Checkbox
                key={i.position}
                label={i.text}
                checked={i.done}
                disabled={!editable || act.isPending}
                onChange={(e) =>
                  act.mutate({
                    path: 'checklist',
                    body: { position: i.position, done: e.currentTarget.checked },
                  })
                }
                data-testid={`check-${i.position}`}
              />
            ))}
          </Stack>
        </>
      )}
    </Card>
  );
}

function Comments({ task, editable }: { task: Task; editable: boolean }) {
  const t = useT();
  const f = useFormat();
  const act = useTaskAction(task.id);
  const [body, setBody] = useState('');
  return (
    <Card withBorder padding="lg">
      <Title order={2} size="h4" mb="xs">
        {t('work.task.comments')}
      </Title>
      <Stack gap="xs" data-testid="task-comments">
        {(task.comments ?? []).length === 0 && (
          <Text c="dimmed" size="sm">
            {t('work.task.noComments')}
          </Text>
        )}
        {(task.comments ?? []).map((c) => (
          <div key={c.id}>
            <Text size="xs" c="dimmed">
              {c.author ?? '—'} · {f.dateTime(c.at)}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {c.body}
            </Text>
          </div>
        ))}
      </Stack>
      {editable && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (body.trim())
              act.mutate({ path: 'comments', body: { body: body.trim() } }, { onSuccess: () => setBody('') });
          }}
        >
          {act.error && <ErrorAlert error={act.error} />}
          <Textarea
            mt="sm"
            label={t('work.field.comment')}
            name="comment"
            value={body}
            onChange={(e) => setBody(e.currentTarget.value)}
            autosize
            minRows={2}
            data-testid="comment-body"
          />
          <Button type="submit" size="xs" mt="xs" loading={act.isPending} data-testid="comment-add">
            {t('work.task.addComment')}
          </Button>
        </form>
      )}
    </Card>
  );
}

function Links({ task, editable }: { task: Task; editable: boolean }) {
  const t = useT();
  const act = useTaskAction(task.id);
  return (
    <Card withBorder padding="lg">
      <Title order={2} size="h4" mb="xs">
        {t('work.task.links')}
      </Title>
      <Stack gap={4} data-testid="task-links">
        {(task.links ?? []).length === 0 && (
          <Text c="dimmed" size="sm">
            {t('work.task.noLinks')}
          </Text>
        )}
        {(task.links ?? []).map((l) => (
          <LinkedRecord
            key={`${l.entityType}:${l.entityId}`}
            entityType={l.entityType}
            entityId={l.entityId}
          />
        ))}
      </Stack>
      {editable && (
        <Stack mt="sm" gap="xs">
          {act.error && <ErrorAlert error={act.error} />}
          <RecordLinkPicker
            disabled={act.isPending}
            onPick={(link) => act.mutate({ path: 'links', body: link })}
          />
        </Stack>
      )}
    </Card>
  );
}

function LinkedRecord({ entityType, entityId }: { entityType: string; entityId: string }) {
  const name = useRecordName(entityType, entityId);
  const href = subjectLink(entityType, entityId);
  return href ? (
    <Anchor component={Link} to={href} size="sm">
      {name}
    </Anchor>
  ) : (
    <Text size="sm">{name}</Text>
  );
}

export function TaskDetailPage() {
  const t = useT();
  const f = useFormat();
  const can = useCan();
  const { taskId } = useParams({ strict: false }) as { taskId: string };
  const q = useQuery({
    queryKey: ['work', 'task', taskId],
    queryFn: () => api.get<Task>(`/work/tasks/${taskId}`),
  });
  const people = useAllPeople();
  const act = useTaskAction(taskId);
  if (q.error) return <ErrorAlert error={q.error} />;
  if (!q.data) return <RoutePending />;
  const task = q.data;
  const editable = can(PERM.workTasksManage);
  return (
    <>
      <PageTitle
        title={task.title}
        description={task.description || undefined}
        actions={<TakeButton task={task} />}
      />
      {act.error && <ErrorAlert error={act.error} />}
      <Card withBorder padding="lg" mb="md" data-testid="task-details">
        <Group gap="lg" align="flex-end" wrap="wrap">
          <Stack gap={2}>
            <Text size="xs" c="dimmed">
              {t('work.field.status')}
            </Text>
            <Group gap={6}>
              <TaskStatusBadge status={task.status} />
              <PriorityBadge priority={task.priority} />
              <SlaFlags task={task} />
            </Group>
          </Stack>
          <Stack gap={2}>
            <Text size="xs" c="dimmed">
              {t('field.department')}
            </Text>
            <Text size="sm">{task.department ?? '—'}</Text>
          </Stack>
          <Stack gap={2}>
            <Text size="xs" c="dimmed">
              {t('work.field.due')}
            </Text>
            <Text size="sm">{task.dueDate ? f.date(task.dueDate) : '—'}</Text>
          </Stack>
          <Stack gap={2}>
            <Text size="xs" c="dimmed">
              {t('work.field.requester')}
            </Text>
            <Text size="sm">{task.requester ?? '—'}</Text>
          </Stack>
          {editable && (
            <>
              <Select
                label={t('work.task.moveTo')}
                data={TASK_STATUSES.map((s) => ({ value: s, label: t.dyn(`work.status.${s}`, s) }))}
                value={task.status}
                allowDeselect={false}
                onChange={(s) =>
                  s && s !== task.status && act.mutate({ path: 'status', body: { status: s } })
                }
                w={170}
                data-testid="task-move"
              />
              <Select
                label={t('work.field.assignee')}
                data={(people.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
                value={task.assigneeId}
                placeholder={t('work.queue')}
                clearable
                searchable
                onChange={(id) =>
                  id !== task.assigneeId && act.mutate({ path: 'assign', body: { assigneeId: id } })
                }
                w={220}
                data-testid="task-assign"
              />
            </>
          )}
        </Group>
      </Card>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Checklist task={task} editable={editable} />
        <Comments task={task} editable={editable} />
        <Links task={task} editable={editable} />
      </SimpleGrid>
      <AttachmentsCard entityType="work_task" entityId={task.id} version={task.status} />
    </>
  );
}
