import { Anchor, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useParams } from '@tanstack/react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { RoutePending } from '../../components/RouteStates';
import { useFormat, useT } from '../../i18n';
import {
  DecisionBar,
  StickyDecision,
  SubjectFigures,
  SubjectTotal,
  useRequestTitle,
} from '../../ui/approvals';
import { DecisionHistory, RequestLevels, RequestStatusBadge } from './common';
import { subjectLink, useRequest } from './workApi';

/** What the request's data says, as label/value rows (amounts as the server wrote them). */
function SubjectFacts({ data }: { data: Record<string, unknown> }) {
  const t = useT();
  const f = useFormat();
  const show = (k: string, v: unknown) =>
    k === 'amount' && typeof v === 'string' && typeof data.currency === 'string'
      ? f.money(v, data.currency)
      : Array.isArray(v)
        ? v.join(', ')
        : String(v);
  const rows = Object.entries(data).filter(
    ([, v]) => v !== null && v !== '' && !(Array.isArray(v) && !v.length),
  );
  return (
    <Table data-testid="request-data" withRowBorders={false} verticalSpacing={2}>
      <Table.Tbody>
        {rows.map(([k, v]) => (
          <Table.Tr key={k}>
            <Table.Th scope="row" w={140} fw={500} c="dimmed">
              {t.dyn(`work.fact.${k}`, k)}
            </Table.Th>
            <Table.Td>{show(k, v)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function RequestDetailPage() {
  const t = useT();
  const f = useFormat();
  const { requestId } = useParams({ strict: false }) as { requestId: string };
  const q = useRequest(requestId);
  const title = useRequestTitle();
  if (q.error) return <ErrorAlert error={q.error} />;
  if (!q.data) return <RoutePending />;
  const r = q.data;
  const href = subjectLink(r.entityType, r.entityId);
  return (
    <>
      <PageTitle
        title={title(r)}
        description={`${t('work.request.title')} · ${t.dyn(`work.action.${r.action}`, r.action)}`}
      />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Card withBorder padding="lg" data-testid="request-subject">
          <Title order={2} size="h4" mb="sm">
            {t('work.request.subject')}
          </Title>
          <Stack gap="xs">
            <Group gap="xs">
              <RequestStatusBadge status={r.status} />
              <Text size="sm" c="dimmed">
                {t('work.request.policyVersion', { version: r.policyVersion })}
              </Text>
            </Group>
            <Text size="sm">
              {t('work.request.maker')}: <strong>{r.makerName ?? '—'}</strong> {r.maker ? `(${r.maker})` : ''}
            </Text>
            <Text size="sm">
              {t('work.request.submitted')}: {f.dateTime(r.createdAt)}
            </Text>
            {r.subject || r.subjectHidden ? <SubjectFigures request={r} /> : <SubjectFacts data={r.data} />}
            {href && (
              <Anchor component={Link} to={href} data-testid="request-subject-link">
                {r.entityType === 'ledger_entry'
                  ? t('work.request.openSubject')
                  : t.dyn(`approval.kind.${r.entityType}`, r.entityId)}
              </Anchor>
            )}
          </Stack>
        </Card>
        <Card withBorder padding="lg">
          <Title order={2} size="h4" mb="sm">
            {t('work.request.levels')}
          </Title>
          <RequestLevels request={r} />
          <Title order={3} size="h5" mt="md" mb="xs">
            {t('work.request.history')}
          </Title>
          <DecisionHistory request={r} />
        </Card>
      </SimpleGrid>
      {r.status === 'pending' && (
        <StickyDecision>
          <SubjectTotal subject={r.subject} />
          <DecisionBar request={r} size="sm" withComment />
        </StickyDecision>
      )}
    </>
  );
}
