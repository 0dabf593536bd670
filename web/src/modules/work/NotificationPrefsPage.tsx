import { Button, Card, Checkbox, Radio, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RequirePermission } from '../../components/Forbidden';
import { PageTitle } from '../../components/PageTitle';
import { useT } from '../../i18n';
import { PERM } from '../../permissions';
import { useCan } from '../../session';
import { NOTIFICATION_KINDS, type Preferences } from './workApi';

/** Under My account: e-mail at once, as a daily digest or not at all, and which events. */
export function NotificationPrefsPage() {
  const t = useT();
  const can = useCan();
  const qc = useQueryClient();
  const q = useQuery({
    queryKey: ['work', 'prefs'],
    queryFn: () => api.get<Preferences>('/work/notifications/preferences'),
  });
  const [prefs, setPrefs] = useState<Preferences | null>(null);
  useEffect(() => {
    if (q.data) setPrefs(q.data);
  }, [q.data]);
  const save = useMutation({
    mutationFn: (p: Preferences) => api.put<Preferences>('/work/notifications/preferences', p),
    onSuccess: (p) => qc.setQueryData(['work', 'prefs'], p),
  });
  const manage = can(PERM.workNotificationsManage);
  return (
    <RequirePermission anyOf={[PERM.workNotificationsRead]}>
      <PageTitle title={t('work.prefs.title')} description={t('work.prefs.subtitle')} />
      {q.error && <ErrorAlert error={q.error} />}
      {prefs && (
        <Card withBorder padding="lg" maw={560}>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              save.mutate(prefs);
            }}
            data-testid="prefs-form"
          >
            <Stack>
              {save.error && <ErrorAlert error={save.error} />}
              <Radio.Group
                label={t('work.prefs.email')}
                value={prefs.email}
                onChange={(v) => setPrefs({ ...prefs, email: v as Preferences['email'] })}
                name="email"
              >
                <Stack gap={6} mt="xs">
                  {(['instant', 'digest', 'off'] as const).map((v) => (
                    <Radio
                      key={v}
                      value={v}
                      label={t(`work.prefs.email.${v}`)}
                      disabled={!manage}
                      data-testid={`prefs-${v}`}
                    />
                  ))}
                </Stack>
              </Radio.Group>
              <Checkbox.Group
                label={t('work.prefs.events')}
                value={NOTIFICATION_KINDS.filter((k) => !prefs.mutedKinds.includes(k))}
                onChange={(on) =>
                  setPrefs({ ...prefs, mutedKinds: NOTIFICATION_KINDS.filter((k) => !on.includes(k)) })
                }
              >
                <Stack gap={6} mt="xs">
                  {NOTIFICATION_KINDS.map((k) => (
                    <Checkbox
                      key={k}
                      value={k}
                      label={t(`work.prefs.kind.${k}`)}
                      disabled={!manage}
                      data-testid={`prefs-kind-${k}`}
                    />
                  ))}
                </Stack>
              </Checkbox.Group>
              {manage && (
                <Button type="submit" w="fit-content" loading={save.isPending} data-testid="prefs-save">
                  {t('common.save')}
                </Button>
              )}
              {save.isSuccess && (
                <Text size="sm" c="teal" role="status">
                  {t('common.saved')}
                </Text>
              )}
            </Stack>
          </form>
        </Card>
      )}
    </RequirePermission>
  );
}
