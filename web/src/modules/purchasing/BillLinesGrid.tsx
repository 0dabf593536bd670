import { ActionIcon, Button, NativeSelect, Table, TextInput } from '@mantine/core';
import { type KeyboardEvent, useEffect, useRef } from 'react';
import { useT } from '../../i18n';
import type { LedgerAccount, TaxCode } from '../../lib/records';
import { num } from '../../ui/Money';

export interface EditLine {
  key: string;
  description: string;
  accountId: string;
  taxCode: string;
  quantity: string;
  unitPrice: string;
}

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
}: {
  lines: EditLine[];
  setLines: (fn: (ls: EditLine[]) => EditLine[]) => void;
  accounts: LedgerAccount[];
  codes: TaxCode[];
  nets: Map<string, string>;
}) {
  const t = useT();
  const table = useRef<HTMLTableElement>(null);
  const focusKey = useRef<string | null>(null);
  const setLine = (key: string, patch: Partial<EditLine>) =>
    setLines((ls) => ls.map((l) => (l.key === key ? { ...l, ...patch } : l)));
  const addLine = () => {
    const last = lines[lines.length - 1];
    const l = blankLine(last?.accountId ?? '', last?.taxCode ?? '');
    focusKey.current = l.key;
    setLines((ls) => [...ls, l]);
  };
  useEffect(() => {
    if (!focusKey.current) return;
    table.current
      ?.querySelector<HTMLInputElement>(`tr[data-line="${focusKey.current}"] [data-cell]`)
      ?.focus();
    focusKey.current = null;
  });
  const onKeyDown = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    if (e.key !== 'Enter' || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const target = e.target as HTMLElement;
    if (!target.matches('[data-cell]')) return;
    e.preventDefault();
    const cells = [...(table.current?.querySelectorAll<HTMLElement>('[data-cell]') ?? [])];
    const at = cells.indexOf(target);
    if (at === cells.length - 1) addLine();
    else cells[at + 1]?.focus();
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
                  onChange={(e) => setLine(l.key, { description: e.currentTarget.value })}
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
                  onChange={(e) => setLine(l.key, { quantity: e.currentTarget.value })}
                  styles={{ input: { textAlign: 'right' } }}
                />
              </Table.Td>
              <Table.Td>
                <TextInput
                  data-cell
                  onFocus={(e) => e.currentTarget.select()}
                  aria-label={`${t('purchasing.line.unitPrice')} ${i + 1}`}
                  value={l.unitPrice}
                  onChange={(e) => setLine(l.key, { unitPrice: e.currentTarget.value })}
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
