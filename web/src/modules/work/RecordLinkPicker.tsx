// A task's linked records are chosen by searching for them (global search: number, name, amount, reference) and
// shown by their number or name — never as an entity type and a raw id to type or read.
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api';
import type { Schema } from '../../api/types';
import { type T, useT } from '../../i18n';

type Hit = Schema<'SearchHit'>;

/** The record types a task link stores, by the search kind that finds them (people are not linked records). */
const ENTITY_OF: Partial<Record<Hit['kind'], string>> = {
  invoice: 'sales_invoice',
  bill: 'purchasing_bill',
  party: 'party',
  entry: 'ledger_entry',
  task: 'task',
};

/** How a linked record is read back: the route that answers it and the field that names it. */
const READ_BACK: Record<string, { path: (id: string) => string; name: readonly string[] }> = {
  sales_invoice: { path: (id) => `/sales/invoices/${id}`, name: ['number'] },
  purchasing_bill: { path: (id) => `/purchasing/bills/${id}`, name: ['vendorNumber', 'number'] },
  party: { path: (id) => `/parties/${id}`, name: ['legalName'] },
  ledger_entry: { path: (id) => `/ledger/entries/${id}`, name: ['number', 'description'] },
  task: { path: (id) => `/work/tasks/${id}`, name: ['title'] },
  approval_request: { path: (id) => `/work/approvals/${id}`, name: ['summary', 'title'] },
};

export function recordTypeWord(t: T, entityType: string): string {
  return t.dyn(`work.link.type.${entityType}`, entityType.replace(/_/g, ' '));
}

/** "Invoice 2026-00004": the record's type in words and its number or name, read with the viewer's rights. */
export function useRecordName(entityType: string, entityId: string): string {
  const t = useT();
  const how = READ_BACK[entityType];
  const record = useQuery({
    queryKey: ['record-name', entityType, entityId],
    queryFn: () => api.get<Record<string, unknown>>(how?.path(entityId) ?? ''),
    enabled: !!how,
    retry: false,
    staleTime: 60_000,
  });
  const name = how?.name.map((k) => record.data?.[k]).find((v) => typeof v === 'string' && v !== '');
  return `${recordTypeWord(t, entityType)} ${typeof name === 'string' ? name : ''}`.trim();
}

/** Search as you type; choosing a hit hands back the link (entity type and id) to add. */
export function RecordLinkPicker({
  onPick,
  disabled,
}: {
  onPick: (link: { entityType: string; entityId: string }) => void;
  disabled?: boolean;
}) {
  const t = useT();
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text.trim(), 250);
  const found = useQuery({
    queryKey: ['search', q, 'links'],
    queryFn: () => api.get<Schema<'SearchResult'>>('/search', { q, limit: '5' }),
    enabled: q.length > 0,
    staleTime: 10_000,
  });
  const hits = (found.data?.hits ?? []).filter((h) => ENTITY_OF[h.kind]);
  const data = hits.map((h) => ({
    value: `${ENTITY_OF[h.kind]}:${h.id}`,
    label: [recordTypeWord(t, ENTITY_OF[h.kind] as string), h.title ?? t('work.link.draft'), h.detail]
      .filter(Boolean)
      .join(' · '),
  }));
  return (
    <Select
      label={t('work.link.find')}
      placeholder={t('work.link.placeholder')}
      searchable
      searchValue={text}
      onSearchChange={setText}
      // The server has already matched number, name, amount or reference: show its hits as they are.
      filter={({ options }) => options}
      data={data}
      value={null}
      nothingFoundMessage={q ? t('work.link.none') : undefined}
      disabled={disabled}
      onChange={(v) => {
        if (!v) return;
        const [entityType = '', entityId = ''] = v.split(/:(.*)/s);
        onPick({ entityType, entityId });
        setText('');
      }}
      w={{ base: '100%', sm: 420 }}
      data-testid="task-link-search"
    />
  );
}
