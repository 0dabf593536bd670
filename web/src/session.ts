import { queryOptions, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { api, setCompanyId } from './api';
import type { ApiResponse } from './api/types';
import type { Me } from './types';

export const meQuery = queryOptions({
  queryKey: ['me'],
  queryFn: async () => {
    const me = await api.get<Me>('/me');
    setCompanyId(me.currentCompanyId);
    return me;
  },
  staleTime: 60_000,
  retry: false,
});

export const setupStatusQuery = queryOptions({
  queryKey: ['setup-status'],
  queryFn: () => api.get<ApiResponse<'/setup/status'>>('/setup/status'),
  staleTime: 10_000,
  retry: false,
});

/** The signed-in user; only inside the authenticated layout, which loads it first. */
export function useMe(): Me {
  return useSuspenseQuery(meQuery).data;
}

export function useCan(): (permission: string) => boolean {
  const me = useMe();
  return (permission) => me.permissions.includes(permission) || me.permissions.includes('*');
}

/** After signing in, out or switching company: forget everything cached for the previous session. */
export function useResetSession(): () => Promise<void> {
  const qc = useQueryClient();
  return async () => {
    qc.removeQueries({ predicate: (q) => q.queryKey[0] !== 'setup-status' });
    await qc.prefetchQuery(meQuery);
  };
}
