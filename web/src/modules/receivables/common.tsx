import { TextInput } from '@mantine/core';
import type { Schema } from '../../api/types';
import type { T } from '../../i18n';

/** Shapes of /api/v1/reports/*-aging, statements and dunning (src/flows/aging.ts, statements.ts): generated. */
export type AgingReport = Schema<'AgingReport'>;
export type AgingDocument = Schema<'AgingDocument'>;
export type Bucket = AgingReport['buckets'][number];
export type AgingRow = AgingReport['rows'][number];
export type AgingTotal = AgingReport['totals'][number];

export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function bucketLabel(t: T, b: Bucket): string {
  if (b.key === 'current') return t('aging.bucket.current');
  if (b.toDays === null) return t('aging.bucket.over', { days: (b.fromDays ?? 1) - 1 });
  return b.key;
}

export function DateField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
}) {
  return (
    <TextInput
      label={label}
      type="date"
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      w={170}
      data-testid="as-of"
    />
  );
}
