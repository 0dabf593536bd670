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
import { useEffect, useMemo, useRef, useState } from 'react';
import { api, type Page } from '../../api';
import type { ApiResponse } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { RoutePending } from '../../components/RouteStates';
import { useLocale, useT } from '../../i18n';
import type { PartySummary } from '../../lib/records';
import { PERM } from '../../permissions';
import { useCan } from '../../session';
import {
  byLineKey,
  type Checked,
  checkDates,
  checkDecimal,
  type FieldCode,
  fieldMessage,
  serverFieldErrors,
} from '../../ui/fieldChecks';
import { useLinesGrid } from '../../ui/LinesGrid';
import { Money, num } from '../../ui/Money';
import { CurrencySelect, unitOptions } from '../../ui/pickers';
import { useSaveShortcut } from '../../ui/useSaveShortcut';
import type { Invoice } from './salesApi';

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

/** A line that is neither blank (blank lines are skipped) nor wrong; its values are the plain ones to send. */
interface CheckedLine {
  used: boolean;
  description: string;
  quantity: Checked;
  unitPrice: Checked;
  discount: Checked;
  unit: string;
  taxCode: string;
  /** What is wrong, per cell ('required' counts only on a used line). */
  errors: Partial<Record<'description' | 'quantity' | 'unitPrice' | 'discount', FieldCode>>;
}

function checkLine(l: Line, locale: string): CheckedLine {
  const description = l.description.trim();
  const used = description !== '' || l.unitPrice.trim() !== '' || l.discount.trim() !== '';
  const quantity = checkDecimal(l.quantity, locale, { required: true, positive: true });
  const unitPrice = checkDecimal(l.unitPrice, locale, { required: true });
  const discount = checkDecimal(l.discount, locale, { percent: true });
  const errors: CheckedLine['errors'] = {};
  if (used && !description) errors.description = 'required';
  for (const [k, c] of [
    ['quantity', quantity],
    ['unitPrice', unitPrice],
    ['discount', discount],
  ] as const)
    if (c.error && (used || c.error !== 'required')) errors[k] = c.error;
  return { used, description, quantity, unitPrice, discount, unit: l.unit, taxCode: l.taxCode, errors };
}
const isValid = (l: CheckedLine) => Object.keys(l.errors).length === 0 && !!l.taxCode;

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

  // What the user typed stays in `lines`; the checks say what is wrong, and only valid lines make the totals.
  const parsed = useMemo(() => lines.map((l) => checkLine(l, locale)), [lines, locale]);
  const dates = checkDates(issueDate, dueDate);
  const calcInput = useMemo(() => {
    const ok = parsed.filter((l) => l.used && isValid(l));
    if (!currency || ok.length === 0) return null;
    return {
      currency,
      pricesIncludeTax: inclusive,
      rounding,
      lines: ok.map((l) => ({
        quantity: l.quantity.value as string,
        unitPrice: l.unitPrice.value as string,
        taxCode: l.taxCode,
        ...(l.discount.value ? { discount: { percent: l.discount.value } } : {}),
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
      .filter((l) => l.used)
      .map((l) => ({
        description: l.description,
        quantity: l.quantity.value ?? '',
        unit: l.unit,
        unitPrice: l.unitPrice.value ?? '',
        discountPercent: l.discount.value || null,
        taxCode: l.taxCode,
      })),
    ...(invoice ? { version: invoice.version } : {}),
  });
  // Once a new draft is saved, later saves replace it (a failed "save and issue" never makes a second draft).
  const [savedId, setSavedId] = useState<string | null>(null);
  // The server's field errors of the last save, by field (`issueDate`) or line cell (`<line key>.quantity`);
  // `sentKeys` maps the body's line numbers back to the lines they came from. An edit clears its cell's error.
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const sentKeys = useRef<string[]>([]);
  const clearServer = (path: string) =>
    setServerErrors((e) =>
      path in e ? Object.fromEntries(Object.entries(e).filter(([k]) => k !== path)) : e,
    );
  const [attempted, setAttempted] = useState(false);
  const save = useMutation({
    onMutate: () => {
      sentKeys.current = lines.filter((_, i) => parsed[i]?.used).map((l) => l.key);
      setServerErrors({});
    },
    onError: (e) => setServerErrors(byLineKey(serverFieldErrors(t, e), sentKeys.current)),
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
      if (l.used && isValid(l)) {
        const n = calc.data?.lines[k++]?.net;
        if (n) netOf.set(lines[i]?.key ?? '', n);
      }
    });
  }
  /** The message at a field: the client's check first (a required one only after a save was tried), else the server's. */
  const shown = (code: FieldCode | null | undefined, path: string) =>
    code && (code !== 'required' || attempted) ? fieldMessage(t, code) : serverErrors[path];
  const cellError = (i: number, key: string, cell: keyof CheckedLine['errors']) =>
    shown(parsed[i]?.errors[cell], `${key}.${cell}`);
  const editCell = (key: string, cell: keyof CheckedLine['errors'], value: string) => {
    setLine(key, { [cell]: value });
    clearServer(`${key}.${cell}`);
  };
  const blocking =
    parsed.reduce((n, l) => n + Object.keys(l.errors).length, 0) +
    (dates.issueDate ? 1 : 0) +
    (dates.dueDate ? 1 : 0);
  /** Lines the totals leave out because a cell is wrong (numbered as on screen). */
  const skipped = parsed.flatMap((l, i) => (l.used && !isValid(l) ? [i + 1] : []));
  // Nothing reaches the server while a field is wrong: the first wrong field takes the focus instead.
  const submit = (issue: boolean) => {
    if (blocking > 0) {
      setAttempted(true);
      requestAnimationFrame(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    save.mutate(issue);
  };
  // Ctrl+S saves the draft through the same checks as the Save button.
  useSaveShortcut(save.isPending ? null : () => submit(false));

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
          <CurrencySelect
            label={t('sales.field.currency')}
            value={currency}
            onChange={setCurrency}
            data-testid="invoice-currency"
          />
          <TextInput
            label={t('sales.field.issueDate')}
            placeholder={t('field.datePlaceholder')}
            value={issueDate}
            error={shown(dates.issueDate, 'issueDate')}
            onChange={(e) => {
              setIssueDate(e.currentTarget.value);
              clearServer('issueDate');
            }}
            data-testid="invoice-issue-date"
          />
          <TextInput
            label={t('sales.field.dueDate')}
            placeholder={t('field.datePlaceholder')}
            value={dueDate}
            error={shown(dates.dueDate, 'dueDate')}
            onChange={(e) => {
              setDueDate(e.currentTarget.value);
              clearServer('dueDate');
            }}
            data-testid="invoice-due-date"
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
            <Table.Th style={{ width: '28%' }}>{t('sales.line.description')}</Table.Th>
            <Table.Th style={{ width: '9%', ...num }}>{t('sales.line.quantity')}</Table.Th>
            <Table.Th style={{ width: '11%' }}>{t('sales.line.unit')}</Table.Th>
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
            return (
              <Table.Tr key={l.key} data-line={l.key}>
                <Table.Td>
                  <TextInput
                    data-cell
                    onFocus={(e) => e.currentTarget.select()}
                    aria-label={`${t('sales.line.description')} ${i + 1}`}
                    value={l.description}
                    error={cellError(i, l.key, 'description')}
                    onChange={(e) => editCell(l.key, 'description', e.currentTarget.value)}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    data-cell
                    onFocus={(e) => e.currentTarget.select()}
                    aria-label={`${t('sales.line.quantity')} ${i + 1}`}
                    value={l.quantity}
                    error={cellError(i, l.key, 'quantity')}
                    onChange={(e) => editCell(l.key, 'quantity', e.currentTarget.value)}
                    styles={{ input: { textAlign: 'right' } }}
                  />
                </Table.Td>
                <Table.Td>
                  <NativeSelect
                    data-cell
                    aria-label={`${t('sales.line.unit')} ${i + 1}`}
                    value={l.unit}
                    data={unitOptions(t, l.unit)}
                    onChange={(e) => setLine(l.key, { unit: e.currentTarget.value })}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    data-cell
                    onFocus={(e) => e.currentTarget.select()}
                    aria-label={`${t('sales.line.unitPrice')} ${i + 1}`}
                    value={l.unitPrice}
                    error={cellError(i, l.key, 'unitPrice')}
                    onChange={(e) => editCell(l.key, 'unitPrice', e.currentTarget.value)}
                    styles={{ input: { textAlign: 'right' } }}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    data-cell
                    onFocus={(e) => e.currentTarget.select()}
                    aria-label={`${t('sales.line.discount')} ${i + 1}`}
                    value={l.discount}
                    error={cellError(i, l.key, 'discount')}
                    onChange={(e) => editCell(l.key, 'discount', e.currentTarget.value)}
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
          {skipped.length > 0 && (
            <Text size="sm" c="orange.9" data-testid="invoice-totals-skipped">
              {t('sales.totals.skipped', { lines: skipped.join(', ') })}
            </Text>
          )}
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
      {attempted && blocking > 0 && (
        <Alert color="red" mt="md" role="alert" data-testid="invoice-errors">
          {t('field.summary', { count: blocking })}
        </Alert>
      )}
      {save.error && (
        <Alert color="red" mt="md">
          <ErrorAlert error={save.error} />
        </Alert>
      )}
      <Group mt="lg">
        <Button
          onClick={() => submit(false)}
          loading={save.isPending}
          disabled={!partyId}
          data-testid="invoice-save"
        >
          {t('sales.saveDraft')}
        </Button>
        {can(PERM.salesIssue) && (
          <Button
            variant="light"
            onClick={() => submit(true)}
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
