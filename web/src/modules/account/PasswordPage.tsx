import { Alert, Button, Card, PasswordInput, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { NewPasswordFields, useNewPassword } from '../../components/NewPasswordFields';
import { PageTitle } from '../../components/PageTitle';
import { useT } from '../../i18n';

export function PasswordPage() {
  const t = useT();
  const [currentPassword, setCurrent] = useState('');
  const pw = useNewPassword();
  const change = useMutation({
    mutationFn: () => api.post('/me/password', { currentPassword, newPassword: pw.password }),
    onSuccess: () => {
      setCurrent('');
      pw.clear();
    },
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!pw.mismatch) change.mutate();
  };
  return (
    <>
      <PageTitle title={t('account.passwordTitle')} />
      <Card withBorder padding="lg" maw={520}>
        <form onSubmit={onSubmit} data-testid="password-form" aria-label={t('account.passwordTitle')}>
          <Stack gap="sm">
            {change.error && <ErrorAlert error={change.error} />}
            {change.isSuccess && (
              <Alert color="teal" role="status">
                {t('account.passwordChanged')}
              </Alert>
            )}
            <PasswordInput
              label={t('field.currentPassword')}
              required
              autoComplete="current-password"
              value={currentPassword}
              onChange={(e) => setCurrent(e.currentTarget.value)}
            />
            <NewPasswordFields state={pw} />
            <div>
              <Button type="submit" loading={change.isPending} data-testid="password-save">
                {t('account.changePassword')}
              </Button>
            </div>
          </Stack>
        </form>
      </Card>
    </>
  );
}
