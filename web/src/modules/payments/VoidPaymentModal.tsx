import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n';
import { newKey, type Payment, postIdempotent, today } from './paymentsApi';

/** Voids a payment: the server reverses its journal entry and settlements, so the documents reopen. */
export function VoidPaymentModal({ payment, onClose }: { payment: Payment; onClose: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  const [date, setDate] = useState(today());
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [key] = useState(newKey);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await postIdempotent(`/payments/${payment.id}/void`, { date, reason }, key);
      await qc.invalidateQueries({ queryKey: ['list', '/payments'] });
      await qc.invalidateQueries({ queryKey: ['payments'] });
      onClose();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title={t('payments.void.title', { number: payment.number })}>
      <Stack>
        <Text size="sm">{t('payments.void.explain')}</Text>
        <TextInput
          label={t('payments.void.date')}
          type="date"
          value={date}
          onChange={(e) => setDate(e.currentTarget.value)}
        />
        <TextInput
          label={t('payments.void.reason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          maxLength={500}
          data-testid="void-reason"
        />
        {error !== null && <ErrorAlert error={error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            onClick={submit}
            loading={busy}
            disabled={!reason.trim()}
            data-testid="void-submit"
          >
            {t('payments.void.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
