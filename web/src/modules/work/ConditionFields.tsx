import { ActionIcon, Button, Group, Select, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { useT } from '../../i18n';
import { useAllDepartments } from '../../lookups';
import {
  type ConditionForm,
  FIELD_OPS,
  formToCondition,
  newRule,
  RULE_FIELDS,
  type RuleField,
  type RuleForm,
} from './policyForm';

const OP_KEY = { '>=': 'gte', '>': 'gt', '<=': 'lte', '<': 'lt', '==': 'eq', '!=': 'ne', in: 'in' } as const;
const ROLES = ['owner', 'admin', 'manager', 'assistant', 'auditor'] as const;

/**
 * A policy's condition as rows — field, operator, value, all of them must hold — with the amount written as
 * money next to its currency, departments and roles picked from lists. JSON-Logic text stays available for
 * what the rows cannot say (and is what a stored condition the rows cannot show opens as).
 */
export function ConditionFields({
  value,
  onChange,
  prefix,
}: {
  value: ConditionForm;
  onChange: (v: ConditionForm) => void;
  prefix: string;
}) {
  const t = useT();
  const currency = value.rules.find((r) => r.field === 'currency' && r.op === '==')?.value ?? '';
  const setRule = (i: number, r: RuleForm) =>
    onChange({ ...value, rules: value.rules.map((x, j) => (j === i ? r : x)) });
  const toAdvanced = (on: boolean) => {
    if (!on) return onChange({ ...value, advanced: false });
    let raw = value.raw;
    try {
      const logic = formToCondition(value);
      raw = logic === undefined ? '' : JSON.stringify(logic, null, 2);
    } catch {
      // An amount not yet a number: keep whatever text was there.
    }
    onChange({ ...value, advanced: true, raw });
  };
  return (
    <Stack gap="xs" data-testid={`${prefix}-rules`}>
      {!value.advanced &&
        value.rules.map((r, i) => (
          <RuleRow
            key={r.key}
            rule={r}
            currency={currency}
            testId={`${prefix}-rule-${i}`}
            onChange={(next) => setRule(i, next)}
            onRemove={() => onChange({ ...value, rules: value.rules.filter((_, j) => j !== i) })}
          />
        ))}
      <Group gap="md">
        {!value.advanced && (
          <Button
            variant="default"
            size="xs"
            onClick={() => onChange({ ...value, rules: [...value.rules, newRule()] })}
            data-testid={`${prefix}-add-rule`}
          >
            {t('work.policies.addRule')}
          </Button>
        )}
        <Switch
          size="xs"
          label={t('work.policies.advanced')}
          checked={value.advanced}
          onChange={(e) => toAdvanced(e.currentTarget.checked)}
          data-testid={`${prefix}-advanced`}
        />
      </Group>
      {value.advanced && (
        <Textarea
          label={t('work.policies.rawCondition')}
          description={t('work.policies.rawHelp', { example: '{">=": [{"var": "amount"}, "5000"]}' })}
          name={`${prefix}.raw`}
          value={value.raw}
          onChange={(e) => onChange({ ...value, raw: e.currentTarget.value })}
          autosize
          minRows={2}
          styles={{ input: { fontFamily: 'monospace' } }}
          data-testid={`${prefix}-raw`}
        />
      )}
    </Stack>
  );
}

function RuleRow(props: {
  rule: RuleForm;
  currency: string;
  testId: string;
  onChange: (r: RuleForm) => void;
  onRemove: () => void;
}) {
  const t = useT();
  const { rule, testId } = props;
  return (
    <Group gap="xs" align="flex-end" wrap="wrap" data-testid={testId}>
      <Select
        label={t('work.policies.ruleField')}
        allowDeselect={false}
        w={210}
        data={RULE_FIELDS.map((f) => ({ value: f, label: t(`work.policies.field.${f}`) }))}
        value={rule.field}
        onChange={(f) => f && props.onChange({ ...newRule(f as RuleField), key: rule.key })}
        data-testid={`${testId}-field`}
      />
      <Select
        label={t('work.policies.ruleOp')}
        allowDeselect={false}
        w={120}
        data={FIELD_OPS[rule.field].map((op) => ({ value: op, label: t(`work.policies.op.${OP_KEY[op]}`) }))}
        value={rule.op}
        onChange={(op) => op && props.onChange({ ...rule, op: op as RuleForm['op'] })}
        data-testid={`${testId}-op`}
      />
      <RuleValue {...props} />
      <ActionIcon
        variant="subtle"
        color="red"
        mb={4}
        onClick={props.onRemove}
        aria-label={t('work.policies.removeRule')}
        data-testid={`${testId}-remove`}
      >
        ×
      </ActionIcon>
    </Group>
  );
}

/** The value: money with its currency, a department or role from the list, or text (a code). */
function RuleValue({ rule, currency, testId, onChange }: Parameters<typeof RuleRow>[0]) {
  const t = useT();
  const departments = useAllDepartments();
  const label = t('work.policies.ruleValue');
  const set = (v: string | null) => onChange({ ...rule, value: v ?? '' });
  const common = { label, w: 220, 'data-testid': `${testId}-value` };
  if (rule.field === 'departments' || rule.field === 'departmentId' || rule.field === 'maker.departments') {
    // The lines and the subject name departments by id; the maker's departments are read as codes.
    const byCode = rule.field === 'maker.departments';
    return (
      <Select
        {...common}
        searchable
        data={(departments.data ?? []).map((d) => ({
          value: byCode ? d.code : d.id,
          label: `${d.code} — ${d.name}`,
        }))}
        value={rule.value || null}
        onChange={set}
      />
    );
  }
  if (rule.field === 'maker.role')
    return (
      <Select
        {...common}
        data={ROLES.map((r) => ({ value: r, label: t.dyn(`role.${r}`, r) }))}
        value={rule.value || null}
        onChange={set}
      />
    );
  const amount = rule.field === 'amount';
  return (
    <TextInput
      {...common}
      inputMode={amount ? 'decimal' : 'text'}
      placeholder={amount ? '1000.00' : rule.field === 'currency' ? 'EUR' : ''}
      rightSection={amount && currency ? currency : undefined}
      rightSectionWidth={amount && currency ? 48 : undefined}
      value={rule.value}
      onChange={(e) =>
        set(rule.field === 'currency' ? e.currentTarget.value.toUpperCase() : e.currentTarget.value)
      }
    />
  );
}
