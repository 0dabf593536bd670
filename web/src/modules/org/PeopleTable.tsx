import { Badge, Button, Group, Menu, Modal, Table, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api';
import type { ApiResponse } from '../../api/types';
import { CopyField } from '../../components/CopyField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n';
import type { Person } from '../../types';
import { PersonEditModal, type PersonWithRole } from './PersonEditModal';

function PersonActions({ person, onEdit }: { person: Person; onEdit: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  const [link, setLink] = useState<string | null>(null);
  const refresh = () => qc.invalidateQueries({ queryKey: ['list', '/people'] });
  const toggle = useMutation({
    mutationFn: () =>
      api.post(`/people/${person.id}/${person.status === 'active' ? 'deactivate' : 'reactivate'}`),
    onSuccess: refresh,
  });
  const reset = useMutation({
    mutationFn: () =>
      api.post<ApiResponse<'/people/{id}/password-reset', 'post'>>(`/people/${person.id}/password-reset`),
    onSuccess: (data) => setLink(data?.link ?? ''),
  });
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            size="xs"
            variant="light"
            loading={toggle.isPending || reset.isPending}
            aria-label={t('people.actionsFor', { name: person.name })}
          >
            {t('common.actions')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={onEdit}>{t('common.edit')}</Menu.Item>
          <Menu.Item onClick={() => reset.mutate()}>{t('people.resetLink')}</Menu.Item>
          <Menu.Divider />
          {person.status === 'active' ? (
            <Menu.Item
              color="red"
              onClick={() => {
                if (window.confirm(t('people.confirmDeactivate', { name: person.name }))) toggle.mutate();
              }}
            >
              {t('people.deactivate')}
            </Menu.Item>
          ) : (
            <Menu.Item onClick={() => toggle.mutate()}>{t('people.reactivate')}</Menu.Item>
          )}
        </Menu.Dropdown>
      </Menu>
      <Modal
        opened={link !== null || !!toggle.error || !!reset.error}
        onClose={() => {
          setLink(null);
          toggle.reset();
          reset.reset();
        }}
        title={link !== null ? t('people.resetLinkFor', { name: person.name }) : person.name}
        size="lg"
      >
        {(toggle.error || reset.error) && <ErrorAlert error={toggle.error ?? reset.error} />}
        {link !== null &&
          (link ? (
            <CopyField label={t('people.resetLink')} value={link} testId="reset-link" />
          ) : (
            <Text size="sm" c="teal">
              {t('people.resetEmailed')}
            </Text>
          ))}
      </Modal>
    </>
  );
}

export function PeopleTable({ people, canManage }: { people: PersonWithRole[]; canManage: boolean }) {
  const t = useT();
  const [editing, setEditing] = useState<PersonWithRole | null>(null);
  return (
    <>
      <Table.ScrollContainer minWidth={900}>
        <Table striped highlightOnHover data-testid="people-table" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('field.name')}</Table.Th>
              <Table.Th>{t('field.role')}</Table.Th>
              <Table.Th>{t('field.jobTitle')}</Table.Th>
              <Table.Th>{t('field.departments')}</Table.Th>
              <Table.Th>{t('field.reportsTo')}</Table.Th>
              <Table.Th>{t('field.status')}</Table.Th>
              {canManage && <Table.Th>{t('common.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {people.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {p.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {p.email}
                  </Text>
                </Table.Td>
                <Table.Td data-testid="person-role-name">
                  {/* A company role by the name the company gave it; a built-in one in the reader's language. */}
                  {p.role === 'custom' ? (p.roleName ?? p.role) : t.dyn(`role.${p.role}`, p.role)}
                </Table.Td>
                <Table.Td>{p.jobTitle ?? '—'}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {p.departments.map((d) => (
                      <Badge key={d.id} variant="outline" size="sm" title={d.name}>
                        {d.code}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>{p.reportsToName ?? '—'}</Table.Td>
                <Table.Td>
                  <Badge color={p.status === 'active' ? 'teal' : 'gray'} variant="light">
                    {t.dyn(`people.status.${p.status}`, p.status)}
                  </Badge>
                </Table.Td>
                {canManage && (
                  <Table.Td>
                    <PersonActions person={p} onEdit={() => setEditing(p)} />
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {editing && <PersonEditModal person={editing} onClose={() => setEditing(null)} />}
    </>
  );
}
