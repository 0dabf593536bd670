import { Alert, Button, Loader, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n';
import { useResetSession } from '../../session';
import { PublicLayout } from './PublicLayout';

const route = getRouteApi('/invite/$token');

interface InvitationInfo {
  email: string;
  companyName: string;
  role: string;
}

export function AcceptInvitePage() {
  const t = useT();
  const { token } = route.useParams();
  const navigate = useNavigate();
  const reset = useResetSession();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const info = useQuery({
    queryKey: ['invitation', token],
    queryFn: () => api.get<InvitationInfo>(`/auth/invitations/${encodeURIComponent(token)}`),
    retry: false,
  });
  const accept = useMutation({
    mutationFn: () => api.post('/auth/invitations/accept', { token, name: name.trim(), password }),
    onSuccess: async () => {
      await reset();
      await navigate({ to: '/' });
    },
  });
  const mismatch = repeat.length > 0 && repeat !== password;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!mismatch) accept.mutate();
  };

  return (
    <PublicLayout title={t('invite.title')}>
      {info.isPending && <Loader aria-label={t('common.loading')} />}
      {info.error && <ErrorAlert error={info.error} title={t('invite.invalid')} />}
      {info.data && (
        <form onSubmit={onSubmit} data-testid="accept-invite-form" aria-label={t('invite.title')} noValidate>
          <Stack gap="sm">
            <Alert variant="light" color="teal">
              <Text size="sm">
                {t('invite.intro', {
                  company: info.data.companyName,
                  role: t.dyn(`role.${info.data.role}`, info.data.role),
                })}
              </Text>
            </Alert>
            {accept.error && <ErrorAlert error={accept.error} />}
            <TextInput label={t('field.email')} value={info.data.email} readOnly />
            <TextInput
              label={t('field.yourName')}
              required
              autoFocus
              autoComplete="name"
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
            />
            <PasswordInput
              label={t('field.newPassword')}
              description={t('password.rules')}
              required
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
            />
            <PasswordInput
              label={t('field.repeatPassword')}
              required
              autoComplete="new-password"
              value={repeat}
              error={mismatch ? t('password.mismatch') : undefined}
              onChange={(e) => setRepeat(e.currentTarget.value)}
            />
            <Button type="submit" loading={accept.isPending} data-testid="accept-invite-submit">
              {t('invite.submit')}
            </Button>
          </Stack>
        </form>
      )}
    </PublicLayout>
  );
}
