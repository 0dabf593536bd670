import { AppShell, Burger, Group, Text } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { Outlet, useLocation } from '@tanstack/react-router';
import { Suspense, useEffect } from 'react';
import { RoutePending } from '../components/RouteStates';
import { isLocale, useLocale, useT } from '../i18n';
import { useMe } from '../session';
import { CompanySwitcher } from './CompanySwitcher';
import { LanguageSwitcher } from './LanguageSwitcher';
import { MainNav } from './MainNav';
import { NotificationBell } from './NotificationBell';
import { SearchSpotlight } from './SearchSpotlight';
import { UserMenu } from './UserMenu';

export function AppLayout() {
  const me = useMe();
  const t = useT();
  const { locale, setLocale } = useLocale();
  const [opened, { toggle, close }] = useDisclosure(false);
  const { pathname } = useLocation();
  // Below the md breakpoint the navigation slides away; while hidden it must not take keyboard focus.
  const narrow = useMediaQuery('(max-width: 61.99em)');

  // The user's saved language wins over the browser's once we know it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the saved locale changes
  useEffect(() => {
    if (isLocale(me.user.locale) && me.user.locale !== locale) setLocale(me.user.locale);
  }, [me.user.locale]);

  // Close the mobile navigation after following a link.
  // biome-ignore lint/correctness/useExhaustiveDependencies: on navigation only
  useEffect(() => close(), [pathname]);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'md', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
          {/* The left side gives way (the company name truncates) so the bell and the account menu stay on a phone. */}
          <Group gap="sm" wrap="nowrap" miw={0} style={{ flex: '1 1 auto' }}>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="md"
              size="sm"
              aria-label={opened ? t('shell.closeNav') : t('shell.openNav')}
            />
            <Text fw={700} size="lg" visibleFrom="xs">
              Steward
            </Text>
            <CompanySwitcher />
          </Group>
          <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
            <SearchSpotlight />
            <NotificationBell />
            <LanguageSwitcher />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" inert={narrow && !opened} aria-label={t('shell.navigation')}>
        <MainNav />
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Suspense fallback={<RoutePending />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
