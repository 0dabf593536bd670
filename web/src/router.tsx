import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import { isApiError } from './api';
import { NotFoundPage, RouteError, RoutePending } from './components/RouteStates';
import { MODULES } from './modules';
import { routeKit } from './modules/kit';
import { meQuery, setupStatusQuery } from './session';
import { AppLayout } from './shell/AppLayout';

export interface RouterContext {
  queryClient: QueryClient;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
});

// Public pages ---------------------------------------------------------------------------------------------

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } =>
    typeof search.redirect === 'string' && search.redirect.startsWith('/')
      ? { redirect: search.redirect }
      : {},
  beforeLoad: async ({ context }) => {
    const status = await context.queryClient.fetchQuery(setupStatusQuery).catch(() => null);
    if (status?.needed) throw redirect({ to: '/setup' });
  },
  component: lazyRouteComponent(() => import('./public/SignInPage'), 'SignInPage'),
});

const setupRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/setup',
  beforeLoad: async ({ context }) => {
    const status = await context.queryClient.fetchQuery(setupStatusQuery).catch(() => null);
    if (status && !status.needed) throw redirect({ to: '/sign-in' });
  },
  component: lazyRouteComponent(() => import('./public/SetupPage'), 'SetupPage'),
});

const inviteRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/invite/$token',
  component: lazyRouteComponent(() => import('./public/AcceptInvitePage'), 'AcceptInvitePage'),
});

const resetRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reset/$token',
  component: lazyRouteComponent(() => import('./public/ResetPasswordPage'), 'ResetPasswordPage'),
});

// Signed-in pages ------------------------------------------------------------------------------------------

const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    try {
      await context.queryClient.ensureQueryData(meQuery);
    } catch (e) {
      if (isApiError(e) && e.status === 401) {
        const status = await context.queryClient.fetchQuery(setupStatusQuery).catch(() => null);
        if (status?.needed) throw redirect({ to: '/setup' });
        const back = location.href === '/' ? undefined : location.href;
        throw redirect({ to: '/sign-in', search: back ? { redirect: back } : {} });
      }
      throw e;
    }
  },
  component: AppLayout,
  errorComponent: RouteError,
  pendingComponent: RoutePending,
});

export type AppRoute = typeof appRoute;

const { page } = routeKit(appRoute);
const homeRoute = page('/', () => import('./shell/HomePage'), 'HomePage');

// Every web module's pages (web/src/modules/index.ts).
type ModuleRoute = ReturnType<(typeof MODULES)[number]['routes']>[number];
const moduleRoutes = MODULES.flatMap((m): ModuleRoute[] => [...m.routes(routeKit(appRoute))]);

const routeTree = rootRoute.addChildren([
  signInRoute,
  setupRoute,
  inviteRoute,
  resetRoute,
  appRoute.addChildren([homeRoute, ...moduleRoutes]),
]);

export function makeRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    defaultPreloadStaleTime: 0,
    defaultPendingComponent: RoutePending,
    defaultErrorComponent: RouteError,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof makeRouter>;
  }
}
