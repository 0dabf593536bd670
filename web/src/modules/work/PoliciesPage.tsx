import { Badge, Button, Card, Code, Group, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, type Page } from '../../api';
import type { ApiResponse } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RequirePermission } from '../../components/Forbidden';
import { PageTitle } from '../../components/PageTitle';
import { useFormat, useT } from '../../i18n';
import { PERM } from '../../permissions';
import { useCan } from '../../session';
import type { AuditEvent } from '../../types';
import { PolicyEditor } from './PolicyEditor';
import type { Policy, PolicyDefinition } from './workApi';

/** Versions of a policy, read from the audit trail (every save is audited with its version and definition). */
function History({ policy }: { policy: Policy }) {
  const t = useT();
  const f = useFormat();
  const q = useQuery({
    queryKey: ['work', 'policy-history', policy.id],
    queryFn: () =>
      api.get<Page<AuditEvent>>('/audit', { entityType: 'approval_policy', entityId: policy.id, limit: 50 }),
  });
  const items = q.data?.items ?? [];
  if (q.error) return <ErrorAlert error={q.error} />;
  if (items.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('work.policies.noHistory')}
      </Text>
    );
  return (
    <List size="sm" spacing={4} data-testid={`policy-history-${policy.action}`}>
      {items.map((e) => {
        const changes = (e.changes ?? {}) as Record<string, { to?: unknown }>;
        const version = changes.version?.to;
        const def = changes.definition?.to as PolicyDefinition | undefined;
        const levels = def
          ? def.levels.length + (def.tiers ?? []).reduce((n, x) => n + x.levels.length, 0)
          : null;
        return (
          <List.Item key={e.id}>
            {version !== undefined ? t('work.policies.version', { version: String(version) }) : e.action} ·{' '}
            {e.actorName ?? e.actorType} · {f.dateTime(e.occurredAt)}
            {levels !== null && ` · ${t('work.policies.summaryLevels', { count: levels })}`}
          </List.Item>
        );
      })}
    </List>
  );
}

function PolicyCard({
  action,
  description,
  policy,
  onEdit,
}: {
  action: string;
  description: string;
  policy: Policy | undefined;
  onEdit: () => void;
}) {
  const t = useT();
  const can = useCan();
  const d = policy?.definition;
  return (
    <Card withBorder padding="lg" data-testid={`policy-${action}`}>
      <Group justify="space-between" align="flex-start" mb="xs">
        <div>
          <Title order={2} size="h4">
            {t.dyn(`work.action.${action}`, description)}
          </Title>
          <Text size="xs" c="dimmed">
            {action}
          </Text>
        </div>
        {can(PERM.workPoliciesManage) && (
          <Button size="xs" variant="light" onClick={onEdit} data-testid={`edit-policy-${action}`}>
            {policy ? t('work.policies.edit') : t('work.policies.new')}
          </Button>
        )}
      </Group>
      {!policy || !d ? (
        <Text size="sm" c="dimmed">
          {t('work.policies.none')}
        </Text>
      ) : (
        <Stack gap="xs">
          <Group gap="xs">
            <Text fw={600}>{policy.name}</Text>
            <Badge color={policy.active ? 'teal' : 'gray'} variant="light">
              {policy.active ? t('work.policies.active') : t('work.policies.inactive')}
            </Badge>
            <Badge variant="outline">{t('work.policies.version', { version: policy.version })}</Badge>
          </Group>
          <Text size="sm">
            {t('work.policies.condition')}:{' '}
            {d.condition === undefined ? (
              t('work.policies.always')
            ) : (
              <Code>{JSON.stringify(d.condition)}</Code>
            )}
          </Text>
          <List size="sm" spacing={2}>
            {d.levels.map((l, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed sequence, never reordered
              <List.Item key={`${i}-${l.name}`}>
                {i + 1}. {l.name}
              </List.Item>
            ))}
            {(d.tiers ?? []).flatMap((tier, i) =>
              tier.levels.map((l, j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a fixed sequence, never reordered
                <List.Item key={`tier-${i}-${j}-${l.name}`}>
                  + {l.name} <Code>{JSON.stringify(tier.when)}</Code>
                </List.Item>
              )),
            )}
          </List>
          {can(PERM.auditRead) && (
            <>
              <Title order={3} size="h6" mt="xs">
                {t('work.policies.history')}
              </Title>
              <History policy={policy} />
            </>
          )}
        </Stack>
      )}
    </Card>
  );
}

export function PoliciesPage() {
  const t = useT();
  const [editing, setEditing] = useState<string | null>(null);
  const q = useQuery({
    queryKey: ['work', 'policies'],
    queryFn: () => api.get<ApiResponse<'/work/policies'>>('/work/policies'),
  });
  const policies = q.data?.items ?? [];
  return (
    <RequirePermission anyOf={[PERM.workApprovalsRead]}>
      <PageTitle title={t('work.policies.title')} description={t('work.policies.subtitle')} />
      {q.error && <ErrorAlert error={q.error} />}
      <Stack gap="md">
        {(q.data?.actions ?? []).map((a) => (
          <PolicyCard
            key={a.action}
            action={a.action}
            description={a.description}
            policy={policies.find((p) => p.action === a.action)}
            onEdit={() => setEditing(a.action)}
          />
        ))}
      </Stack>
      {editing && (
        <PolicyEditor
          action={editing}
          policy={policies.find((p) => p.action === editing) ?? null}
          onClose={() => setEditing(null)}
        />
      )}
    </RequirePermission>
  );
}
