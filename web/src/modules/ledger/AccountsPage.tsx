import { ActionIcon, Badge, Button, Group, Stack, Switch, Table, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportLinks } from '../../components/ExportLinks';
import { RequirePermission } from '../../components/Forbidden';
import { PageTitle } from '../../components/PageTitle';
import { useT } from '../../i18n';
import { PERM } from '../../permissions';
import { useCan } from '../../session';
import { AccountFormModal } from './AccountFormModal';
import { AccountsGrid } from './AccountsGrid';
import { treeRows } from './accountTree';
import { ImportModal, TemplateModal } from './ChartTools';
import { DimensionsCard } from './dimensions';
import { invalidateLedger, type LedgerAccount, useAccounts } from './ledgerApi';

export function AccountsPage() {
  return (
    <RequirePermission anyOf={[PERM.ledgerRead]}>
      <Accounts />
    </RequirePermission>
  );
}

function Accounts() {
  const t = useT();
  const can = useCan();
  const qc = useQueryClient();
  const canManage = can(PERM.ledgerAccountsManage);
  const accounts = useAccounts();
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set());
  const [showInactive, setShowInactive] = useState(true);
  const [editing, setEditing] = useState<LedgerAccount | 'new' | null>(null);
  const [bulk, setBulk] = useState(false);
  const [tool, setTool] = useState<'template' | 'import' | null>(null);
  const toggle = (id: string) =>
    setCollapsed((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const change = useMutation({
    mutationFn: ({ a, op }: { a: LedgerAccount; op: 'deactivate' | 'reactivate' | 'delete' }) =>
      op === 'delete'
        ? api.delete(`/ledger/accounts/${a.id}`)
        : api.patch(`/ledger/accounts/${a.id}`, { active: op === 'reactivate' }),
    onSuccess: () => invalidateLedger(qc),
  });
  const list = (accounts.data ?? []).filter((a) => showInactive || a.active);
  const rows = treeRows(list, collapsed);
  return (
    <>
      <PageTitle
        title={t('ledger.accounts.title')}
        description={t('ledger.accounts.subtitle')}
        actions={
          <>
            <ExportLinks path="/ledger/accounts" query={{}} testId="accounts" />
            {canManage && (
              <>
                <Button variant="default" onClick={() => setTool('template')} data-testid="apply-template">
                  {t('ledger.template.button')}
                </Button>
                <Button variant="default" onClick={() => setTool('import')} data-testid="import-accounts">
                  {t('ledger.import.button')}
                </Button>
                <Button onClick={() => setEditing('new')} data-testid="new-account">
                  {t('ledger.accounts.new')}
                </Button>
              </>
            )}
          </>
        }
      />
      <Group mb="sm">
        <Switch
          label={t('ledger.accounts.showInactive')}
          checked={showInactive}
          onChange={(e) => setShowInactive(e.currentTarget.checked)}
        />
        {canManage && !bulk && (
          <Switch
            label={t('ledger.bulk.toggle')}
            checked={bulk}
            onChange={(e) => setBulk(e.currentTarget.checked)}
            data-testid="bulk-toggle"
          />
        )}
      </Group>
      {canManage && !bulk && <DimensionsCard />}
      {accounts.error && <ErrorAlert error={accounts.error} />}
      {change.error && <ErrorAlert error={change.error} />}
      {bulk && <AccountsGrid accounts={list} onClose={() => setBulk(false)} />}
      {!bulk && (
        <Table.ScrollContainer minWidth={760}>
          <Table highlightOnHover data-testid="accounts-table" aria-label={t('ledger.accounts.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('ledger.field.account')}</Table.Th>
                <Table.Th>{t('ledger.field.type')}</Table.Th>
                <Table.Th>{t('ledger.field.subtype')}</Table.Th>
                <Table.Th>{t('ledger.field.currency')}</Table.Th>
                <Table.Th>{t('ledger.field.active')}</Table.Th>
                <Table.Th>{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map(({ account: a, depth, hasChildren }) => (
                <Table.Tr key={a.id} data-testid={`account-row-${a.code}`} data-depth={depth + 1}>
                  <Table.Td style={{ paddingLeft: 8 + depth * 20 }}>
                    <Group gap={6} wrap="nowrap">
                      {hasChildren ? (
                        <ActionIcon
                          variant="subtle"
                          size="sm"
                          onClick={() => toggle(a.id)}
                          aria-expanded={!collapsed.has(a.id)}
                          aria-label={t(
                            collapsed.has(a.id) ? 'ledger.accounts.expand' : 'ledger.accounts.collapse',
                            { name: a.name },
                          )}
                        >
                          {collapsed.has(a.id) ? '▸' : '▾'}
                        </ActionIcon>
                      ) : (
                        <span style={{ width: 22, display: 'inline-block' }} />
                      )}
                      <Text ff="monospace" size="sm">
                        {a.code}
                      </Text>
                      <Link to="/ledger/accounts/$accountId/register" params={{ accountId: a.id }}>
                        {a.name}
                      </Link>
                    </Group>
                  </Table.Td>
                  <Table.Td>{t(`ledger.type.${a.type}`)}</Table.Td>
                  <Table.Td>{a.subtype ? t.dyn(`ledger.subtype.${a.subtype}`, a.subtype) : '—'}</Table.Td>
                  <Table.Td>{a.currency ?? '—'}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={a.active ? 'teal' : 'gray'}>
                      {a.active ? t('ledger.accounts.active') : t('ledger.accounts.inactive')}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {canManage && (
                      <Group gap={4} wrap="nowrap">
                        <Button size="xs" variant="light" onClick={() => setEditing(a)}>
                          {t('common.edit')}
                        </Button>
                        <Button
                          size="xs"
                          variant="subtle"
                          onClick={() => change.mutate({ a, op: a.active ? 'deactivate' : 'reactivate' })}
                        >
                          {a.active ? t('ledger.accounts.deactivate') : t('ledger.accounts.reactivate')}
                        </Button>
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          data-testid={`delete-account-${a.code}`}
                          onClick={() => {
                            if (window.confirm(t('ledger.accounts.confirmDelete', { name: a.fullName })))
                              change.mutate({ a, op: 'delete' });
                          }}
                        >
                          {t('common.delete')}
                        </Button>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {accounts.isSuccess && rows.length === 0 && (
        <Stack align="center" py="lg" gap="sm">
          <Text c="dimmed">{t('common.empty')}</Text>
          {canManage && (
            <Button onClick={() => setTool('template')} data-testid="empty-apply-template">
              {t('ledger.template.button')}
            </Button>
          )}
        </Stack>
      )}
      {tool === 'template' && (
        <TemplateModal accountCount={accounts.data?.length ?? 0} onClose={() => setTool(null)} />
      )}
      {tool === 'import' && <ImportModal onClose={() => setTool(null)} />}
      {editing && (
        <AccountFormModal
          account={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
