import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Table,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api } from '../../api';
import type { ApiResponse, Schema } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { useT } from '../../i18n';
import { PERM } from '../../permissions';
import { useCan } from '../../session';

type Settings = Schema<'SalesSettings'>;

const SELLER_FIELDS = [
  'name',
  'vatId',
  'registrationId',
  'street',
  'city',
  'postalCode',
  'country',
  'email',
] as const;
const LABEL: Record<(typeof SELLER_FIELDS)[number], string> = {
  name: 'sales.settings.sellerName',
  vatId: 'sales.settings.vatId',
  registrationId: 'sales.settings.registrationId',
  street: 'sales.settings.street',
  city: 'sales.settings.city',
  postalCode: 'sales.settings.postalCode',
  country: 'sales.settings.country',
  email: 'sales.settings.email',
};

export function SalesSettingsPage() {
  const t = useT();
  const can = useCan();
  const qc = useQueryClient();
  const canManage = can(PERM.salesManage);
  const settings = useQuery({
    queryKey: ['sales-settings'],
    queryFn: () => api.get<Settings>('/sales/settings'),
  });
  const accounts = useQuery({
    queryKey: ['ledger-accounts-all'],
    queryFn: () => api.get<ApiResponse<'/ledger/accounts'>>('/ledger/accounts'),
  });
  const series = useQuery({
    queryKey: ['sales-series'],
    queryFn: () => api.get<ApiResponse<'/sales/series'>>('/sales/series'),
  });
  const [form, setForm] = useState<Settings | null>(null);
  useEffect(() => {
    if (settings.data && !form) setForm(settings.data);
  }, [settings.data, form]);
  const save = useMutation({
    mutationFn: (s: Settings) =>
      api.put<Settings>('/sales/settings', {
        ...s,
        seller: Object.fromEntries(Object.entries(s.seller).filter(([, v]) => v !== undefined && v !== '')),
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['sales-settings'] }),
  });
  const [draft, setDraft] = useState({
    code: '',
    name: '',
    kind: 'invoice',
    pattern: '{YYYY}-{NNNNN}',
    yearlyReset: true,
    isDefault: false,
  });
  const addSeries = useMutation({
    mutationFn: () => api.post('/sales/series', draft),
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: ['sales-series'] });
      setDraft({ ...draft, code: '', name: '' });
    },
  });
  const acc = (type: string) =>
    (accounts.data?.items ?? [])
      .filter((a) => a.type === type)
      .map((a) => ({ value: a.id, label: `${a.code} ${a.name}` }));
  return (
    <>
      <PageTitle title={t('sales.settings.title')} description={t('sales.settings.subtitle')} />
      {settings.error && <ErrorAlert error={settings.error} />}
      {form && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate(form);
          }}
        >
          <Card withBorder mb="md">
            <Title order={2} size="h4" mb="sm">
              {t('sales.settings.seller')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
              {SELLER_FIELDS.map((k) => (
                <TextInput
                  key={k}
                  label={t(LABEL[k] as never)}
                  value={form.seller[k] ?? ''}
                  disabled={!canManage}
                  onChange={(e) =>
                    setForm({ ...form, seller: { ...form.seller, [k]: e.currentTarget.value } })
                  }
                  data-testid={`seller-${k}`}
                />
              ))}
            </SimpleGrid>
            <Title order={2} size="h4" my="sm">
              {t('sales.settings.posting')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
              <Select
                label={t('sales.settings.receivable')}
                data={acc('asset')}
                value={form.receivableAccountId}
                onChange={(v) => setForm({ ...form, receivableAccountId: v })}
                searchable
                disabled={!canManage}
              />
              <Select
                label={t('sales.settings.revenue')}
                data={acc('income')}
                value={form.revenueAccountId}
                onChange={(v) => setForm({ ...form, revenueAccountId: v })}
                searchable
                disabled={!canManage}
              />
              <NumberInput
                label={t('sales.settings.terms')}
                value={form.paymentTermsDays}
                min={0}
                max={3650}
                onChange={(v) => setForm({ ...form, paymentTermsDays: Number(v) || 0 })}
                disabled={!canManage}
              />
              <NativeSelect
                label={t('sales.field.rounding')}
                value={form.rounding}
                onChange={(e) => setForm({ ...form, rounding: e.currentTarget.value as 'line' | 'document' })}
                data={[
                  { value: 'document', label: t('sales.rounding.document') },
                  { value: 'line', label: t('sales.rounding.line') },
                ]}
                disabled={!canManage}
              />
              <Checkbox
                label={t('sales.field.pricesIncludeTax')}
                checked={form.pricesIncludeTax}
                onChange={(e) => setForm({ ...form, pricesIncludeTax: e.currentTarget.checked })}
                disabled={!canManage}
              />
            </SimpleGrid>
            {save.error && <ErrorAlert error={save.error} />}
            {save.isSuccess && (
              <Alert color="teal" mt="sm">
                {t('sales.settings.saved')}
              </Alert>
            )}
            {canManage && (
              <Button type="submit" mt="md" loading={save.isPending} data-testid="sales-settings-save">
                {t('common.save')}
              </Button>
            )}
          </Card>
        </form>
      )}
      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          {t('sales.series.title')}
        </Title>
        <Table data-testid="series-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('sales.series.code')}</Table.Th>
              <Table.Th>{t('sales.series.name')}</Table.Th>
              <Table.Th>{t('sales.series.kind')}</Table.Th>
              <Table.Th>{t('sales.series.pattern')}</Table.Th>
              <Table.Th>{t('sales.series.yearlyReset')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(series.data?.items ?? []).map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td ff="monospace">
                  {s.code}{' '}
                  {s.isDefault && (
                    <Badge size="xs" variant="light">
                      {t('sales.series.default')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{s.name}</Table.Td>
                <Table.Td>{t(`sales.kind.${s.kind}`)}</Table.Td>
                <Table.Td ff="monospace">{s.pattern}</Table.Td>
                <Table.Td>{s.yearlyReset ? '✓' : ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {canManage && (
          <Group align="flex-end" mt="md" gap="sm">
            <TextInput
              label={t('sales.series.code')}
              value={draft.code}
              onChange={(e) => setDraft({ ...draft, code: e.currentTarget.value })}
              w={110}
            />
            <TextInput
              label={t('sales.series.name')}
              value={draft.name}
              onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
              w={180}
            />
            <NativeSelect
              label={t('sales.series.kind')}
              value={draft.kind}
              onChange={(e) => setDraft({ ...draft, kind: e.currentTarget.value })}
              data={[
                { value: 'invoice', label: t('sales.kind.invoice') },
                { value: 'credit_note', label: t('sales.kind.credit_note') },
              ]}
            />
            <TextInput
              label={t('sales.series.pattern')}
              description={t('sales.series.patternHelp')}
              value={draft.pattern}
              onChange={(e) => setDraft({ ...draft, pattern: e.currentTarget.value })}
              w={260}
            />
            <Checkbox
              label={t('sales.series.yearlyReset')}
              checked={draft.yearlyReset}
              onChange={(e) => setDraft({ ...draft, yearlyReset: e.currentTarget.checked })}
            />
            <Checkbox
              label={t('sales.series.default')}
              checked={draft.isDefault}
              onChange={(e) => setDraft({ ...draft, isDefault: e.currentTarget.checked })}
            />
            <Button
              onClick={() => addSeries.mutate()}
              loading={addSeries.isPending}
              disabled={!draft.code || !draft.name}
            >
              {t('sales.series.add')}
            </Button>
          </Group>
        )}
        {addSeries.error && <ErrorAlert error={addSeries.error} />}
      </Card>
    </>
  );
}
