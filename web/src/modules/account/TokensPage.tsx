import { Alert, Badge, Button, Card, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api } from '../../api';
import type { ApiResponse } from '../../api/types';
import { CopyField } from '../../components/CopyField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadMore } from '../../components/LoadMore';
import { PageTitle } from '../../components/PageTitle';
import { useFormat, useT } from '../../i18n';
import type { ApiToken } from '../../types';
import { useCursorList } from '../../useCursorList';

function NewTokenForm() {
  const t = useT();
  const qc = useQueryClient();
  const [name, setName] = useState('');
  const [expires, setExpires] = useState('');
  const create = useMutation({
    mutationFn: () =>
      api.post<ApiResponse<'/me/tokens', 'post'>>('/me/tokens', {
        name: name.trim(),
        expiresAt: expires ? new Date(`${expires}T23:59:59`).toISOString() : undefined,
      }),
    onSuccess: async () => {
      setName('');
      setExpires('');
      await qc.invalidateQueries({ queryKey: ['list', '/me/tokens'] });
    },
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <Card withBorder padding="lg" mb="lg" maw={760}>
      <Title order={2} size="h4" mb="sm">
        {t('tokens.new')}
      </Title>
      <form onSubmit={onSubmit} data-testid="token-form" aria-label={t('tokens.new')}>
        <Stack gap="sm">
          {create.error && <ErrorAlert error={create.error} />}
          {create.data && (
            <Alert color="teal" role="status" data-testid="token-created">
              <Stack gap="xs">
                <Text size="sm">{t('tokens.showOnce')}</Text>
                <CopyField label={create.data.name} value={create.data.token} testId="token-value" />
              </Stack>
            </Alert>
          )}
          <Group align="flex-end" gap="sm">
            <TextInput
              label={t('field.name')}
              placeholder={t('tokens.namePlaceholder')}
              required
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              w={280}
            />
            <TextInput
              label={t('tokens.expires')}
              description={t('common.optional')}
              type="date"
              value={expires}
              onChange={(e) => setExpires(e.currentTarget.value)}
              w={180}
            />
            <Button type="submit" loading={create.isPending} data-testid="token-create">
              {t('tokens.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

export function TokensPage() {
  const t = useT();
  const f = useFormat();
  const qc = useQueryClient();
  const list = useCursorList<ApiToken>('/me/tokens', {});
  const revoke = useMutation({
    mutationFn: (id: string) => api.delete(`/me/tokens/${id}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['list', '/me/tokens'] }),
  });
  return (
    <>
      <PageTitle title={t('tokens.title')} description={t('tokens.subtitle')} />
      <NewTokenForm />
      {list.error && <ErrorAlert error={list.error} />}
      {revoke.error && <ErrorAlert error={revoke.error} />}
      <Table.ScrollContainer minWidth={700}>
        <Table striped data-testid="tokens-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('field.name')}</Table.Th>
              <Table.Th>{t('tokens.created')}</Table.Th>
              <Table.Th>{t('tokens.expires')}</Table.Th>
              <Table.Th>{t('tokens.lastUsed')}</Table.Th>
              <Table.Th>{t('common.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.items.map((tok) => (
              <Table.Tr key={tok.id}>
                <Table.Td>{tok.name}</Table.Td>
                <Table.Td>{f.dateTime(tok.createdAt)}</Table.Td>
                <Table.Td>{tok.expiresAt ? f.date(tok.expiresAt) : t('tokens.never')}</Table.Td>
                <Table.Td>{tok.lastUsedAt ? f.dateTime(tok.lastUsedAt) : t('tokens.neverUsed')}</Table.Td>
                <Table.Td>
                  {tok.revokedAt ? (
                    <Badge color="gray" variant="light">
                      {t('tokens.revoked')}
                    </Badge>
                  ) : (
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      loading={revoke.isPending && revoke.variables === tok.id}
                      onClick={() => {
                        if (window.confirm(t('tokens.confirmRevoke', { name: tok.name })))
                          revoke.mutate(tok.id);
                      }}
                      aria-label={t('tokens.revokeFor', { name: tok.name })}
                    >
                      {t('tokens.revoke')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {list.isSuccess && list.items.length === 0 && (
        <Text c="dimmed" ta="center" py="lg">
          {t('tokens.none')}
        </Text>
      )}
      <LoadMore
        hasMore={!!list.hasNextPage}
        loading={list.isFetchingNextPage}
        onClick={() => list.fetchNextPage()}
      />
    </>
  );
}
