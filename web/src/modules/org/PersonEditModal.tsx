import { Button, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n';
import { useAllPeople, useRoles } from '../../lookups';
import type { Person } from '../../types';

export function PersonEditModal({ person, onClose }: { person: Person; onClose: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  const roles = useRoles();
  const people = useAllPeople();
  const [form, setForm] = useState({
    // A role name: a built-in one, or a custom role's (the document types person.role as built-in | 'custom').
    role: person.role as string,
    jobTitle: person.jobTitle ?? '',
    reportsToId: person.reportsToId ?? '',
  });
  const save = useMutation({
    mutationFn: () =>
      api.patch<Person>(`/people/${person.id}`, {
        role: form.role,
        jobTitle: form.jobTitle.trim() || null,
        reportsToId: form.reportsToId || null,
      }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['list', '/people'] });
      await qc.invalidateQueries({ queryKey: ['lookup', 'people'] });
      onClose();
    },
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const roleNames = roles.data?.map((r) => r.role) ?? [];
  if (!roleNames.includes(person.role)) roleNames.unshift(person.role);
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
            data={roleNames.map((r) => ({ value: r, label: t.dyn(`role.${r}`, r) }))}
            value={form.role}
            onChange={(e) => setForm({ ...form, role: e.currentTarget.value })}
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
