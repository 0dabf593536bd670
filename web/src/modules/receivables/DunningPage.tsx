import { Alert, Badge, Button, Code, Group, Modal, Table, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api';
import type { ApiItem, ApiResponse } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { useFormat, useT } from '../../i18n';
import { PERM } from '../../permissions';
import { useCan } from '../../session';
import { DateField, today } from './common';
import {
  DEFAULT_LEVELS,
  type DunningLevelRow,
  DunningLevelsEditor,
  levelsBody,
  levelsText,
} from './ScheduleEditors';

type Letter = ApiItem<'/dunning/proposal'>;

const LEVEL_COLOR = ['yellow', 'orange', 'red', 'grape'];

export function DunningPage() {
  const t = useT();
  const f = useFormat();
  const can = useCan();
  const [asOf, setAsOf] = useState(today());
  const [levels, setLevels] = useState<DunningLevelRow[]>(DEFAULT_LEVELS);
  const [preview, setPreview] = useState<Letter | null>(null);
  const [debouncedLevels] = useDebouncedValue(levels, 400);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(asOf);
  const query = { asOf, levels: levelsText(debouncedLevels) };
  const proposal = useQuery({
    queryKey: ['dunning', query],
    queryFn: () => api.get<ApiResponse<'/dunning/proposal'>>('/dunning/proposal', query),
    enabled: valid,
    retry: false,
  });
  const send = useMutation({
    mutationFn: () =>
      api.post<ApiResponse<'/dunning/send', 'post'>>('/dunning/send', {
        asOf,
        levels: levelsBody(debouncedLevels),
      }),
  });
  const items = proposal.data?.items ?? [];
  const sendable = items.filter((l) => l.to).length;

  return (
    <>
      <PageTitle
        title={t('dunning.title')}
        description={t('dunning.subtitle')}
        actions={
          can(PERM.receivablesManage) && (
            <Button
              color="red"
              disabled={sendable === 0 || !!send.data}
              loading={send.isPending}
              onClick={() => {
                if (window.confirm(t('dunning.confirm'))) send.mutate();
              }}
              data-testid="dunning-send"
            >
              {t('dunning.send', { count: sendable })}
            </Button>
          )
        }
      />
      <Group mb="md" align="flex-start" gap="xl">
        <DateField
          label={t('aging.asOf')}
          value={asOf}
          onChange={(v) => {
            setAsOf(v);
            send.reset();
          }}
        />
        <DunningLevelsEditor
          value={levels}
          onChange={(rows) => {
            setLevels(rows);
            send.reset();
          }}
        />
      </Group>
      {(proposal.error || send.error) && <ErrorAlert error={proposal.error ?? send.error} />}
      {send.data && (
        <Alert color="teal" mb="md" data-testid="dunning-sent">
          {t('dunning.sent', { sent: send.data.sent.length, skipped: send.data.skipped.length })}
        </Alert>
      )}
      {proposal.isSuccess && items.length === 0 && <Text c="dimmed">{t('dunning.none')}</Text>}
      {items.length > 0 && (
        <Table striped data-testid="dunning-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('aging.party')}</Table.Th>
              <Table.Th>{t('dunning.level')}</Table.Th>
              <Table.Th ta="right">{t('dunning.maxDays')}</Table.Th>
              <Table.Th ta="right">{t('dunning.overdue')}</Table.Th>
              <Table.Th ta="right">{t('dunning.fee')}</Table.Th>
              <Table.Th>{t('dunning.email')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((l) => (
              <Table.Tr key={`${l.partyId}-${l.currency}`}>
                <Table.Td>{l.partyName}</Table.Td>
                <Table.Td>
                  <Badge color={LEVEL_COLOR[l.level - 1] ?? 'red'}>{l.level}</Badge>
                </Table.Td>
                <Table.Td ta="right">{l.maxDaysPastDue}</Table.Td>
                <Table.Td ta="right" ff="monospace">
                  {f.money(l.overdue, l.currency)}
                </Table.Td>
                <Table.Td ta="right" ff="monospace">
                  {l.fee ? f.money(l.fee, l.currency) : ''}
                </Table.Td>
                <Table.Td>{l.to ?? <Text c="dimmed">{t('dunning.noEmail')}</Text>}</Table.Td>
                <Table.Td>
                  <Button size="xs" variant="subtle" onClick={() => setPreview(l)}>
                    {t('dunning.letter')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {preview && (
        <Modal
          opened
          onClose={() => setPreview(null)}
          title={t('dunning.preview', { party: preview.partyName })}
          size="lg"
        >
          <Text fw={600} mb="xs">
            {preview.subject}
          </Text>
          <Code block data-testid="dunning-letter">
            {preview.body}
          </Code>
        </Modal>
      )}
    </>
  );
}
