import { Anchor, Badge, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { api, type Page } from '../api';
import { JobProgressBar } from '../components/JobProgress';
import { PageTitle } from '../components/PageTitle';
import { useFormat, useT } from '../i18n';
import { MyInvitationsCard } from '../modules/org/MyInvitations';
import { MyWork } from '../modules/work/MyWork';
import { PERM } from '../permissions';
import { useCan, useMe } from '../session';
import type { AuditEvent, Invitation, Job } from '../types';
import { HomeFigures } from './HomeFigures';
import { SetupChecklist } from './SetupChecklist';

function greetingKey(hour: number) {
  if (hour < 12) return 'home.goodMorning' as const;
  if (hour < 18) return 'home.goodAfternoon' as const;
  return 'home.goodEvening' as const;
}

function MyDepartmentsCard() {
  const me = useMe();
  const t = useT();
  return (
    <Card withBorder padding="lg" data-testid="my-departments">
      <Title order={2} size="h4" mb="sm">
        {t('home.myDepartments')}
      </Title>
      {me.departments.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('home.noDepartments')}
        </Text>
      ) : (
        <List spacing={6} listStyleType="none">
          {me.departments.map((d) => (
            <List.Item key={d.id}>
              <Group gap="xs">
                <Anchor component={Link} to={`/org/departments/${d.id}`}>
                  {d.name}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {d.code}
                </Text>
                {d.isManager && (
                  <Badge size="sm" variant="light">
                    {t('home.manager')}
                  </Badge>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </Card>
  );
}

function PendingInvitationsCard() {
  const t = useT();
  const f = useFormat();
  const q = useQuery({
    queryKey: ['list', '/invitations', { limit: 500 }, 'home'],
    queryFn: () => api.get<Page<Invitation>>('/invitations', { limit: 500 }),
  });
  const pending = q.data?.items.filter((i) => i.status === 'pending').length;
  return (
    <Card withBorder padding="lg" data-testid="pending-invitations">
      <Title order={2} size="h4" mb="sm">
        {t('home.pendingInvitations')}
      </Title>
      <Text size="xl" fw={700}>
        {pending === undefined ? '…' : `${f.number(pending)}${q.data?.nextCursor ? '+' : ''}`}
      </Text>
      <Anchor component={Link} to="/org/invitations" size="sm">
        {t('home.manageInvitations')}
      </Anchor>
    </Card>
  );
}

function RecentAuditCard() {
  const t = useT();
  const f = useFormat();
  const q = useQuery({
    queryKey: ['list', '/audit', { limit: 5 }, 'home'],
    queryFn: () => api.get<Page<AuditEvent>>('/audit', { limit: 5 }),
  });
  return (
    <Card withBorder padding="lg" data-testid="recent-audit">
      <Title order={2} size="h4" mb="sm">
        {t('home.recentAudit')}
      </Title>
      {q.data && q.data.items.length === 0 && (
        <Text c="dimmed" size="sm">
          {t('common.empty')}
        </Text>
      )}
      <Stack gap={6}>
        {q.data?.items.map((e) => (
          <div key={e.id}>
            <Text size="sm">
              <strong>{e.actorName ?? e.actorType}</strong> · {e.action} · {e.entityType}
            </Text>
            <Text size="xs" c="dimmed">
              {f.dateTime(e.occurredAt)}
            </Text>
          </div>
        ))}
      </Stack>
      <Anchor component={Link} to="/audit" size="sm" mt="sm">
        {t('home.openAudit')}
      </Anchor>
    </Card>
  );
}

function ActiveJobsCard() {
  const t = useT();
  const q = useQuery({
    queryKey: ['list', '/jobs', { limit: 10 }, 'home'],
    queryFn: () => api.get<Page<Job>>('/jobs', { limit: 10 }),
    refetchInterval: (query) =>
      query.state.data?.items.some((j) => j.status === 'queued' || j.status === 'running') ? 2000 : false,
  });
  const active = q.data?.items.filter((j) => j.status === 'queued' || j.status === 'running') ?? [];
  if (active.length === 0) return null;
  return (
    <Card withBorder padding="lg" data-testid="active-jobs">
      <Title order={2} size="h4" mb="sm">
        {t('home.activeJobs')}
      </Title>
      <Stack gap="xs">
        {active.map((j) => (
          <div key={j.id}>
            <Text size="sm">{t.dyn(`jobs.kind.${j.kind}`, j.kind)}</Text>
            <JobProgressBar job={j} />
          </div>
        ))}
      </Stack>
    </Card>
  );
}

export function HomePage() {
  const me = useMe();
  const can = useCan();
  const t = useT();
  const role = me.role ? t.dyn(`role.${me.role}`, me.role) : '—';
  return (
    <>
      <PageTitle
        title={t(greetingKey(new Date().getHours()), { name: me.user.name.split(' ')[0] ?? me.user.name })}
        description={t('home.subtitle', { company: me.company?.name ?? '', role })}
      />
      <SetupChecklist />
      <MyInvitationsCard />
      {can(PERM.companyRead) && <HomeFigures />}
      <MyWork />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Card withBorder padding="lg" data-testid="my-role">
          <Title order={2} size="h4" mb="sm">
            {t('home.myRole')}
          </Title>
          <Text size="lg" fw={600}>
            {role}
          </Text>
          <Text size="sm" c="dimmed">
            {me.company?.name}
          </Text>
        </Card>
        <MyDepartmentsCard />
        {can(PERM.invitationsRead) && <PendingInvitationsCard />}
        {can(PERM.auditRead) && <RecentAuditCard />}
        {can(PERM.jobsRead) && <ActiveJobsCard />}
      </SimpleGrid>
    </>
  );
}
