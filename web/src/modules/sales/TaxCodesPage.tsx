import { Badge, Button, Card, Group, NativeSelect, Table, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api';
import type { ApiResponse } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportLinks } from '../../components/ExportLinks';
import { PageTitle } from '../../components/PageTitle';
import { useT } from '../../i18n';
import { PERM } from '../../permissions';
import { useCan } from '../../session';
import type { TaxCode } from './salesApi';

const KINDS = ['standard', 'reduced', 'zero', 'exempt', 'reverse_charge', 'out_of_scope'] as const;
const CATEGORIES = ['S', 'Z', 'E', 'AE', 'K', 'G', 'O', 'L', 'M'];

export function TaxCodesPage() {
  const t = useT();
  const can = useCan();
  const qc = useQueryClient();
  const canManage = can(PERM.taxManage);
  const codes = useQuery({
    queryKey: ['tax-codes', 'all'],
    queryFn: () => api.get<ApiResponse<'/tax/codes'>>('/tax/codes'),
  });
  const refresh = () => qc.invalidateQueries({ queryKey: ['tax-codes'] });
  const [country, setCountry] = useState('CZ');
  const defaults = useMutation({
    mutationFn: () => api.post('/tax/codes/defaults', { country }),
    onSuccess: refresh,
  });
  const toggle = useMutation({
    mutationFn: (c: TaxCode) => api.patch(`/tax/codes/${c.id}`, { active: !c.active }),
    onSuccess: refresh,
  });
  const empty = {
    code: '',
    name: '',
    rate: '',
    kind: 'standard',
    category: 'S',
    exemptionReason: '',
    exemptionCode: '',
  };
  const [draft, setDraft] = useState(empty);
  const add = useMutation({
    mutationFn: () =>
      api.post('/tax/codes', {
        ...draft,
        exemptionReason: draft.exemptionReason || null,
        exemptionCode: draft.exemptionCode || null,
      }),
    onSuccess: () => {
      refresh();
      setDraft(empty);
    },
  });
  return (
    <>
      <PageTitle
        title={t('tax.codes.title')}
        description={t('tax.codes.subtitle')}
        actions={
          <>
            <ExportLinks path="/tax/codes" query={{}} testId="tax-codes" />
            {canManage && (
              <Group gap="xs">
                <NativeSelect
                  value={country}
                  onChange={(e) => setCountry(e.currentTarget.value)}
                  data={['CZ', 'ES', 'DE', 'US', 'generic']}
                  aria-label={t('tax.codes.defaults')}
                />
                <Button
                  variant="default"
                  onClick={() => defaults.mutate()}
                  loading={defaults.isPending}
                  data-testid="tax-defaults"
                >
                  {t('tax.codes.defaults')} {country}
                </Button>
              </Group>
            )}
          </>
        }
      />
      {(codes.error ?? defaults.error ?? toggle.error) && (
        <ErrorAlert error={codes.error ?? defaults.error ?? toggle.error} />
      )}
      <Table striped data-testid="tax-codes-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('tax.col.code')}</Table.Th>
            <Table.Th>{t('tax.col.name')}</Table.Th>
            <Table.Th style={{ textAlign: 'right' }}>{t('tax.col.rate')}</Table.Th>
            <Table.Th>{t('tax.col.kind')}</Table.Th>
            <Table.Th>{t('tax.col.category')}</Table.Th>
            <Table.Th>{t('tax.col.reason')}</Table.Th>
            <Table.Th>{t('tax.col.active')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(codes.data?.items ?? []).map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td ff="monospace">{c.code}</Table.Td>
              <Table.Td>{c.name}</Table.Td>
              <Table.Td style={{ textAlign: 'right' }}>{c.rate} %</Table.Td>
              <Table.Td>{t(`tax.kind.${c.kind}` as never)}</Table.Td>
              <Table.Td>
                <Badge variant="outline">{c.category}</Badge>
              </Table.Td>
              <Table.Td>{[c.exemptionCode, c.exemptionReason].filter(Boolean).join(' · ')}</Table.Td>
              <Table.Td>
                {canManage ? (
                  <Button size="compact-xs" variant="subtle" onClick={() => toggle.mutate(c)}>
                    {c.active ? t('tax.deactivate') : t('tax.activate')}
                  </Button>
                ) : c.active ? (
                  '✓'
                ) : (
                  ''
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {canManage && (
        <Card withBorder mt="md">
          <Group align="flex-end" gap="sm">
            <TextInput
              label={t('tax.col.code')}
              value={draft.code}
              onChange={(e) => setDraft({ ...draft, code: e.currentTarget.value })}
              w={100}
            />
            <TextInput
              label={t('tax.col.name')}
              value={draft.name}
              onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
              w={200}
            />
            <TextInput
              label={t('tax.col.rate')}
              value={draft.rate}
              onChange={(e) => setDraft({ ...draft, rate: e.currentTarget.value })}
              w={90}
            />
            <NativeSelect
              label={t('tax.col.kind')}
              value={draft.kind}
              onChange={(e) => setDraft({ ...draft, kind: e.currentTarget.value })}
              data={KINDS.map((k) => ({ value: k, label: t(`tax.kind.${k}`) }))}
            />
            <NativeSelect
              label={t('tax.col.category')}
              value={draft.category}
              onChange={(e) => setDraft({ ...draft, category: e.currentTarget.value })}
              data={CATEGORIES}
            />
            <TextInput
              label={t('tax.col.reason')}
              value={draft.exemptionReason}
              onChange={(e) => setDraft({ ...draft, exemptionReason: e.currentTarget.value })}
              w={200}
            />
            <TextInput
              label={t('tax.field.reasonCode')}
              value={draft.exemptionCode}
              onChange={(e) => setDraft({ ...draft, exemptionCode: e.currentTarget.value })}
              w={140}
            />
            <Button
              onClick={() => add.mutate()}
              loading={add.isPending}
              disabled={!draft.code || !draft.rate}
            >
              {t('tax.codes.add')}
            </Button>
          </Group>
          {add.error && <ErrorAlert error={add.error} />}
        </Card>
      )}
    </>
  );
}
