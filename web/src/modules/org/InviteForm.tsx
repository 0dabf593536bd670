import {
  Alert,
  Button,
  Card,
  Group,
  MultiSelect,
  NativeSelect,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api } from '../../api';
import type { ApiResponse } from '../../api/types';
import { CopyField } from '../../components/CopyField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n';
import { useAllDepartments } from '../../lookups';
import { useCompanyRoles, useRoleLabel } from './rolesApi';

type InviteResult = ApiResponse<'/invitations', 'post'>;

export function InviteForm() {
  const t = useT();
  const qc = useQueryClient();
  const roles = useCompanyRoles();
  const departments = useAllDepartments();
  const roleLabel = useRoleLabel();
  // An invitation names a built-in role or one of the company's own (by id); the server refuses a role beyond
  // the inviter's own, as it does for PUT /people/{id}/role.
  const roleNames = roles.data?.map((r) => r.id) ?? [];
  // The least powerful role that can work is the safe default; owner is never preselected.
  const defaultRole = ['assistant', 'manager', 'auditor', 'admin'].find((r) => roleNames.includes(r)) ?? '';
  const [email, setEmail] = useState('');
  const [role, setRole] = useState('');
  const [departmentIds, setDepartmentIds] = useState<string[]>([]);
  const [jobTitle, setJobTitle] = useState('');
  const [result, setResult] = useState<(InviteResult & { email: string }) | null>(null);
  const invite = useMutation({
    mutationFn: () =>
      api.post<ApiResponse<'/invitations', 'post'>>('/invitations', {
        email: email.trim(),
        role: role || defaultRole,
        departmentIds,
        jobTitle: jobTitle.trim() || undefined,
      }),
    onSuccess: async (data) => {
      setResult({ ...data, email: email.trim() });
      setEmail('');
      setJobTitle('');
      setDepartmentIds([]);
      await qc.invalidateQueries({ queryKey: ['list', '/invitations'] });
    },
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setResult(null);
    invite.mutate();
  };
  return (
    <Card withBorder padding="lg" mb="lg">
      <Title order={2} size="h4" mb="sm">
        {t('invitations.new')}
      </Title>
      <form onSubmit={onSubmit} data-testid="invite-form" aria-label={t('invitations.new')}>
        <Stack gap="sm">
          {invite.error && <ErrorAlert error={invite.error} />}
          {result && (
            <Alert color="teal" role="status" data-testid="invite-result">
              <Stack gap="xs">
                <span>
                  {result.emailed
                    ? t('invitations.emailed', { email: result.email })
                    : result.existingUser
                      ? t('invitations.existingUser', { email: result.email })
                      : t('invitations.notEmailed', { email: result.email })}
                </span>
                {result.link && (
                  <CopyField label={t('invitations.link')} value={result.link} testId="invite-link" />
                )}
              </Stack>
            </Alert>
          )}
          <Group grow align="flex-start" gap="sm" wrap="wrap">
            <TextInput
              label={t('field.email')}
              type="email"
              required
              name="email"
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              miw={220}
            />
            <NativeSelect
              label={t('field.role')}
              name="role"
              value={role || defaultRole}
              onChange={(e) => setRole(e.currentTarget.value)}
              data={(roles.data ?? []).map((r) => ({ value: r.id, label: roleLabel(r) }))}
              miw={160}
            />
            <TextInput
              label={t('field.jobTitle')}
              name="jobTitle"
              value={jobTitle}
              onChange={(e) => setJobTitle(e.currentTarget.value)}
              miw={180}
            />
          </Group>
          <MultiSelect
            label={t('field.departments')}
            placeholder={departmentIds.length ? undefined : t('invitations.pickDepartments')}
            data={(departments.data ?? []).map((d) => ({ value: d.id, label: `${d.code} — ${d.name}` }))}
            value={departmentIds}
            onChange={setDepartmentIds}
            searchable
            clearable
            nothingFoundMessage={t('common.nothingFound')}
            data-testid="invite-departments"
          />
          <div>
            <Button type="submit" loading={invite.isPending} data-testid="invite-submit">
              {t('invitations.send')}
            </Button>
          </div>
        </Stack>
      </form>
    </Card>
  );
}
