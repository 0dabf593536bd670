import {
  ActionIcon,
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  NativeSelect,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useEffect, useMemo, useState } from 'react';
import { api, type Page } from '../../api';
import type { ApiResponse } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { RoutePending } from '../../components/RouteStates';
import { useLocale, useT } from '../../i18n';
import { parseDecimalInput } from '../../lib/decimal';
import type { PartySummary } from '../../lib/records';
import { PERM } from '../../permissions';
import { useCan } from '../../session';
import { useLinesGrid } from '../../ui/LinesGrid';
import { Money, num } from '../../ui/Money';
import { type Invoice, UNITS } from './salesApi';

interface Line {
  key: string;
  description: string;
  quantity: string;
  unit: string;
  unitPrice: string;
  discount: string;
  taxCode: string;
}

let seq = 0;
const blank = (taxCode = ''): Line => ({
  key: `l${++seq}`,
  description: '',
  quantity: '1',
  unit: 'C62',
  unitPrice: '',
  discount: '',
  taxCode,
});

const today = () => new Date().toISOString().slice(0, 10);

export function NewInvoicePage() {
  return <InvoiceEditor invoice={null} />;
}

export function EditInvoicePage() {
  const { invoiceId } = useParams({ strict: false }) as { invoiceId: string };
  const q = useQuery({
    queryKey: ['invoice', invoiceId],
    queryFn: () => api.get<Invoice>(`/sales/invoices/${invoiceId}`),
  });
  if (q.error) return <ErrorAlert error={q.error} />;
  if (!q.data) return <RoutePending />;
  return <InvoiceEditor invoice={q.data} />;
}

/** The keyboard-first invoice editor: header, a lines grid, and totals from the server's tax calculator. */
function InvoiceEditor({ invoice }: { invoice: Invoice | null }) {
  const t = useT();
  const { locale } = useLocale();
  const can = useCan();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const customers = useQuery({
    queryKey: ['parties', 'customers-all'],
    queryFn: () => api.get<Page<PartySummary>>('/parties', { role: 'customer', limit: 500 }),
  });
  const taxCodes = useQuery({
    queryKey: ['tax-codes', 'active'],
    queryFn: () => api.get<ApiResponse<'/tax/codes'>>('/tax/codes', { active: 'true' }),
  });
  const codes = taxCodes.data?.items ?? [];
  const [partyId, setPartyId] = useState<string | null>(invoice?.partyId ?? null);
  const [currency, setCurrency] = useState(invoice?.currency ?? '');
  const [issueDate, setIssueDate] = useState(invoice?.issueDate ?? today());
  const [dueDate, setDueDate] = useState(invoice?.dueDate ?? '');
  const [inclusive, setInclusive] = useState(invoice?.pricesIncludeTax ?? false);
  const [rounding, setRounding] = useState<'line' | 'document'>(invoice?.rounding ?? 'document');
  const [buyerReference, setBuyerReference] = useState(invoice?.buyerReference ?? '');
  const [notes, setNotes] = useState(invoice?.notes ?? '');
  const [lines, setLines] = useState<Line[]>(() =>
    invoice
      ? invoice.lines.map((l) => ({
          key: `l${++seq}`,
          description: l.description,
          quantity: l.quantity,
          unit: l.unit,
          unitPrice: l.unitPrice,
          discount: l.discountPercent ?? '',
          taxCode: l.taxCodeId,
        }))
      : [blank()],
  );
  // The first active standard code is the default tax of new lines.
  const defaultCode =
    codes.find((c) => c.kind === 'standard')?.id ??
    codes.find((c) => c.category === 'S')?.id ??
    codes[0]?.id ??
    '';
  useEffect(() => {
    if (defaultCode) setLines((ls) => ls.map((l) => (l.taxCode ? l : { ...l, taxCode: defaultCode })));
  }, [defaultCode]);
  const party = customers.data?.items.find((p) => p.id === partyId);
  useEffect(() => {
    if (party && !currency) setCurrency(party.currency);
  }, [party, currency]);

  const parsed = useMemo(
    () =>
      lines.map((l) => ({
        description: l.description.trim(),
        quantity: parseDecimalInput(l.quantity, locale),
        unitPrice: parseDecimalInput(l.unitPrice, locale),
        discount: parseDecimalInput(l.discount, locale),
        unit: l.unit,
        taxCode: l.taxCode,
      })),
    [lines, locale],
  );
  const calcInput = useMemo(() => {
    const ok = parsed.filter((l) => l.quantity && l.unitPrice && l.taxCode && l.discount !== null);
    if (!currency || ok.length === 0) return null;
    return {
      currency,
      pricesIncludeTax: inclusive,
      rounding,
      lines: ok.map((l) => ({
        quantity: l.quantity as string,
        unitPrice: l.unitPrice as string,
        taxCode: l.taxCode,
        ...(l.discount ? { discount: { percent: l.discount } } : {}),
      })),
    };
  }, [parsed, currency, inclusive, rounding]);
  const [debounced] = useDebouncedValue(calcInput, 250);
  const calc = useQuery({
    queryKey: ['tax-calc', debounced],
    queryFn: () => api.post<ApiResponse<'/tax/calculate', 'post'>>('/tax/calculate', debounced),
    enabled: !!debounced,
    retry: false,
  });

  const body = () => ({
    partyId,
    currency: currency || undefined,
    issueDate: issueDate || null,
    dueDate: dueDate || null,
    pricesIncludeTax: inclusive,
    rounding,
    buyerReference,
    notes,
    lines: parsed
      .filter((l) => l.description || l.unitPrice)
      .map((l) => ({
        description: l.description,
        quantity: l.quantity ?? '',
        unit: l.unit,
        unitPrice: l.unitPrice ?? '',
        discountPercent: l.discount || null,
        taxCode: l.taxCode,
      })),
    ...(invoice ? { version: invoice.version } : {}),
  });
  // Once a new draft is saved, later saves replace it (a failed "save and issue" never makes a second draft).
  const [savedId, setSavedId] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: async (issue: boolean) => {
      const existing = invoice?.id ?? savedId;
      const saved = existing
        ? await api.put<Invoice>(`/sales/invoices/${existing}`, {
            ...body(),
            ...(savedId ? { version: undefined } : {}),
          })
        : await api.post<Invoice>('/sales/invoices', body());
      if (!invoice) setSavedId(saved.id);
      if (issue) await api.post(`/sales/invoices/${saved.id}/issue`, {});
      return saved;
    },
    onSuccess: (saved) => {
      qc.invalidateQueries({ queryKey: ['list', '/sales/invoices'] });
      qc.invalidateQueries({ queryKey: ['invoice', saved.id] });
      navigate({ to: '/sales/invoices/$invoiceId', params: { invoiceId: saved.id } });
    },
  });

  const {
    tableRef: table,
    setLine,
    addLine,
    onKeyDown,
  } = useLinesGrid<Line>({
    setLines,
    newLine: () => blank(defaultCode),
  });
  const netOf = new Map<string, string>();
  {
    let k = 0;
    parsed.forEach((l, i) => {
      if (l.quantity && l.unitPrice && l.taxCode && l.discount !== null) {
        const n = calc.data?.lines[k++]?.net;
        if (n) netOf.set(lines[i]?.key ?? '', n);
      }
    });
  }
  const bad = (v: string | null) => (v === null ? ' ' : undefined);

  return (
    <>
      <PageTitle
        title={invoice ? t('sales.editor.editTitle') : t('sales.editor.newTitle')}
        description={t('sales.editor.help')}
      />
      <Card withBorder mb="md">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <Select
            label={t('sales.field.customer')}
            data={(customers.data?.items ?? []).map((p) => ({ value: p.id, label: p.legalName }))}
            value={partyId}
            onChange={(v) => {
              setPartyId(v);
              const p = customers.data?.items.find((x) => x.id === v);
              if (p) setCurrency(p.currency);
            }}
            searchable
            required
            data-testid="invoice-customer"
          />
          <TextInput
            label={t('sales.field.currency')}
            value={currency}
            onChange={(e) => setCurrency(e.currentTarget.value.toUpperCase())}
            maxLength={3}
            data-testid="invoice-currency"
          />
          <TextInput
            label={t('sales.field.issueDate')}
            type="date"
            value={issueDate}
            onChange={(e) => setIssueDate(e.currentTarget.value)}
          />
          <TextInput
            label={t('sales.field.dueDate')}
            type="date"
            value={dueDate}
            onChange={(e) => setDueDate(e.currentTarget.value)}
          />
          <TextInput
            label={t('sales.field.buyerReference')}
            value={buyerReference}
            onChange={(e) => setBuyerReference(e.currentTarget.value)}
          />
          <NativeSelect
            label={t('sales.field.rounding')}
            value={rounding}
            onChange={(e) => setRounding(e.currentTarget.value as 'line' | 'document')}
            data={[
              { value: 'document', label: t('sales.rounding.document') },
              { value: 'line', label: t('sales.rounding.line') },
            ]}
          />
          <Checkbox
            mt="xl"
            label={t('sales.field.pricesIncludeTax')}
            checked={inclusive}
            onChange={(e) => setInclusive(e.currentTarget.checked)}
          />
        </SimpleGrid>
      </Card>
      <Table
        ref={table}
        verticalSpacing={4}
        data-testid="invoice-lines"
        aria-label={t('sales.invoices.title')}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th style={{ width: '30%' }}>{t('sales.line.description')}</Table.Th>
            <Table.Th style={{ width: '9%', ...num }}>{t('sales.line.quantity')}</Table.Th>
            <Table.Th style={{ width: '9%' }}>{t('sales.line.unit')}</Table.Th>
            <Table.Th style={{ width: '13%', ...num }}>{t('sales.line.unitPrice')}</Table.Th>
            <Table.Th style={{ width: '9%', ...num }}>{t('sales.line.discount')}</Table.Th>
            <Table.Th style={{ width: '16%' }}>{t('sales.line.taxCode')}</Table.Th>
            <Table.Th style={num}>{t('sales.line.net')}</Table.Th>
            <Table.Th style={{ width: 40 }}>
              <span className="visually-hidden">{t('common.actions')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody onKeyDown={onKeyDown}>
          {lines.map((l, i) => {
            const p = parsed[i];
            return (
              <Table.Tr key={l.key} data-line={l.key}>
                <Table.Td>
                  <TextInput
                    data-cell
                    onFocus={(e) => e.currentTarget.select()}
                    aria-label={`${t('sales.line.description')} ${i + 1}`}
                    value={l.description}
                    onChange={(e) => setLine(l.key, { description: e.currentTarget.value })}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    data-cell
                    onFocus={(e) => e.currentTarget.select()}
                    aria-label={`${t('sales.line.quantity')} ${i + 1}`}
                    value={l.quantity}
                    error={bad(p?.quantity ?? '')}
                    onChange={(e) => setLine(l.key, { quantity: e.currentTarget.value })}
                    styles={{ input: { textAlign: 'right' } }}
                  />
                </Table.Td>
                <Table.Td>
                  <NativeSelect
                    data-cell
                    aria-label={`${t('sales.line.unit')} ${i + 1}`}
                    value={l.unit}
                    data={UNITS}
                    onChange={(e) => setLine(l.key, { unit: e.currentTarget.value })}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    data-cell
                    onFocus={(e) => e.currentTarget.select()}
                    aria-label={`${t('sales.line.unitPrice')} ${i + 1}`}
                    value={l.unitPrice}
                    error={bad(p?.unitPrice ?? '')}
                    onChange={(e) => setLine(l.key, { unitPrice: e.currentTarget.value })}
                    styles={{ input: { textAlign: 'right' } }}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    data-cell
                    onFocus={(e) => e.currentTarget.select()}
                    aria-label={`${t('sales.line.discount')} ${i + 1}`}
                    value={l.discount}
                    error={bad(p?.discount ?? '')}
                    onChange={(e) => setLine(l.key, { discount: e.currentTarget.value })}
                    styles={{ input: { textAlign: 'right' } }}
                  />
                </Table.Td>
                <Table.Td>
                  <NativeSelect
                    data-cell
                    aria-label={`${t('sales.line.taxCode')} ${i + 1}`}
                    value={l.taxCode}
                    data={codes.map((c) => ({ value: c.id, label: `${c.code} (${c.rate} %)` }))}
                    onChange={(e) => setLine(l.key, { taxCode: e.currentTarget.value })}
                  />
                </Table.Td>
                <Table.Td style={num}>
                  {currency && <Money amount={netOf.get(l.key) ?? null} currency={currency} />}
                </Table.Td>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    tabIndex={-1}
                    aria-label={t('sales.line.remove', { n: i + 1 })}
                    onClick={() => setLines((ls) => (ls.length > 1 ? ls.filter((x) => x.key !== l.key) : ls))}
                  >
                    ×
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <Group justify="space-between" align="flex-start" mt="sm">
        <Stack gap="xs" style={{ flex: 1 }}>
          <Button variant="default" onClick={addLine} w="fit-content" data-testid="invoice-add-line">
            {t('sales.line.add')}
          </Button>
          <Textarea
            label={t('sales.field.notes')}
            value={notes}
            onChange={(e) => setNotes(e.currentTarget.value)}
            autosize
            minRows={2}
            maw={520}
          />
        </Stack>
        <Card withBorder miw={320} data-testid="invoice-totals">
          {calc.error && <ErrorAlert error={calc.error} />}
          {calc.data && currency && (
            <Table>
              <Table.Tbody>
                {calc.data.breakdown.map((b) => (
                  <Table.Tr key={`${b.category}${b.rate}`}>
                    <Table.Td>
                      <Text size="sm" c="dimmed">
                        {b.category} {b.rate} %
                      </Text>
                    </Table.Td>
                    <Table.Td style={num}>
                      <Money amount={b.taxable} currency={currency} />
                    </Table.Td>
                    <Table.Td style={num}>
                      <Money amount={b.tax} currency={currency} />
                    </Table.Td>
                  </Table.Tr>
                ))}
                <Table.Tr>
                  <Table.Td colSpan={2}>{t('sales.totals.net')}</Table.Td>
                  <Table.Td style={num}>
                    <Money amount={calc.data.net} currency={currency} />
                  </Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Td colSpan={2}>{t('sales.totals.tax')}</Table.Td>
                  <Table.Td style={num}>
                    <Money amount={calc.data.tax} currency={currency} />
                  </Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Td colSpan={2} fw={700}>
                    {t('sales.totals.total')}
                  </Table.Td>
                  <Table.Td style={num} data-testid="invoice-total">
                    <Money amount={calc.data.total} currency={currency} strong />
                  </Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
          )}
        </Card>
      </Group>
      {save.error && (
        <Alert color="red" mt="md">
          <ErrorAlert error={save.error} />
        </Alert>
      )}
      <Group mt="lg">
        <Button
          onClick={() => save.mutate(false)}
          loading={save.isPending}
          disabled={!partyId}
          data-testid="invoice-save"
        >
          {t('sales.saveDraft')}
        </Button>
        {can(PERM.salesIssue) && (
          <Button
            variant="light"
            onClick={() => save.mutate(true)}
            loading={save.isPending}
            disabled={!partyId}
            data-testid="invoice-save-issue"
          >
            {t('sales.saveAndIssue')}
          </Button>
        )}
      </Group>
    </>
  );
}
