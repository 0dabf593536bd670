import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  NativeSelect,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { api } from '../../api';
import type { ApiResponse } from '../../api/types';
import { AttachmentsCard } from '../../components/Attachments';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { RoutePending } from '../../components/RouteStates';
import { useT } from '../../i18n';
import { PERM } from '../../permissions';
import { useCan } from '../../session';
import { AddressFields, type AddressValue } from '../../ui/AddressFields';
import { CurrencySelect } from '../../ui/pickers';
import { BankAccountsCard } from './BankAccountsCard';
import { type Contact, invalidateParties, type Party } from './partiesApi';

/** The form's fields: the address ones are AddressFields' own. */
interface Form extends AddressValue {
  code: string;
  customer: boolean;
  vendor: boolean;
  legalName: string;
  vatId: string;
  taxId: string;
  email: string;
  phone: string;
  language: 'en' | 'cs' | 'es';
  paymentTermsDays: string;
  currency: string;
  creditLimit: string;
  revenueAccountId: string;
  expenseAccountId: string;
  notes: string;
  active: boolean;
  contacts: Contact[];
}

function formOf(p: Party | null, role: 'customer' | 'vendor'): Form {
  return {
    code: p?.code ?? '',
    customer: p ? p.customer : role === 'customer',
    vendor: p ? p.vendor : role === 'vendor',
    legalName: p?.legalName ?? '',
    vatId: p?.vatId ?? '',
    taxId: p?.taxId ?? '',
    email: p?.email ?? '',
    phone: p?.phone ?? '',
    language: p?.language ?? 'en',
    street: p?.address.street ?? '',
    additional: p?.address.additional ?? '',
    city: p?.address.city ?? '',
    postalCode: p?.address.postalCode ?? '',
    region: p?.address.region ?? '',
    country: p?.address.country ?? '',
    paymentTermsDays: String(p?.paymentTermsDays ?? 30),
    currency: p?.currency ?? '',
    creditLimit: p?.creditLimit ?? '',
    revenueAccountId: p?.revenueAccountId ?? '',
    expenseAccountId: p?.expenseAccountId ?? '',
    notes: p?.notes ?? '',
    active: p?.active ?? true,
    contacts: p?.contacts.map(({ name, email, phone, role: r }) => ({ name, email, phone, role: r })) ?? [],
  };
}

function bodyOf(f: Form) {
  return {
    ...(f.code.trim() ? { code: f.code.trim() } : {}),
    customer: f.customer,
    vendor: f.vendor,
    legalName: f.legalName,
    vatId: f.vatId.trim() || null,
    taxId: f.taxId.trim() || null,
    email: f.email.trim(),
    phone: f.phone.trim(),
    language: f.language,
    address: {
      street: f.street,
      additional: f.additional,
      city: f.city,
      postalCode: f.postalCode,
      region: f.region,
      country: f.country.trim() || null,
    },
    paymentTermsDays: Number.parseInt(f.paymentTermsDays || '0', 10),
    ...(f.currency.trim() ? { currency: f.currency.trim() } : {}),
    creditLimit: f.creditLimit.trim() || null,
    revenueAccountId: f.revenueAccountId || null,
    expenseAccountId: f.expenseAccountId || null,
    notes: f.notes,
    active: f.active,
    contacts: f.contacts.filter((c) => c.name.trim()),
  };
}

function useAccountOptions() {
  return useQuery({
    queryKey: ['parties', 'accounts'],
    queryFn: async () => (await api.get<ApiResponse<'/ledger/accounts'>>('/ledger/accounts')).items,
    retry: false,
  });
}

function PartyForm({ party, role }: { party: Party | null; role: 'customer' | 'vendor' }) {
  const t = useT();
  const can = useCan();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const editable = can(PERM.partiesManage);
  const [form, setForm] = useState<Form>(() => formOf(party, role));
  const [saved, setSaved] = useState(false);
  useEffect(() => setForm(formOf(party, role)), [party, role]);
  const accounts = useAccountOptions();
  const options = (types: string[]) => [
    { value: '', label: t('parties.none') },
    ...(accounts.data ?? [])
      .filter((a) => types.includes(a.type))
      .map((a) => ({ value: a.id, label: `${a.code} ${a.fullName}` })),
  ];
  const save = useMutation({
    mutationFn: () =>
      party
        ? api.patch<Party>(`/parties/${party.id}`, bodyOf(form))
        : api.post<Party>('/parties', bodyOf(form)),
    onSuccess: async (p) => {
      await invalidateParties(qc);
      setSaved(true);
      if (!party) await navigate({ to: '/parties/$partyId', params: { partyId: p.id } });
    },
  });
  const text = (k: keyof Form, label: string, extra: Record<string, unknown> = {}) => (
    <TextInput
      label={label}
      value={form[k] as string}
      onChange={(e) => {
        const v = e.currentTarget.value;
        setSaved(false);
        setForm((f) => ({ ...f, [k]: v }));
      }}
      readOnly={!editable}
      name={k}
      {...extra}
    />
  );
  const setContact = (i: number, k: keyof Contact, v: string) =>
    setForm((f) => ({ ...f, contacts: f.contacts.map((c, j) => (j === i ? { ...c, [k]: v } : c)) }));

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
      data-testid="party-form"
    >
      <Stack gap="md">
        {save.error && <ErrorAlert error={save.error} />}
        {saved && !save.error && (
          <Alert color="teal" data-testid="party-saved">
            {t('parties.saved')}
          </Alert>
        )}
        <Card withBorder padding="lg">
          <Title order={2} size="h4" mb="sm">
            {t('parties.section.general')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
            {text('legalName', t('parties.field.legalName'), {
              required: true,
              'data-testid': 'party-legal-name',
            })}
            {text('code', t('parties.field.code'), { description: t('parties.field.codeHint') })}
            <Group gap="lg" mt="lg">
              <Checkbox
                label={t('parties.field.isCustomer')}
                checked={form.customer}
                disabled={!editable}
                onChange={(e) => setForm((f) => ({ ...f, customer: e.currentTarget.checked }))}
              />
              <Checkbox
                label={t('parties.field.isVendor')}
                checked={form.vendor}
                disabled={!editable}
                onChange={(e) => setForm((f) => ({ ...f, vendor: e.currentTarget.checked }))}
              />
              <Checkbox
                label={t('parties.field.active')}
                checked={form.active}
                disabled={!editable}
                onChange={(e) => setForm((f) => ({ ...f, active: e.currentTarget.checked }))}
              />
            </Group>
            {text('vatId', t('parties.field.vatId'))}
            {text('taxId', t('parties.field.taxId'))}
            {text('email', t('parties.field.email'), { type: 'email' })}
            {text('phone', t('parties.field.phone'))}
            <NativeSelect
              label={t('parties.field.language')}
              value={form.language}
              disabled={!editable}
              onChange={(e) =>
                setForm((f) => ({ ...f, language: e.currentTarget.value as Form['language'] }))
              }
              data={[
                { value: 'en', label: 'English' },
                { value: 'cs', label: 'Čeština' },
                { value: 'es', label: 'Español' },
              ]}
            />
          </SimpleGrid>
        </Card>
        <Card withBorder padding="lg">
          <Title order={2} size="h4" mb="sm">
            {t('parties.section.address')}
          </Title>
          <AddressFields
            value={form}
            onChange={(k, v) => {
              setSaved(false);
              setForm((f) => ({ ...f, [k]: v }));
            }}
            readOnly={!editable}
            testIdPrefix="party"
          />
        </Card>
        <Card withBorder padding="lg">
          <Title order={2} size="h4" mb="sm">
            {t('parties.section.terms')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
            {text('paymentTermsDays', t('parties.field.terms'), { inputMode: 'numeric' })}
            <CurrencySelect
              label={t('parties.field.currency')}
              value={form.currency}
              onChange={(v) => {
                setSaved(false);
                setForm((f) => ({ ...f, currency: v }));
              }}
              readOnly={!editable}
              clearable={editable}
              data-testid="party-currency"
            />
            {text('creditLimit', t('parties.field.creditLimit'), { inputMode: 'decimal' })}
            <Select
              label={t('parties.field.revenueAccount')}
              data={options(['income'])}
              value={form.revenueAccountId}
              onChange={(v) => setForm((f) => ({ ...f, revenueAccountId: v ?? '' }))}
              searchable
              disabled={!editable}
            />
            <Select
              label={t('parties.field.expenseAccount')}
              data={options(['expense', 'asset'])}
              value={form.expenseAccountId}
              onChange={(v) => setForm((f) => ({ ...f, expenseAccountId: v ?? '' }))}
              searchable
              disabled={!editable}
            />
          </SimpleGrid>
          <Textarea
            mt="sm"
            label={t('parties.field.notes')}
            value={form.notes}
            readOnly={!editable}
            autosize
            minRows={2}
            onChange={(e) => {
              const v = e.currentTarget.value;
              setForm((f) => ({ ...f, notes: v }));
            }}
          />
        </Card>
        <Card withBorder padding="lg">
          <Title order={2} size="h4" mb="sm">
            {t('parties.section.contacts')}
          </Title>
          {form.contacts.length === 0 && (
            <Text c="dimmed" size="sm">
              {t('parties.contact.none')}
            </Text>
          )}
          <Stack gap="xs">
            {form.contacts.map((c, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: contacts have no id until saved
              <Group key={i} align="flex-end" gap="sm" wrap="wrap">
                <TextInput
                  label={t('parties.contact.name')}
                  value={c.name}
                  onChange={(e) => setContact(i, 'name', e.currentTarget.value)}
                  readOnly={!editable}
                />
                <TextInput
                  label={t('parties.contact.email')}
                  value={c.email}
                  onChange={(e) => setContact(i, 'email', e.currentTarget.value)}
                  readOnly={!editable}
                />
                <TextInput
                  label={t('parties.contact.phone')}
                  value={c.phone}
                  onChange={(e) => setContact(i, 'phone', e.currentTarget.value)}
                  readOnly={!editable}
                />
                <TextInput
                  label={t('parties.contact.role')}
                  value={c.role}
                  onChange={(e) => setContact(i, 'role', e.currentTarget.value)}
                  readOnly={!editable}
                />
                {editable && (
                  <Button
                    variant="subtle"
                    color="red"
                    onClick={() => setForm((f) => ({ ...f, contacts: f.contacts.filter((_, j) => j !== i) }))}
                  >
                    {t('parties.contact.remove')}
                  </Button>
                )}
              </Group>
            ))}
          </Stack>
          {editable && (
            <Button
              mt="sm"
              variant="default"
              onClick={() =>
                setForm((f) => ({
                  ...f,
                  contacts: [...f.contacts, { name: '', email: '', phone: '', role: '' }],
                }))
              }
            >
              {t('parties.contact.add')}
            </Button>
          )}
        </Card>
        {editable && (
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending} data-testid="party-save">
              {party ? t('parties.save') : t('parties.create')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}

export function PartyPage() {
  const { partyId } = useParams({ strict: false }) as { partyId: string };
  const t = useT();
  const can = useCan();
  const navigate = useNavigate();
  const q = useQuery({
    queryKey: ['parties', partyId],
    queryFn: () => api.get<Party>(`/parties/${partyId}`),
  });
  if (q.isPending) return <RoutePending />;
  if (q.error) return <ErrorAlert error={q.error} />;
  const p = q.data;
  return (
    <>
      <PageTitle
        actions={
          p.customer &&
          can(PERM.receivablesRead) && (
            <Button
              variant="default"
              onClick={() => navigate({ to: '/receivables/statements', search: { partyId: p.id } })}
              data-testid="party-statement"
            >
              {t('nav.statements')}
            </Button>
          )
        }
        title={p.legalName}
        description={`${p.code} · ${t(`parties.role.${p.customer && p.vendor ? 'both' : p.customer ? 'customer' : 'vendor'}`)}`}
      />
      <Stack gap="md">
        <PartyForm party={p} role={p.customer ? 'customer' : 'vendor'} />
        <BankAccountsCard partyId={p.id} accounts={p.bankAccounts} />
        <AttachmentsCard entityType="party" entityId={p.id} />
      </Stack>
    </>
  );
}

export function NewPartyPage() {
  const t = useT();
  const search = useSearch({ strict: false }) as { role?: string };
  const role = search.role === 'vendor' ? 'vendor' : 'customer';
  return (
    <>
      <PageTitle title={t(`parties.new.${role}`)} description={t('parties.newTitle')} />
      <PartyForm party={null} role={role} />
    </>
  );
}
