import { Alert, Anchor, Card, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { AttachmentsCard } from '../../components/Attachments';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RequirePermission } from '../../components/Forbidden';
import { PageTitle } from '../../components/PageTitle';
import { RoutePending } from '../../components/RouteStates';
import { useFormat, useT } from '../../i18n';
import { PERM } from '../../permissions';
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
      </Table>
    </Table.ScrollContainer>
  );
}

function DraftLines({ entry }: { entry: JournalEntry }) {
  const t = useT();
  const base = useBaseCurrency();
  const accounts = useAccounts();
  const byRef = new Map<string, { code: string; fullName: string; currency: string | null }>();
  for (const a of accounts.data ?? []) for (const k of [a.id, a.code, a.fullName]) byRef.set(k, a);
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
        {(entry.draftLines ?? []).map((l, i) => {
          const a = byRef.get(l.account);
          const currency = l.currency ?? a?.currency ?? base;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: draft lines have no identity but their order
            <Table.Tr key={i}>
              <Table.Td>{a ? `${a.code} ${a.fullName}` : l.account}</Table.Td>
              <Table.Td>{l.memo ?? ''}</Table.Td>
              <Table.Td style={num}>
                <Money amount={l.debit ?? null} currency={currency} />
              </Table.Td>
              <Table.Td style={num}>
                <Money amount={l.credit ?? null} currency={currency} />
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
