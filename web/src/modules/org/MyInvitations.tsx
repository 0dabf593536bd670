import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { api, setCompanyId } from '../../api';
import type { ApiResponse } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n';
import { useResetSession } from '../../session';

/**
 * Invitations to the signed-in person's own e-mail. Someone who already has an account accepts here (or from
 * the mailed link, signed in): with no mail configured, the inviter never gets a link for an existing account.
 */
export function MyInvitationsCard() {
  const t = useT();
  const reset = useResetSession();
  const q = useQuery({
    queryKey: ['me-invitations'],
    queryFn: () => api.get<ApiResponse<'/me/invitations'>>('/me/invitations'),
  });
  const accept = useMutation({
    mutationFn: (id: string) =>
      api.post<ApiResponse<'/me/invitations/{id}/accept', 'post'>>(
        `/me/invitations/${encodeURIComponent(id)}/accept`,
      ),
    onSuccess: async (result) => {
      setCompanyId(result.companyId);
      await reset();
    },
  });
  const items = q.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Card withBorder padding="lg" mb="md" data-testid="my-invitations">
      <Title order={2} size="h4" mb="sm">
        {t('myInvitations.title')}
      </Title>
      {accept.error && <ErrorAlert error={accept.error} />}
      <Stack gap="xs">
        {items.map((i) => (
          <Group key={i.id} justify="space-between">
            <Text size="sm">
              {t('myInvitations.item', {
                company: i.companyName,
                // A company role is shown as the company named it; a built-in one in the reader's language.
                role: i.role === 'custom' ? i.roleName : t.dyn(`role.${i.role}`, i.roleName),
              })}
            </Text>
            <Button
              size="xs"
              loading={accept.isPending && accept.variables === i.id}
              onClick={() => accept.mutate(i.id)}
            >
              {t('myInvitations.accept')}
            </Button>
          </Group>
        ))}
      </Stack>
    </Card>
  );
}
