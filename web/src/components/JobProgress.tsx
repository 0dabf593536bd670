import { Badge, Group, Progress, Stack, Text } from '@mantine/core';
import { useFormat, useT } from '../i18n';
import type { Job, JobStatus } from '../types';

// The document types a job's status as a plain string: a status this list does not know shows grey.
const statusColor: Record<string, string> & Record<JobStatus, string> = {
  queued: 'gray',
  running: 'blue',
  done: 'teal',
  failed: 'red',
};

export function JobStatusBadge({ status }: { status: Job['status'] }) {
  const t = useT();
  return (
    <Badge color={statusColor[status] ?? 'gray'} variant="light">
      {t.dyn(`jobs.status.${status}`, status)}
    </Badge>
  );
}

export function JobProgressBar({ job }: { job: Pick<Job, 'id' | 'status' | 'progress' | 'kind'> }) {
  const t = useT();
  const f = useFormat();
  const value = Math.round(Math.max(0, Math.min(1, job.progress ?? 0)) * 100);
  const label = t('jobs.progressOf', { kind: t.dyn(`jobs.kind.${job.kind}`, job.kind) });
  return (
    <Group gap="xs" wrap="nowrap">
      <Progress
        value={job.status === 'done' ? 100 : value}
        color={statusColor[job.status] ?? 'gray'}
        animated={job.status === 'running'}
        style={{ flex: 1, minWidth: 80 }}
        aria-label={label}
        aria-valuetext={f.percent(value / 100)}
      />
      <Text size="xs" c="dimmed" w={44} ta="right">
        {f.percent(job.status === 'done' ? 1 : value / 100)}
      </Text>
    </Group>
  );
}

export function JobCard({ job }: { job: Job }) {
  const t = useT();
  return (
    <Stack gap={6} data-testid="job-progress">
      <Group justify="space-between">
        <Text fw={500}>{t.dyn(`jobs.kind.${job.kind}`, job.kind)}</Text>
        <JobStatusBadge status={job.status} />
      </Group>
      <JobProgressBar job={job} />
      {job.message && (
        <Text size="sm" c="dimmed">
          {job.message}
        </Text>
      )}
    </Stack>
  );
}
