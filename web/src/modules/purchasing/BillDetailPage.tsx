import { Alert, Badge, Button, Card, Group, SimpleGrid, Table, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { api } from '../../api';
import { AttachmentsCard } from '../../components/Attachments';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { RoutePending } from '../../components/RouteStates';
import { useFormat, useT } from '../../i18n';
import { useAccounts } from '../../lib/records';
import { PERM } from '../../permissions';
import { useCan } from '../../session';
import { Money, num } from '../../ui/Money';
import { type Bill, type BillDetail, billStatusColor } from './purchasingApi';

/** One bill: header, lines, totals, settlements, the captured document, and the actions its state allows. */
export function BillDetailPage() {
  const t = useT();
  const f = useFormat();
  const can = useCan();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const { billId } = useParams({ strict: false }) as { billId: string };
  const accounts = useAccounts().data ?? [];
  const q = useQuery({
    queryKey: ['bill', billId],
    queryFn: () => api.get<BillDetail>(`/purchasing/bills/${billId}`),
  });
  const [reason, setReason] = useState('');
  const act = useMutation({
    mutationFn: (action: 'submit' | 'approve' | 'reject' | 'post' | 'void') =>
      api.post<Bill>(
        `/purchasing/bills/${billId}/${action}`,
        action === 'reject' || action === 'void' ? { reason } : {},
      ),
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: ['bill', billId] });
      qc.invalidateQueries({ queryKey: ['list', '/purchasing/bills'] });
    },
  });
  const duplicate = useMutation({
    mutationFn: () => api.post<Bill>(`/purchasing/bills/${billId}/duplicate`, {}),
    onSuccess: (copy) => {
      qc.invalidateQueries({ queryKey: ['list', '/purchasing/bills'] });
      navigate({ to: '/purchasing/bills/$billId/edit', params: { billId: copy.id } });
    },
  });
  if (q.error) return <ErrorAlert error={q.error} />;
  const b = q.data;
  if (!b) return <RoutePending />;
  const payable = b.kind === 'bill' && (b.status === 'posted' || b.status === 'partially_paid');
  const acc = (id: string) => {
    const a = accounts.find((x) => x.id === id);
    return a ? `${a.code} ${a.name}` : id;
  };
  return (
    <>
      <PageTitle
        title={`${b.vendorInvoiceNumber} — ${b.vendorName}`}
        description={t('purchasing.detail.subtitle')}
        actions={
          <>
            <Badge size="lg" color={billStatusColor[b.status]} variant="light" data-testid="bill-status">
              {t(`purchasing.status.${b.status}`)}
            </Badge>
            {b.overdue && (
              <Badge size="lg" color="red" variant="light" data-testid="bill-overdue">
                {t('purchasing.overdueBy', { days: String(b.daysOverdue) })}
              </Badge>
            )}
          </>
        }
      />
      {b.returnReason && b.status === 'draft' && (
        <Alert color="orange" mb="md" title={t('purchasing.detail.returned')}>
          {b.returnReason}
        </Alert>
      )}
      <Card withBorder mb="md">
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          <Text size="sm">
            {t('purchasing.field.issueDate')}: <b>{f.date(b.issueDate)}</b>
          </Text>
          <Text size="sm">
            {t('purchasing.field.dueDate')}: <b>{f.date(b.dueDate)}</b>
          </Text>
          <Text size="sm">
            {t('purchasing.field.vendorVat')}: <b>{b.vendorVatId ?? '—'}</b>
          </Text>
          <Text size="sm">
            {t('purchasing.field.source')}: <b>{t(`purchasing.source.${b.source}`)}</b>
          </Text>
        </SimpleGrid>
      </Card>
      <Table striped data-testid="bill-detail-lines">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('purchasing.line.description')}</Table.Th>
            <Table.Th>{t('purchasing.line.account')}</Table.Th>
            <Table.Th style={num}>{t('purchasing.line.quantity')}</Table.Th>
            <Table.Th style={num}>{t('purchasing.line.unitPrice')}</Table.Th>
            <Table.Th style={num}>{t('purchasing.line.taxCode')}</Table.Th>
            <Table.Th style={num}>{t('purchasing.line.net')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {b.lines.map((l) => (
            <Table.Tr key={l.id}>
              <Table.Td>{l.description}</Table.Td>
              <Table.Td>{acc(l.accountId)}</Table.Td>
              <Table.Td style={num}>{l.quantity}</Table.Td>
              <Table.Td style={num}>{l.unitPrice}</Table.Td>
              <Table.Td style={num}>{l.taxRate} %</Table.Td>
              <Table.Td style={num}>
                <Money amount={l.net} currency={b.currency} />
              </Table.Td>
            </Table.Tr>
          ))}
          {(['net', 'tax', 'total', 'paid', 'open'] as const).map((k) => (
            <Table.Tr key={k}>
              <Table.Td colSpan={5} style={num}>
                {t(`purchasing.totals.${k}`)}
              </Table.Td>
              <Table.Td style={num} data-testid={`bill-${k}`}>
                <Money amount={b[k]} currency={b.currency} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {(act.error ?? duplicate.error) && <ErrorAlert error={act.error ?? duplicate.error} />}
      <Group mt="md" gap="sm" data-testid="bill-actions">
        {b.status === 'draft' && can(PERM.purchasingManage) && (
          <>
            <Button
              variant="default"
              onClick={() => navigate({ to: '/purchasing/bills/$billId/edit', params: { billId } })}
            >
              {t('common.edit')}
            </Button>
            <Button onClick={() => act.mutate('submit')} loading={act.isPending} data-testid="bill-submit">
              {t('purchasing.action.submit')}
            </Button>
          </>
        )}
        {b.status === 'submitted' && can(PERM.purchasingApprove) && (
          <Button
            color="teal"
            onClick={() => act.mutate('approve')}
            loading={act.isPending}
            data-testid="bill-approve"
          >
            {t('purchasing.action.approve')}
          </Button>
        )}
        {b.status === 'approved' && can(PERM.purchasingApprove) && (
          <Button onClick={() => act.mutate('post')} loading={act.isPending} data-testid="bill-post">
            {t('purchasing.action.post')}
          </Button>
        )}
        {payable && can(PERM.paymentsManage) && (
          <Button
            onClick={() =>
              navigate({
                to: '/payments/receive',
                search: { kind: 'vendor_payment', partyId: b.vendorId, documentId: b.id },
              })
            }
            data-testid="bill-pay"
          >
            {t('purchasing.action.pay')}
          </Button>
        )}
        {b.kind === 'bill' && can(PERM.purchasingManage) && (
          <Button
            variant="default"
            onClick={() => duplicate.mutate()}
            loading={duplicate.isPending}
            data-testid="bill-duplicate"
          >
            {t('purchasing.action.duplicate')}
          </Button>
        )}
        {['draft', 'submitted', 'approved'].includes(b.status) && can(PERM.purchasingManage) && (
          <Group gap="xs">
            <TextInput
              placeholder={t('purchasing.action.reason')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              aria-label={t('purchasing.action.reason')}
            />
            {b.status === 'submitted' && can(PERM.purchasingApprove) && (
              <Button
                color="orange"
                variant="light"
                disabled={!reason.trim()}
                onClick={() => act.mutate('reject')}
              >
                {t('purchasing.action.reject')}
              </Button>
            )}
            <Button color="red" variant="light" disabled={!reason.trim()} onClick={() => act.mutate('void')}>
              {t('purchasing.action.void')}
            </Button>
          </Group>
        )}
        {b.entryId && (
          <Link to="/ledger/entries/$entryId" params={{ entryId: b.entryId }}>
            {t('purchasing.detail.entry')}
          </Link>
        )}
      </Group>
      {b.status === 'submitted' && b.approvalRequestId && (
        <Text size="sm" c="dimmed" mt="xs">
          {t('purchasing.detail.waiting')}{' '}
          <Link to="/work/approvals/$requestId" params={{ requestId: b.approvalRequestId }}>
            {t('purchasing.detail.request')}
          </Link>
        </Text>
      )}
      <AttachmentsCard entityType="purchasing_bill" entityId={b.id} version={b.status} />
    </>
  );
}
