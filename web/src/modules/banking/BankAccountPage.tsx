import {
  Alert,
  Badge,
  Button,
  Checkbox,
  FileInput,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { api, uploadRaw } from '../../api';
import type { ApiResponse, Schema } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { useFormat, useT } from '../../i18n';
import { PERM } from '../../permissions';
import { useCan } from '../../session';
import { type Continuity, useBankAccount } from './bankingApi';
import { MappingEditor } from './MappingEditor';

export function ContinuityBadge({ value }: { value: Continuity }) {
  const t = useT();
  const color = value === 'ok' ? 'teal' : value === 'flagged' ? 'red' : 'gray';
  return (
    <Badge color={color} variant="light" data-testid={`continuity-${value}`}>
      {t(`banking.continuity.${value}`)}
    </Badge>
  );
}

type ImportResult = Schema<'BankImportResult'>;

function ImportPanel({ accountId }: { accountId: string }) {
  const t = useT();
  const qc = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState('camt053');
  const [mapping, setMapping] = useState('');
  const [dryRun, setDryRun] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const mappings = useQuery({
    queryKey: ['banking', 'mappings', accountId],
    queryFn: () =>
      api.get<ApiResponse<'/banking/accounts/{id}/mappings'>>(`/banking/accounts/${accountId}/mappings`),
  });
  const run = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const r = await uploadRaw<ImportResult>(
        '/banking/imports',
        {
          account: accountId,
          format,
          fileName: file.name,
          dryRun: dryRun ? 'true' : 'false',
          ...(format === 'csv' && mapping ? { mapping } : {}),
        },
        new Blob([await file.arrayBuffer()], { type: 'application/octet-stream' }),
      );
      setResult(r);
      await qc.invalidateQueries({ queryKey: ['banking', 'statements', accountId] });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Paper withBorder p="md" data-testid="import-panel">
      <Title order={3} size="h4" mb="sm">
        {t('banking.import.title')}
      </Title>
      <Group align="flex-end">
        <FileInput
          label={t('banking.import.file')}
          value={file}
          onChange={setFile}
          w={280}
          clearable
          data-testid="import-file"
        />
        <NativeSelect
          label={t('banking.import.format')}
          value={format}
          onChange={(e) => setFormat(e.currentTarget.value)}
          data={(['camt053', 'ofx', 'csv'] as const).map((v) => ({
            value: v,
            label: t(`banking.import.format.${v}`),
          }))}
          data-testid="import-format"
        />
        {format === 'csv' && (
          <NativeSelect
            label={t('banking.import.mapping')}
            value={mapping}
            onChange={(e) => setMapping(e.currentTarget.value)}
            data={[
              { value: '', label: '—' },
              ...(mappings.data?.items ?? []).map((m) => ({ value: m.name, label: m.name })),
            ]}
            data-testid="import-mapping"
          />
        )}
        <Checkbox
          label={t('banking.import.dryRun')}
          checked={dryRun}
          onChange={(e) => setDryRun(e.currentTarget.checked)}
          mb={8}
        />
        <Button onClick={run} loading={busy} disabled={!file} data-testid="import-run">
          {t('banking.import.run')}
        </Button>
      </Group>
      {error !== null && <ErrorAlert error={error} />}
      {result && (
        <Alert
          mt="sm"
          color={result.continuity === 'flagged' ? 'orange' : 'teal'}
          data-testid="import-result"
        >
          {t('banking.import.result', {
            imported: result.imported,
            duplicates: result.duplicates,
            continuity: t(`banking.continuity.${result.continuity}`),
          })}
          {result.statements
            .filter((s) => s.continuityNote)
            .map((s) => (
              <Text key={s.continuityNote} size="sm">
                {s.continuityNote}
              </Text>
            ))}
        </Alert>
      )}
    </Paper>
  );
}

export function BankAccountPage() {
  const navigate = useNavigate();
  const t = useT();
  const fmt = useFormat();
  const can = useCan();
  const { accountId } = useParams({ strict: false }) as { accountId: string };
  const account = useBankAccount(accountId);
  const statements = useQuery({
    queryKey: ['banking', 'statements', accountId],
    queryFn: () =>
      api.get<ApiResponse<'/banking/accounts/{id}/statements'>>(`/banking/accounts/${accountId}/statements`),
  });
  const [editing, setEditing] = useState(false);
  const a = account.data;
  return (
    <>
      <PageTitle
        title={a ? `${a.name} (${a.currency})` : '…'}
        description={a?.iban ?? a?.accountNumber ?? ''}
        actions={
          <>
            {can(PERM.bankingManage) && (
              <Button variant="default" onClick={() => setEditing(!editing)} data-testid="mapping-toggle">
                {t('banking.mapping.title')}
              </Button>
            )}
            <Button
              onClick={() =>
                navigate({ to: '/banking/$accountId/reconcile', params: { accountId: accountId } })
              }
              data-testid="to-reconcile"
            >
              {t('banking.reconcile')}
            </Button>
          </>
        }
      />
      {account.error && <ErrorAlert error={account.error} />}
      <Stack>
        {can(PERM.bankingImport) && <ImportPanel accountId={accountId} />}
        {editing && a && (
          <MappingEditor accountId={accountId} currency={a.currency} onSaved={() => undefined} />
        )}
        <Title order={2} size="h3">
          {t('banking.statements')}
        </Title>
        {statements.error && <ErrorAlert error={statements.error} />}
        {(statements.data?.items.length ?? 0) === 0 && <Text c="dimmed">{t('banking.statements.none')}</Text>}
        {(statements.data?.items.length ?? 0) > 0 && (
          <Table striped highlightOnHover data-testid="statements-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('banking.col.period')}</Table.Th>
                <Table.Th ta="right">{t('banking.col.lines')}</Table.Th>
                <Table.Th ta="right">{t('banking.col.reconciled')}</Table.Th>
                <Table.Th ta="right">{t('banking.col.closing')}</Table.Th>
                <Table.Th>{t('banking.col.continuity')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {statements.data?.items.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    <Link to="/banking/statements/$statementId" params={{ statementId: s.id }}>
                      {s.periodFrom ? fmt.date(s.periodFrom) : '?'} –{' '}
                      {s.periodTo ? fmt.date(s.periodTo) : '?'}
                    </Link>{' '}
                    <Text span size="xs" c="dimmed">
                      {s.bankStatementId ?? s.fileName}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">{s.lineCount}</Table.Td>
                  <Table.Td ta="right">{s.reconciledCount}</Table.Td>
                  <Table.Td ta="right">
                    {s.closing === null ? '—' : fmt.money(s.closing, s.currency)}
                  </Table.Td>
                  <Table.Td title={s.continuityNote}>
                    <ContinuityBadge value={s.continuity} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </>
  );
}
