import { Anchor, Badge, Group, List, Text, ThemeIcon } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useFormat, useT } from '../../i18n';
import { useRequestTitle } from '../../ui/approvals';
import type { ApprovalRequest, Priority, RequestStatus, Task, TaskStatus } from './workApi';

const taskColor: Record<TaskStatus, string> = {
  open: 'blue',
  in_progress: 'indigo',
  waiting: 'yellow',
  done: 'teal',
  cancelled: 'gray',
};

export function TaskStatusBadge({ status }: { status: TaskStatus }) {
  const t = useT();
  return (
    <Badge color={taskColor[status]} variant="light" data-testid="task-status">
      {t.dyn(`work.status.${status}`, status)}
    </Badge>
  );
}

const priorityColor: Record<Priority, string> = {
  low: 'gray',
  normal: 'blue',
  high: 'orange',
  urgent: 'red',
};

export function PriorityBadge({ priority }: { priority: Priority }) {
  const t = useT();
  return (
    <Badge color={priorityColor[priority]} variant="outline" size="sm">
      {t.dyn(`work.priority.${priority}`, priority)}
    </Badge>
  );
}

/** Overdue / at risk / escalated, and the SLA clock when the task has one. */
export function SlaFlags({ task }: { task: Task }) {
  const t = useT();
  return (
    <Group gap={4} wrap="nowrap">
      {task.overdue && (
        <Badge color="red" variant="filled" size="sm" data-testid="flag-overdue">
          {t('work.overdue')}
        </Badge>
      )}
      {task.atRisk && (
        <Badge color="orange" variant="light" size="sm" data-testid="flag-at-risk">
          {t('work.atRisk')}
        </Badge>
      )}
      {task.escalated && (
        <Badge color="grape" variant="light" size="sm">
          {t('work.escalated')}
        </Badge>
      )}
      {task.slaHours !== null && (
        <Text size="xs" c="dimmed">
          {t('work.sla', { used: task.slaUsedHours, total: task.slaHours })}
        </Text>
      )}
    </Group>
  );
}

const requestColor: Record<RequestStatus, string> = {
  pending: 'yellow',
  approved: 'teal',
  rejected: 'red',
  withdrawn: 'gray',
  expired: 'gray',
};

export function RequestStatusBadge({ status }: { status: RequestStatus }) {
  const t = useT();
  return (
    <Badge color={requestColor[status]} variant="light" data-testid="request-status">
      {t.dyn(`work.request.status.${status}`, status)}
    </Badge>
  );
}

export function TaskLink({ task }: { task: Task }) {
  return (
    <Anchor component={Link} to={`/work/tasks/${task.id}`} data-testid={`task-link-${task.id}`}>
      {task.title}
    </Anchor>
  );
}

export function RequestLink({ request }: { request: ApprovalRequest }) {
  const title = useRequestTitle();
  return (
    <Anchor component={Link} to={`/work/approvals/${request.id}`} data-testid={`request-link-${request.id}`}>
      {title(request)}
    </Anchor>
  );
}

/** The decision buttons live in ui/approvals.tsx: the journal entry page shows them too. */
export { DecisionBar as DecisionButtons } from '../../ui/approvals';

/** Each level with its approvers, who approved, and which one is current. */
export function RequestLevels({ request }: { request: ApprovalRequest }) {
  const t = useT();
  return (
    <List spacing="sm" listStyleType="none" data-testid="request-levels">
      {request.levels.map((l, i) => {
        const done = l.approvedBy.length >= l.need;
        const current = request.status === 'pending' && i === request.currentLevel;
        const waiting = request.approversNeeded.find((n) => n.level === i);
        return (
          <List.Item
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed sequence, never reordered
            key={`${i}-${l.name}`}
            data-testid={`request-level-${i}`}
            data-state={done ? 'done' : current ? 'current' : 'later'}
            icon={
              <ThemeIcon
                color={done ? 'teal' : current ? 'yellow' : 'gray'}
                size={22}
                radius="xl"
                variant="light"
              >
                <Text size="xs" fw={700} aria-hidden>
                  {done ? '✓' : i + 1}
                </Text>
              </ThemeIcon>
            }
          >
            <Group gap="xs">
              <Text fw={600} size="sm">
                {t('work.request.level', { n: i + 1, name: l.name })}
              </Text>
              <Text size="xs" c="dimmed">
                {t('work.request.needOf', { need: l.need, count: l.approvers.length })}
              </Text>
              {current && (
                <Badge size="xs" color="yellow">
                  {t('work.request.current')}
                </Badge>
              )}
            </Group>
            {l.approvedBy.length > 0 && (
              <Text size="sm" c="teal.8">
                {t('work.request.approvedBy', { people: l.approvedBy.join(', ') })}
              </Text>
            )}
            {waiting && waiting.approvers.length > 0 && (
              <Text size="sm" c="dimmed">
                {t('work.request.waitingOn', { people: waiting.approvers.join(', ') })}
              </Text>
            )}
          </List.Item>
        );
      })}
    </List>
  );
}

/** The decisions taken so far, oldest first. */
export function DecisionHistory({ request }: { request: ApprovalRequest }) {
  const t = useT();
  const f = useFormat();
  if (request.decisions.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('work.request.noDecisions')}
      </Text>
    );
  return (
    <List spacing={4} size="sm" data-testid="request-decisions">
      {request.decisions.map((d) => (
        <List.Item key={`${d.at}-${d.by}`}>
          <Text span size="sm" fw={600}>
            {t.dyn(`work.decision.${d.decision}`, d.decision)}
          </Text>{' '}
          · {d.by}
          {d.onBehalfOf ? ` (${t('work.request.onBehalfOf', { person: d.onBehalfOf })})` : ''} ·{' '}
          {f.dateTime(d.at)}
          {d.comment ? ` — “${d.comment}”` : ''}
        </List.Item>
      ))}
    </List>
  );
}
