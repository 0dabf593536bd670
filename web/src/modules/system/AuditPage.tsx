import { Code, Group, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportLinks } from '../../components/ExportLinks';
import { RequirePermission } from '../../components/Forbidden';
import { LoadMore } from '../../components/LoadMore';
import { PageTitle } from '../../components/PageTitle';
import { useFormat, useT } from '../../i18n';
import { PERM } from '../../permissions';
import { useCan } from '../../session';
import type { AuditEvent } from '../../types';
import { useCursorList } from '../../useCursorList';
import { AuditFilters, type AuditFilterValues, auditQuery, emptyAuditFilters } from './AuditFilters';
import { VerifyChain } from './VerifyChain';

function Changes({ changes }: { changes: unknown }) {
  const t = useT();
  if (changes == null || (typeof changes === 'object' && Object.keys(changes).length === 0)) return <>—</>;
  return (
    <details>
      <summary style={{ cursor: 'pointer' }}>{t('audit.showChanges')}</summary>
      <Code block mt={4} style={{ maxWidth: 420, whiteSpace: 'pre-wrap' }}>
        {JSON.stringify(changes, null, 2)}
      </Code>
    </details>
  );
}

function AuditTable({ items }: { items: AuditEvent[] }) {
  const t = useT();
  const f = useFormat();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped verticalSpacing="xs" data-testid="audit-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>#</Table.Th>
            <Table.Th>{t('audit.when')}</Table.Th>
            <Table.Th>{t('audit.actor')}</Table.Th>
            <Table.Th>{t('audit.action')}</Table.Th>
            <Table.Th>{t('audit.entity')}</Table.Th>
            <Table.Th>{t('audit.changes')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((e) => (
            <Table.Tr key={e.id}>
              <Table.Td>{e.seq}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{f.dateTime(e.occurredAt)}</Table.Td>
              <Table.Td>
                <Text size="sm">{e.actorName ?? e.actorId ?? '—'}</Text>
                <Text size="xs" c="dimmed">
                  {e.actorType}
                </Text>
              </Table.Td>
              <Table.Td>
                <Code>{e.action}</Code>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{e.entityType}</Text>
                <Text size="xs" c="dimmed" className="mono">
                  {e.entityId}
                </Text>
              </Table.Td>
              <Table.Td>
                <Changes changes={e.changes} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function AuditPage() {
  const t = useT();
  const can = useCan();
  const [filters, setFilters] = useState<AuditFilterValues>(emptyAuditFilters);
  const query = auditQuery(filters);
  const list = useCursorList<AuditEvent>('/audit', query);
  return (
    <RequirePermission anyOf={[PERM.auditRead]}>
      <PageTitle
        title={t('audit.title')}
        description={t('audit.subtitle')}
        actions={<ExportLinks path="/audit" query={query} testId="audit" />}
      />
      <Group mb="lg">{can(PERM.auditVerify) && <VerifyChain />}</Group>
      <AuditFilters initial={filters} onApply={setFilters} />
      {list.error && <ErrorAlert error={list.error} />}
      <AuditTable items={list.items} />
      {list.isSuccess && list.items.length === 0 && (
        <Text c="dimmed" ta="center" py="lg">
          {t('common.empty')}
        </Text>
      )}
      <LoadMore
        hasMore={!!list.hasNextPage}
        loading={list.isFetchingNextPage}
        onClick={() => list.fetchNextPage()}
      />
    </RequirePermission>
  );
}
