import { Alert, Button, Group, Progress, Stack, Table, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, type KeyboardEvent, type ReactElement, useRef, useState } from 'react';
import { api } from '../../api';
import { type MessageKey, useT } from '../../i18n';
import { ACCOUNT_TYPES, invalidateLedger, type LedgerAccount, SUBTYPES } from './ledgerApi';

/** The account as the server answers it, with its translated names. */
type Account = LedgerAccount & { names?: Record<string, string> };

interface Row {
  code: string;
  name: string;
  type: string;
  subtype: string;
  active: boolean;
  cs: string;
  es: string;
  en: string;
}
type Col = keyof Row;

const COLUMNS: { key: Col; label: MessageKey; width?: number }[] = [
  { key: 'code', label: 'field.code', width: 90 },
  { key: 'name', label: 'field.name' },
  { key: 'type', label: 'ledger.field.type', width: 120 },
  { key: 'subtype', label: 'ledger.field.subtype', width: 150 },
  { key: 'active', label: 'ledger.field.active', width: 70 },
  { key: 'cs', label: 'ledger.bulk.nameCs' },
  { key: 'es', label: 'ledger.bulk.nameEs' },
  { key: 'en', label: 'ledger.bulk.nameEn' },
];
const LANGS = ['cs', 'es', 'en'] as const;

function rowOf(a: Account): Row {
  return {
    code: a.code,
    name: a.name,
    type: a.type,
    subtype: a.subtype ?? '',
    active: a.active,
    cs: a.names?.cs ?? '',
    es: a.names?.es ?? '',
    en: a.names?.en ?? '',
  };
}

/** The PATCH body for the fields of `draft` that differ from the account; null when nothing changed. */
function patchOf(a: Account, draft: Row): Record<string, unknown> | null {
  const before = rowOf(a);
  const patch: Record<string, unknown> = {};
  if (draft.code !== before.code) patch.code = draft.code.trim();
  if (draft.name !== before.name) patch.name = draft.name.trim();
  if (draft.type !== before.type) patch.type = draft.type;
  if (draft.subtype !== before.subtype) patch.subtype = draft.subtype || null;
  if (draft.active !== before.active) patch.active = draft.active;
  if (LANGS.some((l) => draft[l] !== before[l])) {
    // The server replaces the whole set of names: keep the other languages, drop emptied ones.
    const names: Record<string, string> = { ...(a.names ?? {}) };
    for (const l of LANGS) {
      const v = draft[l].trim();
      if (v) names[l] = v;
      else delete names[l];
    }
    patch.names = names;
  }
  return Object.keys(patch).length ? patch : null;
}

const CHANGED_BG = 'var(--mantine-color-yellow-light)';
const ERROR_BG = 'var(--mantine-color-red-light)';

/**
 * The chart of accounts as a spreadsheet: every account a row, every field a cell. Arrow keys move between
 * cells (left/right only at the edge of the text), Enter moves down (Shift+Enter up), Tab goes through the
 * cells in reading order. Edits stay local until "Save changes", which sends one PATCH per changed account,
 * one after the other; an account the server refuses keeps its edits and shows the server's message.
 */
export function AccountsGrid({ accounts, onClose }: { accounts: Account[]; onClose: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  const body = useRef<HTMLTableSectionElement>(null);
  const [drafts, setDrafts] = useState<Record<string, Row>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<Set<string>>(new Set());
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [summary, setSummary] = useState<{ saved: number; failed: number } | null>(null);

  const changedIds = accounts.filter((a) => drafts[a.id] && patchOf(a, drafts[a.id] as Row)).map((a) => a.id);
  const currentRow = (a: Account): Row => drafts[a.id] ?? rowOf(a);
  const setCell = (a: Account, col: Col, value: string | boolean) => {
    setDrafts((d) => ({ ...d, [a.id]: { ...(d[a.id] ?? rowOf(a)), [col]: value } }));
    setSaved((s) => {
      if (!s.has(a.id)) return s;
      const next = new Set(s);
      next.delete(a.id);
      return next;
    });
  };

  const focusCell = (r: number, c: number) => {
    const cell = body.current?.querySelector<HTMLElement>(`[data-r="${r}"][data-c="${c}"]`);
    if (!cell) return false;
    cell.focus();
    if (cell instanceof HTMLInputElement && cell.type === 'text') cell.select();
    return true;
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    const el = e.target as HTMLElement;
    if (!el.dataset.r || e.altKey || e.ctrlKey || e.metaKey) return;
    const r = Number(el.dataset.r);
    const c = Number(el.dataset.c);
    const text = el instanceof HTMLInputElement && el.type === 'text' ? el : null;
    const atStart = !text || (text.selectionStart === 0 && text.selectionEnd === 0);
    const atEnd =
      !text || (text.selectionStart === text.value.length && text.selectionEnd === text.value.length);
    let to: [number, number] | null = null;
    if (e.key === 'ArrowUp' || (e.key === 'Enter' && e.shiftKey)) to = [r - 1, c];
    else if (e.key === 'ArrowDown' || (e.key === 'Enter' && !e.shiftKey)) to = [r + 1, c];
    else if (e.key === 'ArrowLeft' && atStart && !e.shiftKey) to = [r, c - 1];
    else if (e.key === 'ArrowRight' && atEnd && !e.shiftKey) to = [r, c + 1];
    if (!to) return;
    e.preventDefault();
    focusCell(to[0], to[1]);
  };

  const discard = () => {
    setDrafts({});
    setErrors({});
    setSaved(new Set());
    setSummary(null);
  };
  const close = () => {
    if (changedIds.length && !window.confirm(t('ledger.bulk.confirmLeave'))) return;
    onClose();
  };
  const save = async () => {
    const todo = accounts.filter((a) => changedIds.includes(a.id));
    setSummary(null);
    setProgress({ done: 0, total: todo.length });
    const ok: string[] = [];
    const failed: Record<string, string> = {};
    for (const [i, a] of todo.entries()) {
      const patch = patchOf(a, drafts[a.id] as Row);
      try {
        if (patch) await api.patch<Account>(`/ledger/accounts/${a.id}`, patch);
        ok.push(a.id);
      } catch (err) {
        failed[a.id] = err instanceof Error ? err.message : String(err);
      }
      setProgress({ done: i + 1, total: todo.length });
    }
    await invalidateLedger(qc);
    setDrafts((d) => {
      const next = { ...d };
      for (const id of ok) delete next[id];
      return next;
    });
    setErrors(failed);
    setSaved(new Set(ok));
    setSummary({ saved: ok.length, failed: Object.keys(failed).length });
    setProgress(null);
  };
  const busy = progress !== null;

  return (
    <section aria-label={t('ledger.bulk.title')} data-testid="accounts-grid">
      <Text size="sm" c="dimmed" mb="xs">
        {t('ledger.bulk.help')}
      </Text>
      <Group mb="sm" gap="sm">
        <Button onClick={save} disabled={!changedIds.length || busy} loading={busy} data-testid="bulk-save">
          {t('ledger.bulk.save')}
        </Button>
        <Button
          variant="default"
          onClick={discard}
          disabled={!changedIds.length || busy}
          data-testid="bulk-discard"
        >
          {t('ledger.bulk.discard')}
        </Button>
        <Button variant="subtle" onClick={close} disabled={busy} data-testid="bulk-close">
          {t('ledger.bulk.done')}
        </Button>
        <Text size="sm" aria-live="polite" data-testid="bulk-changed">
          {t('ledger.bulk.changed', { count: changedIds.length })}
        </Text>
      </Group>
      <div aria-live="polite">
        {progress && (
          <Stack gap={4} mb="sm">
            <Text size="sm" data-testid="bulk-progress">
              {t('ledger.bulk.progress', { done: progress.done, total: progress.total })}
            </Text>
            <Progress value={progress.total ? (progress.done / progress.total) * 100 : 0} />
          </Stack>
        )}
        {summary && (
          <Alert
            mb="sm"
            color={summary.failed ? 'red' : 'teal'}
            data-testid="bulk-summary"
            title={t('ledger.bulk.saved', { count: summary.saved })}
          >
            {summary.failed > 0 && t('ledger.bulk.failed', { count: summary.failed })}
          </Alert>
        )}
      </div>
      <Table.ScrollContainer minWidth={1100}>
        <Table
          withTableBorder
          withColumnBorders
          verticalSpacing={2}
          horizontalSpacing={2}
          aria-label={t('ledger.bulk.title')}
        >
          <Table.Thead>
            <Table.Tr>
              {COLUMNS.map((col) => (
                <Table.Th key={col.key} style={{ width: col.width }}>
                  {t(col.label)}
                </Table.Th>
              ))}
              <Table.Th>{t('ledger.bulk.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody ref={body} onKeyDown={onKeyDown}>
            {accounts.map((a, r) => {
              const row = currentRow(a);
              const before = rowOf(a);
              const error = errors[a.id];
              return (
                <Table.Tr key={a.id} data-testid={`grid-row-${a.code}`}>
                  {COLUMNS.map((col, c) => {
                    const changed = row[col.key] !== before[col.key];
                    const common = {
                      'data-r': r,
                      'data-c': c,
                      'data-changed': changed || undefined,
                      'aria-label': t('ledger.bulk.cell', { column: t(col.label), code: a.code }),
                      disabled: busy,
                      style: {
                        ...cellStyle,
                        background: changed ? (error ? ERROR_BG : CHANGED_BG) : 'transparent',
                      },
                    };
                    let input: ReactElement;
                    if (col.key === 'active')
                      input = (
                        <input
                          type="checkbox"
                          {...common}
                          style={{ ...common.style, width: 18, height: 18, outline: undefined }}
                          checked={row.active}
                          onChange={(e) => setCell(a, 'active', e.currentTarget.checked)}
                        />
                      );
                    else if (col.key === 'type' || col.key === 'subtype') {
                      const options =
                        col.key === 'type'
                          ? ACCOUNT_TYPES.map((v) => ({ value: v, label: t(`ledger.type.${v}`) }))
                          : [
                              { value: '', label: '—' },
                              ...SUBTYPES.map((v) => ({ value: v, label: t(`ledger.subtype.${v}`) })),
                              ...(row.subtype && !(SUBTYPES as readonly string[]).includes(row.subtype)
                                ? [{ value: row.subtype, label: row.subtype }]
                                : []),
                            ];
                      input = (
                        <select
                          {...common}
                          value={row[col.key]}
                          onChange={(e: ChangeEvent<HTMLSelectElement>) =>
                            setCell(a, col.key, e.currentTarget.value)
                          }
                        >
                          {options.map((o) => (
                            <option key={o.value} value={o.value}>
                              {o.label}
                            </option>
                          ))}
                        </select>
                      );
                    } else
                      input = (
                        <input
                          type="text"
                          {...common}
                          name={`${a.code}.${col.key}`}
                          value={row[col.key] as string}
                          onChange={(e) => setCell(a, col.key, e.currentTarget.value)}
                        />
                      );
                    return (
                      <Table.Td
                        key={col.key}
                        style={{ background: changed ? (error ? ERROR_BG : CHANGED_BG) : undefined }}
                      >
                        {input}
                      </Table.Td>
                    );
                  })}
                  <Table.Td data-testid={`grid-status-${a.code}`} style={{ minWidth: 160 }}>
                    {error ? (
                      <Text size="xs" c="red" role="alert">
                        {error}
                      </Text>
                    ) : saved.has(a.id) ? (
                      <Text size="xs" c="teal">
                        {t('ledger.bulk.rowSaved')}
                      </Text>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </section>
  );
}

const cellStyle = {
  width: '100%',
  border: 0,
  padding: '4px 6px',
  font: 'inherit',
  fontSize: 'var(--mantine-font-size-sm)',
  color: 'inherit',
} as const;
