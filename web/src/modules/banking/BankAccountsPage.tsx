import {
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { api } from '../../api';
import type { ApiResponse } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { useT } from '../../i18n';
import { PERM } from '../../permissions';
import { useCan } from '../../session';
import { useLedgerAccounts } from './bankingApi';

const CURRENCIES = ['EUR', 'CZK', 'USD', 'GBP', 'CHF', 'PLN'];

function AddAccountModal({ onClose }: { onClose: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  const ledger = useLedgerAccounts();
  const [form, setForm] = useState({
    name: '',
    kind: 'bank',
    currency: 'EUR',
    iban: '',
    bic: '',
    accountNumber: '',
    routingNumber: '',
    ledgerAccountId: '',
    isDefault: false,
  });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const set = (k: keyof typeof form) => (e: { currentTarget: { value: string } }) =>
    setForm({ ...form, [k]: e.currentTarget.value });
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.post('/banking/accounts', {
        ...form,
        iban: form.iban || null,
        bic: form.bic || null,
        accountNumber: form.accountNumber || null,
        routingNumber: form.routingNumber || null,
      });
      await qc.invalidateQueries({ queryKey: ['banking'] });
      onClose();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const assets = (ledger.data ?? []).filter((a) => a.type === 'asset');
  return (
    <Modal opened onClose={onClose} title={t('banking.add')} size="lg">
      <Stack gap="sm">
        <TextInput
          label={t('banking.field.name')}
          value={form.name}
          onChange={set('name')}
          required
          data-testid="bank-name"
        />
        <Group grow>
          <NativeSelect
            label={t('banking.field.kind')}
            value={form.kind}
            onChange={set('kind')}
            data={[
              { value: 'bank', label: t('banking.kind.bank') },
              { value: 'cash', label: t('banking.kind.cash') },
            ]}
          />
          <NativeSelect
            label={t('banking.field.currency')}
            value={form.currency}
            onChange={set('currency')}
            data={CURRENCIES}
            data-testid="bank-currency"
          />
        </Group>
        <Group grow>
          <TextInput
            label={t('banking.field.iban')}
            value={form.iban}
            onChange={set('iban')}
            data-testid="bank-iban"
          />
          <TextInput label={t('banking.field.bic')} value={form.bic} onChange={set('bic')} />
        </Group>
        <Group grow>
          <TextInput
            label={t('banking.field.accountNumber')}
            value={form.accountNumber}
            onChange={set('accountNumber')}
          />
          <TextInput
            label={t('banking.field.routingNumber')}
            value={form.routingNumber}
            onChange={set('routingNumber')}
          />
        </Group>
        <NativeSelect
          label={t('banking.field.ledger')}
          value={form.ledgerAccountId}
          onChange={set('ledgerAccountId')}
          data={[
            { value: '', label: '—' },
            ...assets.map((a) => ({ value: a.id, label: `${a.code} ${a.fullName}` })),
          ]}
          data-testid="bank-ledger"
        />
        <Checkbox
          label={t('banking.field.default')}
          checked={form.isDefault}
          onChange={(e) => setForm({ ...form, isDefault: e.currentTarget.checked })}
        />
        {error !== null && <ErrorAlert error={error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('banking.cancel')}
          </Button>
          <Button
            onClick={submit}
            loading={busy}
            disabled={!form.name.trim() || !form.ledgerAccountId}
            data-testid="bank-save"
          >
            {t('banking.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

export function BankAccountsPage() {
  const navigate = useNavigate();
  const t = useT();
  const can = useCan();
  const [adding, setAdding] = useState(false);
  const list = useQuery({
    queryKey: ['banking', 'accounts'],
    queryFn: () => api.get<ApiResponse<'/banking/accounts'>>('/banking/accounts', { all: true }),
  });
  const ledger = useLedgerAccounts();
  const ledgerName = new Map((ledger.data ?? []).map((a) => [a.id, `${a.code} ${a.fullName}`]));
  const rows = list.data?.items ?? [];
  return (
    <>
      <PageTitle
        title={t('banking.title')}
        description={t('banking.subtitle')}
        actions={
          can(PERM.bankingManage) && (
            <Button onClick={() => setAdding(true)} data-testid="bank-add">
              {t('banking.add')}
            </Button>
          )
        }
      />
      {list.error && <ErrorAlert error={list.error} />}
      {rows.length === 0 && !list.isLoading && <Text c="dimmed">{t('banking.none')}</Text>}
      {rows.length > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table striped highlightOnHover data-testid="bank-accounts">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('banking.col.name')}</Table.Th>
                <Table.Th>{t('banking.col.kind')}</Table.Th>
                <Table.Th>{t('banking.col.currency')}</Table.Th>
                <Table.Th>{t('banking.col.number')}</Table.Th>
                <Table.Th>{t('banking.col.ledger')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>
                    <Link to="/banking/$accountId" params={{ accountId: a.id }}>
                      {a.name}
                    </Link>{' '}
                    {a.isDefault && <Badge size="sm">{t('banking.default')}</Badge>}{' '}
                    {!a.active && (
                      <Badge color="gray" size="sm">
                        {t('banking.closed')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{t(`banking.kind.${a.kind}`)}</Table.Td>
                  <Table.Td>{a.currency}</Table.Td>
                  <Table.Td ff="monospace">{a.iban ?? a.accountNumber ?? '—'}</Table.Td>
                  <Table.Td>{ledgerName.get(a.ledgerAccountId) ?? a.ledgerAccountId}</Table.Td>
                  <Table.Td>
                    <Button
                      onClick={() =>
                        navigate({ to: '/banking/$accountId/reconcile', params: { accountId: a.id } })
                      }
                      size="xs"
                      variant="light"
                    >
                      {t('banking.reconcile')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {adding && <AddAccountModal onClose={() => setAdding(false)} />}
    </>
  );
}
