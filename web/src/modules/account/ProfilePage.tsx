import { Alert, Button, Card, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { isLocale, LOCALES, useLocale, useT } from '../../i18n';
import { meQuery, useMe } from '../../session';

export function ProfilePage() {
  const me = useMe();
  const t = useT();
  const { locale: uiLocale, setLocale } = useLocale();
  const qc = useQueryClient();
  const [name, setName] = useState(me.user.name);
  const [locale, setLocaleField] = useState<string>(me.user.locale ?? uiLocale);
  const save = useMutation({
    mutationFn: () => api.patch('/me', { name: name.trim(), locale }),
    onSuccess: async () => {
      if (isLocale(locale)) setLocale(locale);
      await qc.invalidateQueries({ queryKey: meQuery.queryKey });
    },
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <>
      <PageTitle title={t('account.profileTitle')} description={me.user.email} />
      <Card withBorder padding="lg" maw={520}>
        <form onSubmit={onSubmit} data-testid="profile-form" aria-label={t('account.profileTitle')}>
          <Stack gap="sm">
            {save.error && <ErrorAlert error={save.error} />}
            {save.isSuccess && (
              <Alert color="teal" role="status">
                {t('common.saved')}
              </Alert>
            )}
            <TextInput label={t('field.email')} value={me.user.email} readOnly />
            <TextInput
              label={t('field.name')}
              required
              autoComplete="name"
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
            />
            <NativeSelect
              label={t('shell.language')}
              data={LOCALES}
              value={locale}
              onChange={(e) => setLocaleField(e.currentTarget.value)}
            />
            <div>
              <Button type="submit" loading={save.isPending} data-testid="profile-save">
                {t('common.save')}
              </Button>
            </div>
          </Stack>
        </form>
      </Card>
    </>
  );
}
