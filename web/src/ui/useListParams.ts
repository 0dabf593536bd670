import { useLocation, useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback, useMemo } from 'react';

export type ListParams = Record<string, string>;

/**
 * A list's filters and sort live in the URL's search parameters, so a filtered list can be linked
 * (`/sales/invoices?status=overdue&sort=-total`) and saved as a view. Values are read as strings (the router
 * parses `true` and numbers; they are turned back). `set` merges a patch (empty or undefined removes a key);
 * `replaceAll` swaps the whole set (applying a saved view).
 */
export function useListParams(): {
  params: ListParams;
  set: (patch: Record<string, string | undefined>) => void;
  replaceAll: (next: ListParams) => void;
} {
  const raw = useSearch({ strict: false }) as Record<string, unknown>;
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const params = useMemo(() => {
    const out: ListParams = {};
    for (const [k, v] of Object.entries(raw))
      if (v !== undefined && v !== null && v !== '') out[k] = String(v);
    return out;
  }, [raw]);
  const replaceAll = useCallback(
    (next: ListParams) => navigate({ to: pathname, search: next as never, replace: true }),
    [navigate, pathname],
  );
  const set = useCallback(
    (patch: Record<string, string | undefined>) => {
      const next: ListParams = { ...params };
      for (const [k, v] of Object.entries(patch)) {
        if (v === undefined || v === '') delete next[k];
        else next[k] = v;
      }
      replaceAll(next);
    },
    [params, replaceAll],
  );
  return { params, set, replaceAll };
}
