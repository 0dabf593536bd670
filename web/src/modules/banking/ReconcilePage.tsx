import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { api } from '../../api';
import type { ApiResponse } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { useFormat, useT } from '../../i18n';
import { PERM } from '../../permissions';
import { useCan } from '../../session';
import { type Reconciliation, type StatementLine, useBankAccount, useLedgerAccounts } from './bankingApi';

const STRONG = 80;

function MatchModal({
  accountId,
  line,
  onClose,
}: {
  accountId: string;
  line: StatementLine;
  onClose: () => void;
}) {
  const t = useT();
  const fmt = useFormat();
  const qc = useQueryClient();
  const candidates = useQuery({
    queryKey: ['banking', 'candidates', accountId],
    queryFn: () =>
      api.get<ApiResponse<'/banking/accounts/{id}/candidates'>>(`/banking/accounts/${accountId}/candidates`),
  });
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [error, setError] = useState<unknown>(null);
  const items = (candidates.data?.items ?? []).filter(
    (c) => c.open.startsWith('-') === line.amount.startsWith('-'),
  );
  const submit = async () => {
    setError(null);
    try {
      await api.post('/banking/reconciliations/manual', {
        lineIds: [line.id],
        items: items.filter((c) => chosen.has(`${c.kind}:${c.id}`)).map((c) => ({ kind: c.kind, id: c.id })),
      });
      await qc.invalidateQueries({ queryKey: ['banking'] });
      onClose();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={`${t('banking.work.match')}: ${fmt.money(line.amount, line.currency)}`}
      size="xl"
    >
      <Stack>
        <Text size="sm">
          {[line.counterpartyName, line.reference, line.remittance].filter(Boolean).join(' · ')}
        </Text>
        <Table data-testid="match-candidates">
          <Table.Tbody>
            {items.map((c) => {
              const key = `${c.kind}:${c.id}`;
              return (
                <Table.Tr key={key}>
                  <Table.Td>
                    <Checkbox
                      aria-label={`${t.dyn(`banking.item.${c.kind}`, c.kind)} ${c.label}`}
                      checked={chosen.has(key)}
                      onChange={(e) => {
                        const next = new Set(chosen);
                        if (e.currentTarget.checked) next.add(key);
                        else next.delete(key);
                        setChosen(next);
                      }}
                    />
                  </Table.Td>
                  <Table.Td>
                    <ItemLabel item={c} />
                  </Table.Td>
                  <Table.Td>{fmt.date(c.date)}</Table.Td>
                  <Table.Td ta="right">{fmt.money(c.open, c.currency)}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        {error !== null && <ErrorAlert error={error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('banking.cancel')}
          </Button>
          <Button onClick={submit} disabled={chosen.size === 0} data-testid="match-submit">
            {t('banking.work.confirmMatch')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function EntryModal({ line, onClose }: { line: StatementLine; onClose: () => void }) {
  const t = useT();
  const fmt = useFormat();
  const qc = useQueryClient();
  const ledger = useLedgerAccounts();
  const [accountId, setAccountId] = useState('');
  const [description, setDescription] = useState(line.remittance ?? line.counterpartyName ?? '');
  const [error, setError] = useState<unknown>(null);
  const submit = async () => {
    setError(null);
    try {
      await api.post(`/banking/lines/${line.id}/entry`, {
        accountId,
        ...(description.trim() ? { description } : {}),
      });
      await qc.invalidateQueries({ queryKey: ['banking'] });
      onClose();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={`${t('banking.work.entry')}: ${fmt.money(line.amount, line.currency)}`}
    >
      <Stack>
        <NativeSelect
          label={t('banking.work.entryAccount')}
          value={accountId}
          onChange={(e) => setAccountId(e.currentTarget.value)}
          data={[
            { value: '', label: '—' },
            ...(ledger.data ?? []).map((a) => ({ value: a.id, label: `${a.code} ${a.fullName}` })),
          ]}
          data-testid="entry-account"
        />
        <TextInput
          label={t('banking.work.entryDescription')}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
        />
        {error !== null && <ErrorAlert error={error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('banking.cancel')}
          </Button>
          <Button onClick={submit} disabled={!accountId} data-testid="entry-submit">
            {t('banking.work.entry')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** An item the way people name it: its kind in the reader's language, then number and party or memo. */
function ItemLabel({ item }: { item: { kind: string; label: string } }) {
  const t = useT();
  return (
    <>
      {t.dyn(`banking.item.${item.kind}`, item.kind)} {item.label}
    </>
  );
}

/** A reason in the reader's language (the server also keeps it in English as `detail`). */
function Why({ reason }: { reason: Reconciliation['reasons'][number] }) {
  const t = useT();
  const fmt = useFormat();
  if (!reason.key) return <>{reason.detail}</>;
  const data = { ...(reason.data ?? {}) };
  if (typeof data.kind === 'string') data.kind = t.dyn(`banking.itemKind.${data.kind}`, data.kind);
  if (typeof data.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(data.date)) data.date = fmt.date(data.date);
  // Amounts come as "200.00 EUR" (the server's English form): say them in the reader's locale.
  for (const [k, v] of Object.entries(data)) {
    const m = typeof v === 'string' ? /^(-?\d+(?:\.\d+)?) ([A-Z]{3})$/.exec(v) : null;
    if (m?.[1] && m[2]) data[k] = fmt.money(m[1], m[2]);
  }
  return <>{t.dyn(`banking.why.${reason.key}`, reason.detail, data)}</>;
}

function Lines({ rec }: { rec: Reconciliation }) {
  const fmt = useFormat();
  return (
    <Stack gap={0}>
      {rec.lines.map((l) => (
        <Text key={l.id} size="sm">
          {fmt.date(l.bookingDate)} <b>{fmt.money(l.amount, rec.currency)}</b> {l.counterpartyName ?? ''}{' '}
          {l.reference ?? l.remittance ?? ''}
        </Text>
      ))}
    </Stack>
  );
}

export function ReconcilePage() {
  const t = useT();
  const fmt = useFormat();
  const can = useCan();
  const qc = useQueryClient();
  const mayAct = can(PERM.bankingReconcile);
  const { accountId } = useParams({ strict: false }) as { accountId: string };
  const account = useBankAccount(accountId);
  const proposed = useQuery({
    queryKey: ['banking', 'recs', accountId, 'proposed'],
    queryFn: () =>
      api.get<ApiResponse<'/banking/accounts/{id}/reconciliations'>>(
        `/banking/accounts/${accountId}/reconciliations`,
        {
          status: 'proposed',
        },
      ),
  });
  const accepted = useQuery({
    queryKey: ['banking', 'recs', accountId, 'accepted'],
    queryFn: () =>
      api.get<ApiResponse<'/banking/accounts/{id}/reconciliations'>>(
        `/banking/accounts/${accountId}/reconciliations`,
        {
          status: 'accepted',
        },
      ),
  });
  const open = useQuery({
    queryKey: ['banking', 'open', accountId],
    queryFn: () =>
      api.get<ApiResponse<'/banking/accounts/{id}/open-lines'>>(`/banking/accounts/${accountId}/open-lines`),
  });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [matching, setMatching] = useState<StatementLine | null>(null);
  const [booking, setBooking] = useState<StatementLine | null>(null);
  const proposals = proposed.data?.items ?? [];
  useEffect(() => {
    setSelected(new Set(proposals.filter((p) => p.score >= STRONG).map((p) => p.id)));
  }, [proposals]);
  const act = async (fn: () => Promise<string | undefined>) => {
    setError(null);
    setNotice('');
    try {
      setNotice((await fn()) ?? '');
      await qc.invalidateQueries({ queryKey: ['banking'] });
    } catch (e) {
      setError(e);
    }
  };
  const auto = () =>
    act(async () => {
      const r = await api.post<ApiResponse<'/banking/accounts/{id}/auto-match', 'post'>>(
        `/banking/accounts/${accountId}/auto-match`,
        {},
      );
      return t('banking.work.autoMatched', { proposals: r.proposals, lines: r.lines });
    });
  return (
    <>
      <PageTitle
        title={t('banking.work.title', { name: account.data?.name ?? '…' })}
        description={t('banking.work.subtitle')}
        actions={
          mayAct && (
            <Button onClick={auto} data-testid="auto-match">
              {t('banking.work.autoMatch')}
            </Button>
          )
        }
      />
      {error !== null && <ErrorAlert error={error} />}
      {notice && (
        <Alert color="teal" mb="md" data-testid="work-notice">
          {notice}
        </Alert>
      )}
      <Stack>
        <Paper withBorder p="md">
          <Group justify="space-between" mb="xs">
            <Title order={2} size="h4">
              {t('banking.work.proposals')}
            </Title>
            {mayAct && proposals.length > 0 && (
              <Button
                disabled={selected.size === 0}
                onClick={() =>
                  act(
                    async () =>
                      void (await api.post('/banking/reconciliations/accept', { ids: [...selected] })),
                  )
                }
                data-testid="accept-selected"
              >
                {t('banking.work.acceptSelected', { count: selected.size })}
              </Button>
            )}
          </Group>
          {proposals.length === 0 && <Text c="dimmed">{t('banking.work.noProposals')}</Text>}
          {proposals.length > 0 && (
            <Table.ScrollContainer minWidth={900}>
              <Table data-testid="proposals">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th />
                    <Table.Th>{t('banking.work.score')}</Table.Th>
                    <Table.Th>{t('banking.work.lines')}</Table.Th>
                    <Table.Th>{t('banking.work.items')}</Table.Th>
                    <Table.Th>{t('banking.work.reasons')}</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {proposals.map((p) => (
                    <Table.Tr key={p.id}>
                      <Table.Td>
                        <Checkbox
                          aria-label={p.id}
                          checked={selected.has(p.id)}
                          onChange={(e) => {
                            const next = new Set(selected);
                            if (e.currentTarget.checked) next.add(p.id);
                            else next.delete(p.id);
                            setSelected(next);
                          }}
                        />
                      </Table.Td>
                      <Table.Td>
                        <Badge color={p.score >= 90 ? 'teal' : p.score >= STRONG ? 'blue' : 'orange'}>
                          {p.score}
                        </Badge>
                        <Text size="xs">{t.dyn(`banking.rule.${p.rule}`, p.rule)}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Lines rec={p} />
                      </Table.Td>
                      <Table.Td>
                        {p.items.map((i) => (
                          <Text key={`${i.kind}${i.id}`} size="sm">
                            <ItemLabel item={i} /> — {fmt.money(i.amount, p.currency)}
                          </Text>
                        ))}
                      </Table.Td>
                      <Table.Td>
                        {p.reasons.map((r) => (
                          <Text key={`${r.field}${r.detail}`} size="xs">
                            <b>{t.dyn(`banking.reason.${r.field}`, r.field)}</b>: <Why reason={r} />
                          </Text>
                        ))}
                      </Table.Td>
                      <Table.Td>
                        {mayAct && (
                          <Button
                            size="xs"
                            variant="subtle"
                            color="red"
                            onClick={() =>
                              act(
                                async () => void (await api.post(`/banking/reconciliations/${p.id}/reject`)),
                              )
                            }
                          >
                            {t('banking.work.reject')}
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Paper>
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="xs">
            {t('banking.work.open')}
          </Title>
          {(open.data?.items.length ?? 0) === 0 && <Text c="dimmed">{t('banking.work.noOpen')}</Text>}
          <Table data-testid="open-lines">
            <Table.Tbody>
              {open.data?.items.map((l) => (
                <Table.Tr key={l.id}>
                  <Table.Td>{fmt.date(l.bookingDate)}</Table.Td>
                  <Table.Td ta="right">{fmt.money(l.amount, l.currency)}</Table.Td>
                  <Table.Td>{l.counterpartyName ?? '—'}</Table.Td>
                  <Table.Td>{[l.reference, l.remittance].filter(Boolean).join(' · ')}</Table.Td>
                  <Table.Td>
                    {mayAct && (
                      <Group gap={4} justify="flex-end">
                        <Button
                          size="xs"
                          variant="light"
                          onClick={() => setMatching(l)}
                          data-testid={`match-${l.id}`}
                        >
                          {t('banking.work.match')}
                        </Button>
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => setBooking(l)}
                          data-testid={`entry-${l.id}`}
                        >
                          {t('banking.work.entry')}
                        </Button>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="xs">
            {t('banking.work.accepted')}
          </Title>
          <Table data-testid="accepted">
            <Table.Tbody>
              {accepted.data?.items.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>
                    <Badge variant="light">{t.dyn(`banking.rule.${r.rule}`, r.rule)}</Badge>
                  </Table.Td>
                  <Table.Td>
                    <Lines rec={r} />
                  </Table.Td>
                  <Table.Td>
                    {r.items.map((i) => (
                      <Text key={`${i.kind}${i.id}`} size="sm">
                        <ItemLabel item={i} />
                      </Text>
                    ))}
                  </Table.Td>
                  <Table.Td>
                    {mayAct && (
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        onClick={() =>
                          act(async () => {
                            await api.post(`/banking/reconciliations/${r.id}/undo`, {});
                            return t('banking.work.undone');
                          })
                        }
                        data-testid={`undo-${r.id}`}
                      >
                        {t('banking.work.undo')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      </Stack>
      {matching && <MatchModal accountId={accountId} line={matching} onClose={() => setMatching(null)} />}
      {booking && <EntryModal line={booking} onClose={() => setBooking(null)} />}
    </>
  );
}
