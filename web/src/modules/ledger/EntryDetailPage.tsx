import { Alert, Anchor, Card, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { api } from '../../api';
import type { ApiResponse } from '../../api/types';
import { AttachmentsCard } from '../../components/Attachments';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RequirePermission } from '../../components/Forbidden';
import { PageTitle } from '../../components/PageTitle';
import { RoutePending } from '../../components/RouteStates';
import { useFormat, useT } from '../../i18n';
import { currencyDecimals, fromMinor, toMinor } from '../../lib/decimal';
import { PERM } from '../../permissions';
import { useCan } from '../../session';
import { DecisionBar, StickyDecision, SubjectTotal } from '../../ui/approvals';
import { Money, num } from '../../ui/Money';
import { StatusBadge } from './common';
import { EntryActions } from './EntryActions';
import { type JournalEntry, useAccounts, useBaseCurrency, useEntry } from './ledgerApi';
import type { ReverseResult } from './ReverseModal';

export function EntryDetailPage() {
  return (
    <RequirePermission anyOf={[PERM.ledgerRead]}>
      <EntryDetail />
    </RequirePermission>
  );
}

function EntryDetail() {
  const t = useT();
  const f = useFormat();
  const { entryId } = useParams({ strict: false }) as { entryId: string };
  const entry = useEntry(entryId);
  const [reversed, setReversed] = useState<ReverseResult | null>(null);
  if (entry.error) return <ErrorAlert error={entry.error} />;
  if (!entry.data) return <RoutePending />;
  const e = entry.data;
  const title = e.number
    ? t('ledger.entry.titleNumbered', { number: e.number })
    : t('ledger.entry.titleDraft');
  return (
    <>
      <PageTitle
        title={title}
        description={e.description}
        actions={<StatusBadge status={e.status} reversed={!!e.reversedById} />}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }} mb="md">
        <Field label={t('ledger.field.date')} value={f.date(e.date)} />
        <Field label={t('ledger.field.reference')} value={e.reference ?? '—'} />
        <Field label={t('ledger.entry.postedAt')} value={f.dateTime(e.postedAt)} />
      </SimpleGrid>
      {(e.reversalOfId || e.reversedById) && (
        <Alert color="orange" variant="light" mb="md" data-testid="reversal-links">
          <Stack gap={4}>
            {e.reversalOfId && (
              <Anchor component={Link} to={`/ledger/entries/${e.reversalOfId}`} data-testid="reversal-of">
                {t('ledger.entry.reversalOf')}
              </Anchor>
            )}
            {e.reversedById && (
              <Anchor component={Link} to={`/ledger/entries/${e.reversedById}`} data-testid="reversed-by">
                {t('ledger.entry.reversedBy')}
              </Anchor>
            )}
          </Stack>
        </Alert>
      )}
      {reversed?.copy && (
        <Alert color="teal" variant="light" mb="md">
          <Anchor
            component={Link}
            to={`/ledger/entries/${reversed.copy.id}/edit`}
            data-testid="corrected-copy"
          >
            {t('ledger.reverse.openCopy')}
          </Anchor>
        </Alert>
      )}
      <Card withBorder padding={0}>
        {e.lines ? <PostedLines entry={e} /> : <DraftLines entry={e} />}
      </Card>
      <PendingApproval entry={e} />
      <AttachmentsCard entityType="ledger_entry" entityId={e.id} version={e.status} />
      <EntryActions entry={e} onReversed={setReversed} />
    </>
  );
}

function Field({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text>{value}</Text>
    </div>
  );
}

function PostedLines({ entry }: { entry: JournalEntry }) {
  const t = useT();
  const base = useBaseCurrency();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table data-testid="entry-lines">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('ledger.field.account')}</Table.Th>
            <Table.Th>{t('ledger.field.memo')}</Table.Th>
            <Table.Th style={num}>{t('ledger.field.debit')}</Table.Th>
            <Table.Th style={num}>{t('ledger.field.credit')}</Table.Th>
            <Table.Th style={num}>{t('ledger.field.rate')}</Table.Th>
            <Table.Th style={num}>{t('ledger.field.baseAmount', { currency: base })}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(entry.lines ?? []).map((l) => (
            <Table.Tr key={l.lineNo}>
              <Table.Td>
                <Anchor component={Link} to={`/ledger/accounts/${l.accountId}/register`}>
                  {l.accountCode} {l.accountName}
                </Anchor>
              </Table.Td>
              <Table.Td>{l.memo ?? ''}</Table.Td>
              <Table.Td style={num}>
                <Money amount={l.debit} currency={l.currency} />
              </Table.Td>
              <Table.Td style={num}>
                <Money amount={l.credit} currency={l.currency} />
              </Table.Td>
              <Table.Td style={num}>{l.currency === base ? '' : l.rate}</Table.Td>
              <Table.Td style={num}>
                <Money amount={l.baseAmount} currency={base} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <TotalsRows
          lines={(entry.lines ?? []).map((l) => ({ debit: l.debit, credit: l.credit, currency: l.currency }))}
          leading={2}
          trailing={2}
        />
      </Table>
    </Table.ScrollContainer>
  );
}

type Sided = { debit: string | null; credit: string | null; currency: string };
type StoredLine = NonNullable<JournalEntry['draftLines']>[number];

/**
 * A held line keeps a signed `amount` (as it will post: + debit, − credit); a person's draft keeps `debit` or
 * `credit`. Either way the page shows debit and credit columns.
 */
function sidesOf(l: StoredLine, currency: string): Sided {
  if (l.amount !== undefined && l.amount !== '') {
    const negative = l.amount.startsWith('-');
    const abs = negative ? l.amount.slice(1) : l.amount;
    const zero = toMinor(abs, currencyDecimals(currency)) === 0n;
    return { debit: negative || zero ? null : abs, credit: negative && !zero ? abs : null, currency };
  }
  return { debit: l.debit || null, credit: l.credit || null, currency };
}

/** The totals row: debits and credits per currency, summed exactly in minor units. */
function TotalsRows({
  lines,
  leading,
  trailing = 0,
}: {
  lines: Sided[];
  leading: number;
  trailing?: number;
}) {
  const t = useT();
  const by = new Map<string, { debit: bigint; credit: bigint }>();
  for (const l of lines) {
    const d = currencyDecimals(l.currency);
    const s = by.get(l.currency) ?? { debit: 0n, credit: 0n };
    s.debit += l.debit ? (toMinor(l.debit, d) ?? 0n) : 0n;
    s.credit += l.credit ? (toMinor(l.credit, d) ?? 0n) : 0n;
    by.set(l.currency, s);
  }
  return (
    <Table.Tfoot>
      {[...by].map(([currency, s]) => (
        <Table.Tr key={currency} data-testid="entry-lines-total">
          <Table.Th colSpan={leading}>{t('ledger.entry.total')}</Table.Th>
          <Table.Th style={num}>
            <Money amount={fromMinor(s.debit, currencyDecimals(currency))} currency={currency} strong />
          </Table.Th>
          <Table.Th style={num}>
            <Money amount={fromMinor(s.credit, currencyDecimals(currency))} currency={currency} strong />
          </Table.Th>
          {trailing > 0 && <Table.Th colSpan={trailing} />}
        </Table.Tr>
      ))}
    </Table.Tfoot>
  );
}

function DraftLines({ entry }: { entry: JournalEntry }) {
  const t = useT();
  const base = useBaseCurrency();
  const accounts = useAccounts();
  const byRef = new Map<string, { code: string; fullName: string; currency: string | null }>();
  for (const a of accounts.data ?? []) for (const k of [a.id, a.code, a.fullName]) byRef.set(k, a);
  const rows = (entry.draftLines ?? []).map((l) => {
    const a = byRef.get(l.account);
    return { line: l, account: a, sides: sidesOf(l, l.currency ?? a?.currency ?? base) };
  });
  return (
    <Table data-testid="entry-lines">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('ledger.field.account')}</Table.Th>
          <Table.Th>{t('ledger.field.memo')}</Table.Th>
          <Table.Th style={num}>{t('ledger.field.debit')}</Table.Th>
          <Table.Th style={num}>{t('ledger.field.credit')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map(({ line, account, sides }, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: draft lines have no identity but their order
          <Table.Tr key={i}>
            <Table.Td>{account ? `${account.code} ${account.fullName}` : line.account}</Table.Td>
            <Table.Td>{line.memo ?? ''}</Table.Td>
            <Table.Td style={num}>
              <Money amount={sides.debit} currency={sides.currency} />
            </Table.Td>
            <Table.Td style={num}>
              <Money amount={sides.credit} currency={sides.currency} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      <TotalsRows lines={rows.map((r) => r.sides)} leading={2} />
    </Table>
  );
}

/**
 * A held entry's approval, right here: the total and Approve/Reject for whoever the request waits on (the
 * maker gets Withdraw), kept on screen on a phone.
 */
function PendingApproval({ entry }: { entry: JournalEntry }) {
  const can = useCan();
  const pending = useQuery({
    queryKey: ['work', 'approvals', 'entity', entry.id],
    queryFn: async () =>
      (
        await api.get<ApiResponse<'/work/approvals'>>('/work/approvals', {
          status: 'pending',
          entityId: entry.id,
        })
      ).items,
    enabled: entry.status === 'pending_approval' && can(PERM.workApprovalsRead),
  });
  const request = pending.data?.[0];
  if (entry.status !== 'pending_approval' || !request) return null;
  return (
    <StickyDecision>
      <SubjectTotal subject={request.subject} />
      <DecisionBar request={request} size="sm" />
    </StickyDecision>
  );
}
