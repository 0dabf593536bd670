// Small "all of them" lists for pickers (departments, people, roles).
import { useQuery } from '@tanstack/react-query';
import { api, asItems, type Page } from './api';
import { useMe } from './session';
import type { Department, Person, RoleAnswer, RolePermissions } from './types';

export function useAllDepartments(enabled = true) {
  return useQuery({
    queryKey: ['lookup', 'departments'],
    queryFn: async () => asItems(await api.get<Page<Department>>('/departments', { limit: 500 })),
    enabled,
    staleTime: 30_000,
  });
}

/**
 * The departments whose tasks and members the signed-in user may see — all for owners, admins and auditors,
 * otherwise their own (the API answers 403 to a filter on any other). For filters on department-scoped lists.
 */
export function useVisibleDepartments(enabled = true) {
  const me = useMe();
  const all = useAllDepartments(enabled);
  const seesAll = me.role === 'owner' || me.role === 'admin' || me.role === 'auditor';
  const mine = new Set(me.departments.map((d) => d.id));
  return { ...all, data: seesAll ? all.data : all.data?.filter((d) => mine.has(d.id)) };
}

export function useAllPeople(enabled = true) {
  return useQuery({
    queryKey: ['lookup', 'people'],
    queryFn: async () => asItems(await api.get<Page<Person>>('/people', { limit: 500, status: 'active' })),
    enabled,
    staleTime: 30_000,
  });
}

export function useRoles(enabled = true) {
  return useQuery({
    queryKey: ['lookup', 'roles'],
    queryFn: async (): Promise<RolePermissions[]> =>
      asItems(await api.get<Page<RoleAnswer> | RoleAnswer[]>('/roles')).map((r) => {
        const info = r.permissions.map((p) => (typeof p === 'string' ? { name: p } : p));
        return { role: r.role, permissions: info.map((p) => p.name), info };
      }),
    enabled,
    staleTime: 300_000,
  });
}
