import { Alert, Anchor, Button, Checkbox, PasswordInput, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n';
import { PublicLayout } from './PublicLayout';

const route = getRouteApi('/reset/$token');

export function ResetPasswordPage() {
  const t = useT();
  const { token } = route.useParams();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [revokeApiTokens, setRevokeApiTokens] = useState(true);
  const complete = useMutation({
    mutationFn: () => api.post('/auth/password-reset/complete', { token, password, revokeApiTokens }),
  });
  const mismatch = repeat.length > 0 && repeat !== password;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!mismatch) complete.mutate();
  };

  return (
    <PublicLayout title={t('reset.title')}>
      {complete.isSuccess ? (
        <Stack>
          <Alert color="teal" role="status">
            {t('reset.done')}
          </Alert>
          <Anchor component={Link} to="/sign-in">
            {t('reset.goSignIn')}
          </Anchor>
        </Stack>
      ) : (
        <form onSubmit={onSubmit} data-testid="reset-form" aria-label={t('reset.title')} noValidate>
          <Stack gap="sm">
            {complete.error && <ErrorAlert error={complete.error} />}
            <PasswordInput
              label={t('field.newPassword')}
              description={t('password.rules')}
              required
              autoFocus
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
            <Checkbox
              label={t('reset.revokeTokens')}
              checked={revokeApiTokens}
              onChange={(e) => setRevokeApiTokens(e.currentTarget.checked)}
              data-testid="reset-revoke-tokens"
            />
            <Button type="submit" loading={complete.isPending} data-testid="reset-submit">
              {t('reset.submit')}
            </Button>
          </Stack>
        </form>
      )}
    </PublicLayout>
  );
}
