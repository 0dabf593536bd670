import { Anchor, Badge, Button, Group } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type React from 'react';
import { apiUrl, type Query } from '../../api';
import { useT } from '../../i18n';
import type { EntryStatus } from './ledgerApi';

const statusColor: Record<EntryStatus, string> = {
  draft: 'gray',
  pending_approval: 'yellow',
  posted: 'teal',
};

export function StatusBadge({ status, reversed }: { status: EntryStatus; reversed?: boolean }) {
  const t = useT();
  return (
    <Group gap={4} wrap="nowrap">
      <Badge color={statusColor[status]} variant="light" data-testid="entry-status">
        {t.dyn(`ledger.status.${status}`, status)}
      </Badge>
      {reversed && (
        <Badge color="orange" variant="outline">
          {t('ledger.status.reversed')}
        </Badge>
      )}
    </Group>
  );
}

/** CSV / XLSX downloads of a report and a print button. */
export function ReportLinks({
  path,
  query,
  testId,
  pdf = false,
}: {
  path: string;
  query: Query;
  testId: string;
  /** The route answers ?format=pdf (the statements). */
  pdf?: boolean;
}) {
  const t = useT();
  return (
    <Group gap="xs" className="no-print">
      <Button
        component="a"
        href={apiUrl(path, { ...query, format: 'csv' })}
        download
        variant="default"
        size="sm"
        data-testid={`${testId}-csv`}
      >
        {t('common.exportCsv')}
      </Button>
      <Button
        component="a"
        href={apiUrl(path, { ...query, format: 'xlsx' })}
        download
        variant="default"
        size="sm"
        data-testid={`${testId}-xlsx`}
      >
        {t('common.exportXlsx')}
      </Button>
      {pdf && (
        <Button
          component="a"
          href={apiUrl(path, { ...query, format: 'pdf' })}
          download
          variant="default"
          size="sm"
          data-testid={`${testId}-pdf`}
        >
          {t('ledger.exportPdf')}
        </Button>
      )}
      <Button variant="default" size="sm" onClick={() => window.print()} data-testid={`${testId}-print`}>
        {t('ledger.print')}
      </Button>
    </Group>
  );
}

/** A link to an account's register (the drill-down target of every report line). */
export function RegisterLink({
  accountId,
  search,
  children,
}: {
  accountId: string;
  search: { from?: string; to?: string; dimension?: string; value?: string };
  children: React.ReactNode;
}) {
  return (
    <Anchor
      renderRoot={(props) => (
        <Link {...props} to="/ledger/accounts/$accountId/register" params={{ accountId }} search={search} />
      )}
      onClick={(e: React.MouseEvent) => e.stopPropagation()}
      data-testid="register-link"
    >
      {children}
    </Anchor>
  );
}
