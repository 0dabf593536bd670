import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The policy editor's condition rows ↔ the stored JSON-Logic: what the rows can show opens as rows and saves back
 * exactly as stored (strings stay strings, numbers numbers); what they cannot show opens as JSON text, unchanged.
 */
const WEB = resolve(import.meta.dirname, '../../web/src');
// Imported by URL: the web's sources follow the web's tsconfig (bundler resolution), not the server's.
const form = await import(/* @vite-ignore */ pathToFileURL(join(WEB, 'modules/work/policyForm.ts')).href);

const definitions = [
  { levels: [{ name: 'Manager', approvers: [{ type: 'department_manager' }] }] },
  {
    condition: { '>=': [{ var: 'amount' }, '1000'] },
    levels: [{ name: 'Accounting', approvers: [{ type: 'department_manager', departmentId: 'dep_1' }] }],
    tiers: [
      {
        when: { '>=': [{ var: 'amount' }, '10000.00'] },
        levels: [{ name: 'Controller', approvers: [{ type: 'people', userIds: ['usr_1'] }] }],
      },
    ],
  },
  {
    condition: {
      and: [
        { '>': [{ var: 'amount' }, 2500] },
        { '==': [{ var: 'currency' }, 'EUR'] },
        { in: ['6000', { var: 'accounts' }] },
        { in: ['dep_2', { var: 'departments' }] },
        { '!=': [{ var: 'maker.role' }, 'owner'] },
        { in: ['ACC', { var: 'maker.departments' }] },
      ],
    },
    levels: [{ name: 'Two of three', need: 2, approvers: [{ type: 'role', role: 'manager' }] }],
    expiresAfterHours: 48,
    onExpiry: 'escalate',
  },
];

describe('policy form round trip', () => {
  it.each(definitions.map((d, i) => [i, d]))(
    'definition %i opens as rows and saves back unchanged',
    (_, d) => {
      const f = form.policyToForm({ name: 'P', active: true, definition: d });
      expect(f.condition.advanced).toBe(false);
      expect(form.formToDefinition(f)).toEqual(d);
    },
  );

  it('reads each condition part as a field, an operator and a value', () => {
    const c = form.conditionToForm((definitions[2] as { condition: unknown }).condition);
    expect(
      c.rules.map((r: { field: string; op: string; value: string }) => [r.field, r.op, r.value]),
    ).toEqual([
      ['amount', '>', '2500'],
      ['currency', '==', 'EUR'],
      ['accounts', 'in', '6000'],
      ['departments', 'in', 'dep_2'],
      ['maker.role', '!=', 'owner'],
      ['maker.departments', 'in', 'ACC'],
    ]);
  });

  it('a condition the rows cannot show stays JSON text and saves back as it was', () => {
    const odd = { or: [{ '<': [{ var: 'amount' }, '5'] }, { '==': [{ var: 'vendorId' }, 'pty_1'] }] };
    const c = form.conditionToForm(odd);
    expect(c.advanced).toBe(true);
    expect(form.formToCondition(c)).toEqual(odd);
  });

  it('an amount that is not a plain number is refused before saving', () => {
    const c = form.conditionToForm({ '>=': [{ var: 'amount' }, '1000'] });
    c.rules[0].value = '1,000';
    expect(() => form.formToCondition(c)).toThrow(form.AmountError);
  });
});
