import { Alert, Anchor, Button, Checkbox, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { api } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { NewPasswordFields, useNewPassword } from '../components/NewPasswordFields';
import { useT } from '../i18n';
import { PublicLayout } from './PublicLayout';

const route = getRouteApi('/reset/$token');

export function ResetPasswordPage() {
  const t = useT();
  const { token } = route.useParams();
  const pw = useNewPassword();
  const [revokeApiTokens, setRevokeApiTokens] = useState(true);
  const complete = useMutation({
    mutationFn: () =>
      api.post('/auth/password-reset/complete', { token, password: pw.password, revokeApiTokens }),
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!pw.mismatch) complete.mutate();
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
            <NewPasswordFields state={pw} autoFocus />
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
