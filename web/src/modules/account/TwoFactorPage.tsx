import { Alert, Badge, Button, Card, Code, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api } from '../../api';
import type { ApiResponse } from '../../api/types';
import { CopyField } from '../../components/CopyField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { useT } from '../../i18n';
import { meQuery, useMe } from '../../session';

function CodeForm({
  label,
  action,
  danger,
  onSubmit,
  pending,
  testId,
}: {
  label: string;
  action: string;
  danger?: boolean;
  onSubmit: (code: string) => void;
  pending: boolean;
  testId: string;
}) {
  const t = useT();
  const [code, setCode] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(code.trim());
  };
  return (
    <form onSubmit={submit} data-testid={testId} aria-label={label}>
      <Group align="flex-end" gap="xs">
        <TextInput
          label={t('field.totpCode')}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={8}
          required
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          w={180}
        />
        <Button type="submit" color={danger ? 'red' : undefined} loading={pending}>
          {action}
        </Button>
      </Group>
    </form>
  );
}

export function TwoFactorPage() {
  const me = useMe();
  const t = useT();
  const qc = useQueryClient();
  const refresh = () => qc.invalidateQueries({ queryKey: meQuery.queryKey });
  const setup = useMutation({
    mutationFn: () => api.post<ApiResponse<'/me/totp/setup', 'post'>>('/me/totp/setup'),
  });
  const enable = useMutation({
    mutationFn: (code: string) => api.post('/me/totp/enable', { code }),
    onSuccess: async () => {
      setup.reset();
      await refresh();
    },
  });
  const disable = useMutation({
    mutationFn: (code: string) => api.post('/me/totp/disable', { code }),
    onSuccess: refresh,
  });
  return (
    <>
      <PageTitle
        title={t('account.twoFactorTitle')}
        description={t('account.twoFactorIntro')}
        actions={
          <Badge size="lg" color={me.totpEnabled ? 'teal' : 'gray'} variant="light" data-testid="totp-status">
            {me.totpEnabled ? t('account.totpOn') : t('account.totpOff')}
          </Badge>
        }
      />
      <Card withBorder padding="lg" maw={640}>
        <Stack gap="md">
          {enable.isSuccess && me.totpEnabled && (
            <Alert color="teal" role="status">
              {t('account.totpEnabled')}
            </Alert>
          )}
          {me.totpEnabled ? (
            <>
              <Text size="sm">{t('account.totpDisableHelp')}</Text>
              {disable.error && <ErrorAlert error={disable.error} />}
              <CodeForm
                label={t('account.totpDisable')}
                action={t('account.totpDisable')}
                danger
                pending={disable.isPending}
                onSubmit={(code) => disable.mutate(code)}
                testId="totp-disable-form"
              />
            </>
          ) : !setup.data ? (
            <>
              {setup.error && <ErrorAlert error={setup.error} />}
              <div>
                <Button onClick={() => setup.mutate()} loading={setup.isPending} data-testid="totp-setup">
                  {t('account.totpStart')}
                </Button>
              </div>
            </>
          ) : (
            <>
              <List type="ordered" size="sm" spacing={4}>
                <List.Item>{t('account.totpStep1')}</List.Item>
                <List.Item>{t('account.totpStep2')}</List.Item>
              </List>
              <CopyField label={t('account.totpSecret')} value={setup.data.secret} testId="totp-secret" />
              <div>
                <Text size="sm" fw={500}>
                  {t('account.totpUri')}
                </Text>
                <Code block data-testid="totp-uri" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
                  {setup.data.uri}
                </Code>
              </div>
              {enable.error && <ErrorAlert error={enable.error} />}
              <CodeForm
                label={t('account.totpEnable')}
                action={t('account.totpEnable')}
                pending={enable.isPending}
                onSubmit={(code) => enable.mutate(code)}
                testId="totp-enable-form"
              />
            </>
          )}
        </Stack>
      </Card>
    </>
  );
}
