import { Alert, Button, Loader, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { api, setCompanyId } from '../api';
import type { ApiResponse } from '../api/types';
import { ErrorAlert } from '../components/ErrorAlert';
import { NewPasswordFields, useNewPassword } from '../components/NewPasswordFields';
import { useT } from '../i18n';
import { useResetSession } from '../session';
import type { Me } from '../types';
import { PublicLayout } from './PublicLayout';

const route = getRouteApi('/invite/$token');

type InvitationInfo = ApiResponse<'/auth/invitations/{token}'>;

/**
 * An invitation link. A new person chooses a name and password here. Someone who already has an account
 * never gets in through the link (issue #9): they sign in as themself first — password and two-factor code as
 * usual — come back to this page and accept from that session.
 */
export function AcceptInvitePage() {
  const t = useT();
  const { token } = route.useParams();
  const info = useQuery({
    queryKey: ['invitation', token],
    queryFn: () => api.get<InvitationInfo>(`/auth/invitations/${encodeURIComponent(token)}`),
    retry: false,
  });
  return (
    <PublicLayout title={t('invite.title')}>
      {info.isPending && <Loader aria-label={t('common.loading')} />}
      {info.error && <ErrorAlert error={info.error} title={t('invite.invalid')} />}
      {info.data &&
        (info.data.existingUser ? (
          <ExistingAccount token={token} info={info.data} />
        ) : (
          <NewAccount token={token} info={info.data} />
        ))}
    </PublicLayout>
  );
}

function NewAccount({ token, info }: { token: string; info: InvitationInfo }) {
  const t = useT();
  const navigate = useNavigate();
  const reset = useResetSession();
  const [name, setName] = useState('');
  const pw = useNewPassword();
  const accept = useMutation({
    mutationFn: () =>
      api.post('/auth/invitations/accept', { token, name: name.trim(), password: pw.password }),
    onSuccess: async () => {
      setCompanyId(null);
      await reset();
      await navigate({ to: '/' });
    },
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!pw.mismatch) accept.mutate();
  };
  return (
    <form onSubmit={onSubmit} data-testid="accept-invite-form" aria-label={t('invite.title')} noValidate>
      <Stack gap="sm">
        <Alert variant="light" color="teal">
          <Text size="sm">
            {t('invite.intro', {
              company: info.companyName,
              role: info.role === 'custom' ? info.roleName : t.dyn(`role.${info.role}`, info.roleName),
            })}
          </Text>
        </Alert>
        {accept.error && <ErrorAlert error={accept.error} />}
        <TextInput label={t('field.email')} value={info.email} readOnly />
        <TextInput
          label={t('field.yourName')}
          required
          autoFocus
          autoComplete="name"
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
        />
        <NewPasswordFields state={pw} />
        <Button type="submit" loading={accept.isPending} data-testid="accept-invite-submit">
          {t('invite.submit')}
        </Button>
      </Stack>
    </form>
  );
}

function ExistingAccount({ token, info }: { token: string; info: InvitationInfo }) {
  const t = useT();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const reset = useResetSession();
  const role = info.role === 'custom' ? info.roleName : t.dyn(`role.${info.role}`, info.roleName);
  // Who is signed in, if anyone: an unauthenticated answer here is expected, not an error to show.
  const me = useQuery({
    queryKey: ['invitation-me'],
    queryFn: () => api.get<Me>('/me').catch(() => null),
    retry: false,
  });
  const accept = useMutation({
    mutationFn: () =>
      api.post<ApiResponse<'/me/invitations/accept', 'post'>>('/me/invitations/accept', { token }),
    onSuccess: async (result) => {
      // The server made the new company this session's current one; send it from now on.
      setCompanyId(result.companyId);
      await reset();
      await navigate({ to: '/' });
    },
  });
  const signOut = useMutation({
    mutationFn: () => api.post('/auth/sign-out'),
    onSettled: async () => {
      setCompanyId(null);
      qc.removeQueries({ queryKey: ['me'] });
      await qc.invalidateQueries({ queryKey: ['invitation-me'] });
    },
  });
  const goSignIn = () => navigate({ to: '/sign-in', search: { redirect: `/invite/${token}` } });

  if (me.isPending) return <Loader aria-label={t('common.loading')} />;
  const current = me.data?.user.email ?? null;
  return (
    <Stack gap="sm" data-testid="accept-invite-existing">
      {current === null && (
        <>
          <Alert variant="light" color="teal">
            <Text size="sm">
              {t('invite.existingIntro', { company: info.companyName, role, email: info.email })}
            </Text>
          </Alert>
          <Button onClick={goSignIn} data-testid="accept-invite-sign-in">
            {t('invite.signInToAccept')}
          </Button>
        </>
      )}
      {current !== null && current === info.email && (
        <>
          <Alert variant="light" color="teal">
            <Text size="sm">{t('invite.acceptAs', { email: current, company: info.companyName, role })}</Text>
          </Alert>
          {accept.error && <ErrorAlert error={accept.error} />}
          <Button
            loading={accept.isPending}
            onClick={() => accept.mutate()}
            data-testid="accept-invite-accept"
          >
            {t('invite.accept')}
          </Button>
        </>
      )}
      {current !== null && current !== info.email && (
        <>
          <Alert variant="light" color="orange" data-testid="accept-invite-wrong-user">
            <Text size="sm">{t('invite.wrongUser', { current, email: info.email })}</Text>
          </Alert>
          <Button variant="default" loading={signOut.isPending} onClick={() => signOut.mutate()}>
            {t('invite.signOut')}
          </Button>
        </>
      )}
    </Stack>
  );
}
