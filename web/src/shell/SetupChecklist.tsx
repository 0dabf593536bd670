import { Anchor, Card, Group, List, Progress, Text, ThemeIcon, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { api } from '../api';
import type { ApiResponse } from '../api/types';
import { useT } from '../i18n';
import { PERM } from '../permissions';
import { useCan } from '../session';

type Checklist = ApiResponse<'/setup-checklist'>;
type StepKey = Checklist['steps'][number]['key'];

const STEP_WORDS: Record<StepKey, { title: string; hint: string }> = {
  company: { title: 'checklist.company', hint: 'checklist.company.hint' },
  taxes: { title: 'checklist.taxes', hint: 'checklist.taxes.hint' },
  bank: { title: 'checklist.bank', hint: 'checklist.bank.hint' },
  firstInvoice: { title: 'checklist.firstInvoice', hint: 'checklist.firstInvoice.hint' },
  firstReconciliation: { title: 'checklist.firstReconciliation', hint: 'checklist.firstReconciliation.hint' },
} as const;

/**
 * A new company's first steps (company → taxes → bank → first invoice → first reconciliation), each ticked by
 * the server from real data (`GET /setup-checklist`), with a link to where it is done. Shown to those who set
 * the company up, until every step is done.
 */
export function SetupChecklist() {
  const t = useT();
  const can = useCan();
  const allowed = can(PERM.companyManage);
  const q = useQuery({
    queryKey: ['setup-checklist'],
    queryFn: () => api.get<Checklist>('/setup-checklist'),
    enabled: allowed,
  });
  const data = q.data;
  if (!allowed || !data || data.done === data.total) return null;
  return (
    <Card withBorder padding="lg" mb="md" data-testid="setup-checklist">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {t('checklist.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('checklist.progress', { done: String(data.done), total: String(data.total) })}
        </Text>
      </Group>
      <Progress value={(100 * data.done) / data.total} mb="md" aria-label={t('checklist.title')} />
      <List spacing="sm" listStyleType="none">
        {data.steps.map((s, i) => (
          <List.Item
            key={s.key}
            data-testid={`setup-step-${s.key}`}
            data-done={s.done}
            icon={
              <ThemeIcon
                size={24}
                radius="xl"
                color={s.done ? 'teal' : 'gray'}
                variant={s.done ? 'filled' : 'light'}
              >
                <span aria-hidden>{s.done ? '✓' : i + 1}</span>
              </ThemeIcon>
            }
          >
            <Anchor component={Link} to={s.link} fw={600} td={s.done ? 'line-through' : undefined}>
              {t(STEP_WORDS[s.key].title as 'checklist.company')}
            </Anchor>
            <Text size="sm" c="dimmed">
              {s.done ? t('checklist.done') : t(STEP_WORDS[s.key].hint as 'checklist.company.hint')}
            </Text>
          </List.Item>
        ))}
      </List>
    </Card>
  );
}
