import { NavLink, ScrollArea, Text } from '@mantine/core';
import { Link, useLocation } from '@tanstack/react-router';
import type { MessageKey } from '../i18n';
import { useT } from '../i18n';
import { MODULES, SECTIONS } from '../modules';
import { useCan } from '../session';

interface Item {
  to: string;
  label: MessageKey;
  /** Shown when the user has any of these (empty: everyone). */
  anyOf: readonly string[];
  exact?: boolean;
}

interface Section {
  label: MessageKey | null;
  items: Item[];
}

/** Home on top, then each section's entries from the web modules (web/src/modules/index.ts) in their order. */
const NAV: Section[] = [
  { label: null, items: [{ to: '/', label: 'nav.home', anyOf: [], exact: true }] },
  ...SECTIONS.map((section) => ({
    label: section.label,
    items: MODULES.flatMap((m) => m.nav as readonly (Item & { section: string; order: number })[])
      .filter((item) => item.section === section.id)
      .sort((a, b) => a.order - b.order),
  })),
];

export function MainNav() {
  const t = useT();
  const can = useCan();
  const { pathname } = useLocation();
  const isActive = (item: Item) =>
    item.exact ? pathname === item.to : pathname === item.to || pathname.startsWith(`${item.to}/`);
  return (
    <ScrollArea>
      {NAV.map((section) => {
        const items = section.items.filter((i) => i.anyOf.length === 0 || i.anyOf.some(can));
        if (items.length === 0) return null;
        return (
          <div key={section.label ?? 'top'} style={{ marginBottom: 12 }}>
            {section.label && (
              <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" py={4}>
                {t(section.label)}
              </Text>
            )}
            {items.map((item) => (
              <NavLink
                key={item.to}
                component={Link}
                to={item.to}
                activeOptions={{ exact: !!item.exact }}
                label={t(item.label)}
                active={isActive(item)}
                aria-current={isActive(item) ? 'page' : undefined}
                data-testid={`nav-${item.to.replace(/\//g, '-').replace(/^-/, '') || 'home'}`}
              />
            ))}
          </div>
        );
      })}
    </ScrollArea>
  );
}
