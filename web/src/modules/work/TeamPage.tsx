import { Card, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api';
import type { ApiResponse } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RequirePermission } from '../../components/Forbidden';
import { PageTitle } from '../../components/PageTitle';
import { RoutePending } from '../../components/RouteStates';
import { useFormat, useT } from '../../i18n';
import { PERM } from '../../permissions';
import { useCan } from '../../session';
import { TaskTable } from './MyWork';
import { TeamApprovals } from './TeamApprovals';
import { ThroughputChart } from './ThroughputChart';
import type { Team } from './workApi';

function Workload({ team }: { team: Team }) {
  const t = useT();
  const f = useFormat();
  if (team.people.length === 0)
    return (
      <Text c="dimmed" size="sm">
        {t('work.team.noPeople')}
      </Text>
    );
  const cols = ['open', 'inProgress', 'waiting', 'overdue', 'atRisk', 'approvalsWaiting'] as const;
  const label = {
    open: t('work.status.open'),
    inProgress: t('work.status.in_progress'),
    waiting: t('work.status.waiting'),
    overdue: t('work.overdue'),
    atRisk: t('work.atRisk'),
    approvalsWaiting: t('work.team.approvals'),
  };
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="xs" data-testid="workload-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('work.team.person')}</Table.Th>
            {cols.map((c) => (
              <Table.Th key={c} ta="right">
                {label[c]}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {team.people.map((p) => (
            <Table.Tr key={p.userId} data-testid={`workload-${p.email}`}>
              <Table.Th scope="row" fw={500}>
                {p.name}
                <Text size="xs" c="dimmed">
                  {p.email}
                </Text>
              </Table.Th>
              {cols.map((c) => (
                <Table.Td
                  key={c}
                  ta="right"
                  c={(c === 'overdue' || c === 'atRisk') && p[c] > 0 ? 'red' : undefined}
                >
                  {f.number(p[c])}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Section({ title, testId, children }: { title: string; testId: string; children: React.ReactNode }) {
  return (
    <Card withBorder padding="lg" data-testid={testId} component="section" aria-label={title}>
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

/** "Team" for managers: workload, late work, approvals waiting (bulk approve), recent decisions, throughput. */
export function TeamPage() {
  const t = useT();
  const can = useCan();
  const team = useQuery({ queryKey: ['work', 'team'], queryFn: () => api.get<Team>('/work/team') });
  const decided = useQuery({
    queryKey: ['work', 'decided'],
    queryFn: async () => {
      const get = (status: string) =>
        api.get<ApiResponse<'/work/approvals'>>('/work/approvals', { status }).then((r) => r.items);
      const all = (await Promise.all(['approved', 'rejected'].map(get))).flat();
      return all.sort((a, b) => (b.decidedAt ?? '').localeCompare(a.decidedAt ?? '')).slice(0, 10);
    },
    enabled: can(PERM.workApprovalsRead),
  });
  const data = team.data;
  const late = data ? [...data.overdue, ...data.atRisk.filter((x) => !x.overdue)] : [];
  return (
    <RequirePermission anyOf={[PERM.workTeamRead]}>
      <PageTitle
        title={t('work.team.title')}
        description={
          data?.departments.length
            ? `${t('work.team.subtitle')} — ${data.departments.map((d) => d.name).join(', ')}`
            : t('work.team.subtitle')
        }
      />
      {team.error && <ErrorAlert error={team.error} />}
      {!data && !team.error && <RoutePending />}
      {data && (
        <Stack gap="md">
          <Section title={t('work.team.waiting')} testId="team-approvals">
            {data.approvalsWaiting.length === 0 ? (
              <Text c="dimmed" size="sm">
                {t('work.team.noneWaiting')}
              </Text>
            ) : (
              <TeamApprovals requests={data.approvalsWaiting} selectable testId="team-waiting-table" />
            )}
          </Section>
          <Section title={t('work.team.workload')} testId="team-workload">
            <Workload team={data} />
            <Text size="sm" c="dimmed" mt="xs">
              {t('work.team.unassigned', { count: data.unassigned })}
            </Text>
          </Section>
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
            <Section title={t('work.team.throughput')} testId="team-throughput">
              <ThroughputChart weeks={data.throughput} />
            </Section>
            <Section title={t('work.team.late')} testId="team-late">
              {late.length === 0 ? (
                <Text c="dimmed" size="sm">
                  {t('work.team.noLate')}
                </Text>
              ) : (
                <TaskTable tasks={late} />
              )}
            </Section>
          </SimpleGrid>
          {decided.data && decided.data.length > 0 && (
            <Section title={t('work.team.recent')} testId="team-decided">
              <TeamApprovals requests={decided.data} testId="team-decided-table" />
            </Section>
          )}
        </Stack>
      )}
    </RequirePermission>
  );
}
