import {
  ActionIcon,
  Button,
  Card,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  Stack,
  TextInput,
} from '@mantine/core';
import { useT } from '../../i18n';
import { useAllDepartments, useAllPeople } from '../../lookups';
import { type LevelForm, newLevel } from './policyForm';
import type { Step } from './workApi';

const ROLES = ['owner', 'admin', 'manager', 'assistant'] as const;

function StepFields({ step, onChange, label }: { step: Step; onChange: (s: Step) => void; label: string }) {
  const t = useT();
  const departments = useAllDepartments();
  const people = useAllPeople();
  const type = (
    <Select
      label={label}
      allowDeselect={false}
      data={(['department_manager', 'role', 'people'] as const).map((v) => ({
        value: v,
        label: t(`work.policies.type.${v}`),
      }))}
      value={step.type}
      onChange={(v) =>
        onChange(
          v === 'role'
            ? { type: 'role', role: 'manager' }
            : v === 'people'
              ? { type: 'people', userIds: [] }
              : { type: 'department_manager' },
        )
      }
      w={200}
    />
  );
  return (
    <Group align="flex-end" gap="xs" style={{ flex: 1 }}>
      {type}
      {step.type === 'department_manager' && (
        <Select
          label={t('field.department')}
          clearable
          placeholder={t('work.policies.makersDepartment')}
          data={(departments.data ?? []).map((d) => ({ value: d.id, label: `${d.code} — ${d.name}` }))}
          value={step.departmentId ?? null}
          onChange={(v) =>
            onChange(v ? { type: 'department_manager', departmentId: v } : { type: 'department_manager' })
          }
          style={{ flex: 1 }}
        />
      )}
      {step.type === 'role' && (
        <Select
          label={t('work.policies.type.role')}
          allowDeselect={false}
          data={ROLES.map((r) => ({ value: r, label: t.dyn(`role.${r}`, r) }))}
          value={step.role}
          onChange={(v) => v && onChange({ type: 'role', role: v as (typeof ROLES)[number] })}
          style={{ flex: 1 }}
        />
      )}
      {step.type === 'people' && (
        <MultiSelect
          label={t('work.policies.people')}
          searchable
          data={(people.data ?? []).map((p) => ({ value: p.id, label: `${p.name} (${p.email})` }))}
          value={step.userIds ?? []}
          onChange={(ids) => onChange({ type: 'people', userIds: ids })}
          style={{ flex: 1 }}
        />
      )}
    </Group>
  );
}

/** Sequential levels, each with its approvers and how many of them must approve (N of M). */
export function LevelsEditor({
  levels,
  onChange,
  prefix,
}: {
  levels: LevelForm[];
  onChange: (l: LevelForm[]) => void;
  prefix: string;
}) {
  const t = useT();
  const update = (i: number, patch: Partial<LevelForm>) =>
    onChange(levels.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  return (
    <Stack gap="xs">
      {levels.map((level, i) => (
        <Card key={level.key} withBorder padding="sm" data-testid={`${prefix}-level-${i}`}>
          <Group align="flex-end" gap="xs" mb="xs">
            <TextInput
              label={`${i + 1}. ${t('work.policies.levelName')}`}
              required
              value={level.name}
              onChange={(e) => update(i, { name: e.currentTarget.value })}
              style={{ flex: 1 }}
              data-testid={`${prefix}-level-${i}-name`}
            />
            <NumberInput
              label={t('work.policies.need')}
              min={1}
              max={Math.max(1, level.approvers.length)}
              allowDecimal={false}
              value={level.need}
              onChange={(v) => update(i, { need: typeof v === 'number' ? v : 1 })}
              w={230}
            />
            <Button
              variant="subtle"
              color="red"
              size="sm"
              onClick={() => onChange(levels.filter((_, j) => j !== i))}
            >
              {t('work.policies.removeLevel')}
            </Button>
          </Group>
          <Stack gap="xs">
            {level.approvers.map((step, k) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed sequence, never reordered
              <Group key={`${level.key}-${k}`} align="flex-end" gap="xs" wrap="nowrap">
                <StepFields
                  step={step}
                  label={`${t('work.policies.approverType')} ${k + 1}`}
                  onChange={(s) => update(i, { approvers: level.approvers.map((a, m) => (m === k ? s : a)) })}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  aria-label={t('work.policies.removeApprover')}
                  disabled={level.approvers.length === 1}
                  onClick={() => update(i, { approvers: level.approvers.filter((_, m) => m !== k) })}
                >
                  ×
                </ActionIcon>
              </Group>
            ))}
            <Button
              variant="light"
              size="xs"
              w="fit-content"
              onClick={() =>
                update(i, { approvers: [...level.approvers, { type: 'role', role: 'manager' }] })
              }
            >
              {t('work.policies.addApprover')}
            </Button>
          </Stack>
        </Card>
      ))}
      <Button variant="default" size="xs" w="fit-content" onClick={() => onChange([...levels, newLevel()])}>
        {t('work.policies.addLevel')}
      </Button>
    </Stack>
  );
}
