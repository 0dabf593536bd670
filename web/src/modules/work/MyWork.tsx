import { Anchor, Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormat, useT } from '../../i18n';
import { PERM } from '../../permissions';
import { useCan } from '../../session';
import { PriorityBadge, SlaFlags, TaskLink, TaskStatusBadge } from './common';
import { RequestCards } from './RequestCards';
import { invalidateWork, subjectLink, type Task, useInbox, useNotifications } from './workApi';

function Section({ title, testId, children }: { title: string; testId: string; children: React.ReactNode }) {
  return (
    <Card withBorder padding="lg" data-testid={testId} component="section" aria-label={title}>
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

function Empty({ text }: { text: string }) {
  return (
    <Text c="dimmed" size="sm">
      {text}
    </Text>
  );
}

export function TakeButton({ task }: { task: Task }) {
  const t = useT();
  const qc = useQueryClient();
  const can = useCan();
  const take = useMutation({
    mutationFn: () => api.post(`/work/tasks/${task.id}/take`),
    onSettled: () => invalidateWork(qc),
  });
  if (!can(PERM.workTasksManage) || task.assigneeId) return null;
  return (
    <>
      <Button
        size="xs"
        variant="light"
        onClick={() => take.mutate()}
        loading={take.isPending}
        aria-label={t('work.task.takeTitle', { title: task.title })}
        data-testid={`take-${task.id}`}
      >
        {t('work.task.take')}
      </Button>
      {take.error && <ErrorAlert error={take.error} />}
    </>
  );
}

export function TaskTable({ tasks, queue }: { tasks: Task[]; queue?: boolean }) {
  const t = useT();
  const f = useFormat();
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="xs" data-testid={queue ? 'queue-table' : 'task-table'}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('work.field.title')}</Table.Th>
            <Table.Th>{t('work.field.status')}</Table.Th>
            <Table.Th>{t('work.field.due')}</Table.Th>
            <Table.Th>{queue ? t('field.department') : t('work.field.assignee')}</Table.Th>
            <Table.Th>{queue ? t('common.actions') : 'SLA'}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tasks.map((task) => (
            <Table.Tr key={task.id} data-testid={`task-row-${task.id}`}>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <TaskLink task={task} />
                  {task.priority !== 'normal' && <PriorityBadge priority={task.priority} />}
                </Group>
              </Table.Td>
              <Table.Td>
                <TaskStatusBadge status={task.status} />
              </Table.Td>
              <Table.Td>{task.dueDate ? f.date(task.dueDate) : '—'}</Table.Td>
              <Table.Td>{queue ? (task.department ?? '—') : (task.assignee ?? t('work.queue'))}</Table.Td>
              <Table.Td>{queue ? <TakeButton task={task} /> : <SlaFlags task={task} />}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function NotificationsCard() {
  const t = useT();
  const f = useFormat();
  const qc = useQueryClient();
  const can = useCan();
  const list = useNotifications();
  const mark = useMutation({
    mutationFn: (ids?: string[]) => api.post('/work/notifications/read', ids ? { ids } : {}),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['work', 'notifications'] }),
  });
  const items = list.data ?? [];
  const unread = items.filter((n) => !n.read).length;
  const manage = can(PERM.workNotificationsManage);
  return (
    <Section title={t('work.mine.notifications')} testId="my-notifications">
      {mark.error && <ErrorAlert error={mark.error} />}
      {items.length === 0 && <Empty text={t('work.mine.noNotifications')} />}
      <Stack gap="xs">
        {items.slice(0, 10).map((n) => {
          const href = n.entityType && n.entityId ? subjectLink(n.entityType, n.entityId) : null;
          return (
            <Group key={n.id} justify="space-between" wrap="nowrap" data-testid={`notification-${n.id}`}>
              <div>
                <Group gap={6}>
                  {!n.read && (
                    <Badge size="xs" color="blue">
                      {t('work.mine.unread')}
                    </Badge>
                  )}
                  {href ? (
                    <Anchor component={Link} to={href} size="sm" fw={n.read ? 400 : 600}>
                      {n.title}
                    </Anchor>
                  ) : (
                    <Text size="sm" fw={n.read ? 400 : 600}>
                      {n.title}
                    </Text>
                  )}
                </Group>
                <Text size="xs" c="dimmed">
                  {f.dateTime(n.createdAt)}
                </Text>
              </div>
              {!n.read && manage && (
                <Button
                  size="compact-xs"
                  variant="subtle"
                  onClick={() => mark.mutate([n.id])}
                  aria-label={`${t('work.mine.markRead')}: ${n.title}`}
                  data-testid={`mark-read-${n.id}`}
                >
                  {t('work.mine.markRead')}
                </Button>
              )}
            </Group>
          );
        })}
      </Stack>
      {unread > 0 && manage && (
        <Button
          mt="sm"
          size="xs"
          variant="default"
          onClick={() => mark.mutate(undefined)}
          data-testid="mark-all-read"
        >
          {t('work.mine.markAllRead')}
        </Button>
      )}
    </Section>
  );
}

/** "My work": my tasks, my queues, approvals waiting on me, my requests, notifications. */
export function MyWork() {
  const t = useT();
  const can = useCan();
  const inbox = useInbox();
  if (!can(PERM.workTasksRead)) return null;
  const data = inbox.data;
  return (
    <Stack gap="md" mb="md" data-testid="my-work">
      {inbox.error && <ErrorAlert error={inbox.error} />}
      <Section title={t('work.mine.waitingOnMe')} testId="waiting-on-me">
        {data && data.waitingOnMe.length === 0 && <Empty text={t('work.mine.noneWaiting')} />}
        {data && data.waitingOnMe.length > 0 && (
          <RequestCards requests={data.waitingOnMe} testId="waiting-table" />
        )}
      </Section>
      <Section title={t('work.mine.tasks')} testId="my-tasks">
        {data && data.tasks.length === 0 && <Empty text={t('work.mine.noTasks')} />}
        {data && data.tasks.length > 0 && <TaskTable tasks={data.tasks} />}
        {data && data.queue.length > 0 && (
          <>
            <Title order={3} size="h5" mt="md" mb="xs">
              {t('work.mine.queue')}
            </Title>
            <TaskTable tasks={data.queue} queue />
          </>
        )}
      </Section>
      <Section title={t('work.mine.submitted')} testId="my-submitted">
        {data && data.submitted.length === 0 && <Empty text={t('work.mine.noneSubmitted')} />}
        {data && data.submitted.length > 0 && (
          <RequestCards requests={data.submitted} testId="submitted-table" />
        )}
      </Section>
      {can(PERM.workNotificationsRead) && <NotificationsCard />}
    </Stack>
  );
}
