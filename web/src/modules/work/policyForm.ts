// The policy editor's form state and its translation to and from the server's definition (JSON-Logic data).
import type { Schema } from '../../api/types';
import type { Level, PolicyDefinition, Step } from './workApi';

type JsonValue = Schema<'JsonValue'>;

/** The facts a policy condition reads (the gate's `facts`), and the operators each one takes. */
export const FIELD_OPS = {
  amount: ['>=', '>', '<=', '<', '==', '!='],
  currency: ['==', '!='],
  accounts: ['in'],
  departments: ['in'],
  departmentId: ['==', '!='],
  'maker.role': ['==', '!='],
  'maker.departments': ['in'],
} as const;
export type RuleField = keyof typeof FIELD_OPS;
export type RuleOp = '>=' | '>' | '<=' | '<' | '==' | '!=' | 'in';
export const RULE_FIELDS = Object.keys(FIELD_OPS) as RuleField[];

/** One "field operator value" row. A number stays a number (a stored policy saves back as it was). */
export interface RuleForm {
  key: number;
  field: RuleField;
  op: RuleOp;
  value: string;
  numeric: boolean;
}

/** A condition as rows joined by "and"; in `advanced` mode the JSON-Logic text is used instead. */
export interface ConditionForm {
  rules: RuleForm[];
  advanced: boolean;
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

export const emptyCondition = (): ConditionForm => ({ rules: [], advanced: false, raw: '' });

export const newRule = (field: RuleField = 'amount'): RuleForm => ({
  key: newKey(),
  field,
  op: FIELD_OPS[field][0],
  value: '',
  numeric: false,
});

export const newLevel = (name = ''): LevelForm => ({
  key: newKey(),
  name,
  need: 1,
  approvers: [{ type: 'department_manager' }],
});

type Node = Record<string, unknown>;
const varName = (n: unknown): string | null =>
  n && typeof n === 'object' && Object.keys(n as Node).length === 1 && typeof (n as Node).var === 'string'
    ? ((n as Node).var as string)
    : null;
const isField = (name: string | null): name is RuleField => name !== null && name in FIELD_OPS;
const allows = (field: RuleField, op: string): op is RuleOp =>
  (FIELD_OPS[field] as readonly string[]).includes(op);

/** One part of a condition as a row; null when it is not one the rows can show. */
function readRule(part: unknown): RuleForm | null {
  if (!part || typeof part !== 'object' || Array.isArray(part) || Object.keys(part).length !== 1) return null;
  const [op, args] = Object.entries(part as Node)[0] as [string, unknown];
  if (!Array.isArray(args) || args.length !== 2) return null;
  const [a, b] = args as [unknown, unknown];
  const inList = op === 'in';
  const field = varName(inList ? b : a);
  const value = inList ? a : b;
  if (!isField(field) || !allows(field, op)) return null;
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  return { key: newKey(), field, op, value: String(value), numeric: typeof value === 'number' };
}

/** The rows' view of a condition; one they cannot show exactly stays JSON-Logic text (advanced mode). */
export function conditionToForm(logic: unknown): ConditionForm {
  if (logic === undefined || logic === null || logic === true) return emptyCondition();
  const and =
    logic && typeof logic === 'object' && Object.keys(logic).length === 1 ? (logic as Node).and : null;
  const parts = Array.isArray(and) && and.length > 1 ? and : [logic];
  const rules = parts.map(readRule);
  if (rules.every((r): r is RuleForm => r !== null)) return { rules, advanced: false, raw: '' };
  return { rules: [], advanced: true, raw: JSON.stringify(logic, null, 2) };
}

const PLAIN_AMOUNT = /^\d+(\.\d+)?$/;

function ruleToLogic(r: RuleForm): JsonValue {
  const value = r.field === 'amount' ? r.value.trim() : r.value;
  if (r.field === 'amount' && !PLAIN_AMOUNT.test(value)) throw new AmountError(value);
  const v: JsonValue = r.numeric ? Number(value) : value;
  return r.op === 'in' ? { in: [v, { var: r.field }] } : { [r.op]: [{ var: r.field }, v] };
}

/** An amount the form cannot store as a plain decimal (the editor says how to write it). */
export class AmountError extends Error {
  constructor(readonly value: string) {
    super(value);
  }
}

/** Builds the condition; undefined when there is none ("always"). Throws SyntaxError on bad JSON text. */
export function formToCondition(form: ConditionForm): JsonValue | undefined {
  if (form.advanced) return form.raw.trim() ? JSON.parse(form.raw) : undefined;
  const parts = form.rules.filter((r) => r.value.trim() !== '').map(ruleToLogic);
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
