import {
  Badge,
  Button,
  Card,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n';
import { PERM } from '../../permissions';
import { useCan } from '../../session';
import { type BankAccount, type BankDetails, invalidateParties } from './partiesApi';

function groups(iban: string): string {
  return iban.replace(/(.{4})(?=.)/g, '$1 ');
}

/** Masked bank accounts; Reveal (audited, parties.bank_details.read) shows the full number until Hide. */
export function BankAccountsCard({ partyId, accounts }: { partyId: string; accounts: BankAccount[] }) {
  const t = useT();
  const can = useCan();
  const qc = useQueryClient();
  const canManage = can(PERM.partiesManage);
  const canReveal = can(PERM.partiesBankDetailsRead);
  const [revealed, setRevealed] = useState<Record<string, string>>({});
  const [kind, setKind] = useState<'iban' | 'us'>('iban');
  const [form, setForm] = useState({ iban: '', bic: '', routingNumber: '', accountNumber: '', label: '' });
  const reveal = useMutation({
    mutationFn: (id: string) => api.post<BankDetails>(`/parties/${partyId}/bank-accounts/${id}/reveal`),
    onSuccess: (d) =>
      setRevealed((r) => ({
        ...r,
        [d.id]: d.iban ? groups(d.iban) : `${d.routingNumber ?? ''} / ${d.accountNumber ?? ''}`,
      })),
  });
  const remove = useMutation({
    mutationFn: (id: string) => api.delete(`/parties/${partyId}/bank-accounts/${id}`),
    onSuccess: () => invalidateParties(qc),
  });
  const add = useMutation({
    mutationFn: () =>
      api.post<BankAccount>(
        `/parties/${partyId}/bank-accounts`,
        kind === 'iban'
          ? { kind, iban: form.iban, bic: form.bic || null, label: form.label }
          : { kind, routingNumber: form.routingNumber, accountNumber: form.accountNumber, label: form.label },
      ),
    onSuccess: async () => {
      setForm({ iban: '', bic: '', routingNumber: '', accountNumber: '', label: '' });
      await invalidateParties(qc);
    },
  });
  const set = (k: keyof typeof form) => (e: { currentTarget: { value: string } }) =>
    setForm((f) => ({ ...f, [k]: e.currentTarget.value }));

  return (
    <Card withBorder padding="lg" data-testid="party-bank-accounts">
      <Title order={2} size="h4" mb={4}>
        {t('parties.section.bank')}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {t('parties.bank.encrypted')} {canReveal && t('parties.bank.revealNote')}
      </Text>
      {(reveal.error || remove.error) && <ErrorAlert error={reveal.error ?? remove.error} />}
      {accounts.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('parties.bank.none')}
        </Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('parties.bank.kind')}</Table.Th>
              <Table.Th>{t('parties.bank.number')}</Table.Th>
              <Table.Th>{t('parties.bank.bic')}</Table.Th>
              <Table.Th>{t('parties.bank.label')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {accounts.map((a) => (
              <Table.Tr key={a.id} data-testid={`bank-${a.id}`}>
                <Table.Td>
                  {t(`parties.bank.kind.${a.kind}`)}
                  {a.primary && (
                    <Badge ml="xs" variant="light">
                      {t('parties.bank.primary')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td ff="monospace" data-testid="bank-number">
                  {revealed[a.id] ?? a.masked}
                </Table.Td>
                <Table.Td ff="monospace">{a.bic ?? a.routingNumber ?? ''}</Table.Td>
                <Table.Td>{a.label}</Table.Td>
                <Table.Td>
                  <Group gap="xs" justify="flex-end">
                    {canReveal &&
                      (revealed[a.id] ? (
                        <Button
                          size="xs"
                          variant="subtle"
                          onClick={() => setRevealed(({ [a.id]: _gone, ...rest }) => rest)}
                        >
                          {t('parties.bank.hide')}
                        </Button>
                      ) : (
                        <Button
                          size="xs"
                          variant="light"
                          loading={reveal.isPending && reveal.variables === a.id}
                          onClick={() => reveal.mutate(a.id)}
                          data-testid="bank-reveal"
                        >
                          {t('parties.bank.reveal')}
                        </Button>
                      ))}
                    {canManage && (
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        onClick={() => {
                          if (window.confirm(t('parties.bank.confirmRemove', { last4: a.last4 })))
                            remove.mutate(a.id);
                        }}
                      >
                        {t('parties.bank.remove')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {canManage && (
        <Stack gap="xs" mt="md">
          {add.error && <ErrorAlert error={add.error} />}
          <Group align="flex-end" gap="sm" wrap="wrap">
            <NativeSelect
              label={t('parties.bank.kind')}
              value={kind}
              onChange={(e) => setKind(e.currentTarget.value as 'iban' | 'us')}
              data={[
                { value: 'iban', label: t('parties.bank.kind.iban') },
                { value: 'us', label: t('parties.bank.kind.us') },
              ]}
              w={170}
            />
            {kind === 'iban' ? (
              <>
                <TextInput
                  label="IBAN"
                  value={form.iban}
                  onChange={set('iban')}
                  w={280}
                  data-testid="bank-iban"
                />
                <TextInput label={t('parties.bank.bic')} value={form.bic} onChange={set('bic')} w={140} />
              </>
            ) : (
              <>
                <TextInput
                  label={t('parties.bank.routing')}
                  value={form.routingNumber}
                  onChange={set('routingNumber')}
                  w={150}
                />
                <TextInput
                  label={t('parties.bank.accountNumber')}
                  value={form.accountNumber}
                  onChange={set('accountNumber')}
                  w={200}
                />
              </>
            )}
            <TextInput label={t('parties.bank.label')} value={form.label} onChange={set('label')} w={150} />
            <Button onClick={() => add.mutate()} loading={add.isPending} data-testid="bank-add">
              {t('parties.bank.add')}
            </Button>
          </Group>
        </Stack>
      )}
    </Card>
  );
}
