import { TextInput } from '@mantine/core';
import type { T } from '../../i18n';

/** Shapes of /api/v1/reports/*-aging, statements and dunning (src/flows/aging.ts, statements.ts). */
export interface Bucket {
  key: string;
  fromDays: number | null;
  toDays: number | null;
}

export interface AgingDocument {
  documentId: string;
  kind: string;
  number: string;
  issueDate: string;
  dueDate: string;
  daysPastDue: number;
  bucket: string;
  openMinor: string;
  open: string;
}

export interface AgingRow {
  partyId: string;
  partyName: string;
  currency: string;
  amountsMinor: string[];
  amounts: string[];
  total: string;
  maxDaysPastDue: number;
  documents: AgingDocument[];
}

export interface AgingTotal {
  currency: string;
  amountsMinor: string[];
  amounts: string[];
  total: string;
}

export interface AgingReport {
  side: 'ar' | 'ap';
  asOf: string;
  buckets: Bucket[];
  rows: AgingRow[];
  totals: AgingTotal[];
}

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
