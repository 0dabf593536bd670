import { Avatar, Button, Menu, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { api, setCompanyId } from '../api';
import { useT } from '../i18n';
import { useMe } from '../session';

export function UserMenu() {
  const me = useMe();
  const t = useT();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const signOut = useMutation({
    mutationFn: () => api.post('/auth/sign-out'),
    onSettled: async () => {
      setCompanyId(null);
      qc.clear();
      await navigate({ to: '/sign-in' });
    },
  });
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          px="xs"
          aria-label={t('shell.userMenu', { name: me.user.name })}
          data-testid="user-menu"
          // An icon, not initials: the button's visible text must be part of its name (WCAG 2.5.3).
          leftSection={<Avatar size="sm" color="teal" radius="xl" aria-hidden />}
        >
          <Text size="sm" visibleFrom="md" truncate maw={160}>
            {me.user.name}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{me.user.email}</Menu.Label>
        <Menu.Item component={Link} to="/account">
          {t('nav.account')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item color="red" onClick={() => signOut.mutate()} data-testid="sign-out">
          {t('shell.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
