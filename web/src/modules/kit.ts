// What a web module exports (web/src/modules/<m>/index.ts) and the helpers it builds its routes with.
// Type-only imports of the router: at run time a module's index loads its catalogues and nothing else, so the
// registry can be read by the router, the navigation, the dictionaries and the permission map without cycles.
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import type { MessageKey as CoreKey } from '../i18n/en';
import type { Permission } from '../lib/permissions.gen';
import type { AppRoute } from '../router';

/** The navigation sections, top to bottom (labels in web/src/modules/index.ts). */
export type SectionId =
  | 'organisation'
  | 'accounting'
  | 'salesPurchasing'
  | 'supervision'
  | 'system'
  | 'myAccount';

export interface NavEntry<K extends string> {
  section: SectionId;
  /** Position inside the section (entries of several modules share a section). */
  order: number;
  to: string;
  label: K;
  /** Shown when the user has any of these (empty: everyone). */
  anyOf: readonly Permission[];
  exact?: boolean;
}

type Catalogue = Record<string, string>;

/** Search params that are plain strings (dates, filters): kept when given, dropped otherwise. */
function stringSearch<K extends string>(keys: readonly K[]) {
  return (search: Record<string, unknown>): { [P in K]?: string } => {
    const out: { [P in K]?: string } = {};
    for (const k of keys) if (typeof search[k] === 'string' && search[k]) out[k] = search[k] as string;
    return out;
  };
}

/** The route helpers a module's `routes` function is given (the app's signed-in layout is their parent). */
export function routeKit(appRoute: AppRoute) {
  return {
    /** A signed-in page, its component loaded on first visit. */
    page<P extends string>(path: P, load: () => Promise<Record<string, unknown>>, name: string) {
      return createRoute({
        getParentRoute: () => appRoute,
        path,
        // biome-ignore lint/suspicious/noExplicitAny: lazyRouteComponent needs the module's component map
        component: lazyRouteComponent(load as () => Promise<any>, name),
      });
    },
    /** A signed-in page whose listed search params (dates, filters) are kept in the URL. */
    searchPage<P extends string, K extends string>(
      path: P,
      load: () => Promise<Record<string, unknown>>,
      name: string,
      search: readonly K[],
    ) {
      return createRoute({
        getParentRoute: () => appRoute,
        path,
        validateSearch: stringSearch(search),
        // biome-ignore lint/suspicious/noExplicitAny: lazyRouteComponent needs the module's component map
        component: lazyRouteComponent(load as () => Promise<any>, name),
      });
    },
  };
}
export type RouteKit = ReturnType<typeof routeKit>;

/**
 * One web module: its pages (routes), navigation entries, i18n catalogues (cs and es must have every English
 * key) and the permission names it checks, keyed for `PERM` (names from the server, lib/permissions.gen.ts).
 */
export function defineWebModule<
  const Id extends string,
  E extends Catalogue,
  const P extends Record<string, Permission>,
  R extends readonly unknown[],
>(m: {
  id: Id;
  messages: { en: E; cs: { readonly [K in keyof E]: string }; es: { readonly [K in keyof E]: string } };
  permissions: P;
  routes: (kit: RouteKit) => R;
  nav: readonly NavEntry<(keyof E & string) | CoreKey>[];
}) {
  return m;
}

/** For a module whose strings are still in the core dictionary (web/src/i18n/en.ts). */
export const NO_MESSAGES = { en: {}, cs: {}, es: {} } as const;
