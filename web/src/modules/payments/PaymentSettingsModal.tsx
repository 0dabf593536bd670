import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api } from '../../api';
import type { Schema } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n';

type Settings = Schema<'PaymentSettings'>;

/** Write-off account and limit, and the customer credit and vendor advance accounts, by account code. */
export function PaymentSettingsModal({ onClose }: { onClose: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  const current = useQuery({
    queryKey: ['payments', 'settings'],
    queryFn: () => api.get<Settings>('/payments/settings'),
  });
  const [form, setForm] = useState<Settings | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (current.data && !form) setForm(current.data);
  }, [current.data, form]);
  const field = (key: keyof Settings, label: string) => (
    <TextInput
      label={label}
      value={form?.[key] ?? ''}
      onChange={(e) => {
        const v = e.currentTarget.value;
        setForm((f) => (f ? { ...f, [key]: v } : f));
      }}
      placeholder={key === 'writeOffLimit' ? '5.00' : t('payments.settings.defaultAccount')}
      data-testid={`settings-${key}`}
    />
  );
  const save = async () => {
    if (!form) return;
    setBusy(true);
    setError(null);
    try {
      const blank = (v: string | null) => (v?.trim() ? v.trim() : null);
      await api.put('/payments/settings', {
        writeOffAccount: blank(form.writeOffAccount),
        writeOffLimit: form.writeOffLimit.trim(),
        customerCreditAccount: blank(form.customerCreditAccount),
        vendorCreditAccount: blank(form.vendorCreditAccount),
      });
      await qc.invalidateQueries({ queryKey: ['payments', 'settings'] });
      onClose();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title={t('payments.settings.title')}>
      <Stack>
        {current.error && <ErrorAlert error={current.error} />}
        {field('writeOffAccount', t('payments.settings.writeOffAccount'))}
        {field('writeOffLimit', t('payments.settings.writeOffLimit'))}
        {field('customerCreditAccount', t('payments.settings.customerCreditAccount'))}
        {field('vendorCreditAccount', t('payments.settings.vendorCreditAccount'))}
        {error !== null && <ErrorAlert error={error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={save} loading={busy} disabled={!form} data-testid="settings-save">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
