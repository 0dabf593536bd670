import { Anchor, Badge, Button, Card, Group, Table, Text, TextInput } from '@mantine/core';
import { Link, useNavigate, useParams, useRouter, useSearch } from '@tanstack/react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RequirePermission } from '../../components/Forbidden';
import { LoadMore } from '../../components/LoadMore';
import { PageTitle } from '../../components/PageTitle';
import { useFormat, useT } from '../../i18n';
import { PERM } from '../../permissions';
import { Money, num } from '../../ui/Money';
import { useCursorList } from '../../useCursorList';
import { DimensionFilter, type DimSearch, dimQuery } from './dimensions';
import { type RegisterRow, useAccounts, useBaseCurrency } from './ledgerApi';

export function RegisterPage() {
  return (
    <RequirePermission anyOf={[PERM.ledgerRead]}>
      <Register />
    </RequirePermission>
  );
}

function Register() {
  const t = useT();
  const f = useFormat();
  const router = useRouter();
  const navigate = useNavigate();
  const { accountId } = useParams({ strict: false }) as { accountId: string };
  const search = useSearch({ strict: false }) as { from?: string; to?: string } & DimSearch;
  const currency = useBaseCurrency();
  const account = useAccounts().data?.find((a) => a.id === accountId);
  const path = `/ledger/reports/register/${accountId}`;
  const list = useCursorList<RegisterRow>(path, {
    from: search.from,
    to: search.to,
    ...dimQuery(search),
    limit: 100,
  });
  const setRange = (patch: { from?: string; to?: string } & DimSearch) =>
    navigate({
      to: '/ledger/accounts/$accountId/register',
      params: { accountId },
      search: { ...search, ...patch },
      replace: true,
    });
  return (
    <>
      <PageTitle
        title={t('ledger.register.title', { account: account ? `${account.code} ${account.fullName}` : '…' })}
        description={account && <Badge variant="light">{t(`ledger.type.${account.type}`)}</Badge>}
        actions={
          <Button variant="default" onClick={() => router.history.back()} data-testid="register-back">
            {t('ledger.register.back')}
          </Button>
        }
      />
      <Group mb="md">
        <TextInput
          type="date"
          label={t('common.from')}
          value={search.from ?? ''}
          onChange={(e) => setRange({ from: e.currentTarget.value || undefined })}
        />
        <TextInput
          type="date"
          label={t('common.to')}
          value={search.to ?? ''}
          onChange={(e) => setRange({ to: e.currentTarget.value || undefined })}
        />
      </Group>
      <DimensionFilter
        search={search}
        onChange={(s) => setRange({ dimension: s.dimension, value: s.value })}
      />
      {list.error && <ErrorAlert error={list.error} />}
      <Card withBorder padding={0}>
        <Table.ScrollContainer minWidth={760}>
          <Table striped highlightOnHover data-testid="register" aria-label={t('ledger.register.label')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('ledger.field.date')}</Table.Th>
                <Table.Th>{t('ledger.field.number')}</Table.Th>
                <Table.Th>{t('ledger.field.description')}</Table.Th>
                <Table.Th style={num}>{t('ledger.field.debit')}</Table.Th>
                <Table.Th style={num}>{t('ledger.field.credit')}</Table.Th>
                <Table.Th style={num}>{t('ledger.field.balance')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.items.map((r) => (
                <Table.Tr key={`${r.entryId}-${r.lineNo}`} data-testid="register-row">
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{f.date(r.date)}</Table.Td>
                  <Table.Td>
                    <Anchor
                      component={Link}
                      to={`/ledger/entries/${r.entryId}`}
                      data-testid="register-entry-link"
                    >
                      #{r.number}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    {r.description}
                    {r.memo && (
                      <Text size="xs" c="dimmed">
                        {r.memo}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td style={num}>
                    <Money amount={r.debit} currency={currency} />
                  </Table.Td>
                  <Table.Td style={num}>
                    <Money amount={r.credit} currency={currency} />
                  </Table.Td>
                  <Table.Td style={num}>
                    <Money amount={r.balance} currency={currency} strong />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {list.isSuccess && list.items.length === 0 && (
          <Text c="dimmed" ta="center" py="lg">
            {t('ledger.register.empty')}
          </Text>
        )}
      </Card>
      <LoadMore
        hasMore={!!list.hasNextPage}
        loading={list.isFetchingNextPage}
        onClick={() => list.fetchNextPage()}
      />
    </>
  );
}
