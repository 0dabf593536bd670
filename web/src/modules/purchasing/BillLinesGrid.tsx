import { ActionIcon, Button, NativeSelect, Table, TextInput } from '@mantine/core';
import { useT } from '../../i18n';
import type { LedgerAccount, TaxCode } from '../../lib/records';
import { useLinesGrid } from '../../ui/LinesGrid';
import { num } from '../../ui/Money';

export interface EditLine {
  key: string;
  description: string;
  accountId: string;
  taxCode: string;
  quantity: string;
  unitPrice: string;
}

/** The cells whose text the editor checks (web/src/ui/fieldChecks.ts). */
export type CheckedCell = 'description' | 'quantity' | 'unitPrice';

let seq = 0;
export const blankLine = (accountId = '', taxCode = ''): EditLine => ({
  key: `b${++seq}`,
  description: '',
  accountId,
  taxCode,
  quantity: '1',
  unitPrice: '',
});

/**
 * The keyboard-first lines grid of a bill: Enter moves to the next cell, Enter on the last cell adds a line.
 * Accounts are the expense and asset accounts; tax codes are the company's active codes.
 */
export function BillLinesGrid({
  lines,
  setLines,
  accounts,
  codes,
  nets,
  errorOf = () => undefined,
  onCellEdit = () => {},
}: {
  lines: EditLine[];
  setLines: (fn: (ls: EditLine[]) => EditLine[]) => void;
  accounts: LedgerAccount[];
  codes: TaxCode[];
  nets: Map<string, string>;
  /** The message to show at a line's cell, if it is wrong. */
  errorOf?: (key: string, cell: CheckedCell) => string | undefined;
  /** Called when the user edits a checked cell (to clear the server's message there). */
  onCellEdit?: (key: string, cell: CheckedCell) => void;
}) {
  const t = useT();
  const {
    tableRef: table,
    setLine,
    addLine,
    onKeyDown,
  } = useLinesGrid<EditLine>({
    setLines,
    // A new line starts with the account and tax code of the last one.
    newLine: () => {
      const last = lines[lines.length - 1];
      return blankLine(last?.accountId ?? '', last?.taxCode ?? '');
    },
  });
  const edit = (key: string, cell: CheckedCell, value: string) => {
    setLine(key, { [cell]: value });
    onCellEdit(key, cell);
  };
  const accountOptions = [
    { value: '', label: '—' },
    ...accounts
      .filter((a) => a.active && (a.type === 'expense' || a.type === 'asset'))
      .map((a) => ({ value: a.id, label: `${a.code} ${a.name}` })),
  ];
  return (
    <>
      <Table ref={table} verticalSpacing={4} data-testid="bill-lines" aria-label={t('purchasing.lines')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th style={{ width: '28%' }}>{t('purchasing.line.description')}</Table.Th>
            <Table.Th style={{ width: '24%' }}>{t('purchasing.line.account')}</Table.Th>
            <Table.Th style={{ width: '9%', ...num }}>{t('purchasing.line.quantity')}</Table.Th>
            <Table.Th style={{ width: '13%', ...num }}>{t('purchasing.line.unitPrice')}</Table.Th>
            <Table.Th style={{ width: '14%' }}>{t('purchasing.line.taxCode')}</Table.Th>
            <Table.Th style={num}>{t('purchasing.line.net')}</Table.Th>
            <Table.Th style={{ width: 40 }}>
              <span className="visually-hidden">{t('common.actions')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody onKeyDown={onKeyDown}>
          {lines.map((l, i) => (
            <Table.Tr key={l.key} data-line={l.key}>
              <Table.Td>
                <TextInput
                  data-cell
                  aria-label={`${t('purchasing.line.description')} ${i + 1}`}
                  value={l.description}
                  error={errorOf(l.key, 'description')}
                  onChange={(e) => edit(l.key, 'description', e.currentTarget.value)}
                />
              </Table.Td>
              <Table.Td>
                <NativeSelect
                  data-cell
                  aria-label={`${t('purchasing.line.account')} ${i + 1}`}
                  value={l.accountId}
                  data={accountOptions}
                  onChange={(e) => setLine(l.key, { accountId: e.currentTarget.value })}
                />
              </Table.Td>
              <Table.Td>
                <TextInput
                  data-cell
                  onFocus={(e) => e.currentTarget.select()}
                  aria-label={`${t('purchasing.line.quantity')} ${i + 1}`}
                  value={l.quantity}
                  error={errorOf(l.key, 'quantity')}
                  onChange={(e) => edit(l.key, 'quantity', e.currentTarget.value)}
                  styles={{ input: { textAlign: 'right' } }}
                />
              </Table.Td>
              <Table.Td>
                <TextInput
                  data-cell
                  onFocus={(e) => e.currentTarget.select()}
                  aria-label={`${t('purchasing.line.unitPrice')} ${i + 1}`}
                  value={l.unitPrice}
                  error={errorOf(l.key, 'unitPrice')}
                  onChange={(e) => edit(l.key, 'unitPrice', e.currentTarget.value)}
                  styles={{ input: { textAlign: 'right' } }}
                />
              </Table.Td>
              <Table.Td>
                <NativeSelect
                  data-cell
                  aria-label={`${t('purchasing.line.taxCode')} ${i + 1}`}
                  value={l.taxCode}
                  data={[
                    { value: '', label: '—' },
                    ...codes.map((c) => ({ value: c.code, label: `${c.code} (${c.rate} %)` })),
                  ]}
                  onChange={(e) => setLine(l.key, { taxCode: e.currentTarget.value })}
                />
              </Table.Td>
              <Table.Td style={num}>{nets.get(l.key) ?? ''}</Table.Td>
              <Table.Td>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  tabIndex={-1}
                  aria-label={t('purchasing.line.remove', { n: i + 1 })}
                  onClick={() => setLines((ls) => (ls.length > 1 ? ls.filter((x) => x.key !== l.key) : ls))}
                >
                  ×
                </ActionIcon>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Button variant="default" onClick={addLine} mt="xs" data-testid="bill-add-line">
        {t('purchasing.line.add')}
      </Button>
    </>
  );
}
