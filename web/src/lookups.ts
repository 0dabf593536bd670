// Small "all of them" lists for pickers (departments, people); roles come from modules/org/rolesApi.
import { useQuery } from '@tanstack/react-query';
import { api, asItems, type Page } from './api';
import { useMe } from './session';
import type { Department, Person } from './types';

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
