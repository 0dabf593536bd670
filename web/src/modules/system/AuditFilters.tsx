import { Button, Group, SimpleGrid, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useT } from '../../i18n';

export interface AuditFilterValues {
  actor: string;
  entityType: string;
  entityId: string;
  action: string;
  from: string;
  to: string;
}

export const emptyAuditFilters: AuditFilterValues = {
  actor: '',
  entityType: '',
  entityId: '',
  action: '',
  from: '',
  to: '',
};

function nextDay(date: string): Date {
  const d = new Date(`${date}T00:00:00`);
  d.setDate(d.getDate() + 1);
  return d;
}

/** Turns the form's dates (local calendar days) into an inclusive ISO range for the API. */
export function auditQuery(f: AuditFilterValues) {
  return {
    actor: f.actor.trim(),
    entityType: f.entityType.trim(),
    entityId: f.entityId.trim(),
    action: f.action.trim(),
    from: f.from ? new Date(`${f.from}T00:00:00`).toISOString() : '',
    // `to` is exclusive on the server: the start of the next day.
    to: f.to ? nextDay(f.to).toISOString() : '',
  };
}

export function AuditFilters({
  initial,
  onApply,
}: {
  initial: AuditFilterValues;
  onApply: (f: AuditFilterValues) => void;
}) {
  const t = useT();
  const [f, setF] = useState(initial);
  const field = (k: keyof AuditFilterValues) => ({
    value: f[k],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => setF({ ...f, [k]: e.currentTarget.value }),
    name: k,
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    onApply(f);
  };
  return (
    <search>
      <form onSubmit={onSubmit} data-testid="audit-filters" aria-label={t('common.filters')}>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 6 }} spacing="sm" mb="sm">
          <TextInput label={t('audit.actor')} placeholder={t('audit.actorPlaceholder')} {...field('actor')} />
          <TextInput label={t('audit.entityType')} placeholder="department" {...field('entityType')} />
          <TextInput label={t('audit.entityId')} {...field('entityId')} />
          <TextInput label={t('audit.action')} placeholder="update" {...field('action')} />
          <TextInput label={t('common.from')} type="date" {...field('from')} />
          <TextInput label={t('common.to')} type="date" {...field('to')} />
        </SimpleGrid>
        <Group gap="xs" mb="md">
          <Button type="submit" data-testid="audit-apply">
            {t('common.apply')}
          </Button>
          <Button
            variant="default"
            onClick={() => {
              setF(emptyAuditFilters);
              onApply(emptyAuditFilters);
            }}
          >
            {t('common.clear')}
          </Button>
        </Group>
      </form>
    </search>
  );
}
