// The policy editor's form state and its translation to and from the server's definition (JSON-Logic data).
import type { Schema } from '../../api/types';
import type { Level, PolicyDefinition, Step } from './workApi';

type JsonValue = Schema<'JsonValue'>;

/** A condition as the simple builder sees it; `raw` (JSON text) wins when filled in. */
export interface ConditionForm {
  amountMin: string;
  departmentId: string;
  accountCode: string;
  raw: string;
}

export interface LevelForm {
  key: number;
  name: string;
  need: number;
  approvers: Step[];
}

export interface PolicyForm {
  name: string;
  active: boolean;
  condition: ConditionForm;
  levels: LevelForm[];
  tiers: { key: number; when: ConditionForm; levels: LevelForm[] }[];
  expiresAfterHours: string;
  onExpiry: 'expire' | 'escalate';
}

let nextKey = 1;
export const newKey = () => nextKey++;

export const emptyCondition = (): ConditionForm => ({
  amountMin: '',
  departmentId: '',
  accountCode: '',
  raw: '',
});

export const newLevel = (name = ''): LevelForm => ({
  key: newKey(),
  name,
  need: 1,
  approvers: [{ type: 'department_manager' }],
});

type Node = Record<string, unknown>;
const isVar = (n: unknown, name: string) =>
  !!n && typeof n === 'object' && (n as Node).var === name && Object.keys(n as Node).length === 1;

/** Reads one simple part into the form; false when it is not one the builder knows. */
function readPart(part: unknown, form: ConditionForm): boolean {
  if (!part || typeof part !== 'object' || Array.isArray(part)) return false;
  const [op, args] = Object.entries(part as Node)[0] ?? [];
  if (!Array.isArray(args) || args.length !== 2) return false;
  if (
    op === '>=' &&
    isVar(args[0], 'amount') &&
    (typeof args[1] === 'string' || typeof args[1] === 'number')
  ) {
    form.amountMin = String(args[1]);
    return true;
  }
  if (op === 'in' && typeof args[0] === 'string' && isVar(args[1], 'departments')) {
    form.departmentId = args[0];
    return true;
  }
  if (op === 'in' && typeof args[0] === 'string' && isVar(args[1], 'accounts')) {
    form.accountCode = args[0];
    return true;
  }
  return false;
}

/** The builder's view of a condition; anything it cannot show goes to the raw JSON field. */
export function conditionToForm(logic: unknown): ConditionForm {
  const form = emptyCondition();
  if (logic === undefined || logic === null) return form;
  const parts =
    logic && typeof logic === 'object' && Array.isArray((logic as Node).and)
      ? ((logic as Node).and as unknown[])
      : [logic];
  const probe = emptyCondition();
  if (parts.every((p) => readPart(p, probe))) return probe;
  return { ...form, raw: JSON.stringify(logic, null, 2) };
}

/** Builds the condition; undefined when empty ("always"). Throws SyntaxError on bad raw JSON. */
export function formToCondition(form: ConditionForm): JsonValue | undefined {
  if (form.raw.trim()) return JSON.parse(form.raw);
  const parts: JsonValue[] = [];
  if (form.amountMin.trim()) parts.push({ '>=': [{ var: 'amount' }, form.amountMin.trim()] });
  if (form.departmentId) parts.push({ in: [form.departmentId, { var: 'departments' }] });
  if (form.accountCode.trim()) parts.push({ in: [form.accountCode.trim(), { var: 'accounts' }] });
  if (parts.length === 0) return undefined;
  return parts.length === 1 ? parts[0] : { and: parts };
}

const levelToForm = (l: Level): LevelForm => ({
  key: newKey(),
  name: l.name,
  need: l.need ?? 1,
  approvers: l.approvers,
});

const formToLevel = (l: LevelForm): Level => ({
  name: l.name.trim(),
  approvers: l.approvers.map((a) =>
    a.type === 'department_manager' && !a.departmentId ? { type: 'department_manager' } : a,
  ),
  ...(l.need > 1 ? { need: l.need } : {}),
});

export function policyToForm(
  p: { name: string; active: boolean; definition: PolicyDefinition } | null,
): PolicyForm {
  if (!p)
    return {
      name: '',
      active: true,
      condition: emptyCondition(),
      levels: [newLevel()],
      tiers: [],
      expiresAfterHours: '',
      onExpiry: 'expire',
    };
  const d = p.definition;
  return {
    name: p.name,
    active: p.active,
    condition: conditionToForm(d.condition),
    levels: d.levels.map(levelToForm),
    tiers: (d.tiers ?? []).map((tier) => ({
      key: newKey(),
      when: conditionToForm(tier.when),
      levels: tier.levels.map(levelToForm),
    })),
    expiresAfterHours: d.expiresAfterHours ? String(d.expiresAfterHours) : '',
    onExpiry: d.onExpiry ?? 'expire',
  };
}

export function formToDefinition(f: PolicyForm): PolicyDefinition {
  const condition = formToCondition(f.condition);
  const hours = Number.parseInt(f.expiresAfterHours, 10);
  return {
    ...(condition === undefined ? {} : { condition }),
    levels: f.levels.map(formToLevel),
    ...(f.tiers.length
      ? {
          tiers: f.tiers.map((tier) => ({
            when: formToCondition(tier.when) ?? true,
            levels: tier.levels.map(formToLevel),
          })),
        }
      : {}),
    ...(Number.isInteger(hours) && hours > 0 ? { expiresAfterHours: hours, onExpiry: f.onExpiry } : {}),
  };
}
