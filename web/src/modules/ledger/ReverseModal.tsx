import { Button, Checkbox, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api } from '../../api';
import type { ApiResponse } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n';
import { invalidateLedger, type JournalEntry, today } from './ledgerApi';

export type ReverseResult = ApiResponse<'/ledger/entries/{id}/reverse', 'post'>;

/** "Reverse on date D", optionally leaving a corrected copy of the original as a new draft. */
export function ReverseModal({
  entry,
  onClose,
  onDone,
}: {
  entry: JournalEntry;
  onClose: () => void;
  onDone: (r: ReverseResult) => void;
}) {
  const t = useT();
  const qc = useQueryClient();
  const [date, setDate] = useState(today());
  const [copy, setCopy] = useState(false);
  const reverse = useMutation({
    mutationFn: () =>
      api.post<ReverseResult>(`/ledger/entries/${entry.id}/reverse`, { date, correctedCopy: copy }),
    onSuccess: async (r) => {
      await invalidateLedger(qc);
      onDone(r);
    },
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    reverse.mutate();
  };
  return (
    <Modal opened onClose={onClose} title={t('ledger.reverse.title', { number: entry.number ?? '' })}>
      <form onSubmit={onSubmit} data-testid="reverse-form">
        <Stack gap="sm">
          <Text size="sm">{t('ledger.reverse.help')}</Text>
          {reverse.error && <ErrorAlert error={reverse.error} />}
          <TextInput
            type="date"
            label={t('ledger.reverse.date')}
            name="reverseDate"
            required
            data-autofocus
            value={date}
            onChange={(e) => setDate(e.currentTarget.value)}
          />
          <Checkbox
            label={t('ledger.reverse.copy')}
            name="correctedCopy"
            checked={copy}
            onChange={(e) => setCopy(e.currentTarget.checked)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="orange" loading={reverse.isPending} data-testid="reverse-confirm">
              {t('ledger.entry.reverse')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
