import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api';
import type { ApiResponse } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormat, useT } from '../../i18n';

const COLUMNS = [
  'bookingDate',
  'reference',
  'counterpartyName',
  'counterpartyIban',
  'text',
  'bankTransactionId',
] as const;
type Col = (typeof COLUMNS)[number];

interface Form {
  name: string;
  delimiter: string;
  headerRow: boolean;
  encoding: string;
  dateFormat: string;
  decimalSeparator: string;
  thousandsSeparator: string;
  mode: 'single' | 'split';
  sign: string;
  amount: string;
  debit: string;
  credit: string;
  cols: Record<Col, string>;
}

const START: Form = {
  name: '',
  delimiter: ';',
  headerRow: true,
  encoding: 'utf-8',
  dateFormat: 'DD.MM.YYYY',
  decimalSeparator: ',',
  thousandsSeparator: '',
  mode: 'single',
  sign: 'credit_positive',
  amount: '',
  debit: '',
  credit: '',
  cols: {
    bookingDate: '',
    reference: '',
    counterpartyName: '',
    counterpartyIban: '',
    text: '',
    bankTransactionId: '',
  },
};

const ref = (v: string) => (/^\d+$/.test(v.trim()) ? Number(v.trim()) : v.trim());

function toMapping(f: Form) {
  const cols = Object.fromEntries(COLUMNS.filter((c) => f.cols[c].trim()).map((c) => [c, ref(f.cols[c])]));
  return {
    delimiter: f.delimiter === 'tab' ? '\t' : f.delimiter,
    headerRow: f.headerRow,
    encoding: f.encoding,
    dateFormat: f.dateFormat,
    decimalSeparator: f.decimalSeparator,
    thousandsSeparator: f.thousandsSeparator === 'space' ? ' ' : f.thousandsSeparator,
    amount: f.mode === 'single' ? { column: ref(f.amount) } : { debit: ref(f.debit), credit: ref(f.credit) },
    sign: f.sign,
    ...cols,
  };
}

type Preview = ApiResponse<'/banking/accounts/{id}/csv-preview', 'post'>;

/** Names the columns of a bank's CSV export once; a pasted sample is read with it before saving. */
export function MappingEditor({
  accountId,
  currency,
  onSaved,
}: {
  accountId: string;
  currency: string;
  onSaved: (name: string) => void;
}) {
  const t = useT();
  const fmt = useFormat();
  const qc = useQueryClient();
  const [f, setF] = useState<Form>(START);
  const [sample, setSample] = useState('');
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState('');
  const set = (k: keyof Form) => (e: { currentTarget: { value: string } }) =>
    setF({ ...f, [k]: e.currentTarget.value });
  const setCol = (c: Col) => (e: { currentTarget: { value: string } }) =>
    setF({ ...f, cols: { ...f.cols, [c]: e.currentTarget.value } });
  const run = async (what: 'preview' | 'save') => {
    setError(null);
    setSaved('');
    try {
      if (what === 'preview') {
        setPreview(
          await api.post<Preview>(`/banking/accounts/${accountId}/csv-preview`, {
            content: sample,
            mapping: toMapping(f),
          }),
        );
      } else {
        await api.put(`/banking/accounts/${accountId}/mappings`, { name: f.name, mapping: toMapping(f) });
        await qc.invalidateQueries({ queryKey: ['banking', 'mappings', accountId] });
        setSaved(t('banking.mapping.saved', { name: f.name }));
        onSaved(f.name);
      }
    } catch (e) {
      setPreview(null);
      setError(e);
    }
  };
  return (
    <Paper withBorder p="md" data-testid="mapping-editor">
      <Title order={3} size="h4" mb="sm">
        {t('banking.mapping.edit')}
      </Title>
      <Stack gap="xs">
        <Group grow>
          <TextInput
            label={t('banking.mapping.name')}
            value={f.name}
            onChange={set('name')}
            data-testid="mapping-name"
          />
          <NativeSelect
            label={t('banking.mapping.delimiter')}
            value={f.delimiter}
            onChange={set('delimiter')}
            data={[';', ',', 'tab', '|']}
            data-testid="mapping-delimiter"
          />
          <NativeSelect
            label={t('banking.mapping.encoding')}
            value={f.encoding}
            onChange={set('encoding')}
            data={['utf-8', 'windows-1250', 'windows-1252']}
          />
        </Group>
        <Group grow>
          <NativeSelect
            label={t('banking.mapping.dateFormat')}
            value={f.dateFormat}
            onChange={set('dateFormat')}
            data={['DD.MM.YYYY', 'D.M.YYYY', 'DD/MM/YYYY', 'MM/DD/YYYY', 'YYYY-MM-DD', 'YYYYMMDD']}
            data-testid="mapping-date-format"
          />
          <NativeSelect
            label={t('banking.mapping.decimal')}
            value={f.decimalSeparator}
            onChange={set('decimalSeparator')}
            data={[',', '.']}
            data-testid="mapping-decimal"
          />
          <NativeSelect
            label={t('banking.mapping.thousands')}
            value={f.thousandsSeparator}
            onChange={set('thousandsSeparator')}
            data={[
              { value: '', label: t('banking.mapping.thousands.none') },
              { value: 'space', label: t('banking.mapping.thousands.space') },
              '.',
              ',',
              "'",
            ]}
          />
        </Group>
        <Checkbox
          label={t('banking.mapping.headerRow')}
          checked={f.headerRow}
          onChange={(e) => setF({ ...f, headerRow: e.currentTarget.checked })}
        />
        <Group grow>
          <NativeSelect
            label={t('banking.mapping.amountMode')}
            value={f.mode}
            onChange={set('mode')}
            data={[
              { value: 'single', label: t('banking.mapping.amountMode.single') },
              { value: 'split', label: t('banking.mapping.amountMode.split') },
            ]}
          />
          {f.mode === 'single' ? (
            <TextInput
              label={t('banking.mapping.col.amount')}
              value={f.amount}
              onChange={set('amount')}
              data-testid="mapping-amount"
            />
          ) : (
            <>
              <TextInput label={t('banking.mapping.col.debit')} value={f.debit} onChange={set('debit')} />
              <TextInput label={t('banking.mapping.col.credit')} value={f.credit} onChange={set('credit')} />
            </>
          )}
          <NativeSelect
            label={t('banking.mapping.sign')}
            value={f.sign}
            onChange={set('sign')}
            data={[
              { value: 'credit_positive', label: t('banking.mapping.sign.credit_positive') },
              { value: 'debit_positive', label: t('banking.mapping.sign.debit_positive') },
            ]}
          />
        </Group>
        <Group grow>
          {COLUMNS.map((c) => (
            <TextInput
              key={c}
              label={t(`banking.mapping.col.${c}`)}
              value={f.cols[c]}
              onChange={setCol(c)}
              data-testid={`mapping-col-${c}`}
            />
          ))}
        </Group>
        <Text size="xs" c="dimmed">
          {t('banking.mapping.columnHint')}
        </Text>
        <Textarea
          label={t('banking.mapping.sample')}
          value={sample}
          onChange={(e) => setSample(e.currentTarget.value)}
          autosize
          minRows={3}
          maxRows={8}
          ff="monospace"
          data-testid="mapping-sample"
        />
        {error !== null && <ErrorAlert error={error} />}
        {saved && <Text c="teal">{saved}</Text>}
        <Group justify="flex-end">
          <Button
            variant="default"
            onClick={() => run('preview')}
            disabled={!sample.trim()}
            data-testid="mapping-preview"
          >
            {t('banking.mapping.preview')}
          </Button>
          <Button onClick={() => run('save')} disabled={!f.name.trim()} data-testid="mapping-save">
            {t('banking.mapping.save')}
          </Button>
        </Group>
        {preview && (
          <>
            <Text size="sm">{t('banking.mapping.previewTotal', { total: preview.total })}</Text>
            <Table data-testid="mapping-preview-table">
              <Table.Tbody>
                {preview.lines.map((l) => (
                  <Table.Tr key={l.source}>
                    <Table.Td>{fmt.date(l.bookingDate)}</Table.Td>
                    <Table.Td ta="right">{fmt.money(l.amount, currency)}</Table.Td>
                    <Table.Td>{l.counterpartyName}</Table.Td>
                    <Table.Td>{l.reference ?? l.remittance}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </>
        )}
      </Stack>
    </Paper>
  );
}
