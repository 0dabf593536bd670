import { Button, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n';
import { CurrencySelect } from '../../ui/pickers';
import { cleanDefaults, type DefaultDimensions, DefaultDimensionsFields } from './dimensions';
import { ACCOUNT_TYPES, invalidateLedger, type LedgerAccount, SUBTYPES, useAccounts } from './ledgerApi';

/** Open (account undefined) or change an account. Parent and currency are fixed once the account exists. */
export function AccountFormModal({ account, onClose }: { account?: LedgerAccount; onClose: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  const accounts = useAccounts();
  const [form, setForm] = useState({
    code: account?.code ?? '',
    name: account?.name ?? '',
    type: account?.type ?? 'asset',
    subtype: account?.subtype ?? '',
    parentId: account?.parentId ?? '',
    currency: account?.currency ?? '',
  });
  const [dims, setDims] = useState<DefaultDimensions>(account?.defaultDimensions ?? {});
  const set = (patch: Partial<typeof form>) => setForm((f) => ({ ...f, ...patch }));
  const save = useMutation({
    mutationFn: () => {
      const common = {
        code: form.code.trim(),
        name: form.name.trim(),
        type: form.type,
        subtype: form.subtype || null,
        defaultDimensions: cleanDefaults(dims),
      };
      return account
        ? api.patch<LedgerAccount>(`/ledger/accounts/${account.id}`, common)
        : api.post<LedgerAccount>('/ledger/accounts', {
            ...common,
            parentId: form.parentId || null,
            currency: form.currency.trim() || null,
          });
    },
    onSuccess: async () => {
      await invalidateLedger(qc);
      onClose();
    },
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const parents = (accounts.data ?? []).filter((a) => a.id !== account?.id && a.type === form.type);
  const title = account ? t('ledger.accounts.edit') : t('ledger.accounts.new');
  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      <form onSubmit={onSubmit} aria-label={title} data-testid="account-form">
        <Stack gap="sm">
          {save.error && <ErrorAlert error={save.error} />}
          <Group grow align="flex-start">
            <TextInput
              label={t('field.code')}
              name="code"
              required
              data-autofocus
              value={form.code}
              onChange={(e) => set({ code: e.currentTarget.value })}
            />
            <TextInput
              label={t('field.name')}
              name="name"
              required
              value={form.name}
              onChange={(e) => set({ name: e.currentTarget.value })}
            />
          </Group>
          <Group grow align="flex-start">
            <NativeSelect
              label={t('ledger.field.type')}
              name="type"
              value={form.type}
              onChange={(e) => set({ type: e.currentTarget.value as LedgerAccount['type'], parentId: '' })}
              data={ACCOUNT_TYPES.map((v) => ({ value: v, label: t(`ledger.type.${v}`) }))}
            />
            <NativeSelect
              label={t('ledger.field.subtype')}
              name="subtype"
              value={form.subtype}
              onChange={(e) => set({ subtype: e.currentTarget.value })}
              data={[
                { value: '', label: '—' },
                ...SUBTYPES.map((v) => ({ value: v, label: t(`ledger.subtype.${v}`) })),
                ...(form.subtype && !(SUBTYPES as readonly string[]).includes(form.subtype)
                  ? [{ value: form.subtype, label: form.subtype }]
                  : []),
              ]}
            />
          </Group>
          <Group grow align="flex-start">
            <NativeSelect
              label={t('ledger.field.parent')}
              name="parentId"
              disabled={!!account}
              value={form.parentId}
              onChange={(e) => set({ parentId: e.currentTarget.value })}
              data={[
                { value: '', label: t('ledger.accounts.noParent') },
                ...parents.map((a) => ({ value: a.id, label: `${a.code} — ${a.fullName}` })),
              ]}
            />
            <CurrencySelect
              label={t('ledger.field.currency')}
              description={t('ledger.accounts.currencyHelp')}
              name="currency"
              disabled={!!account}
              clearable={!account}
              value={form.currency}
              onChange={(currency) => set({ currency })}
            />
          </Group>
          <DefaultDimensionsFields value={dims} onChange={setDims} />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="account-save">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
