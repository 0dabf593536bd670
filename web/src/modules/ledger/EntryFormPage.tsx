import { Button, Card, Group, Kbd, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RequirePermission } from '../../components/Forbidden';
import { PageTitle } from '../../components/PageTitle';
import { RoutePending } from '../../components/RouteStates';
import { useLocale, useT } from '../../i18n';
import { PERM } from '../../permissions';
import { useCan } from '../../session';
import { useSaveShortcut } from '../../ui/useSaveShortcut';
import { EntryTotals } from './EntryTotals';
import { blankLine, computeTotals, type FormLine, fromDraft, toEntryInput } from './entryForm';
import { LinesGrid } from './LinesGrid';
import {
  invalidateLedger,
  type JournalEntry,
  type LedgerAccount,
  today,
  useAccounts,
  useBaseCurrency,
  useEntry,
} from './ledgerApi';

export function NewEntryPage() {
  const accounts = useAccounts();
  return (
    <RequirePermission anyOf={[PERM.ledgerDraft]}>
      {accounts.data ? <EntryForm accounts={accounts.data} /> : <RoutePending />}
    </RequirePermission>
  );
}

export function EditEntryPage() {
  const { entryId } = useParams({ strict: false }) as { entryId: string };
  const accounts = useAccounts();
  const entry = useEntry(entryId);
  if (entry.error) return <ErrorAlert error={entry.error} />;
  return (
    <RequirePermission anyOf={[PERM.ledgerDraft]}>
      {accounts.data && entry.data ? (
        <EntryForm accounts={accounts.data} entry={entry.data} />
      ) : (
        <RoutePending />
      )}
    </RequirePermission>
  );
}

type Action = 'draft' | 'submit' | 'post';

function EntryForm({ accounts, entry }: { accounts: LedgerAccount[]; entry?: JournalEntry }) {
  const t = useT();
  const { locale } = useLocale();
  const can = useCan();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const base = useBaseCurrency();
  const [header, setHeader] = useState({
    date: entry?.date ?? today(),
    description: entry?.description ?? '',
    reference: entry?.reference ?? '',
  });
  const [lines, setLines] = useState<FormLine[]>(() => {
    const loaded = entry?.draftLines ? fromDraft(entry.draftLines, accounts, locale) : [];
    return [...loaded, ...Array.from({ length: Math.max(0, 2 - loaded.length) }, blankLine)];
  });
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const totals = computeTotals(lines, byId, base, locale);
  const active = accounts.filter((a) => a.active);

  const save = useMutation({
    mutationFn: async (action: Action): Promise<string> => {
      const body = toEntryInput(header, lines, totals);
      if (!entry && action === 'post')
        return (await api.post<JournalEntry>('/ledger/entries', { ...body, post: true })).id;
      const id = entry
        ? (await api.put<JournalEntry>(`/ledger/entries/${entry.id}`, body)).id
        : (await api.post<JournalEntry>('/ledger/entries', body)).id;
      if (action !== 'draft') await api.post(`/ledger/entries/${id}/${action}`);
      return id;
    },
    onSuccess: async (id) => {
      await invalidateLedger(qc);
      await navigate({ to: '/ledger/entries/$entryId', params: { entryId: id } });
    },
  });
  // Ctrl+Enter saves the draft; run after the key's own effects (an account picked by Enter) have rendered.
  const saveDraft = useRef(() => {});
  saveDraft.current = () => {
    if (!save.isPending) save.mutate('draft');
  };
  // Ctrl+S too, anywhere on the page (the shared editor shortcut).
  useSaveShortcut(() => setTimeout(() => saveDraft.current(), 0));
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      setTimeout(() => saveDraft.current(), 0);
    }
  };
  const description = useRef<HTMLInputElement>(null);
  useEffect(() => description.current?.focus(), []);

  const title = entry ? t('ledger.entry.editTitle') : t('ledger.entry.new');
  return (
    <>
      <PageTitle title={title} description={t('ledger.form.keyboardHelp')} />
      <form
        onKeyDown={onKeyDown}
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate('draft');
        }}
        aria-label={title}
        data-testid="entry-form"
      >
        <Stack gap="md">
          {save.error && <ErrorAlert error={save.error} />}
          <Group align="flex-start" grow>
            <TextInput
              type="date"
              label={t('ledger.field.date')}
              name="date"
              required
              value={header.date}
              onChange={(e) => setHeader({ ...header, date: e.currentTarget.value })}
              style={{ maxWidth: 180 }}
            />
            <TextInput
              ref={description}
              label={t('ledger.field.description')}
              name="description"
              value={header.description}
              onChange={(e) => setHeader({ ...header, description: e.currentTarget.value })}
            />
            <TextInput
              label={t('ledger.field.reference')}
              name="reference"
              value={header.reference}
              onChange={(e) => setHeader({ ...header, reference: e.currentTarget.value })}
              style={{ maxWidth: 200 }}
            />
          </Group>
          <Card withBorder padding="xs" style={{ overflow: 'visible' }}>
            <LinesGrid lines={lines} setLines={setLines} accounts={active} totals={totals} />
          </Card>
          <EntryTotals totals={totals} />
          <Group justify="space-between">
            <Text size="xs" c="dimmed">
              <Kbd>Tab</Kbd> {t('ledger.form.hintTab')} · <Kbd>Enter</Kbd> {t('ledger.form.hintEnter')} ·{' '}
              <Kbd>Ctrl</Kbd>+<Kbd>Enter</Kbd> {t('ledger.form.hintSave')}
            </Text>
            <Group gap="xs">
              <Button
                type="submit"
                variant="default"
                loading={save.isPending && save.variables === 'draft'}
                data-testid="save-draft"
              >
                {t('ledger.form.saveDraft')}
              </Button>
              <Button
                variant="light"
                onClick={() => save.mutate('submit')}
                loading={save.isPending && save.variables === 'submit'}
                data-testid="submit-entry"
              >
                {t('ledger.entry.submit')}
              </Button>
              {can(PERM.ledgerPost) && (
                <Button
                  onClick={() => save.mutate('post')}
                  disabled={!totals.balanced}
                  loading={save.isPending && save.variables === 'post'}
                  data-testid="post-entry"
                >
                  {t('ledger.entry.post')}
                </Button>
              )}
            </Group>
          </Group>
        </Stack>
      </form>
    </>
  );
}
