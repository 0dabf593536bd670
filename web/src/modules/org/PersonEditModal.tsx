import { Button, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n';
import { useAllPeople } from '../../lookups';
import { PERM } from '../../permissions';
import { useCan } from '../../session';
import type { Person } from '../../types';
import { type PersonRole, roleIdOf, useCompanyRoles, useRefreshRoles, useRoleLabel } from './rolesApi';

/** A person as GET /people answers it, with the company role they hold (if any). */
export type PersonWithRole = Person & Partial<Pick<PersonRole, 'customRoleId' | 'roleName'>>;

/**
 * Change a person: their role (built-in or a company role, one select; PUT /people/{id}/role, which needs
 * org.roles.manage), job title and manager (PATCH /people/{id}).
 */
export function PersonEditModal({ person, onClose }: { person: PersonWithRole; onClose: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  const can = useCan();
  const canAssign = can(PERM.rolesManage);
  const roles = useCompanyRoles();
  const label = useRoleLabel();
  const refreshRoles = useRefreshRoles();
  const people = useAllPeople();
  const currentRole = roleIdOf(person);
  const [form, setForm] = useState({
    role: currentRole,
    jobTitle: person.jobTitle ?? '',
    reportsToId: person.reportsToId ?? '',
  });
  const save = useMutation({
    mutationFn: async () => {
      // The role first: it is the change most likely refused (a role beyond the actor's own is a 403).
      if (form.role !== currentRole) await api.put(`/people/${person.id}/role`, { roleId: form.role });
      await api.patch<Person>(`/people/${person.id}`, {
        jobTitle: form.jobTitle.trim() || null,
        reportsToId: form.reportsToId || null,
      });
    },
    onSuccess: async () => {
      await refreshRoles();
      await qc.invalidateQueries({ queryKey: ['list', '/people'] });
      await qc.invalidateQueries({ queryKey: ['lookup', 'people'] });
      onClose();
    },
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const list = roles.data ?? [];
  const option = (r: (typeof list)[number]) => ({ value: r.id, label: label(r) });
  const roleOptions = [
    { group: t('orgRoles.builtinGroup'), items: list.filter((r) => r.builtin).map(option) },
    { group: t('orgRoles.customGroup'), items: list.filter((r) => !r.builtin).map(option) },
  ].filter((g) => g.items.length > 0);
  // Until the roles are loaded (or if they cannot be read), the select still shows the current role.
  if (!list.some((r) => r.id === currentRole))
    roleOptions.unshift({
      group: '',
      items: [{ value: currentRole, label: person.roleName ?? t.dyn(`role.${person.role}`, person.role) }],
    });
  return (
    <Modal opened onClose={onClose} title={t('people.editTitle', { name: person.name })} size="lg">
      <form
        onSubmit={onSubmit}
        data-testid="person-form"
        aria-label={t('people.editTitle', { name: person.name })}
      >
        <Stack gap="sm">
          {save.error && <ErrorAlert error={save.error} />}
          <NativeSelect
            label={t('field.role')}
            data={roleOptions}
            value={form.role}
            onChange={(e) => setForm({ ...form, role: e.currentTarget.value })}
            disabled={!canAssign}
            description={canAssign ? undefined : t('orgRoles.assignHint')}
            data-testid="person-role"
            data-autofocus
          />
          <TextInput
            label={t('field.jobTitle')}
            value={form.jobTitle}
            onChange={(e) => setForm({ ...form, jobTitle: e.currentTarget.value })}
          />
          <NativeSelect
            label={t('field.reportsTo')}
            data={[
              { value: '', label: t('people.nobody') },
              ...(people.data ?? [])
                .filter((p) => p.id !== person.id)
                .map((p) => ({ value: p.id, label: `${p.name} (${p.email})` })),
            ]}
            value={form.reportsToId}
            onChange={(e) => setForm({ ...form, reportsToId: e.currentTarget.value })}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="person-save">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
