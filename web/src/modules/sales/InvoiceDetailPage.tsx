import { Alert, Badge, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { api, downloadFile } from '../../api';
import type { ApiResponse } from '../../api/types';
import { AttachmentsCard } from '../../components/Attachments';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { RoutePending } from '../../components/RouteStates';
import { useFormat, useT } from '../../i18n';
import { PERM } from '../../permissions';
import { useCan } from '../../session';
import { Money, num } from '../../ui/Money';
import { unitName } from '../../ui/pickers';
import { type Invoice, type InvoiceDetail, statusColor } from './salesApi';

export function InvoiceDetailPage() {
  const t = useT();
  const f = useFormat();
  const can = useCan();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const { invoiceId } = useParams({ strict: false }) as { invoiceId: string };
  const q = useQuery({
    queryKey: ['invoice', invoiceId],
    queryFn: () => api.get<InvoiceDetail>(`/sales/invoices/${invoiceId}`),
  });
  const refresh = () => {
    qc.invalidateQueries({ queryKey: ['invoice'] });
    qc.invalidateQueries({ queryKey: ['list', '/sales/invoices'] });
  };
  const issue = useMutation({
    mutationFn: () => api.post(`/sales/invoices/${invoiceId}/issue`, {}),
    onSuccess: refresh,
  });
  const credit = useMutation({
    mutationFn: () => api.post<Invoice>(`/sales/invoices/${invoiceId}/credit-note`, { issue: true }),
    onSuccess: (cn) => {
      refresh();
      navigate({ to: '/sales/invoices/$invoiceId', params: { invoiceId: cn.id } });
    },
  });
  const email = useMutation({
    mutationFn: () =>
      api.post<ApiResponse<'/sales/invoices/{id}/email', 'post'>>(`/sales/invoices/${invoiceId}/email`, {}),
  });
  const remove = useMutation({
    mutationFn: () => api.delete(`/sales/invoices/${invoiceId}`),
    onSuccess: () => {
      refresh();
      navigate({ to: '/sales/invoices' });
    },
  });
  const duplicate = useMutation({
    mutationFn: () => api.post<Invoice>(`/sales/invoices/${invoiceId}/duplicate`, {}),
    onSuccess: (copy) => {
      refresh();
      navigate({ to: '/sales/invoices/$invoiceId/edit', params: { invoiceId: copy.id } });
    },
  });
  const download = useMutation({
    mutationFn: (kind: 'pdf' | 'ubl') =>
      downloadFile(
        `/sales/invoices/${invoiceId}/${kind}`,
        `${inv?.number ?? 'invoice'}.${kind === 'pdf' ? 'pdf' : 'xml'}`,
      ),
  });
  const paidBy = useQuery({
    queryKey: ['payments', 'document', invoiceId],
    queryFn: () =>
      api.get<ApiResponse<'/payments'>>(`/payments?documentId=${encodeURIComponent(invoiceId)}&limit=500`),
    enabled: can(PERM.paymentsRead),
  });
  /** What settled the invoice, in words: a payment's number, a credit note, a write-off. */
  const settledBy = (settlementId: string) => {
    if (settlementId.startsWith('credit:')) {
      const docId = settlementId.slice('credit:'.length);
      const target = docId === inv?.id ? inv?.creditedInvoiceId : docId;
      return target ? (
        <Link to="/sales/invoices/$invoiceId" params={{ invoiceId: target }}>
          {docId === inv?.id ? t('sales.detail.creditedInvoice') : t('sales.detail.creditNote')}
        </Link>
      ) : (
        t('sales.detail.creditNote')
      );
    }
    const payment = paidBy.data?.items.find((p) => p.allocations.some((a) => a.id === settlementId));
    if (!payment) return <span style={{ fontFamily: 'monospace' }}>{settlementId}</span>;
    return (
      <Link to="/payments/$paymentId" params={{ paymentId: payment.id }}>
        {t(`payments.kind.${payment.kind}`)} {payment.number}
        {payment.reference ? ` · ${payment.reference}` : ''}
      </Link>
    );
  };
  const inv = q.data;
  if (q.error) return <ErrorAlert error={q.error} />;
  if (!inv) return <RoutePending />;
  const draft = inv.status === 'draft';
  const title = `${t(`sales.kind.${inv.kind}`)} ${inv.number ?? t('sales.draftNumber')}`;
  const error =
    issue.error ?? credit.error ?? email.error ?? remove.error ?? download.error ?? duplicate.error;
  const payable = inv.kind === 'invoice' && (inv.status === 'issued' || inv.status === 'partially_paid');
  return (
    <>
      <PageTitle
        title={title}
        description={
          <>
            <Badge color={statusColor[inv.status]} variant="light" data-testid="invoice-status">
              {t(`sales.status.${inv.status}`)}
            </Badge>
            {inv.overdue && (
              <Badge color="red" variant="light" ml={4} data-testid="invoice-overdue">
                {t('sales.overdueBy', { days: String(inv.daysOverdue) })}
              </Badge>
            )}
          </>
        }
        actions={
          <>
            {draft && can(PERM.salesManage) && (
              <Button
                variant="default"
                onClick={() =>
                  navigate({ to: '/sales/invoices/$invoiceId/edit', params: { invoiceId: inv.id } })
                }
              >
                {t('common.edit')}
              </Button>
            )}
            {draft && can(PERM.salesManage) && (
              <Button
                variant="subtle"
                color="red"
                onClick={() => window.confirm(t('sales.deleteConfirm')) && remove.mutate()}
              >
                {t('sales.deleteDraft')}
              </Button>
            )}
            {draft && can(PERM.salesIssue) && (
              <Button
                onClick={() => window.confirm(t('sales.issueConfirm', { what: title })) && issue.mutate()}
                loading={issue.isPending}
                data-testid="invoice-issue"
              >
                {t('sales.issue')}
              </Button>
            )}
            {payable && can(PERM.paymentsManage) && (
              <Button
                onClick={() =>
                  navigate({
                    to: '/payments/receive',
                    search: { kind: 'receipt', partyId: inv.partyId, documentId: inv.id },
                  })
                }
                data-testid="invoice-receive-payment"
              >
                {t('sales.receivePayment')}
              </Button>
            )}
            {!draft && inv.kind === 'invoice' && inv.status !== 'credited' && can(PERM.salesIssue) && (
              <Button
                variant="default"
                onClick={() =>
                  window.confirm(t('sales.creditConfirm', { number: inv.number ?? '' })) && credit.mutate()
                }
                loading={credit.isPending}
                data-testid="invoice-credit"
              >
                {t('sales.creditNote')}
              </Button>
            )}
            {!draft && (
              <Button variant="default" onClick={() => download.mutate('pdf')} data-testid="invoice-pdf">
                {t('sales.downloadPdf')}
              </Button>
            )}
            {!draft && (
              <Button variant="default" onClick={() => download.mutate('ubl')} data-testid="invoice-ubl">
                {t('sales.downloadUbl')}
              </Button>
            )}
            {inv.kind === 'invoice' && can(PERM.salesManage) && (
              <Button
                variant="default"
                onClick={() => duplicate.mutate()}
                loading={duplicate.isPending}
                data-testid="invoice-duplicate"
              >
                {t('sales.duplicate')}
              </Button>
            )}
            {!draft && can(PERM.salesManage) && (
              <Button
                variant="default"
                onClick={() => email.mutate()}
                loading={email.isPending}
                data-testid="invoice-email"
              >
                {t('sales.email')}
              </Button>
            )}
          </>
        }
      />
      {error && <ErrorAlert error={error} />}
      {email.data && (
        <Alert color="teal" mb="md" data-testid="invoice-emailed">
          {t('sales.emailed', { to: email.data.to })}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: 3 }} mb="md">
        <Card withBorder>
          <Text size="xs" c="dimmed">
            {t('sales.detail.buyer')}
          </Text>
          <Text fw={600}>{inv.buyer?.name ?? inv.customer}</Text>
          {inv.buyer && (
            <Text size="sm">
              {[
                inv.buyer.address.street,
                [inv.buyer.address.postalCode, inv.buyer.address.city].filter(Boolean).join(' '),
                inv.buyer.address.country,
              ]
                .filter(Boolean)
                .join(', ')}
            </Text>
          )}
          {inv.buyer?.vatId && <Text size="sm">{inv.buyer.vatId}</Text>}
        </Card>
        <Card withBorder>
          <Stack gap={2}>
            <Text size="sm">
              {t('sales.field.issueDate')}: {inv.issueDate ? f.date(inv.issueDate) : '—'}
            </Text>
            <Text size="sm">
              {t('sales.field.dueDate')}: {inv.dueDate ? f.date(inv.dueDate) : '—'}
            </Text>
            {inv.paymentReference && (
              <Text size="sm">
                {t('sales.detail.paymentReference')}: {inv.paymentReference}
              </Text>
            )}
            {inv.exchangeRate && (
              <Text size="sm">
                {t('sales.detail.exchangeRate')}: 1 {inv.currency} = {inv.exchangeRate} {inv.baseCurrency}
              </Text>
            )}
            {inv.creditedInvoiceId && (
              <Link to="/sales/invoices/$invoiceId" params={{ invoiceId: inv.creditedInvoiceId }}>
                {t('sales.detail.credits')}
              </Link>
            )}
            {inv.ledgerEntryId && (
              <Link to="/ledger/entries/$entryId" params={{ entryId: inv.ledgerEntryId }}>
                {t('sales.detail.ledgerEntry')}
              </Link>
            )}
          </Stack>
        </Card>
        <Card withBorder data-testid="invoice-detail-totals">
          <Table>
            <Table.Tbody>
              <Table.Tr>
                <Table.Td>{t('sales.totals.net')}</Table.Td>
                <Table.Td style={num}>
                  <Money amount={inv.net} currency={inv.currency} />
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Td>{t('sales.totals.tax')}</Table.Td>
                <Table.Td style={num}>
                  <Money amount={inv.tax} currency={inv.currency} />
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Td fw={700}>{t('sales.totals.total')}</Table.Td>
                <Table.Td style={num}>
                  <Money amount={inv.total} currency={inv.currency} strong />
                </Table.Td>
              </Table.Tr>
              {!draft && (
                <Table.Tr>
                  <Table.Td>{t('sales.totals.open')}</Table.Td>
                  <Table.Td style={num}>
                    <Money amount={inv.open} currency={inv.currency} />
                  </Table.Td>
                </Table.Tr>
              )}
            </Table.Tbody>
          </Table>
        </Card>
      </SimpleGrid>
      <Table striped data-testid="invoice-detail-lines">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('sales.line.description')}</Table.Th>
            <Table.Th style={num}>{t('sales.line.quantity')}</Table.Th>
            <Table.Th style={num}>{t('sales.line.unitPrice')}</Table.Th>
            <Table.Th style={num}>{t('sales.line.discount')}</Table.Th>
            <Table.Th>{t('sales.line.taxCode')}</Table.Th>
            <Table.Th style={num}>{t('sales.line.net')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {inv.lines.map((l) => (
            <Table.Tr key={l.lineNo}>
              <Table.Td>{l.description}</Table.Td>
              <Table.Td style={num}>
                {f.number(l.quantity as unknown as number, { maximumFractionDigits: 4 })}{' '}
                {unitName(t, l.unit)}
              </Table.Td>
              <Table.Td style={num}>
                {f.number(l.unitPrice as unknown as number, { maximumFractionDigits: 7 })}
              </Table.Td>
              <Table.Td style={num}>{l.discountPercent ? `${l.discountPercent} %` : ''}</Table.Td>
              <Table.Td>
                {l.taxCode} ({l.taxRate} %)
              </Table.Td>
              <Table.Td style={num}>
                <Money amount={l.net} currency={inv.currency} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <SimpleGrid cols={{ base: 1, md: 2 }} mt="md">
        <Card withBorder>
          <Title order={2} size="h5" mb="xs">
            {t('sales.totals.breakdown')}
          </Title>
          <Table>
            <Table.Tbody>
              {inv.breakdown.map((b) => (
                <Table.Tr key={`${b.category}${b.rate}`}>
                  <Table.Td>
                    {b.category} {b.rate} % {b.exemptionReason ? `· ${b.exemptionReason}` : ''}
                  </Table.Td>
                  <Table.Td style={num}>
                    <Money amount={b.taxable} currency={inv.currency} />
                  </Table.Td>
                  <Table.Td style={num}>
                    <Money amount={b.tax} currency={inv.currency} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
        {!draft && (
          <Card withBorder>
            <Title order={2} size="h5" mb="xs">
              {t('sales.detail.settlements')}
            </Title>
            {inv.settlements.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('sales.detail.noSettlements')}
              </Text>
            )}
            <Table>
              <Table.Tbody>
                {inv.settlements.map((s) => (
                  <Table.Tr key={s.settlementId} td={s.reversedAt ? 'line-through' : undefined}>
                    <Table.Td>{f.date(s.date)}</Table.Td>
                    <Table.Td>{settledBy(s.settlementId)}</Table.Td>
                    <Table.Td style={num}>
                      <Money amount={s.amount} currency={inv.currency} />
                    </Table.Td>
                    <Table.Td>{s.reversedAt ? t('sales.detail.reversed') : ''}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Card>
        )}
      </SimpleGrid>
      <div style={{ marginTop: 16 }}>
        <AttachmentsCard entityType="sales_invoice" entityId={inv.id} version={inv.status} />
      </div>
      {inv.notes && (
        <Group mt="md">
          <Text size="sm" c="dimmed">
            {inv.notes}
          </Text>
        </Group>
      )}
    </>
  );
}
