import { Button, Group, NativeSelect, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportLinks } from '../../components/ExportLinks';
import { LoadMore } from '../../components/LoadMore';
import { PageTitle } from '../../components/PageTitle';
import { useT } from '../../i18n';
import { useVisibleDepartments } from '../../lookups';
import { PERM } from '../../permissions';
import { useCan } from '../../session';
import type { Person } from '../../types';
import { useCursorList } from '../../useCursorList';
import { PeopleTable } from './PeopleTable';
import { useCompanyRoles, useRoleLabel } from './rolesApi';

export function PeoplePage() {
  const t = useT();
  const can = useCan();
  const canManage = can(PERM.peopleManage);
  const roles = useCompanyRoles();
  const roleLabel = useRoleLabel();
  const departments = useVisibleDepartments();
  const [q, setQ] = useState('');
  const [role, setRole] = useState('');
  const [departmentId, setDepartmentId] = useState('');
  const [status, setStatus] = useState('active');
  const [debouncedQ] = useDebouncedValue(q, 300);
  const filters = { q: debouncedQ.trim(), role, departmentId, status };
  const list = useCursorList<Person>('/people', filters);

  return (
    <>
      <PageTitle
        title={t('people.title')}
        description={t('people.subtitle')}
        actions={
          <>
            <ExportLinks path="/people" query={filters} testId="people" />
            {canManage && (
              <Button component={Link} to="/org/invitations" data-testid="invite-person">
                {t('people.invite')}
              </Button>
            )}
          </>
        }
      />
      <Group mb="md" align="flex-end" gap="sm" role="search" aria-label={t('common.filters')}>
        <TextInput
          label={t('common.search')}
          placeholder={t('people.searchPlaceholder')}
          type="search"
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          w={260}
        />
        <NativeSelect
          label={t('field.role')}
          value={role}
          onChange={(e) => setRole(e.currentTarget.value)}
          data={[
            { value: '', label: t('common.all') },
            // Built-in roles by name and company roles by id: GET /people ?role= takes either.
            ...(roles.data ?? []).map((r) => ({ value: r.id, label: roleLabel(r) })),
          ]}
          w={180}
        />
        <NativeSelect
          label={t('field.department')}
          value={departmentId}
          onChange={(e) => setDepartmentId(e.currentTarget.value)}
          data={[
            { value: '', label: t('common.all') },
            ...(departments.data ?? []).map((d) => ({ value: d.id, label: `${d.code} — ${d.name}` })),
          ]}
          w={220}
        />
        <NativeSelect
          label={t('field.status')}
          value={status}
          onChange={(e) => setStatus(e.currentTarget.value)}
          data={[
            { value: '', label: t('common.all') },
            { value: 'active', label: t('people.status.active') },
            { value: 'inactive', label: t('people.status.inactive') },
          ]}
          w={150}
        />
      </Group>
      {list.error && <ErrorAlert error={list.error} />}
      <PeopleTable people={list.items} canManage={canManage} />
      {list.isSuccess && list.items.length === 0 && (
        <Text c="dimmed" ta="center" py="lg">
          {t('common.empty')}
        </Text>
      )}
      <LoadMore
        hasMore={!!list.hasNextPage}
        loading={list.isFetchingNextPage}
        onClick={() => list.fetchNextPage()}
      />
    </>
  );
}
