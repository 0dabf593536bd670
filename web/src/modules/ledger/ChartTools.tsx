import { Alert, Button, FileInput, Group, Modal, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, isApiError } from '../../api';
import type { ApiResponse } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n';
import { invalidateLedger } from './ledgerApi';

export const TEMPLATES = ['generic', 'us', 'cz', 'es'] as const;
type Template = (typeof TEMPLATES)[number];

/** Starts the chart from one of the server's templates; the server refuses once the chart is in use. */
export function TemplateModal({ accountCount, onClose }: { accountCount: number; onClose: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  const [template, setTemplate] = useState<Template>('generic');
  const apply = useMutation({
    mutationFn: () =>
      api.post<ApiResponse<'/ledger/accounts/template', 'post'>>('/ledger/accounts/template', { template }),
    onSuccess: () => invalidateLedger(qc),
  });
  return (
    <Modal opened onClose={onClose} title={t('ledger.template.title')} size="lg">
      <Stack gap="sm" data-testid="template-form">
        <Text size="sm">{t('ledger.template.help')}</Text>
        {accountCount > 0 && !apply.isSuccess && (
          <Alert color="yellow" data-testid="template-warning">
            {t('ledger.template.replaceWarning', { count: accountCount })}
          </Alert>
        )}
        {apply.error && <ErrorAlert error={apply.error} />}
        {apply.data && (
          <Alert color="teal" data-testid="template-done">
            {t('ledger.template.applied', { count: apply.data.created })}
          </Alert>
        )}
        <NativeSelect
          label={t('ledger.template.choose')}
          name="template"
          data-autofocus
          value={template}
          onChange={(e) => setTemplate(e.currentTarget.value as Template)}
          data={TEMPLATES.map((v) => ({ value: v, label: t(`ledger.template.${v}`) }))}
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {apply.isSuccess ? t('ledger.bulk.done') : t('common.cancel')}
          </Button>
          {!apply.isSuccess && (
            <Button onClick={() => apply.mutate()} loading={apply.isPending} data-testid="template-apply">
              {t('ledger.template.apply')}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}

type ImportReport = ApiResponse<'/ledger/accounts/import', 'post'>;
type RowError = ImportReport['errors'][number];

/** The file as the import route wants it: CSV as text, XLSX as base64. */
async function readForImport(file: File): Promise<{ format: 'csv' | 'xlsx'; content: string }> {
  if (/\.xlsx$/i.test(file.name)) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000)
      binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return { format: 'xlsx', content: btoa(binary) };
  }
  return { format: 'csv', content: await file.text() };
}

/** Import of accounts from CSV/XLSX: always a dry run first, the row-by-row report, then the real import. */
export function ImportModal({ onClose }: { onClose: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const run = useMutation({
    mutationFn: async (dryRun: boolean) => {
      if (!file) throw new Error(t('ledger.import.filePlaceholder'));
      const body = await readForImport(file);
      try {
        return await api.post<ImportReport>('/ledger/accounts/import', { ...body, dryRun });
      } catch (e) {
        // A real import with problems is refused with the same row-by-row errors: show them as a report.
        const details = isApiError(e) ? (e.details as { errors?: RowError[] } | undefined) : undefined;
        if (details?.errors?.length) return { dryRun: true, rows: 0, created: 0, errors: details.errors };
        throw e;
      }
    },
    onSuccess: async (r) => {
      setReport(r);
      if (!r.dryRun) await invalidateLedger(qc);
    },
  });
  const checked = report?.dryRun && report.errors.length === 0;
  const done = report && !report.dryRun;
  return (
    <Modal opened onClose={onClose} title={t('ledger.import.title')} size="xl">
      <Stack gap="sm" data-testid="import-form">
        <Text size="sm">{t('ledger.import.help')}</Text>
        <FileInput
          label={t('ledger.import.file')}
          placeholder={t('ledger.import.filePlaceholder')}
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          clearable
          data-autofocus
          value={file}
          onChange={(f) => {
            setFile(f);
            setReport(null);
            run.reset();
          }}
          data-testid="import-file"
        />
        {run.error && <ErrorAlert error={run.error} />}
        <div aria-live="polite">
          {checked && (
            <Alert color="teal" data-testid="import-ok">
              {t('ledger.import.ok', { rows: report.rows })}
            </Alert>
          )}
          {done && (
            <Alert color="teal" data-testid="import-done">
              {t('ledger.import.done', { count: report.created })}
            </Alert>
          )}
          {report && report.errors.length > 0 && (
            <Alert color="red" data-testid="import-problems">
              {t('ledger.import.problems', { count: report.errors.length })}
            </Alert>
          )}
        </div>
        {report && report.errors.length > 0 && (
          <Table.ScrollContainer minWidth={500} mah={320}>
            <Table striped withTableBorder aria-label={t('ledger.import.report')} data-testid="import-report">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('ledger.import.row')}</Table.Th>
                  <Table.Th>{t('ledger.import.column')}</Table.Th>
                  <Table.Th>{t('ledger.import.message')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.errors.map((e) => (
                  <Table.Tr key={`${e.row}-${e.field}-${e.message}`} data-testid={`import-error-${e.row}`}>
                    <Table.Td>{e.row}</Table.Td>
                    <Table.Td ff="monospace">{e.field}</Table.Td>
                    <Table.Td>{e.message}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {done ? t('ledger.bulk.done') : t('common.cancel')}
          </Button>
          {!done && (
            <Button
              variant={checked ? 'default' : 'filled'}
              disabled={!file}
              loading={run.isPending && run.variables === true}
              onClick={() => run.mutate(true)}
              data-testid="import-check"
            >
              {t('ledger.import.check')}
            </Button>
          )}
          {checked && (
            <Button
              loading={run.isPending && run.variables === false}
              onClick={() => run.mutate(false)}
              data-testid="import-run"
            >
              {t('ledger.import.run', { count: report.rows })}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
