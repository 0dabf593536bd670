import { Button, Group } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n';
import { PERM } from '../../permissions';
import { useCan } from '../../session';
import { invalidateLedger, type JournalEntry } from './ledgerApi';
import { ReverseModal, type ReverseResult } from './ReverseModal';

/** Edit / Submit / Post / Reverse / Delete — each shown only when the entry's state and the user's role allow. */
export function EntryActions({
  entry,
  onReversed,
}: {
  entry: JournalEntry;
  onReversed: (r: ReverseResult) => void;
}) {
  const t = useT();
  const can = useCan();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [reversing, setReversing] = useState(false);
  const act = useMutation({
    mutationFn: (op: 'submit' | 'post' | 'delete') =>
      op === 'delete'
        ? api.delete(`/ledger/entries/${entry.id}`)
        : api.post(`/ledger/entries/${entry.id}/${op}`),
    onSuccess: async (_r, op) => {
      await invalidateLedger(qc);
      if (op === 'delete') await navigate({ to: '/ledger/journal' });
    },
  });
  const unposted = entry.status !== 'posted';
  const canDraft = can(PERM.ledgerDraft);
  const canPost = can(PERM.ledgerPost);
  const reversible = entry.status === 'posted' && !entry.reversedById && !entry.reversalOfId;
  return (
    <>
      {act.error && <ErrorAlert error={act.error} />}
      <Group gap="xs" mt="sm">
        {entry.status === 'draft' && canDraft && (
          <Button
            variant="default"
            component={Link}
            to={`/ledger/entries/${entry.id}/edit`}
            data-testid="entry-edit"
          >
            {t('common.edit')}
          </Button>
        )}
        {entry.status === 'draft' && canDraft && (
          <Button
            variant="light"
            loading={act.isPending && act.variables === 'submit'}
            onClick={() => act.mutate('submit')}
            data-testid="entry-submit"
          >
            {t('ledger.entry.submit')}
          </Button>
        )}
        {unposted && canPost && (
          <Button
            loading={act.isPending && act.variables === 'post'}
            onClick={() => act.mutate('post')}
            data-testid="entry-post"
          >
            {t('ledger.entry.post')}
          </Button>
        )}
        {reversible && canPost && (
          <Button
            color="orange"
            variant="light"
            onClick={() => setReversing(true)}
            data-testid="entry-reverse"
          >
            {t('ledger.entry.reverse')}
          </Button>
        )}
        {unposted && canDraft && (
          <Button
            color="red"
            variant="subtle"
            loading={act.isPending && act.variables === 'delete'}
            onClick={() => {
              if (window.confirm(t('ledger.entry.confirmDelete'))) act.mutate('delete');
            }}
            data-testid="entry-delete"
          >
            {t('ledger.entry.deleteDraft')}
          </Button>
        )}
      </Group>
      {reversing && (
        <ReverseModal
          entry={entry}
          onClose={() => setReversing(false)}
          onDone={(r) => {
            setReversing(false);
            onReversed(r);
          }}
        />
      )}
    </>
  );
}
