import { Badge, Button, Card, SimpleGrid, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { api } from '../../api';
import type { ApiResponse } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { RoutePending } from '../../components/RouteStates';
import { useFormat, useT } from '../../i18n';
import { PERM } from '../../permissions';
import { useCan } from '../../session';
import type { Payment } from './paymentsApi';
import { VoidPaymentModal } from './VoidPaymentModal';

/** The document an allocation settled, as a link to its page. */
function DocumentLink({ a }: { a: Payment['allocations'][number] }) {
  if (a.documentKind === 'bill') {
    return (
      <Link to="/purchasing/bills/$billId" params={{ billId: a.documentId }}>
        {a.documentNumber}
      </Link>
    );
  }
  return (
    <Link to="/sales/invoices/$invoiceId" params={{ invoiceId: a.documentId }}>
      {a.documentNumber}
    </Link>
  );
}

/** One payment: who, how much, through which account, what it settled and what was kept as credit. */
export function PaymentDetailPage() {
  const t = useT();
  const fmt = useFormat();
  const can = useCan();
  const { paymentId } = useParams({ strict: false }) as { paymentId: string };
  const [voiding, setVoiding] = useState(false);
  const q = useQuery({
    queryKey: ['payments', 'one', paymentId],
    queryFn: () => api.get<Payment>(`/payments/${paymentId}`),
  });
  const banks = useQuery({
    queryKey: ['payments', 'bank-accounts'],
    queryFn: () => api.get<ApiResponse<'/payments/bank-accounts'>>('/payments/bank-accounts'),
  });
  if (q.error) return <ErrorAlert error={q.error} />;
  const p = q.data;
  if (!p) return <RoutePending />;
  const money = (v: string) => fmt.money(v, p.currency);
  return (
    <>
      <PageTitle
        title={`${t(`payments.kind.${p.kind}`)} ${p.number}`}
        description={
          <Badge
            color={p.status === 'posted' ? 'green' : 'gray'}
            variant="light"
            data-testid="payment-status"
          >
            {t(`payments.status.${p.status}`)}
          </Badge>
        }
        actions={
          p.status === 'posted' &&
          !p.paymentRunId &&
          can(PERM.paymentsManage) && (
            <Button color="red" variant="light" onClick={() => setVoiding(true)}>
              {t('payments.void.action')}
            </Button>
          )
        }
      />
      <Card withBorder mb="md">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <Text size="sm">
            {t('payments.col.party')}: <b>{p.partyName}</b>
          </Text>
          <Text size="sm">
            {t('payments.col.date')}: <b>{fmt.date(p.date)}</b>
          </Text>
          <Text size="sm" data-testid="payment-amount-shown">
            {t('payments.col.amount')}: <b>{money(p.amount)}</b>
          </Text>
          <Text size="sm">
            {t('payments.col.credit')}: <b>{money(p.credit)}</b>
          </Text>
          {p.bankAccountId && (
            <Text size="sm">
              {t('payments.detail.bank')}:{' '}
              <b>{banks.data?.items.find((b) => b.id === p.bankAccountId)?.name ?? p.bankAccountId}</b>
            </Text>
          )}
          {p.reference && (
            <Text size="sm">
              {t('payments.col.reference')}: <b>{p.reference}</b>
            </Text>
          )}
          {p.journalEntryId && can(PERM.ledgerRead) && (
            <Link to="/ledger/entries/$entryId" params={{ entryId: p.journalEntryId }}>
              {t('payments.detail.entry')}
            </Link>
          )}
        </SimpleGrid>
      </Card>
      <Text fw={600} mb="xs">
        {t('payments.detail.allocations')}
      </Text>
      {p.allocations.length === 0 ? (
        <Text c="dimmed">{t('payments.detail.none')}</Text>
      ) : (
        <Table data-testid="payment-allocations">
          <Table.Tbody>
            {p.allocations.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>
                  <DocumentLink a={a} />
                </Table.Td>
                <Table.Td ta="right">{money(a.amount)}</Table.Td>
                <Table.Td ta="right">{a.writeOff === '0.00' ? '' : money(a.writeOff)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {voiding && (
        <VoidPaymentModal
          payment={p}
          onClose={() => {
            setVoiding(false);
            q.refetch();
          }}
        />
      )}
    </>
  );
}
