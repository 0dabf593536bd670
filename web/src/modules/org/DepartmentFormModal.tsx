import { Button, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n';
import { useAllDepartments, useAllPeople } from '../../lookups';
import type { Department } from '../../types';

/** Create (department undefined) or edit a department: code, name, parent, manager. */
export function DepartmentFormModal({
  opened,
  onClose,
  department,
}: {
  opened: boolean;
  onClose: () => void;
  department?: Department;
}) {
  const t = useT();
  const qc = useQueryClient();
  const departments = useAllDepartments(opened);
  const people = useAllPeople(opened);
  const [form, setForm] = useState({
    code: department?.code ?? '',
    name: department?.name ?? '',
    parentId: department?.parentId ?? '',
    managerId: department?.managerId ?? '',
  });
  const save = useMutation({
    mutationFn: () => {
      const body = {
        code: form.code.trim(),
        name: form.name.trim(),
        parentId: form.parentId || null,
        managerId: form.managerId || null,
      };
      return department
        ? api.patch<Department>(`/departments/${department.id}`, body)
        : api.post<Department>('/departments', body);
    },
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['list', '/departments'] });
      await qc.invalidateQueries({ queryKey: ['lookup', 'departments'] });
      await qc.invalidateQueries({ queryKey: ['department'] });
      onClose();
    },
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const parentOptions = [
    { value: '', label: t('departments.noParent') },
    ...(departments.data ?? [])
      .filter((d) => d.id !== department?.id)
      .map((d) => ({ value: d.id, label: `${d.code} — ${d.name}` })),
  ];
  const managerOptions = [
    { value: '', label: t('departments.noManager') },
    ...(people.data ?? []).map((p) => ({ value: p.id, label: `${p.name} (${p.email})` })),
  ];
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={department ? t('departments.edit') : t('departments.new')}
      size="lg"
    >
      <form onSubmit={onSubmit} data-testid="department-form" aria-label={t('departments.new')}>
        <Stack gap="sm">
          {save.error && <ErrorAlert error={save.error} />}
          <Group grow align="flex-start">
            <TextInput
              label={t('field.code')}
              description={t('departments.codeHelp')}
              required
              data-autofocus
              name="code"
              value={form.code}
              onChange={(e) => setForm({ ...form, code: e.currentTarget.value })}
            />
            <TextInput
              label={t('field.name')}
              required
              name="name"
              value={form.name}
              onChange={(e) => setForm({ ...form, name: e.currentTarget.value })}
            />
          </Group>
          <NativeSelect
            label={t('field.parentDepartment')}
            name="parentId"
            data={parentOptions}
            value={form.parentId}
            onChange={(e) => setForm({ ...form, parentId: e.currentTarget.value })}
          />
          <NativeSelect
            label={t('field.manager')}
            name="managerId"
            data={managerOptions}
            value={form.managerId}
            onChange={(e) => setForm({ ...form, managerId: e.currentTarget.value })}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="department-save">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
