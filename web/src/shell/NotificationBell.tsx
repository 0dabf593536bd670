import {
  ActionIcon,
  Anchor,
  Badge,
  Group,
  Indicator,
  Popover,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { api } from '../api';
import type { ApiResponse } from '../api/types';
import { useFormat, useT } from '../i18n';
import { subjectLink } from '../modules/work/workApi';
import { PERM } from '../permissions';
import { useCan } from '../session';

/** How often the badge asks for the unread count (also on window focus): no push channel is needed. */
const POLL_MS = 45_000;
const SHOWN = 10;

function BellIcon() {
  return (
    <svg
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden="true"
    >
      <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" strokeLinecap="round" strokeLinejoin="round" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/**
 * The bell in the header on every page: the unread count as a badge, polled; opening it lists the latest
 * notifications and marks the unread ones among them read (the list keeps showing which were new).
 */
export function NotificationBell() {
  const can = useCan();
  if (!can(PERM.workNotificationsRead)) return null;
  return <Bell />;
}

function Bell() {
  const t = useT();
  const qc = useQueryClient();
  const can = useCan();
  const [opened, setOpened] = useState(false);
  const count = useQuery({
    queryKey: ['work', 'notifications', 'unread-count'],
    queryFn: () =>
      api.get<ApiResponse<'/work/notifications/unread-count'>>('/work/notifications/unread-count'),
    refetchInterval: POLL_MS,
    refetchOnWindowFocus: true,
  });
  // TanStack refetches on tab visibility; coming back from another window counts too.
  const { refetch } = count;
  useEffect(() => {
    const ask = () => void refetch();
    window.addEventListener('focus', ask);
    return () => window.removeEventListener('focus', ask);
  }, [refetch]);
  const unread = count.data?.unread ?? 0;
  const label =
    unread > 0 ? t('shell.notificationsUnread', { count: String(unread) }) : t('shell.notifications');
  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      position="bottom-end"
      width={360}
      shadow="md"
      trapFocus
      returnFocus
      withinPortal
      // The target is the Indicator (a div), where aria-expanded is not allowed: the button below carries the
      // popup's state itself.
      withRoles={false}
    >
      <Popover.Target>
        <Indicator
          label={unread > 99 ? '99+' : unread}
          size={18}
          color="red"
          disabled={unread === 0}
          offset={4}
          data-testid="bell-count"
        >
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            aria-label={label}
            aria-haspopup="dialog"
            aria-expanded={opened}
            onClick={() => setOpened((o) => !o)}
            data-testid="bell"
          >
            <BellIcon />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown p="sm" role="dialog" aria-label={t('shell.notifications')} data-testid="bell-panel">
        {opened && (
          <BellList
            manage={can(PERM.workNotificationsManage)}
            onClose={() => setOpened(false)}
            onRead={() => qc.invalidateQueries({ queryKey: ['work', 'notifications'] })}
          />
        )}
      </Popover.Dropdown>
    </Popover>
  );
}

/** The latest notifications; the unread ones shown are marked read once, when the list first arrives. */
function BellList({ manage, onClose, onRead }: { manage: boolean; onClose: () => void; onRead: () => void }) {
  const t = useT();
  const f = useFormat();
  const list = useQuery({
    queryKey: ['bell', 'list'],
    queryFn: () => api.get<ApiResponse<'/work/notifications'>>('/work/notifications', { limit: SHOWN }),
    staleTime: 0,
    gcTime: 0,
  });
  const marked = useRef(false);
  const items = list.data?.items ?? [];
  useEffect(() => {
    const ids = (list.data?.items ?? []).filter((n) => !n.read).map((n) => n.id);
    if (!manage || marked.current || !list.data || ids.length === 0) return;
    marked.current = true;
    void api.post('/work/notifications/read', { ids }).then(onRead);
  }, [list.data, manage, onRead]);
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Text fw={700}>{t('shell.notifications')}</Text>
        <Anchor component={Link} to="/account/notifications" size="xs" onClick={onClose}>
          {t('shell.notificationSettings')}
        </Anchor>
      </Group>
      {list.isPending && <Text size="sm">{t('common.loading')}</Text>}
      {list.data && items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('shell.noNotifications')}
        </Text>
      )}
      <Stack gap={4} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {items.map((n) => {
          const href = n.entityType && n.entityId ? subjectLink(n.entityType, n.entityId) : null;
          const body = (
            <>
              <Group gap={6} wrap="nowrap" align="flex-start">
                {!n.read && (
                  <Badge size="xs" color="blue" variant="filled" style={{ flexShrink: 0 }}>
                    {t('shell.new')}
                  </Badge>
                )}
                <Text size="sm" fw={n.read ? 400 : 600} lineClamp={2}>
                  {n.title}
                </Text>
              </Group>
              <Text size="xs" c="dimmed">
                {f.dateTime(n.createdAt)}
              </Text>
            </>
          );
          return (
            <li key={n.id} data-testid="bell-item">
              {href ? (
                <UnstyledButton
                  component={Link}
                  to={href}
                  display="block"
                  w="100%"
                  p={6}
                  style={{ borderRadius: 4 }}
                  onClick={onClose}
                >
                  {body}
                </UnstyledButton>
              ) : (
                <div style={{ padding: 6 }}>{body}</div>
              )}
            </li>
          );
        })}
      </Stack>
    </Stack>
  );
}
