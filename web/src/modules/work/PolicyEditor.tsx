import {
  Alert,
  Button,
  Card,
  Divider,
  Group,
  Modal,
  Select,
  Stack,
  Switch,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n';
import { ConditionFields } from './ConditionFields';
import { LevelsEditor } from './LevelsEditor';
import {
  AmountError,
  emptyCondition,
  formToDefinition,
  newKey,
  newLevel,
  newRule,
  type PolicyForm,
  policyToForm,
} from './policyForm';
import type { Policy } from './workApi';

/** Create or change the policy of one action; the server checks the condition and says why it is not valid. */
export function PolicyEditor({
  action,
  policy,
  onClose,
}: {
  action: string;
  policy: Policy | null;
  onClose: () => void;
}) {
  const t = useT();
  const qc = useQueryClient();
  const [form, setForm] = useState<PolicyForm>(() => policyToForm(policy));
  const [jsonError, setJsonError] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (definition: unknown) =>
      api.put<Policy>(`/work/policies/${action}`, {
        name: form.name.trim(),
        active: form.active,
        definition,
      }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['work', 'policies'] });
      await qc.invalidateQueries({ queryKey: ['work', 'policy-history'] });
      onClose();
    },
  });
  const submit = () => {
    setJsonError(null);
    let definition: unknown;
    try {
      definition = formToDefinition(form);
    } catch (e) {
      if (e instanceof AmountError) setJsonError(t('work.policies.badAmount', { value: e.value }));
      else setJsonError(`${t('work.policies.badJson')} ${e instanceof Error ? e.message : ''}`);
      return;
    }
    save.mutate(definition);
  };
  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={`${policy ? t('work.policies.edit') : t('work.policies.new')}: ${t.dyn(`work.action.${action}`, action)}`}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
        data-testid="policy-form"
      >
        <Stack>
          <Group align="flex-end">
            <TextInput
              label={t('work.policies.name')}
              name="name"
              required
              value={form.name}
              onChange={(e) => setForm({ ...form, name: e.currentTarget.value })}
              style={{ flex: 1 }}
              data-autofocus
              data-testid="policy-name"
            />
            <Switch
              label={t('work.policies.active')}
              checked={form.active}
              onChange={(e) => setForm({ ...form, active: e.currentTarget.checked })}
              mb={8}
            />
          </Group>
          <Title order={3} size="h5">
            {t('work.policies.condition')}
          </Title>
          <ConditionFields
            value={form.condition}
            onChange={(c) => setForm({ ...form, condition: c })}
            prefix="condition"
          />
          <Divider />
          <Title order={3} size="h5">
            {t('work.policies.levels')}
          </Title>
          <LevelsEditor
            levels={form.levels}
            onChange={(levels) => setForm({ ...form, levels })}
            prefix="base"
          />
          <Divider />
          <Title order={3} size="h5">
            {t('work.policies.tiers')}
          </Title>
          {form.tiers.map((tier, i) => (
            <Card
              key={tier.key}
              withBorder
              padding="sm"
              bg="var(--mantine-color-gray-0)"
              data-testid={`tier-${i}`}
            >
              <Stack gap="xs">
                <ConditionFields
                  value={tier.when}
                  prefix={`tier-${i}`}
                  onChange={(when) =>
                    setForm({ ...form, tiers: form.tiers.map((x, j) => (j === i ? { ...x, when } : x)) })
                  }
                />
                <LevelsEditor
                  levels={tier.levels}
                  prefix={`tier-${i}`}
                  onChange={(levels) =>
                    setForm({ ...form, tiers: form.tiers.map((x, j) => (j === i ? { ...x, levels } : x)) })
                  }
                />
                <Button
                  variant="subtle"
                  color="red"
                  size="xs"
                  w="fit-content"
                  onClick={() => setForm({ ...form, tiers: form.tiers.filter((_, j) => j !== i) })}
                >
                  {t('work.policies.removeTier')}
                </Button>
              </Stack>
            </Card>
          ))}
          <Button
            variant="default"
            size="xs"
            w="fit-content"
            onClick={() =>
              setForm({
                ...form,
                tiers: [
                  ...form.tiers,
                  { key: newKey(), when: { ...emptyCondition(), rules: [newRule()] }, levels: [newLevel()] },
                ],
              })
            }
            data-testid="add-tier"
          >
            {t('work.policies.addTier')}
          </Button>
          <Divider />
          <Group grow>
            <TextInput
              label={t('work.policies.expiresAfter')}
              inputMode="numeric"
              name="expiresAfterHours"
              value={form.expiresAfterHours}
              onChange={(e) => setForm({ ...form, expiresAfterHours: e.currentTarget.value })}
            />
            <Select
              label={t('work.policies.onExpiry')}
              allowDeselect={false}
              data={(['expire', 'escalate'] as const).map((v) => ({
                value: v,
                label: t(`work.policies.onExpiry.${v}`),
              }))}
              value={form.onExpiry}
              onChange={(v) => v && setForm({ ...form, onExpiry: v as 'expire' | 'escalate' })}
            />
          </Group>
          {jsonError && (
            <Alert color="red" role="alert" data-testid="policy-json-error">
              {jsonError}
            </Alert>
          )}
          {save.error && <ErrorAlert error={save.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="policy-save">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
