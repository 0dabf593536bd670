import '@mantine/core/styles.css';
import './app.css';
import { MantineProvider } from '@mantine/core';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { isApiError } from './api';
import { I18nProvider } from './i18n';
import { makeRouter } from './router';
import { cssVariablesResolver, theme } from './theme';

const PUBLIC_PATHS = ['/sign-in', '/setup', '/invite/', '/reset/'];

function onUnauthenticated(error: unknown) {
  // A session that expired while the app was open: go to sign-in (queries under /me already redirect).
  const path = window.location.pathname;
  if (isApiError(error, 'unauthenticated') && !PUBLIC_PATHS.some((p) => path.startsWith(p))) {
    queryClient.removeQueries({ queryKey: ['me'] });
    void router.navigate({ to: '/sign-in', search: { redirect: window.location.pathname } });
  }
}

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onUnauthenticated }),
  mutationCache: new MutationCache({ onError: onUnauthenticated }),
  defaultOptions: {
    queries: {
      retry: (count, error) => !isApiError(error) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

const router = makeRouter(queryClient);

const root = document.getElementById('root');
if (!root) throw new Error('missing #root');
createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <I18nProvider>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </I18nProvider>
    </MantineProvider>
  </StrictMode>,
);
