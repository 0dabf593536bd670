import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { getRouteApi, useRouter } from '@tanstack/react-router';
import { type FormEvent, useRef, useState } from 'react';
import { api, isApiError } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { useT } from '../i18n';
import { useResetSession } from '../session';
import { PublicLayout } from './PublicLayout';

const route = getRouteApi('/sign-in');

export function SignInPage() {
  const t = useT();
  const router = useRouter();
  const search = route.useSearch();
  const reset = useResetSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const [needTotp, setNeedTotp] = useState(false);
  const totpRef = useRef<HTMLInputElement>(null);

  const signIn = useMutation({
    mutationFn: () =>
      api.post('/auth/sign-in', { email: email.trim(), password, totp: needTotp ? totp.trim() : undefined }),
    onSuccess: async () => {
      await reset();
      router.history.push(search.redirect ?? '/');
    },
    onError: (e) => {
      if (isApiError(e, 'totp_required') && !needTotp) {
        setNeedTotp(true);
        setTimeout(() => totpRef.current?.focus(), 0);
      }
    },
  });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    signIn.mutate();
  };
  // The first totp_required answer is a question, not an error.
  const firstTotpPrompt = isApiError(signIn.error, 'totp_required') && !totp;

  return (
    <PublicLayout title={t('signIn.title')} subtitle={t('signIn.subtitle')}>
      <form onSubmit={onSubmit} data-testid="sign-in-form" aria-label={t('signIn.title')} noValidate>
        <Stack gap="sm">
          {signIn.error && !firstTotpPrompt && (
            <ErrorAlert
              error={signIn.error}
              title={isApiError(signIn.error, 'rate_limited') ? t('signIn.rateLimited') : undefined}
            />
          )}
          <TextInput
            label={t('field.email')}
            type="email"
            autoComplete="username"
            required
            autoFocus
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            name="email"
          />
          <PasswordInput
            label={t('field.password')}
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            name="password"
          />
          {needTotp && (
            <TextInput
              ref={totpRef}
              label={t('field.totpCode')}
              description={t('signIn.totpHelp')}
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={8}
              required
              value={totp}
              onChange={(e) => setTotp(e.currentTarget.value)}
              name="totp"
              data-testid="totp-input"
            />
          )}
          <Button type="submit" loading={signIn.isPending} fullWidth mt="xs" data-testid="sign-in-submit">
            {t('signIn.submit')}
          </Button>
        </Stack>
      </form>
    </PublicLayout>
  );
}
