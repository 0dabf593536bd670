import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from '../i18n';
import { useCan } from '../session';

/** Shows children only when the user has one of the permissions; otherwise explains why not. */
export function RequirePermission({ anyOf, children }: { anyOf: string[]; children: ReactNode }) {
  const can = useCan();
  const t = useT();
  if (anyOf.length > 0 && !anyOf.some(can)) {
    return (
      <Alert color="yellow" title={t('error.forbidden')} role="alert">
        {t('common.noPermission')}
      </Alert>
    );
  }
  return <>{children}</>;
}
