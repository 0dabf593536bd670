import { Anchor, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useT } from '../i18n';
import { ErrorAlert } from './ErrorAlert';

export function RoutePending() {
  const t = useT();
  return (
    <Center py="xl">
      <Loader aria-label={t('common.loading')} />
    </Center>
  );
}

export function RouteError({ error }: { error: unknown }) {
  return <ErrorAlert error={error} />;
}

export function NotFoundPage() {
  const t = useT();
  return (
    <Center py="xl">
      <Stack align="center">
        <Title order={1}>{t('notFound.title')}</Title>
        <Text c="dimmed">{t('notFound.text')}</Text>
        <Anchor component={Link} to="/">
          {t('notFound.home')}
        </Anchor>
      </Stack>
    </Center>
  );
}
