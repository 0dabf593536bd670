import { Group, Paper, Stack, Text } from '@mantine/core';
import { useFormat, useT } from '../../i18n';
import { DecisionBar, SubjectFigures, SubjectTotal } from '../../ui/approvals';
import { RequestLink, RequestStatusBadge } from './common';
import type { ApprovalRequest } from './workApi';

/**
 * Requests as cards, each with what it is about — the entry's lines by account name with debit/credit and the
 * total, or the document's party, number, total and due date — and the decision next to the figures. Cards,
 * not a wide table, so on a phone the figures and the buttons stay on screen.
 */
export function RequestCards({ requests, testId }: { requests: ApprovalRequest[]; testId: string }) {
  return (
    <Stack gap="sm" data-testid={testId}>
      {requests.map((r) => (
        <RequestCard key={r.id} request={r} />
      ))}
    </Stack>
  );
}

function RequestCard({ request: r }: { request: ApprovalRequest }) {
  const t = useT();
  const f = useFormat();
  const level = r.levels[r.currentLevel];
  return (
    <Paper withBorder p="sm" radius="sm" data-testid={`request-row-${r.id}`}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <div style={{ minWidth: 0, flex: 1 }}>
            <RequestLink request={r} />
            <Text size="xs" c="dimmed">
              {t.dyn(`work.action.${r.action}`, r.action)} · {r.makerName ?? r.maker ?? '—'} ·{' '}
              {f.dateTime(r.createdAt)}
            </Text>
          </div>
          <RequestStatusBadge status={r.status} />
        </Group>
        <SubjectFigures request={r} />
        {r.status === 'pending' && level && (
          <Text size="xs" c="dimmed" data-testid="request-current-level">
            {t('work.request.level', { n: r.currentLevel + 1, name: level.name })}
            {r.waitingOn.length > 0 &&
              ` · ${t('work.request.waitingOn', { people: r.waitingOn.join(', ') })}`}
          </Text>
        )}
        <Group justify="space-between" gap="xs" wrap="wrap">
          {r.subject?.lines.length ? <span /> : <SubjectTotal subject={r.subject} />}
          <DecisionBar request={r} size="sm" />
        </Group>
      </Stack>
    </Paper>
  );
}
