import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  Select,
  SimpleGrid,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useMemo, useRef, useState } from 'react';
import { api, type Page } from '../../api';
import type { ApiResponse } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { RoutePending } from '../../components/RouteStates';
import { useLocale, useT } from '../../i18n';
import type { PartySummary } from '../../lib/records';
import { useAccounts } from '../../lib/records';
import {
  byLineKey,
  checkDates,
  checkDecimal,
  type FieldCode,
  fieldMessage,
  serverFieldErrors,
} from '../../ui/fieldChecks';
import { Money, num } from '../../ui/Money';
import { CurrencySelect } from '../../ui/pickers';
import { useSaveShortcut } from '../../ui/useSaveShortcut';
import { BillLinesGrid, blankLine, type CheckedCell, type EditLine } from './BillLinesGrid';
import { DuplicateDialog, duplicatesOf } from './DuplicateDialog';
import type { Bill, BillDetail, DuplicateCandidate } from './purchasingApi';

const today = () => new Date().toISOString().slice(0, 10);

/** A bill line's checks: what is typed stays in the line; blank lines are skipped, 'required' counts on used ones. */
function checkLine(l: EditLine, locale: string) {
  const description = l.description.trim();
  const used = description !== '' || l.unitPrice.trim() !== '';
  const quantity = checkDecimal(l.quantity, locale, { required: true, positive: true });
  const unitPrice = checkDecimal(l.unitPrice, locale, { required: true });
  const errors: Partial<Record<CheckedCell, FieldCode>> = {};
  for (const [k, c] of [
    ['quantity', quantity],
    ['unitPrice', unitPrice],
  ] as const)
    if (c.error && (used || c.error !== 'required')) errors[k] = c.error;
  return {
    key: l.key,
    used,
    description,
    accountId: l.accountId,
    taxCode: l.taxCode,
    quantity,
    unitPrice,
    errors,
  };
}

export function NewBillPage() {
  return <BillEditor bill={null} />;
}

export function EditBillPage() {
  const { billId } = useParams({ strict: false }) as { billId: string };
  const q = useQuery({
    queryKey: ['bill', billId],
    queryFn: () => api.get<BillDetail>(`/purchasing/bills/${billId}`),
  });
  if (q.error) return <ErrorAlert error={q.error} />;
  if (!q.data) return <RoutePending />;
  return <BillEditor bill={q.data} />;
}

export function useVendorsAndCodes() {
  const vendors = useQuery({
    queryKey: ['parties', 'vendors-all'],
    queryFn: () => api.get<Page<PartySummary>>('/parties', { role: 'vendor', limit: 500 }),
  });
  const taxCodes = useQuery({
    queryKey: ['tax-codes', 'active'],
    queryFn: () => api.get<ApiResponse<'/tax/codes'>>('/tax/codes', { active: 'true' }),
  });
  const accounts = useAccounts();
  return {
    vendors: vendors.data?.items ?? [],
    codes: taxCodes.data?.items ?? [],
    accounts: accounts.data ?? [],
  };
}

/** The keyboard-first bill editor: vendor and dates, a lines grid, totals from the tax calculator. */
function BillEditor({ bill }: { bill: Bill | null }) {
  const t = useT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const { vendors, codes, accounts } = useVendorsAndCodes();
  const codeOf = (id: string) => codes.find((c) => c.id === id)?.code ?? id;
  const [vendorId, setVendorId] = useState<string | null>(bill?.vendorId ?? null);
  const [number, setNumber] = useState(bill?.vendorInvoiceNumber ?? '');
  const [currency, setCurrency] = useState(bill?.currency ?? '');
  const [issueDate, setIssueDate] = useState(bill?.issueDate ?? today());
  const [dueDate, setDueDate] = useState(bill?.dueDate ?? '');
  const [inclusive, setInclusive] = useState(bill?.pricesIncludeTax ?? false);
  const [reference, setReference] = useState(bill?.paymentReference ?? '');
  const [notes, setNotes] = useState(bill?.notes ?? '');
  const [lines, setLines] = useState<EditLine[]>(() =>
    bill
      ? bill.lines.map((l) => ({
          ...blankLine(l.accountId, codeOf(l.taxCodeId)),
          description: l.description,
          quantity: l.quantity,
          unitPrice: l.unitPrice,
        }))
      : [blankLine()],
  );
  const [dups, setDups] = useState<DuplicateCandidate[] | null>(null);
  const parsed = useMemo(() => lines.map((l) => checkLine(l, locale)), [lines, locale]);
  const dates = checkDates(issueDate, dueDate, true);
  // Only valid lines make the totals.
  const ok = parsed.filter((l) => l.used && l.taxCode && Object.keys(l.errors).length === 0);
  const [debounced] = useDebouncedValue(
    currency && ok.length
      ? {
          currency,
          pricesIncludeTax: inclusive,
          rounding: 'line',
          lines: ok.map((l) => ({
            quantity: l.quantity.value,
            unitPrice: l.unitPrice.value,
            taxCode: l.taxCode,
          })),
        }
      : null,
    250,
  );
  const calc = useQuery({
    queryKey: ['tax-calc', debounced],
    queryFn: () => api.post<ApiResponse<'/tax/calculate', 'post'>>('/tax/calculate', debounced),
    enabled: !!debounced,
    retry: false,
  });
  const nets = new Map<string, string>();
  ok.forEach((l, i) => {
    const n = calc.data?.lines[i]?.net;
    if (n) nets.set(l.key, n);
  });
  const body = (confirmDuplicate: boolean) => ({
    vendorId,
    vendorInvoiceNumber: number.trim(),
    issueDate,
    dueDate: dueDate || null,
    currency: currency || undefined,
    pricesIncludeTax: inclusive,
    paymentReference: reference.trim() || null,
    notes,
    lines: parsed
      .filter((l) => l.used)
      .map((l) => ({
        description: l.description,
        accountId: l.accountId,
        taxCode: l.taxCode,
        quantity: l.quantity.value ?? '',
        unitPrice: l.unitPrice.value ?? '',
      })),
    ...(confirmDuplicate ? { confirmDuplicate: true } : {}),
    ...(bill ? { version: bill.version } : {}),
  });
  // The server's field errors of the last save by field or `<line key>.<cell>`; an edit clears its own.
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const sentKeys = useRef<string[]>([]);
  const clearServer = (path: string) =>
    setServerErrors((e) =>
      path in e ? Object.fromEntries(Object.entries(e).filter(([k]) => k !== path)) : e,
    );
  const [attempted, setAttempted] = useState(false);
  const shown = (code: FieldCode | null | undefined, path: string) =>
    code && (code !== 'required' || attempted) ? fieldMessage(t, code) : serverErrors[path];
  const blocking =
    parsed.reduce((n, l) => n + Object.keys(l.errors).length, 0) +
    (dates.issueDate ? 1 : 0) +
    (dates.dueDate ? 1 : 0);
  const save = useMutation({
    onMutate: () => {
      sentKeys.current = parsed.filter((l) => l.used).map((l) => l.key);
      setServerErrors({});
    },
    mutationFn: (confirmDuplicate: boolean) =>
      bill
        ? api.put<Bill>(`/purchasing/bills/${bill.id}`, body(confirmDuplicate))
        : api.post<Bill>('/purchasing/bills', body(confirmDuplicate)),
    onSuccess: (saved) => {
      setDups(null);
      qc.invalidateQueries({ queryKey: ['list', '/purchasing/bills'] });
      qc.invalidateQueries({ queryKey: ['bill', saved.id] });
      navigate({ to: '/purchasing/bills/$billId', params: { billId: saved.id } });
    },
    onError: (e) => {
      setDups(duplicatesOf(e));
      setServerErrors(byLineKey(serverFieldErrors(t, e), sentKeys.current));
    },
  });
  // Nothing reaches the server while a field is wrong: the first wrong field takes the focus instead.
  const submit = (confirmDuplicate: boolean) => {
    if (blocking > 0) {
      setAttempted(true);
      requestAnimationFrame(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    save.mutate(confirmDuplicate);
  };
  // Ctrl+S saves the draft through the same checks as the Save button.
  useSaveShortcut(save.isPending ? null : () => submit(false));
  return (
    <>
      <PageTitle
        title={bill ? t('purchasing.editor.editTitle') : t('purchasing.editor.newTitle')}
        description={t('purchasing.editor.help')}
      />
      <Card withBorder mb="md">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <Select
            label={t('purchasing.field.vendor')}
            data={vendors.map((p) => ({ value: p.id, label: p.legalName }))}
            value={vendorId}
            onChange={(v) => {
              setVendorId(v);
              const p = vendors.find((x) => x.id === v);
              if (p) setCurrency(p.currency);
            }}
            searchable
            required
            data-testid="bill-vendor"
          />
          <TextInput
            label={t('purchasing.field.number')}
            value={number}
            onChange={(e) => setNumber(e.currentTarget.value)}
            required
            data-testid="bill-number"
          />
          <TextInput
            label={t('purchasing.field.issueDate')}
            placeholder={t('field.datePlaceholder')}
            value={issueDate}
            error={shown(dates.issueDate, 'issueDate')}
            onChange={(e) => {
              setIssueDate(e.currentTarget.value);
              clearServer('issueDate');
            }}
            required
            data-testid="bill-issue-date"
          />
          <TextInput
            label={t('purchasing.field.dueDate')}
            placeholder={t('field.datePlaceholder')}
            value={dueDate}
            error={shown(dates.dueDate, 'dueDate')}
            onChange={(e) => {
              setDueDate(e.currentTarget.value);
              clearServer('dueDate');
            }}
            data-testid="bill-due-date"
          />
          <CurrencySelect
            label={t('purchasing.field.currency')}
            value={currency}
            onChange={setCurrency}
            data-testid="bill-currency"
          />
          <TextInput
            label={t('purchasing.field.paymentReference')}
            value={reference}
            onChange={(e) => setReference(e.currentTarget.value)}
          />
          <Checkbox
            mt="xl"
            label={t('purchasing.field.pricesIncludeTax')}
            checked={inclusive}
            onChange={(e) => setInclusive(e.currentTarget.checked)}
          />
        </SimpleGrid>
      </Card>
      <BillLinesGrid
        lines={lines}
        setLines={setLines}
        accounts={accounts}
        codes={codes}
        nets={nets}
        errorOf={(key, cell) => shown(parsed.find((l) => l.key === key)?.errors[cell], `${key}.${cell}`)}
        onCellEdit={(key, cell) => clearServer(`${key}.${cell}`)}
      />
      <Group justify="space-between" align="flex-start" mt="sm">
        <Textarea
          label={t('purchasing.field.notes')}
          value={notes}
          onChange={(e) => setNotes(e.currentTarget.value)}
          autosize
          minRows={2}
          w={420}
        />
        <Card withBorder miw={300} data-testid="bill-totals">
          {calc.data && currency ? (
            <Table>
              <Table.Tbody>
                {(['net', 'tax', 'total'] as const).map((k) => (
                  <Table.Tr key={k}>
                    <Table.Td>{t(`purchasing.totals.${k}`)}</Table.Td>
                    <Table.Td style={num}>
                      <Money amount={calc.data[k]} currency={currency} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : (
            <Text c="dimmed">{t('purchasing.totals.empty')}</Text>
          )}
        </Card>
      </Group>
      {attempted && blocking > 0 && (
        <Alert color="red" mt="md" role="alert" data-testid="bill-errors">
          {t('field.summary', { count: blocking })}
        </Alert>
      )}
      {save.error && !dups && <ErrorAlert error={save.error} />}
      <Group mt="md">
        <Button onClick={() => submit(false)} loading={save.isPending} data-testid="bill-save">
          {t('purchasing.saveDraft')}
        </Button>
      </Group>
      <DuplicateDialog
        candidates={dups}
        saving={save.isPending}
        onCancel={() => setDups(null)}
        onConfirm={() => save.mutate(true)}
      />
    </>
  );
}
