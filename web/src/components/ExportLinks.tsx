import { Button, Group } from '@mantine/core';
import { exportUrl, type Query } from '../api';
import { useT } from '../i18n';

/** "Export CSV" / "Export XLSX": the list's own URL with `format=…` and the current filters. */
export function ExportLinks({ path, query, testId }: { path: string; query: Query; testId: string }) {
  const t = useT();
  return (
    <Group gap="xs">
      <Button
        component="a"
        href={exportUrl(path, query, 'csv')}
        download
        variant="default"
        size="sm"
        data-testid={`${testId}-export-csv`}
      >
        {t('common.exportCsv')}
      </Button>
      <Button
        component="a"
        href={exportUrl(path, query, 'xlsx')}
        download
        variant="default"
        size="sm"
        data-testid={`${testId}-export-xlsx`}
      >
        {t('common.exportXlsx')}
      </Button>
    </Group>
  );
}
