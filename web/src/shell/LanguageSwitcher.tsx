import { NativeSelect } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../api';
import { isLocale, LOCALES, useLocale, useT } from '../i18n';
import { meQuery } from '../session';
import type { Locale } from '../types';

/** Language picker. Signed in, the choice is saved to the profile (PATCH /me); before that, in the browser. */
export function LanguageSwitcher({ signedIn = true }: { signedIn?: boolean }) {
  const { locale, setLocale } = useLocale();
  const t = useT();
  const qc = useQueryClient();
  const save = useMutation({
    mutationFn: (l: Locale) => api.patch('/me', { locale: l }),
    onSuccess: () => qc.invalidateQueries({ queryKey: meQuery.queryKey }),
  });
  return (
    <NativeSelect
      aria-label={t('shell.language')}
      data-testid="language-switcher"
      size="sm"
      w={130}
      value={locale}
      onChange={(e) => {
        const l = e.currentTarget.value;
        if (!isLocale(l)) return;
        setLocale(l);
        if (signedIn) save.mutate(l);
      }}
      data={LOCALES}
    />
  );
}
