import { Alert, Anchor, Button, FileInput, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, apiUrl, isApiError } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n';
import { type ImportReport, invalidateParties } from './partiesApi';

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

/** Import of customers/vendors: a dry run first, the report by line and column, then the real import. */
export function ImportPartiesModal({ onClose }: { onClose: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const run = useMutation({
    mutationFn: async (dryRun: boolean) => {
      if (!file) throw new Error(t('parties.import.filePlaceholder'));
      const body = await readForImport(file);
      try {
        return await api.post<ImportReport>('/parties/import', { ...body, dryRun });
      } catch (e) {
        const details = isApiError(e) ? (e.details as ImportReport | undefined) : undefined;
        if (details?.errors?.length) return { ...details, dryRun: true };
        throw e;
      }
    },
    onSuccess: async (r) => {
      setReport(r);
      if (!r.dryRun) await invalidateParties(qc);
    },
  });
  const checked = report?.dryRun && report.errors.length === 0;
  const done = report && !report.dryRun;
  return (
    <Modal opened onClose={onClose} title={t('parties.import.title')} size="xl">
      <Stack gap="sm" data-testid="parties-import-form">
        <Text size="sm">{t('parties.import.help')}</Text>
        <Anchor
          href={apiUrl('/parties/import-template')}
          download
          size="sm"
          data-testid="parties-import-template"
        >
          {t('parties.import.template')}
        </Anchor>
        <FileInput
          label={t('parties.import.file')}
          placeholder={t('parties.import.filePlaceholder')}
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          clearable
          value={file}
          onChange={(f) => {
            setFile(f);
            setReport(null);
            run.reset();
          }}
          data-testid="parties-import-file"
        />
        {run.error && <ErrorAlert error={run.error} />}
        <div aria-live="polite">
          {checked && (
            <Alert color="teal" data-testid="parties-import-ok">
              {t('parties.import.ok', {
                rows: report.rows,
                created: report.created,
                updated: report.updated,
              })}
            </Alert>
          )}
          {done && (
            <Alert color="teal" data-testid="parties-import-done">
              {t('parties.import.done', {
                created: report.created,
                updated: report.updated,
                bank: report.bankAccounts,
              })}
            </Alert>
          )}
          {report && report.errors.length > 0 && (
            <Alert color="red" data-testid="parties-import-problems">
              {t('parties.import.problems', { count: report.errors.length })}
            </Alert>
          )}
        </div>
        {report && report.errors.length > 0 && (
          <Table.ScrollContainer minWidth={500} mah={320}>
            <Table striped withTableBorder aria-label={t('parties.import.report')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('parties.import.line')}</Table.Th>
                  <Table.Th>{t('parties.import.column')}</Table.Th>
                  <Table.Th>{t('parties.import.message')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.errors.map((e) => (
                  <Table.Tr
                    key={`${e.line}-${e.column}-${e.message}`}
                    data-testid={`parties-import-error-${e.line}`}
                  >
                    <Table.Td>{e.line}</Table.Td>
                    <Table.Td ff="monospace">{e.column ?? ''}</Table.Td>
                    <Table.Td>{e.message}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {done ? t('parties.import.close') : t('common.cancel')}
          </Button>
          {!done && (
            <Button
              variant={checked ? 'default' : 'filled'}
              disabled={!file}
              loading={run.isPending && run.variables === true}
              onClick={() => run.mutate(true)}
              data-testid="parties-import-check"
            >
              {t('parties.import.check')}
            </Button>
          )}
          {!done && (
            <Button
              disabled={!checked}
              loading={run.isPending && run.variables === false}
              onClick={() => run.mutate(false)}
              data-testid="parties-import-run"
            >
              {t('parties.import.run')}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
