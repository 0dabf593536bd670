// The shapes and queries of roles as data (GET /permissions, /roles, PUT /people/{id}/role), typed from the
// generated client types so they follow the server's contract.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, asItems, type Page } from '../../api';
import type { components } from '../../api/schema.gen';
import { useT } from '../../i18n';

export type RoleView = components['schemas']['Role'];
export type PermissionView = components['schemas']['Permission'];
export type Reach = RoleView['permissions'][number]['reach'];
/** What a person's role is, as GET /people answers it (a built-in role, or 'custom' and the company role). */
export type PersonRole = Pick<components['schemas']['Person'], 'role' | 'customRoleId' | 'roleName'>;

/** The role a select should show for a person: the built-in name, or the company role's id. */
export function roleIdOf(p: { role: string; customRoleId?: string | null }): string {
  return p.role === 'custom' && p.customRoleId ? p.customRoleId : p.role;
}

export function useCompanyRoles(enabled = true) {
  return useQuery({
    queryKey: ['org', 'roles'],
    queryFn: async () => asItems(await api.get<RoleView[] | Page<RoleView>>('/roles')),
    enabled,
    staleTime: 30_000,
  });
}

export function usePermissionCatalogue(enabled = true) {
  return useQuery({
    queryKey: ['org', 'permissions'],
    queryFn: async () => asItems(await api.get<Page<PermissionView>>('/permissions')),
    enabled,
    staleTime: 300_000,
  });
}

/** After a role changes: every list or lookup that shows roles, people's roles or the user's own grants. */
export function useRefreshRoles(): () => Promise<void> {
  const qc = useQueryClient();
  return async () => {
    await Promise.all([
      qc.invalidateQueries({ queryKey: ['org'] }),
      qc.invalidateQueries({ queryKey: ['lookup', 'roles'] }),
      qc.invalidateQueries({ queryKey: ['lookup', 'people'] }),
      qc.invalidateQueries({ queryKey: ['list', '/people'] }),
    ]);
  };
}

/** A role's display name: a built-in one in the reader's language, a company role as the company named it. */
export function useRoleLabel(): (r: { builtin: boolean; id: string; name: string }) => string {
  const t = useT();
  return (r) => (r.builtin ? t.dyn(`role.${r.id}`, r.name) : r.name);
}
