import { ActionIcon, Button, Table, TextInput } from '@mantine/core';
import { useLocale, useT } from '../../i18n';
import { useLinesGrid } from '../../ui/LinesGrid';
import { AccountPicker } from './AccountPicker';
import { blankLine, type FormLine, type Totals } from './entryForm';
import type { LedgerAccount } from './ledgerApi';

/**
 * The lines of an entry as a grid: account, debit, credit, memo. Tab and Shift+Tab move through the cells
 * (the remove buttons are skipped), Enter moves to the next cell and, on the last cell, adds a line.
 */
export function LinesGrid({
  lines,
  setLines,
  accounts,
  totals,
}: {
  lines: FormLine[];
  setLines: (update: (lines: FormLine[]) => FormLine[]) => void;
  accounts: LedgerAccount[];
  totals: Totals;
}) {
  const t = useT();
  const { locale } = useLocale();
  const {
    tableRef: table,
    setLine,
    addLine,
    onKeyDown,
  } = useLinesGrid<FormLine>({
    setLines,
    newLine: blankLine,
    // The account picker handles its own Enter (choosing an account).
    skipHandledEnter: true,
  });
  // "1250.5" becomes "1,250.50" (in the user's locale) when the cell is left.
  const display = (decimal: string) => {
    const decimals = decimal.split('.')[1]?.length ?? 0;
    return new Intl.NumberFormat(locale, {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    }).format(decimal as unknown as number);
  };
  const errorText = (key: string, side: 'debit' | 'credit') => {
    const err = totals.errors.get(key)?.[side];
    return err && err !== 'amount' ? t(`ledger.form.error.${err}`) : undefined;
  };
  return (
    <>
      <Table ref={table} verticalSpacing={4} data-testid="lines-grid" aria-label={t('ledger.form.lines')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th style={{ width: '38%' }}>{t('ledger.field.account')}</Table.Th>
            <Table.Th style={{ width: '15%', textAlign: 'right' }}>{t('ledger.field.debit')}</Table.Th>
            <Table.Th style={{ width: '15%', textAlign: 'right' }}>{t('ledger.field.credit')}</Table.Th>
            <Table.Th>{t('ledger.field.memo')}</Table.Th>
            <Table.Th style={{ width: 40 }}>
              <span className="visually-hidden">{t('common.actions')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody onKeyDown={onKeyDown}>
          {lines.map((l, i) => {
            const n = i + 1;
            return (
              <Table.Tr key={l.key} data-line={l.key} data-testid="line-row">
                <Table.Td>
                  <AccountPicker
                    accounts={accounts}
                    value={l.account}
                    onChange={(account) => setLine(l.key, { account })}
                    ariaLabel={t('ledger.form.cellAccount', { n })}
                    name={`lines.${i}.account`}
                    error={totals.errors.get(l.key)?.account === 'account' && (!!l.debit || !!l.credit)}
                  />
                </Table.Td>
                {(['debit', 'credit'] as const).map((side) => (
                  <Table.Td key={side}>
                    <TextInput
                      size="xs"
                      data-cell
                      name={`lines.${i}.${side}`}
                      inputMode="decimal"
                      autoComplete="off"
                      aria-label={t(side === 'debit' ? 'ledger.form.cellDebit' : 'ledger.form.cellCredit', {
                        n,
                      })}
                      styles={{ input: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' } }}
                      value={l[side]}
                      error={errorText(l.key, side)}
                      onChange={(e) => setLine(l.key, { [side]: e.currentTarget.value })}
                      onBlur={() => {
                        const shown = totals.amounts.get(l.key)?.[side];
                        if (shown && !errorText(l.key, side)) setLine(l.key, { [side]: display(shown) });
                      }}
                    />
                  </Table.Td>
                ))}
                <Table.Td>
                  <TextInput
                    size="xs"
                    data-cell
                    name={`lines.${i}.memo`}
                    autoComplete="off"
                    aria-label={t('ledger.form.cellMemo', { n })}
                    value={l.memo}
                    onChange={(e) => setLine(l.key, { memo: e.currentTarget.value })}
                  />
                </Table.Td>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    tabIndex={-1}
                    disabled={lines.length <= 2}
                    aria-label={t('ledger.form.removeLine', { n })}
                    onClick={() => setLines((ls) => ls.filter((x) => x.key !== l.key))}
                  >
                    ×
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <Button variant="subtle" size="xs" mt={4} onClick={addLine} data-testid="add-line">
        {t('ledger.form.addLine')}
      </Button>
    </>
  );
}
