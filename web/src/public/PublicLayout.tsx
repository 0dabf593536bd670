import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useEffect } from 'react';
import { LanguageSwitcher } from '../shell/LanguageSwitcher';

/** The frame of the pages one sees before signing in. */
export function PublicLayout({
  title,
  subtitle,
  children,
  width = 420,
}: {
  title: string;
  subtitle?: ReactNode;
  children: ReactNode;
  width?: number;
}) {
  useEffect(() => {
    document.title = `${title} · Steward`;
  }, [title]);
  return (
    <Box mih="100vh" bg="gray.0" py="xl" px="md">
      <Group justify="space-between" maw={width} mx="auto" mb="md">
        <Text fw={700} size="xl">
          Steward
        </Text>
        <LanguageSwitcher signedIn={false} />
      </Group>
      <Center>
        <Paper component="main" id="main" withBorder shadow="sm" p="xl" radius="md" w="100%" maw={width}>
          <Stack gap="md">
            <div>
              <Title order={1} size="h2">
                {title}
              </Title>
              {subtitle && (
                <Text c="dimmed" size="sm" mt={4}>
                  {subtitle}
                </Text>
              )}
            </div>
            {children}
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}
