import { Alert, Button, Checkbox, Group, List, Modal, Stack, Table, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api';
import type { ApiResponse } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormat, useT } from '../../i18n';
import { PERM } from '../../permissions';
import { useCan, useMe } from '../../session';
import { SubjectHeadline, SubjectTotal } from '../../ui/approvals';
import { DecisionButtons, RequestLink, RequestStatusBadge } from './common';
import { type ApprovalRequest, invalidateWork } from './workApi';

/** Every level of a request in one line each: who approved, who it still waits on, each decision's comment. */
export function StepHistory({ request }: { request: ApprovalRequest }) {
  const t = useT();
  const f = useFormat();
  return (
    <List size="xs" spacing={2} listStyleType="none" data-testid={`steps-${request.id}`}>
      {request.levels.map((l, i) => {
        const waiting = request.approversNeeded.find((n) => n.level === i);
        const decisions = request.decisions.filter((d) => d.level === i);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed sequence, never reordered
          <List.Item key={`${i}-${l.name}`}>
            <Text span size="xs" fw={600}>
              {i + 1}. {l.name}:
            </Text>{' '}
            {decisions.map((d) => (
              <Text span size="xs" key={`${d.by}-${d.at}`}>
                {t.dyn(`work.decision.${d.decision}`, d.decision)} {d.by} ({f.dateTime(d.at)})
                {d.comment ? ` “${d.comment}”` : ''}{' '}
              </Text>
            ))}
            {waiting && waiting.approvers.length > 0 && (
              <Text span size="xs" c="dimmed">
                {t('work.request.waitingOn', { people: waiting.approvers.join(', ') })}
              </Text>
            )}
          </List.Item>
        );
      })}
    </List>
  );
}

/** Requests with their step history; with `selectable`, those waiting on me can be approved together. */
export function TeamApprovals({
  requests,
  selectable,
  testId,
}: {
  requests: ApprovalRequest[];
  selectable?: boolean;
  testId: string;
}) {
  const t = useT();
  const me = useMe();
  const can = useCan();
  const qc = useQueryClient();
  const [selected, setSelected] = useState<string[]>([]);
  const [open, setOpen] = useState(false);
  const [comment, setComment] = useState('');
  const mine = (r: ApprovalRequest) => r.waitingOn.includes(me.user.email) && r.maker !== me.user.email;
  const decidable = selectable && can(PERM.workDecide) ? requests.filter(mine) : [];
  const bulk = useMutation({
    mutationFn: () =>
      api.post<ApiResponse<'/work/approvals/bulk', 'post'>>('/work/approvals/bulk', {
        ids: selected,
        decision: 'approve',
        comment: comment.trim() || null,
      }),
    onSuccess: async () => {
      setSelected([]);
      setComment('');
      setOpen(false);
      await invalidateWork(qc);
    },
  });
  const toggle = (id: string, on: boolean) =>
    setSelected((s) => (on ? [...new Set([...s, id])] : s.filter((x) => x !== id)));
  const results = bulk.data?.results;
  return (
    <Stack gap="xs">
      {results && (
        <Alert color={results.every((r) => r.ok) ? 'teal' : 'orange'} data-testid="bulk-result">
          {t('work.team.bulkDone', {
            ok: results.filter((r) => r.ok).length,
            failed: results.filter((r) => !r.ok).length,
          })}
          {results
            .filter((r) => !r.ok)
            .map((r) => (
              <Text size="xs" key={r.id}>
                {r.error}
              </Text>
            ))}
        </Alert>
      )}
      {decidable.length > 0 && (
        <Group>
          <Checkbox
            label={t('work.team.selectAll')}
            checked={selected.length === decidable.length}
            indeterminate={selected.length > 0 && selected.length < decidable.length}
            onChange={(e) => setSelected(e.currentTarget.checked ? decidable.map((r) => r.id) : [])}
            data-testid="select-all"
          />
          <Button
            size="xs"
            color="teal"
            disabled={selected.length === 0}
            onClick={() => setOpen(true)}
            data-testid="bulk-approve"
          >
            {t('work.team.bulkApprove', { count: selected.length })}
          </Button>
        </Group>
      )}
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="xs" data-testid={testId}>
          <Table.Thead>
            <Table.Tr>
              {decidable.length > 0 && <Table.Th w={32} />}
              <Table.Th>{t('work.request.subject')}</Table.Th>
              <Table.Th>{t('work.request.maker')}</Table.Th>
              <Table.Th>{t('work.team.steps')}</Table.Th>
              {selectable && <Table.Th>{t('common.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {requests.map((r) => (
              <Table.Tr key={r.id} data-testid={`team-request-${r.id}`}>
                {decidable.length > 0 && (
                  <Table.Td>
                    {mine(r) && (
                      <Checkbox
                        aria-label={t('work.team.select', { summary: r.summary })}
                        checked={selected.includes(r.id)}
                        onChange={(e) => toggle(r.id, e.currentTarget.checked)}
                        data-testid={`select-${r.id}`}
                      />
                    )}
                  </Table.Td>
                )}
                <Table.Td>
                  <RequestLink request={r} />
                  {r.subject && <SubjectHeadline subject={r.subject} />}
                  <SubjectTotal subject={r.subject} />
                  <div>
                    <RequestStatusBadge status={r.status} />
                  </div>
                </Table.Td>
                <Table.Td>{r.makerName ?? r.maker ?? '—'}</Table.Td>
                <Table.Td>
                  <StepHistory request={r} />
                </Table.Td>
                {selectable && (
                  <Table.Td>
                    <DecisionButtons request={r} />
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Modal
        opened={open}
        onClose={() => setOpen(false)}
        title={t('work.team.bulkTitle', { count: selected.length })}
      >
        <form
          onSubmit={(e) => {
            e.preventDefault();
            bulk.mutate();
          }}
        >
          <Stack>
            {bulk.error && <ErrorAlert error={bulk.error} />}
            <Textarea
              label={t('work.field.comment')}
              description={t('common.optional')}
              value={comment}
              onChange={(e) => setComment(e.currentTarget.value)}
              autosize
              minRows={3}
              data-autofocus
              data-testid="bulk-comment"
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpen(false)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" color="teal" loading={bulk.isPending} data-testid="bulk-confirm">
                {t('work.approve')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}
