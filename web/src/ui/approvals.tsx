import { Box, Button, Group, Modal, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { api } from '../api';
import type { Schema } from '../api/types';
import { ErrorAlert } from '../components/ErrorAlert';
import { useFormat, useT } from '../i18n';
import { currencyDecimals, fromMinor, toMinor } from '../lib/decimal';
import { useCan, useMe } from '../session';
import { Money, num } from './Money';

/**
 * What an approver needs wherever a request shows up (the request page, My work, the team view, a pending
 * journal entry): the subject's figures as its owner describes them, and the decision one click away —
 * Approve at once, Reject with the reason the maker gets, Withdraw for the maker.
 */
export type ApprovalRequest = Schema<'ApprovalRequest'>;
export type ApprovalSubject = NonNullable<Schema<'ApprovalSubject'>>;
type SubjectLine = ApprovalSubject['lines'][number];

type Verb = 'approve' | 'reject' | 'withdraw';

/**
 * A request's name in the reader's language, money formatted: "Journal entry · Office rent March · €4,200.00".
 * The server's `summary` (one English line with a raw amount) only when no owner describes the subject.
 */
export function useRequestTitle(): (request: ApprovalRequest) => string {
  const t = useT();
  const f = useFormat();
  return (r) => {
    const s = r.subject;
    if (!s) return r.summary;
    const name = s.title && s.title !== s.party ? s.title : null;
    return [
      t.dyn(`approval.kind.${s.kind}`, s.kind),
      s.number,
      s.party,
      name,
      s.total ? f.money(s.total.amount, s.total.currency) : null,
    ]
      .filter(Boolean)
      .join(' · ');
  };
}

function useDecide(request: ApprovalRequest, done: () => void) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ verb, comment }: { verb: Verb; comment: string | null }) =>
      api.post<ApprovalRequest>(`/work/approvals/${request.id}/${verb}`, { comment }),
    // A decision posts entries, approves bills, releases runs: every cached view may have changed.
    onSuccess: async () => {
      done();
      await qc.invalidateQueries();
    },
  });
}

/**
 * The signed-in person's buttons on a request: Approve/Reject when it waits on them, Withdraw for the maker.
 * With `withComment` (the request's own page) an optional comment goes with the decision; a filled-in comment
 * is also the reason of a rejection, which otherwise asks for one.
 */
export function DecisionBar({
  request,
  size = 'xs',
  withComment,
}: {
  request: ApprovalRequest;
  size?: 'xs' | 'sm' | 'md';
  withComment?: boolean;
}) {
  const t = useT();
  const me = useMe();
  const can = useCan();
  const title = useRequestTitle()(request);
  const [verb, setVerb] = useState<'reject' | 'withdraw' | null>(null);
  const [note, setNote] = useState('');
  const decide = useDecide(request, () => {
    setVerb(null);
    setNote('');
  });
  if (request.status !== 'pending' || !can('work.approvals.decide')) return null;
  const mine = request.maker === me.user.email;
  const myTurn = !mine && request.waitingOn.includes(me.user.email);
  if (!mine && !myTurn) return null;
  return (
    <>
      {decide.error && verb === null && <ErrorAlert error={decide.error} />}
      <Group gap={6} wrap="nowrap">
        {withComment && myTurn && (
          <TextInput
            size={size}
            placeholder={t('approval.comment')}
            aria-label={t('approval.comment')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            w={{ base: 110, sm: 260 }}
            data-testid="decision-note"
          />
        )}
        {myTurn && (
          <>
            <Button
              size={size}
              color="teal"
              loading={decide.isPending && decide.variables?.verb === 'approve'}
              onClick={() => decide.mutate({ verb: 'approve', comment: note.trim() || null })}
              aria-label={`${t('approval.approve')}: ${title}`}
              data-testid={`approve-${request.id}`}
            >
              {t('approval.approve')}
            </Button>
            <Button
              size={size}
              color="red"
              variant="light"
              onClick={() =>
                note.trim() ? decide.mutate({ verb: 'reject', comment: note.trim() }) : setVerb('reject')
              }
              aria-label={`${t('approval.reject')}: ${title}`}
              data-testid={`reject-${request.id}`}
            >
              {t('approval.reject')}
            </Button>
          </>
        )}
        {mine && (
          <Button
            size={size}
            variant="default"
            onClick={() => setVerb('withdraw')}
            aria-label={`${t('approval.withdraw')}: ${title}`}
            data-testid={`withdraw-${request.id}`}
          >
            {t('approval.withdraw')}
          </Button>
        )}
      </Group>
      <CommentModal
        title={title}
        verb={verb}
        onClose={() => setVerb(null)}
        onSubmit={(comment) => verb && decide.mutate({ verb, comment })}
        pending={decide.isPending}
        error={verb ? decide.error : null}
      />
    </>
  );
}

/** Reject (a reason is required: the maker gets it) or withdraw (optional comment). */
function CommentModal(props: {
  title: string;
  verb: 'reject' | 'withdraw' | null;
  onClose: () => void;
  onSubmit: (comment: string | null) => void;
  pending: boolean;
  error: Error | null;
}) {
  const t = useT();
  const [comment, setComment] = useState('');
  const { verb } = props;
  const needsComment = verb === 'reject' && !comment.trim();
  return (
    <Modal
      opened={verb !== null}
      onClose={props.onClose}
      title={verb ? t(`approval.${verb}Title`, { summary: props.title }) : ''}
      size="lg"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!needsComment) props.onSubmit(comment.trim() || null);
        }}
      >
        <Stack>
          {props.error && <ErrorAlert error={props.error} />}
          <Textarea
            label={t('approval.comment')}
            description={verb === 'reject' ? t('approval.rejectNeedsComment') : t('common.optional')}
            required={verb === 'reject'}
            name="comment"
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
            autosize
            minRows={3}
            data-autofocus
            data-testid="decision-comment"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              color={verb === 'reject' ? 'red' : 'gray'}
              disabled={needsComment}
              loading={props.pending}
              data-testid="decision-confirm"
            >
              {verb ? t(`approval.${verb}`) : ''}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/**
 * Keeps the decision and the total in reach on a phone: sticks to the bottom of the screen while the page
 * scrolls (on a wide screen it simply sits under the figures).
 */
export function StickyDecision({ children }: { children: ReactNode }) {
  return (
    <Box
      data-testid="decision-bar"
      py="sm"
      style={{
        position: 'sticky',
        bottom: 0,
        zIndex: 5,
        background: 'var(--mantine-color-body)',
        borderTop: '1px solid var(--mantine-color-default-border)',
      }}
    >
      <Group justify="space-between" gap="sm" wrap="wrap">
        {children}
      </Group>
    </Box>
  );
}

/** The total as the approver reads it first: "Total 4,200.00 €". */
export function SubjectTotal({ subject }: { subject: ApprovalSubject | null }) {
  const t = useT();
  if (!subject?.total) return null;
  return (
    <Text size="sm" data-testid="subject-total">
      {t('approval.total')}: <Money amount={subject.total.amount} currency={subject.total.currency} strong />
    </Text>
  );
}

/** Kind, number, party, dates and total in one line, for lists. */
export function SubjectHeadline({ subject }: { subject: ApprovalSubject }) {
  const t = useT();
  const f = useFormat();
  const bits = [
    t.dyn(`approval.kind.${subject.kind}`, subject.kind),
    subject.number,
    subject.party,
    subject.date ? f.date(subject.date) : null,
    subject.dueDate ? `${t('approval.dueDate')} ${f.date(subject.dueDate)}` : null,
  ].filter(Boolean);
  return (
    <Text size="xs" c="dimmed" data-testid="subject-headline">
      {bits.join(' · ')}
    </Text>
  );
}

/** The subject in full: headline facts, the lines by account name with debit/credit, and the totals row. */
export function SubjectFigures({ request }: { request: ApprovalRequest }) {
  const t = useT();
  if (request.subjectHidden)
    return (
      <Text size="sm" c="dimmed" data-testid="subject-hidden">
        {t('approval.hidden')}
      </Text>
    );
  const s = request.subject;
  if (!s) return null;
  return (
    <Stack gap="xs" data-testid="subject-figures">
      <SubjectHeadline subject={s} />
      {s.title && s.title !== s.party && <Text size="sm">{s.title}</Text>}
      {s.lines.length > 0 ? <SubjectLines lines={s.lines} /> : <SubjectTotal subject={s} />}
    </Stack>
  );
}

/** Debit and credit totals per currency, exact (minor units), for the totals row. */
function sums(lines: SubjectLine[]): { currency: string; debit: string; credit: string }[] {
  const by = new Map<string, { debit: bigint; credit: bigint }>();
  for (const l of lines) {
    const d = currencyDecimals(l.currency);
    const s = by.get(l.currency) ?? { debit: 0n, credit: 0n };
    s.debit += l.debit ? (toMinor(l.debit, d) ?? 0n) : 0n;
    s.credit += l.credit ? (toMinor(l.credit, d) ?? 0n) : 0n;
    by.set(l.currency, s);
  }
  return [...by].map(([currency, s]) => ({
    currency,
    debit: fromMinor(s.debit, currencyDecimals(currency)),
    credit: fromMinor(s.credit, currencyDecimals(currency)),
  }));
}

export function SubjectLines({ lines }: { lines: SubjectLine[] }) {
  const t = useT();
  return (
    <Table data-testid="subject-lines" verticalSpacing={4} fz="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('approval.account')}</Table.Th>
          <Table.Th style={num}>{t('approval.debit')}</Table.Th>
          <Table.Th style={num}>{t('approval.credit')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {lines.map((l, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: an entry's lines have no identity but their order
          <Table.Tr key={i}>
            <Table.Td>
              <Text span size="sm" c="dimmed">
                {l.accountCode}
              </Text>{' '}
              {l.accountName}
              {l.memo && (
                <Text size="xs" c="dimmed">
                  {l.memo}
                </Text>
              )}
            </Table.Td>
            <Table.Td style={num}>
              <Money amount={l.debit} currency={l.currency} />
            </Table.Td>
            <Table.Td style={num}>
              <Money amount={l.credit} currency={l.currency} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        {sums(lines).map((s) => (
          <Table.Tr key={s.currency} data-testid="subject-lines-total">
            <Table.Th>{t('approval.total')}</Table.Th>
            <Table.Th style={num}>
              <Money amount={s.debit} currency={s.currency} strong />
            </Table.Th>
            <Table.Th style={num}>
              <Money amount={s.credit} currency={s.currency} strong />
            </Table.Th>
          </Table.Tr>
        ))}
      </Table.Tfoot>
    </Table>
  );
}
