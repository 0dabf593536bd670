import {
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n';
import {
  type PermissionView,
  type Reach,
  type RoleView,
  usePermissionCatalogue,
  useRefreshRoles,
} from './rolesApi';

/** The registry's permissions by module, in name order (the modules as GET /permissions names them). */
function byModule(list: PermissionView[]): [string, PermissionView[]][] {
  const groups = new Map<string, PermissionView[]>();
  for (const p of [...list].sort((a, b) => a.name.localeCompare(b.name))) {
    groups.set(p.module, [...(groups.get(p.module) ?? []), p]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
}

/**
 * Create or change a company role: a name, a description and the permissions it holds, ticked by module. A
 * department-scoped permission may be limited to the member's own departments (reach `departments`). The
 * server refuses a permission the actor does not hold; its message is shown as it comes.
 */
export function RoleFormModal({ role, onClose }: { role: RoleView | null; onClose: () => void }) {
  const t = useT();
  const refresh = useRefreshRoles();
  const catalogue = usePermissionCatalogue();
  const phone = useMediaQuery('(max-width: 36em)');
  const [name, setName] = useState(role?.name ?? '');
  const [description, setDescription] = useState(role?.description ?? '');
  const [grants, setGrants] = useState<Map<string, Reach>>(
    () => new Map((role?.permissions ?? []).map((p) => [p.name, p.reach])),
  );
  const save = useMutation({
    mutationFn: () => {
      const body = {
        name: name.trim(),
        description: description.trim(),
        permissions: [...grants].map(([n, reach]) => ({ name: n, reach })),
      };
      return role ? api.patch<RoleView>(`/roles/${role.id}`, body) : api.post<RoleView>('/roles', body);
    },
    onSuccess: async () => {
      await refresh();
      onClose();
    },
  });
  const toggle = (p: string, on: boolean) =>
    setGrants((g) => {
      const next = new Map(g);
      if (on) next.set(p, 'company');
      else next.delete(p);
      return next;
    });
  const setReach = (p: string, own: boolean) =>
    setGrants((g) => new Map(g).set(p, own ? 'departments' : 'company'));
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const title = role ? t('orgRoles.editTitle', { name: role.name }) : t('orgRoles.createTitle');
  return (
    <Modal opened onClose={onClose} title={title} size="xl" fullScreen={phone}>
      <form onSubmit={onSubmit} aria-label={title} data-testid="role-form">
        <Stack gap="sm">
          {save.error && <ErrorAlert error={save.error} />}
          <TextInput
            label={t('orgRoles.name')}
            required
            maxLength={100}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            data-autofocus
            data-testid="role-name"
          />
          <Textarea
            label={t('orgRoles.description')}
            maxLength={500}
            autosize
            minRows={1}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
          />
          <Group justify="space-between" align="baseline">
            <Title order={3} size="h5">
              {t('orgRoles.permissions')}
            </Title>
            <Text size="sm" c="dimmed" aria-live="polite">
              {t('orgRoles.selectedCount', { count: grants.size })}
            </Text>
          </Group>
          <Text size="sm" c="dimmed">
            {t('orgRoles.permissionsHint')}
          </Text>
          {catalogue.error && <ErrorAlert error={catalogue.error} />}
          {byModule(catalogue.data ?? []).map(([module, perms]) => (
            <fieldset key={module} className="role-perm-group" data-testid={`perm-group-${module}`}>
              <legend>
                <Text fw={600} size="sm">
                  {t.dyn(`orgRoles.module.${module}`, module)}
                </Text>
              </legend>
              <Stack gap={6}>
                {perms.map((p) => {
                  const reach = grants.get(p.name);
                  return (
                    <div key={p.name}>
                      <Checkbox
                        checked={reach !== undefined}
                        onChange={(e) => toggle(p.name, e.currentTarget.checked)}
                        label={
                          <>
                            {t.dyn(`perm.${p.name}`, p.description)}{' '}
                            {p.scope === 'department' && (
                              <Badge size="xs" variant="light">
                                {t('orgRoles.departmentScoped')}
                              </Badge>
                            )}
                          </>
                        }
                        description={<span style={{ fontFamily: 'monospace' }}>{p.name}</span>}
                        data-testid={`perm-${p.name}`}
                      />
                      {p.scope === 'department' && reach !== undefined && (
                        <Checkbox
                          ml="xl"
                          mt={4}
                          size="xs"
                          checked={reach === 'departments'}
                          onChange={(e) => setReach(p.name, e.currentTarget.checked)}
                          label={t('orgRoles.ownDepartments')}
                          aria-label={`${p.name}: ${t('orgRoles.ownDepartments')}`}
                          data-testid={`reach-${p.name}`}
                        />
                      )}
                    </div>
                  );
                })}
              </Stack>
            </fieldset>
          ))}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="role-save">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
