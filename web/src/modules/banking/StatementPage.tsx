import { Alert, Badge, Button, Group, Paper, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { api } from '../../api';
import type { ApiResponse } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { useFormat, useT } from '../../i18n';
import { ContinuityBadge } from './BankAccountPage';

type Report = ApiResponse<'/banking/statements/{id}/report'>;

export function StatementPage() {
  const navigate = useNavigate();
  const t = useT();
  const fmt = useFormat();
  const { statementId } = useParams({ strict: false }) as { statementId: string };
  const st = useQuery({
    queryKey: ['banking', 'statement', statementId],
    queryFn: () => api.get<ApiResponse<'/banking/statements/{id}'>>(`/banking/statements/${statementId}`),
  });
  const report = useQuery({
    queryKey: ['banking', 'report', statementId],
    queryFn: () => api.get<Report>(`/banking/statements/${statementId}/report`),
  });
  const s = st.data;
  const r = report.data;
  const money = (v: string | null) =>
    v === null ? t('banking.report.na') : fmt.money(v, s?.currency ?? 'EUR');
  const ruleOf = new Map((r?.reconciliations ?? []).flatMap((x) => x.lines.map((l) => [l.id, x] as const)));
  return (
    <>
      <PageTitle
        title={t('banking.statement.title', { id: s?.bankStatementId ?? s?.fileName ?? statementId })}
        description={
          s
            ? `${s.periodFrom ? fmt.date(s.periodFrom) : '?'} – ${s.periodTo ? fmt.date(s.periodTo) : '?'}`
            : ''
        }
        actions={
          s && (
            <Group>
              <ContinuityBadge value={s.continuity} />
              <Button
                onClick={() =>
                  navigate({ to: '/banking/$accountId/reconcile', params: { accountId: s.bankAccountId } })
                }
              >
                {t('banking.reconcile')}
              </Button>
            </Group>
          )
        }
      />
      {st.error && <ErrorAlert error={st.error} />}
      {s?.continuity === 'flagged' && (
        <Alert color="red" mb="md" data-testid="statement-flagged">
          {t('banking.statement.flagged', { note: s.continuityNote })}
        </Alert>
      )}
      {r && (
        <Paper withBorder p="md" mb="md" data-testid="statement-report">
          <Title order={2} size="h4" mb="xs">
            {t('banking.report.title')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Text>
              {t('banking.report.matched', {
                count: r.totals.matched,
                amount: money(r.totals.matchedAmount),
              })}
            </Text>
            <Text>
              {t('banking.report.unmatched', {
                count: r.totals.unmatched,
                amount: money(r.totals.unmatchedAmount),
              })}
            </Text>
            <Text>{t('banking.report.arithmetic', { value: money(r.differences.statementArithmetic) })}</Text>
            <Text>
              {t('banking.report.ledger', {
                date: s?.periodTo ? fmt.date(s.periodTo) : '?',
                value: money(r.differences.closingVersusLedger),
              })}
            </Text>
          </SimpleGrid>
        </Paper>
      )}
      <Table.ScrollContainer minWidth={760}>
        <Table striped data-testid="statement-lines">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('banking.col.date')}</Table.Th>
              <Table.Th ta="right">{t('banking.col.amount')}</Table.Th>
              <Table.Th>{t('banking.col.counterparty')}</Table.Th>
              <Table.Th>{t('banking.col.reference')}</Table.Th>
              <Table.Th>{t('banking.col.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {s?.lines.map((l) => {
              const rec = ruleOf.get(l.id);
              return (
                <Table.Tr key={l.id}>
                  <Table.Td>{fmt.date(l.bookingDate)}</Table.Td>
                  <Table.Td ta="right" c={l.amount.startsWith('-') ? 'red' : undefined}>
                    {fmt.money(l.amount, l.currency)}
                  </Table.Td>
                  <Table.Td>{l.counterpartyName ?? '—'}</Table.Td>
                  <Table.Td>{[l.reference, l.remittance].filter(Boolean).join(' · ')}</Table.Td>
                  <Table.Td>
                    {l.reconciliationId ? (
                      <Badge color="teal" variant="light" title={rec?.items.map((i) => i.label).join(', ')}>
                        {rec ? t.dyn(`banking.rule.${rec.rule}`, rec.rule) : t('banking.line.matched')}
                      </Badge>
                    ) : (
                      <Badge color="gray" variant="light">
                        {t('banking.line.open')}
                      </Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
