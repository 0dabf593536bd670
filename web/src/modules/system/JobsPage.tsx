import { Table, Text } from '@mantine/core';
import { ErrorAlert } from '../../components/ErrorAlert';
import { JobProgressBar, JobStatusBadge } from '../../components/JobProgress';
import { LoadMore } from '../../components/LoadMore';
import { PageTitle } from '../../components/PageTitle';
import { useFormat, useT } from '../../i18n';
import type { Job } from '../../types';
import { useCursorList } from '../../useCursorList';

export function JobsPage() {
  const t = useT();
  const f = useFormat();
  const list = useCursorList<Job>(
    '/jobs',
    {},
    {
      poll: (items) => (items.some((j) => j.status === 'queued' || j.status === 'running') ? 1500 : 10_000),
    },
  );
  return (
    <>
      <PageTitle title={t('jobs.title')} description={t('jobs.subtitle')} />
      {list.error && <ErrorAlert error={list.error} />}
      <Table.ScrollContainer minWidth={760}>
        <Table striped verticalSpacing="sm" data-testid="jobs-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('jobs.kind')}</Table.Th>
              <Table.Th>{t('field.status')}</Table.Th>
              <Table.Th w="30%">{t('jobs.progress')}</Table.Th>
              <Table.Th>{t('jobs.message')}</Table.Th>
              <Table.Th>{t('jobs.created')}</Table.Th>
              <Table.Th>{t('jobs.finished')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.items.map((j) => (
              <Table.Tr key={j.id}>
                <Table.Td>{t.dyn(`jobs.kind.${j.kind}`, j.kind)}</Table.Td>
                <Table.Td>
                  <JobStatusBadge status={j.status} />
                </Table.Td>
                <Table.Td>
                  <JobProgressBar job={j} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{j.message ?? '—'}</Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{f.dateTime(j.createdAt)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{f.dateTime(j.finishedAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {list.isSuccess && list.items.length === 0 && (
        <Text c="dimmed" ta="center" py="lg">
          {t('jobs.none')}
        </Text>
      )}
      <LoadMore
        hasMore={!!list.hasNextPage}
        loading={list.isFetchingNextPage}
        onClick={() => list.fetchNextPage()}
      />
    </>
  );
}
