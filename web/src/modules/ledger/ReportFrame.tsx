import { Group, Text, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Query } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RequirePermission } from '../../components/Forbidden';
import { PageTitle } from '../../components/PageTitle';
import { RoutePending } from '../../components/RouteStates';
import { useFormat, useT } from '../../i18n';
import { PERM } from '../../permissions';
import { useMe } from '../../session';
import { ReportLinks } from './common';

export interface DateField {
  name: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
}

/** A report page: title, date inputs, export and print links, then the report (or its loading state). */
export function ReportFrame({
  title,
  subtitle,
  dates,
  path,
  query,
  testId,
  error,
  loading,
  filter,
  pdf,
  children,
}: {
  title: string;
  subtitle: string;
  dates: DateField[];
  path: string;
  query: Query;
  testId: string;
  error: unknown;
  loading: boolean;
  /** Extra filters under the dates (e.g. a dimension). */
  filter?: ReactNode;
  /** Offer the server's PDF of the report (`?format=pdf`). */
  pdf?: boolean;
  children: ReactNode;
}) {
  return (
    <RequirePermission anyOf={[PERM.ledgerRead]}>
      <PrintHeader title={title} dates={dates} />
      <PageTitle
        title={title}
        description={subtitle}
        actions={<ReportLinks path={path} query={query} testId={testId} pdf={pdf} />}
      />
      <Group mb="md" className="no-print">
        {dates.map((d) => (
          <TextInput
            key={d.name}
            type="date"
            name={d.name}
            label={d.label}
            value={d.value}
            onChange={(e) => e.currentTarget.value && d.onChange(e.currentTarget.value)}
          />
        ))}
      </Group>
      {filter}
      {error ? <ErrorAlert error={error} /> : loading ? <RoutePending /> : children}
    </RequirePermission>
  );
}

/**
 * What a printed report says at its top, since the app shell (with the company switcher) is not printed: the
 * company, the report, its period and the day it was printed. Shown only in print (app.css `.print-only`).
 */
function PrintHeader({ title, dates }: { title: string; dates: DateField[] }) {
  const t = useT();
  const f = useFormat();
  const me = useMe();
  const company = me.company?.name ?? me.companies.find((c) => c.id === me.currentCompanyId)?.name ?? '';
  const period = dates.map((d) => `${d.label} ${f.date(d.value)}`).join(' · ');
  return (
    <div className="print-only report-print-header" data-testid="report-print-header">
      <Text fw={700} size="lg">
        {company}
      </Text>
      <Text fw={600}>{title}</Text>
      <Text size="sm">{period}</Text>
      <Text size="xs" c="dimmed">
        {t('ledger.report.printedOn', { date: f.date(new Date().toISOString()) })}
      </Text>
    </div>
  );
}

/** "Click a row to open the account's register." */
export function DrillHint() {
  const t = useT();
  return (
    <Text size="xs" c="dimmed" mt="xs" className="no-print">
      {t('ledger.report.drillHint')}
    </Text>
  );
}
