// Forms for the two schedules the receivables pages take: aging bucket limits and dunning levels. The API still
// takes its compact text ("30,60,90", "1,15:10.00,30:25.00"); people edit rows, never that syntax.
import { ActionIcon, Button, Group, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useT } from '../../i18n';

export interface DunningLevelRow {
  minDays: number | '';
  fee: string;
}

/** The server's default: reminders from 1, 15 and 30 days overdue, without fees. */
export const DEFAULT_LEVELS: DunningLevelRow[] = [
  { minDays: 1, fee: '' },
  { minDays: 15, fee: '' },
  { minDays: 30, fee: '' },
];

/** Rows → "1,15:10.00" for the API; rows without a start day are left out until they have one. */
export function levelsText(rows: readonly DunningLevelRow[]): string {
  return rows
    .filter((r) => r.minDays !== '')
    .map((r) => (r.fee.trim() ? `${r.minDays}:${r.fee.trim()}` : String(r.minDays)))
    .join(',');
}

/** Rows → the body the send route takes (the server sorts and checks them again). */
export function levelsBody(rows: readonly DunningLevelRow[]) {
  return rows
    .filter((r) => r.minDays !== '')
    .map((r, i) => ({ level: i + 1, minDays: Number(r.minDays), fee: r.fee.trim() || null }));
}

const MAX_LEVELS = 9; // the server's limit

export function DunningLevelsEditor({
  value,
  onChange,
}: {
  value: DunningLevelRow[];
  onChange: (rows: DunningLevelRow[]) => void;
}) {
  const t = useT();
  const set = (i: number, patch: Partial<DunningLevelRow>) =>
    onChange(value.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <Stack gap={6} data-testid="dunning-levels">
      <Text size="sm" fw={500}>
        {t('dunning.levels')}
      </Text>
      {value.map((row, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place
        <Group key={i} gap="xs" align="flex-end" wrap="nowrap">
          <Text size="sm" w={70} mb={8}>
            {t('dunning.levelN', { n: i + 1 })}
          </Text>
          <NumberInput
            // Column headings once, on the first row; every field still has its accessible name.
            label={i === 0 ? t('dunning.fromDays') : undefined}
            aria-label={`${t('dunning.fromDays')}, ${t('dunning.levelN', { n: i + 1 })}`}
            value={row.minDays}
            min={1}
            max={9999}
            allowDecimal={false}
            allowNegative={false}
            onChange={(v) => set(i, { minDays: typeof v === 'number' ? v : '' })}
            w={150}
            data-testid={`dunning-level-${i}-days`}
          />
          <TextInput
            label={i === 0 ? t('dunning.fee') : undefined}
            aria-label={`${t('dunning.fee')}, ${t('dunning.levelN', { n: i + 1 })}`}
            placeholder={t('dunning.noFee')}
            inputMode="decimal"
            value={row.fee}
            onChange={(e) => set(i, { fee: e.currentTarget.value })}
            w={130}
            data-testid={`dunning-level-${i}-fee`}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t('dunning.removeLevel', { n: i + 1 })}
            disabled={value.length === 1}
            onClick={() => onChange(value.filter((_, j) => j !== i))}
            mb={4}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      <Group gap="xs">
        <Button
          variant="default"
          size="xs"
          disabled={value.length >= MAX_LEVELS}
          onClick={() => {
            const last = value.at(-1)?.minDays;
            onChange([...value, { minDays: typeof last === 'number' ? last + 15 : '', fee: '' }]);
          }}
          data-testid="dunning-level-add"
        >
          {t('dunning.addLevel')}
        </Button>
        <Button variant="subtle" size="xs" onClick={() => onChange(DEFAULT_LEVELS)}>
          {t('dunning.resetLevels')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Bucket limits as day counts: [30, 60, 90] makes Current, 1–30, 31–60, 61–90 and Over 90. */
export function BucketLimitsEditor({
  value,
  onChange,
}: {
  value: (number | '')[];
  onChange: (limits: (number | '')[]) => void;
}) {
  const t = useT();
  return (
    <Stack gap={6} data-testid="aging-buckets">
      <Text size="sm" fw={500}>
        {t('aging.buckets')}
      </Text>
      <Group gap="xs" align="flex-end">
        {value.map((limit, i) => (
          <NumberInput
            // biome-ignore lint/suspicious/noArrayIndexKey: limits have no identity but their place
            key={i}
            aria-label={t('aging.bucketLimit', { n: i + 1 })}
            value={limit}
            min={1}
            max={3650}
            allowDecimal={false}
            allowNegative={false}
            suffix={` ${t('aging.days')}`}
            onChange={(v) => onChange(value.map((l, j) => (j === i ? (typeof v === 'number' ? v : '') : l)))}
            rightSection={
              value.length > 1 ? (
                <ActionIcon
                  variant="subtle"
                  size="sm"
                  aria-label={t('aging.removeBucket', { n: i + 1 })}
                  onClick={() => onChange(value.filter((_, j) => j !== i))}
                >
                  ×
                </ActionIcon>
              ) : undefined
            }
            w={120}
            data-testid={`aging-bucket-${i}`}
          />
        ))}
        <Button
          variant="default"
          size="xs"
          mb={4}
          disabled={value.length >= 12}
          onClick={() => {
            const last = value.at(-1);
            onChange([...value, typeof last === 'number' ? last + 30 : 30]);
          }}
          data-testid="aging-bucket-add"
        >
          {t('aging.addBucket')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Limits → "30,60,90", ascending, without blanks or repeats (what the report route takes). */
export function bucketsText(limits: readonly (number | '')[]): string {
  const days = [...new Set(limits.filter((l): l is number => typeof l === 'number'))].sort((a, b) => a - b);
  return days.join(',');
}
