import { Group, Text, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Query } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RequirePermission } from '../../components/Forbidden';
import { PageTitle } from '../../components/PageTitle';
import { RoutePending } from '../../components/RouteStates';
import { useT } from '../../i18n';
import { PERM } from '../../permissions';
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
  children: ReactNode;
}) {
  return (
    <RequirePermission anyOf={[PERM.ledgerRead]}>
      <PageTitle
        title={title}
        description={subtitle}
        actions={<ReportLinks path={path} query={query} testId={testId} />}
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

/** "Click a row to open the account's register." */
export function DrillHint() {
  const t = useT();
  return (
    <Text size="xs" c="dimmed" mt="xs" className="no-print">
      {t('ledger.report.drillHint')}
    </Text>
  );
}
