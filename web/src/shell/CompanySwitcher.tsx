import { NativeSelect, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { api, setCompanyId } from '../api';
import { useT } from '../i18n';
import { useMe, useResetSession } from '../session';

export function CompanySwitcher() {
  const me = useMe();
  const t = useT();
  const reset = useResetSession();
  const switchCompany = useMutation({
    mutationFn: (companyId: string) => api.post('/me/company', { companyId }),
    onSuccess: async (_data, companyId) => {
      setCompanyId(companyId);
      await reset();
    },
  });
  if (me.companies.length <= 1) {
    return (
      <Text size="sm" c="dimmed" truncate maw={220} data-testid="company-name">
        {me.company?.name ?? me.companies[0]?.name}
      </Text>
    );
  }
  return (
    <NativeSelect
      aria-label={t('shell.company')}
      data-testid="company-switcher"
      size="sm"
      maw={240}
      value={me.currentCompanyId ?? ''}
      disabled={switchCompany.isPending}
      onChange={(e) => switchCompany.mutate(e.currentTarget.value)}
      data={me.companies.map((c) => ({ value: c.id, label: c.name }))}
    />
  );
}
