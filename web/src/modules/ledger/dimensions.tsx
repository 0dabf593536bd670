// Reporting dimensions: which are tracked (a settings card), an account's defaults, and a report filter.
import { Button, Card, Checkbox, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api } from '../../api';
import type { ApiResponse } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n';
import type { DefaultDimensions } from '../../lib/records';
import { useAllDepartments } from '../../lookups';
import { invalidateLedger } from './ledgerApi';

export const DIMENSIONS = ['department', 'cost_centre', 'project', 'partner'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export type { DefaultDimensions } from '../../lib/records';

export function useTrackedDimensions() {
  return useQuery({
    queryKey: ['ledger', 'dimensions'],
    queryFn: async () => (await api.get<ApiResponse<'/ledger/dimensions'>>('/ledger/dimensions')).tracked,
    staleTime: 30_000,
  });
}

/** Checkboxes for the tracked dimensions (ledger.accounts.manage). */
export function DimensionsCard() {
  const t = useT();
  const qc = useQueryClient();
  const tracked = useTrackedDimensions();
  const [chosen, setChosen] = useState<Dimension[]>([]);
  useEffect(() => {
    if (tracked.data) setChosen(tracked.data);
  }, [tracked.data]);
  const save = useMutation({
    mutationFn: () =>
      api.put<ApiResponse<'/ledger/dimensions', 'put'>>('/ledger/dimensions', { tracked: chosen }),
    onSuccess: () => invalidateLedger(qc),
  });
  const dirty = [...chosen].sort().join() !== [...(tracked.data ?? [])].sort().join();
  return (
    <Card withBorder mb="md" data-testid="dimensions-card">
      <Stack gap="xs">
        <Text fw={600}>{t('ledger.dim.title')}</Text>
        <Text size="sm" c="dimmed">
          {t('ledger.dim.help')}
        </Text>
        {(tracked.error || save.error) && <ErrorAlert error={tracked.error ?? save.error} />}
        <Checkbox.Group value={chosen} onChange={(v) => setChosen(v as Dimension[])}>
          <Group>
            {DIMENSIONS.map((d) => (
              <Checkbox key={d} value={d} label={t(`ledger.dim.${d}`)} data-testid={`track-${d}`} />
            ))}
          </Group>
        </Checkbox.Group>
        <Group>
          <Button
            size="xs"
            disabled={!dirty || !tracked.data}
            loading={save.isPending}
            onClick={() => save.mutate()}
            data-testid="dimensions-save"
          >
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** The "Default dimensions" fields of the account dialog. */
export function DefaultDimensionsFields({
  value,
  onChange,
}: {
  value: DefaultDimensions;
  onChange: (v: DefaultDimensions) => void;
}) {
  const t = useT();
  const departments = useAllDepartments();
  const set = (patch: DefaultDimensions) => onChange({ ...value, ...patch });
  return (
    <Stack gap={4}>
      <Text fw={600} size="sm">
        {t('ledger.dim.defaults')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('ledger.dim.defaultsHelp')}
      </Text>
      <Group grow align="flex-start">
        <NativeSelect
          label={t('ledger.dim.department')}
          name="defaultDepartmentId"
          value={value.departmentId ?? ''}
          onChange={(e) => set({ departmentId: e.currentTarget.value })}
          data={[
            { value: '', label: '—' },
            ...(departments.data ?? []).map((d) => ({ value: d.id, label: `${d.code} — ${d.name}` })),
          ]}
        />
        <TextInput
          label={t('ledger.dim.cost_centre')}
          name="defaultCostCentre"
          maxLength={100}
          value={value.costCentre ?? ''}
          onChange={(e) => set({ costCentre: e.currentTarget.value })}
        />
      </Group>
      <Group grow align="flex-start">
        <TextInput
          label={t('ledger.dim.project')}
          name="defaultProject"
          maxLength={100}
          value={value.project ?? ''}
          onChange={(e) => set({ project: e.currentTarget.value })}
        />
        <TextInput
          label={t('ledger.dim.partner')}
          name="defaultPartner"
          maxLength={200}
          value={value.partner ?? ''}
          onChange={(e) => set({ partner: e.currentTarget.value })}
        />
      </Group>
    </Stack>
  );
}

/** Trimmed defaults, blanks dropped. */
export function cleanDefaults(v: DefaultDimensions): DefaultDimensions {
  const out: DefaultDimensions = {};
  for (const k of ['departmentId', 'costCentre', 'project', 'partner'] as const) {
    const s = v[k]?.trim();
    if (s) out[k] = s;
  }
  return out;
}

export interface DimSearch {
  dimension?: string;
  value?: string;
}

/** The query parameters of a dimension filter, when it is complete. */
export function dimQuery(s: DimSearch): Record<string, string> {
  return s.dimension && s.value ? { dimension: s.dimension, value: s.value } : {};
}

/** A report's optional filter: a tracked dimension and its value (a department, or free text). */
export function DimensionFilter({
  search,
  onChange,
}: {
  search: DimSearch;
  onChange: (s: DimSearch) => void;
}) {
  const t = useT();
  const tracked = useTrackedDimensions();
  const departments = useAllDepartments(search.dimension === 'department');
  const [text, setText] = useState(search.value ?? '');
  useEffect(() => setText(search.value ?? ''), [search.value]);
  if (!tracked.data?.length) return null;
  const dimension = search.dimension ?? '';
  return (
    <Group mb="md" align="flex-end" className="no-print" data-testid="dimension-filter">
      <NativeSelect
        label={t('ledger.dim.filter')}
        name="dimension"
        value={dimension}
        onChange={(e) => onChange({ dimension: e.currentTarget.value || undefined, value: undefined })}
        data={[
          { value: '', label: t('ledger.dim.none') },
          ...tracked.data.map((d) => ({ value: d, label: t(`ledger.dim.${d}`) })),
        ]}
      />
      {dimension === 'department' && (
        <NativeSelect
          label={t('ledger.dim.value')}
          name="value"
          value={search.value ?? ''}
          onChange={(e) => onChange({ dimension, value: e.currentTarget.value || undefined })}
          data={[
            { value: '', label: '—' },
            ...(departments.data ?? []).map((d) => ({ value: d.id, label: `${d.code} — ${d.name}` })),
          ]}
        />
      )}
      {dimension && dimension !== 'department' && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            onChange({ dimension, value: text.trim() || undefined });
          }}
        >
          <Group gap="xs" align="flex-end">
            <TextInput
              label={t('ledger.dim.value')}
              name="value"
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              onBlur={() => onChange({ dimension, value: text.trim() || undefined })}
            />
            <Button type="submit" variant="default">
              {t('ledger.dim.apply')}
            </Button>
          </Group>
        </form>
      )}
      {dimension && (
        <Text size="xs" c="dimmed" maw={320}>
          {t('ledger.dim.onlyTagged')}
        </Text>
      )}
    </Group>
  );
}
