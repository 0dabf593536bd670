import { Alert, Button, Card, PasswordInput, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { useT } from '../../i18n';

export function PasswordPage() {
  const t = useT();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [repeat, setRepeat] = useState('');
  const change = useMutation({
    mutationFn: () => api.post('/me/password', { currentPassword, newPassword }),
    onSuccess: () => {
      setCurrent('');
      setNew('');
      setRepeat('');
    },
  });
  const mismatch = repeat.length > 0 && repeat !== newPassword;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!mismatch) change.mutate();
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
            <PasswordInput
              label={t('field.newPassword')}
              description={t('password.rules')}
              required
              autoComplete="new-password"
              value={newPassword}
              onChange={(e) => setNew(e.currentTarget.value)}
            />
            <PasswordInput
              label={t('field.repeatPassword')}
              required
              autoComplete="new-password"
              value={repeat}
              error={mismatch ? t('password.mismatch') : undefined}
              onChange={(e) => setRepeat(e.currentTarget.value)}
            />
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
