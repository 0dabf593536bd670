import { Alert, Button, Group, SegmentedControl, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useMemo, useState } from 'react';
import { ApiError, api } from '../../api';
import type { ApiResponse } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { useFormat, useLocale, useT } from '../../i18n';
import { currencyDecimals, fromMinor, parseDecimalInput, toMinor } from '../../lib/decimal';
import { ConfirmUnallocatedModal } from './ConfirmUnallocatedModal';
import { newKey, type Payment, type PaymentKind, postIdempotent, today } from './paymentsApi';
import { kindOf, otherCurrencies, type ReceiveSearch, suggestBank } from './receiveDefaults';
import { setRecorded } from './recordedStore';

interface Line {
  amount: string;
  writeOff: string;
}

/**
 * Receive a customer's payment (or pay a vendor, refund, apply credit) and allocate it across the party's open
 * documents, with the remainder shown as it changes. The bank account follows the currency of what the party
 * has open; money left unallocated is recorded only after a confirmation that names the consequence.
 */
export function ReceivePaymentPage() {
  const t = useT();
  const fmt = useFormat();
  const { locale } = useLocale();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const search = useSearch({ strict: false }) as ReceiveSearch;
  const [kind, setKind] = useState<PaymentKind>(kindOf(search.kind));
  const [partyId, setPartyId] = useState<string | null>(search.partyId ?? null);
  const vendorSide = kind === 'vendor_payment';
  const fromCredit = kind === 'credit_application';
  const showWriteOff = kind === 'receipt' || kind === 'vendor_payment';
  const docKind = kind === 'vendor_payment' ? 'bill' : kind === 'customer_refund' ? 'credit_note' : 'invoice';
  const [bankId, setBankId] = useState<string | null>(null);
  const [date, setDate] = useState(today());
  const [amountText, setAmountText] = useState('');
  const [reference, setReference] = useState('');
  const [lines, setLines] = useState<Record<string, Line>>({});
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [prefillFor, setPrefillFor] = useState<string | undefined>(search.documentId);
  const [key, setKey] = useState(newKey);

  const customers = useQuery({
    queryKey: ['parties', vendorSide ? 'vendors-active' : 'customers-active'],
    queryFn: () =>
      api.get<ApiResponse<'/parties'>>('/parties', {
        role: vendorSide ? 'vendor' : 'customer',
        active: 'true',
        limit: 500,
      }),
  });
  const party = customers.data?.items.find((c) => c.id === partyId);
  const banks = useQuery({
    queryKey: ['payments', 'bank-accounts'],
    queryFn: () => api.get<ApiResponse<'/payments/bank-accounts'>>('/payments/bank-accounts'),
  });
  // Everything the party has open, in every currency: it decides the bank account and the mismatch warning.
  const open = useQuery({
    queryKey: ['payments', 'open', vendorSide, partyId],
    enabled: !!partyId,
    queryFn: () =>
      api.get<ApiResponse<'/payments/open-items'>>('/payments/open-items', {
        side: vendorSide ? 'payables' : 'receivables',
        partyId,
      }),
  });
  const partyDocs = useMemo(
    () => (open.data?.items ?? []).filter((i) => i.kind === docKind),
    [open.data, docKind],
  );
  const bankList = banks.data?.items ?? [];
  const suggested = suggestBank(bankList, partyDocs, {
    documentId: prefillFor,
    partyCurrency: party?.currency,
  });
  const bank = bankList.find((b) => b.id === bankId) ?? suggested;
  const currency = bank?.currency ?? 'EUR';
  const decimals = currencyDecimals(currency);
  const invoices = useMemo(() => partyDocs.filter((i) => i.currency === currency), [partyDocs, currency]);
  const elsewhere = otherCurrencies(partyDocs, currency);
  const mismatch = !!partyId && open.isSuccess && invoices.length === 0 && elsewhere.length > 0;

  // Opened for one document: allocate its open amount to it once the account in its currency is chosen.
  const prefillDoc = invoices.find((i) => i.documentId === prefillFor);
  const prefillBank = prefillDoc ? (bank?.id ?? null) : null;
  useEffect(() => {
    if (!prefillDoc) return;
    setBankId(prefillBank); // pinned: the suggestion may move once the document is no longer the reason
    setAmountText(prefillDoc.open);
    setLines({ [prefillDoc.documentId]: { amount: prefillDoc.open, writeOff: '' } });
    setPrefillFor(undefined);
  }, [prefillDoc, prefillBank]);

  const minorOf = (text: string): bigint | null => {
    const d = parseDecimalInput(text, locale);
    if (d === null) return null;
    if (d === '') return 0n;
    return toMinor(d, decimals);
  };
  const typedMinor = minorOf(amountText);
  let allocated = 0n;
  let badLine = false;
  for (const inv of invoices) {
    const l = lines[inv.documentId];
    if (!l) continue;
    const a = minorOf(l.amount);
    const w = minorOf(l.writeOff);
    if (a === null || w === null) badLine = true;
    else allocated += a;
  }
  const amountMinor = fromCredit ? allocated : typedMinor;
  const remainder = amountMinor === null ? null : amountMinor - allocated;

  const setLine = (id: string, patch: Partial<Line>) =>
    setLines((prev) => ({ ...prev, [id]: { amount: '', writeOff: '', ...prev[id], ...patch } }));

  const autoAllocate = () => {
    let left = amountMinor ?? 0n;
    const next: Record<string, Line> = {};
    for (const inv of [...invoices].sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? ''))) {
      const openMinor = toMinor(inv.open, decimals) ?? 0n;
      const take = left < openMinor ? left : openMinor;
      if (take > 0n) next[inv.documentId] = { amount: fromMinor(take, decimals), writeOff: '' };
      left -= take;
    }
    setLines(next);
  };

  const unallocated =
    (kind === 'receipt' || kind === 'vendor_payment') && remainder !== null && remainder > 0n;

  const submit = async (allowUnallocated: boolean) => {
    setError(null);
    setConfirming(false);
    setSaving(true);
    try {
      const allocations = invoices.flatMap((inv) => {
        const l = lines[inv.documentId];
        const a = l ? (parseDecimalInput(l.amount, locale) ?? '') : '';
        const w = l ? (parseDecimalInput(l.writeOff, locale) ?? '') : '';
        if ((a === '' || toMinor(a, decimals) === 0n) && (w === '' || toMinor(w, decimals) === 0n)) return [];
        return [{ documentId: inv.documentId, amount: a || '0', ...(w ? { writeOff: w } : {}) }];
      });
      const p = await postIdempotent<Payment>(
        '/payments',
        {
          kind,
          partyId,
          bankAccountId: fromCredit ? null : bank?.id,
          date,
          currency,
          amount: fromCredit ? fromMinor(allocated, decimals) : parseDecimalInput(amountText, locale),
          reference: reference || undefined,
          allocations,
          ...(allowUnallocated ? { allowUnallocated: true } : {}),
        },
        key,
      );
      await qc.invalidateQueries({ queryKey: ['list', '/payments'] });
      await qc.invalidateQueries({ queryKey: ['payments'] });
      setRecorded(p); // the payments list shows what was recorded, with a link and Undo
      navigate({ to: '/payments' });
    } catch (e) {
      setError(e);
      // A refusal wrote nothing and is stored under its key: the corrected form is a new request, with a new
      // key. An unknown outcome (network) keeps the key, so a retry cannot pay twice.
      if (e instanceof ApiError && e.status >= 400 && e.status < 500) setKey(newKey());
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <PageTitle
        title={kind === 'receipt' ? t('payments.new.title') : t(`payments.kind.${kind}`)}
        description={t(vendorSide ? 'payments.new.subtitleVendor' : 'payments.new.subtitle')}
      />
      <Stack maw={900}>
        <SegmentedControl
          value={kind}
          onChange={(v) => {
            setKind(v as PaymentKind);
            setPartyId(null);
            setLines({});
          }}
          data={(['receipt', 'vendor_payment', 'customer_refund', 'credit_application'] as const).map(
            (k) => ({
              value: k,
              label: t(`payments.kind.${k}`),
            }),
          )}
          data-testid="payment-kind"
        />
        <Group align="flex-end" wrap="wrap">
          <Select
            label={vendorSide ? t('payments.field.vendor') : t('payments.field.customer')}
            searchable
            data={(customers.data?.items ?? []).map((c) => ({ value: c.id, label: c.legalName }))}
            value={partyId}
            onChange={(v) => {
              setPartyId(v);
              setBankId(null);
              setLines({});
            }}
            w={300}
            data-testid="payment-customer"
          />
          <Select
            label={t('payments.field.bankAccount')}
            data={(banks.data?.items ?? []).map((b) => ({ value: b.id, label: `${b.name} (${b.currency})` }))}
            value={bank?.id ?? null}
            onChange={(v) => {
              setBankId(v);
              setLines({});
            }}
            w={260}
            data-testid="payment-bank"
          />
          <TextInput
            label={t('payments.field.date')}
            type="date"
            value={date}
            onChange={(e) => setDate(e.currentTarget.value)}
            w={170}
          />
        </Group>
        {banks.isSuccess && banks.data.items.length === 0 && (
          <Alert color="yellow">{t('payments.noBank')}</Alert>
        )}
        <Group align="flex-end">
          {!fromCredit && (
            <TextInput
              label={`${t(kind === 'receipt' ? 'payments.field.amount' : 'payments.field.amountPaid')} (${currency})`}
              value={amountText}
              onChange={(e) => setAmountText(e.currentTarget.value)}
              error={amountMinor === null ? t('payments.badAmount') : undefined}
              inputMode="decimal"
              w={200}
              data-testid="payment-amount"
            />
          )}
          <TextInput
            label={t('payments.field.reference')}
            value={reference}
            onChange={(e) => setReference(e.currentTarget.value)}
            w={260}
            maxLength={140}
          />
          <Button
            variant="default"
            onClick={autoAllocate}
            disabled={!invoices.length || !amountMinor}
            data-testid="payment-auto"
          >
            {t('payments.autoAllocate')}
          </Button>
          <Button variant="subtle" onClick={() => setLines({})}>
            {t('payments.clear')}
          </Button>
        </Group>
        <Text fw={600}>{t(`payments.open.title.${docKind}`)}</Text>
        {!partyId && <Text c="dimmed">{t('payments.chooseCustomer')}</Text>}
        {open.error && <ErrorAlert error={open.error} />}
        {mismatch && (
          <Alert color="red" data-testid="payment-currency-mismatch">
            {t('payments.mismatch', {
              currency,
              party: party?.legalName ?? '',
              others: elsewhere.join(', '),
            })}
          </Alert>
        )}
        {partyId && open.isSuccess && invoices.length === 0 && !mismatch && (
          <Text c="dimmed">{t('payments.open.none', { currency })}</Text>
        )}
        {invoices.length > 0 && (
          // Scrolls inside its box on a phone instead of widening the page.
          <Table.ScrollContainer minWidth={560}>
            <Table data-testid="payment-open-items">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('payments.open.number')}</Table.Th>
                  <Table.Th>{t('payments.open.due')}</Table.Th>
                  <Table.Th ta="right">{t('payments.open.open')}</Table.Th>
                  <Table.Th>{t('payments.open.allocate')}</Table.Th>
                  {showWriteOff && <Table.Th>{t('payments.open.writeOff')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {invoices.map((inv) => {
                  const l = lines[inv.documentId] ?? { amount: '', writeOff: '' };
                  const a = minorOf(l.amount);
                  const w = minorOf(l.writeOff);
                  const over = a !== null && w !== null && a + w > (toMinor(inv.open, decimals) ?? 0n);
                  return (
                    <Table.Tr key={inv.documentId}>
                      <Table.Td ff="monospace">{inv.number}</Table.Td>
                      <Table.Td>{fmt.date(inv.dueDate)}</Table.Td>
                      <Table.Td ta="right">{fmt.money(inv.open, inv.currency)}</Table.Td>
                      <Table.Td>
                        <TextInput
                          aria-label={`${t('payments.open.allocate')} ${inv.number}`}
                          value={l.amount}
                          onChange={(e) => setLine(inv.documentId, { amount: e.currentTarget.value })}
                          error={
                            a === null ? t('payments.badAmount') : over ? t('payments.overOpen') : undefined
                          }
                          inputMode="decimal"
                          w={140}
                          data-testid={`allocate-${inv.number}`}
                        />
                      </Table.Td>
                      {showWriteOff && (
                        <Table.Td>
                          <TextInput
                            aria-label={`${t('payments.open.writeOff')} ${inv.number}`}
                            value={l.writeOff}
                            onChange={(e) => setLine(inv.documentId, { writeOff: e.currentTarget.value })}
                            error={w === null ? t('payments.badAmount') : undefined}
                            inputMode="decimal"
                            w={110}
                          />
                        </Table.Td>
                      )}
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {remainder !== null && !badLine && (
          <Alert color={remainder < 0n ? 'red' : 'blue'} data-testid="payment-remainder">
            <Text fw={600}>
              {t('payments.remainder')}: {fmt.money(fromMinor(remainder, decimals), currency)}
            </Text>
            {remainder > 0n && kind === 'vendor_payment' && (
              <Text size="sm">
                {t('payments.remainderAdvance', {
                  amount: fmt.money(fromMinor(remainder, decimals), currency),
                })}
              </Text>
            )}
            {remainder > 0n && kind === 'customer_refund' && (
              <Text size="sm">
                {t('payments.remainderFromCredit', {
                  amount: fmt.money(fromMinor(remainder, decimals), currency),
                })}
              </Text>
            )}
            {remainder > 0n && kind === 'receipt' && (
              <Text size="sm">
                {t('payments.remainderCredit', {
                  amount: fmt.money(fromMinor(remainder, decimals), currency),
                })}
              </Text>
            )}
            {remainder < 0n && (
              <Text size="sm">
                {t('payments.overAllocated', {
                  amount: fmt.money(fromMinor(-remainder, decimals), currency),
                })}
              </Text>
            )}
          </Alert>
        )}
        {error !== null && <ErrorAlert error={error} />}
        <Group>
          <Button
            onClick={() => (unallocated ? setConfirming(true) : submit(false))}
            loading={saving}
            disabled={!partyId || !bank || !amountMinor || badLine || (remainder !== null && remainder < 0n)}
            data-testid="payment-submit"
          >
            {t('payments.record')}
          </Button>
        </Group>
      </Stack>
      {confirming && remainder !== null && (
        <ConfirmUnallocatedModal
          advance={kind === 'vendor_payment'}
          amount={fmt.money(fromMinor(remainder, decimals), currency)}
          party={party?.legalName ?? ''}
          onConfirm={() => submit(true)}
          onClose={() => setConfirming(false)}
        />
      )}
    </>
  );
}
