import { useInfiniteQuery } from '@tanstack/react-query';
import { api, type Page, type Query } from './api';

/** A cursor-paged list (`{items, nextCursor}`) with "load more". `poll` decides whether to refetch. */
export function useCursorList<T>(
  path: string,
  filters: Query,
  options?: { poll?: (items: T[]) => number | false },
) {
  const q = useInfiniteQuery({
    queryKey: ['list', path, filters],
    initialPageParam: null as string | null,
    queryFn: async ({ pageParam }) => {
      const data = await api.get<Page<T> | T[]>(path, { ...filters, cursor: pageParam ?? undefined });
      return Array.isArray(data) ? { items: data, nextCursor: null } : data;
    },
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchInterval: options?.poll
      ? (query) => options.poll?.(query.state.data?.pages.flatMap((p) => p.items) ?? []) ?? false
      : undefined,
  });
  const items = q.data?.pages.flatMap((p) => p.items) ?? [];
  return { ...q, items };
}
