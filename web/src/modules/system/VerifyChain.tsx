import { Alert, Button, Card, Code, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { JobCard } from '../../components/JobProgress';
import { useFormat, useT } from '../../i18n';
import type { Job } from '../../types';

/** Starts the audit-chain verification job and follows its progress. */
export function VerifyChain() {
  const t = useT();
  const f = useFormat();
  const start = useMutation({ mutationFn: () => api.post<{ jobId: string }>('/audit/verify') });
  const jobId = start.data?.jobId;
  const job = useQuery({
    queryKey: ['job', jobId],
    queryFn: () => api.get<Job>(`/jobs/${jobId}`),
    enabled: !!jobId,
    refetchInterval: (q) =>
      q.state.data?.status === 'done' || q.state.data?.status === 'failed' ? false : 1000,
  });
  const result = job.data?.result as
    | { ok?: boolean; valid?: boolean; checked?: number; firstProblem?: { message?: string } | null }
    | null
    | undefined;
  const ok = result?.ok ?? result?.valid;
  const running =
    start.isPending || (job.data ? job.data.status === 'queued' || job.data.status === 'running' : !!jobId);
  return (
    <Stack gap="sm">
      <div>
        <Button variant="light" onClick={() => start.mutate()} loading={running} data-testid="audit-verify">
          {t('audit.verify')}
        </Button>
      </div>
      {start.error && <ErrorAlert error={start.error} />}
      {job.error && <ErrorAlert error={job.error} />}
      {job.data && (
        <Card withBorder maw={560} aria-live="polite">
          <JobCard job={job.data} />
          {job.data.status === 'done' && ok !== undefined && (
            <Alert mt="sm" color={ok ? 'teal' : 'red'} role="status" data-testid="audit-verify-result">
              <Text size="sm" fw={500}>
                {ok ? t('audit.chainOk') : t('audit.chainBroken')}
              </Text>
              {typeof result?.checked === 'number' && (
                <Text size="sm">{t('audit.checked', { count: f.number(result.checked) })}</Text>
              )}
              {result?.firstProblem?.message && <Text size="sm">{result.firstProblem.message}</Text>}
            </Alert>
          )}
          {job.data.status !== 'queued' && job.data.status !== 'running' && job.data.result != null && (
            <details style={{ marginTop: 8 }}>
              <summary style={{ cursor: 'pointer' }}>{t('audit.technicalDetails')}</summary>
              <Code block mt={4} style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
                {JSON.stringify(job.data.result, null, 2)}
              </Code>
            </details>
          )}
        </Card>
      )}
    </Stack>
  );
}
