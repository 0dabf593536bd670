import { Paper, TextInput } from '@mantine/core';
import { type KeyboardEvent, useId, useState } from 'react';
import type { LedgerAccount } from './ledgerApi';

const label = (a: LedgerAccount) => `${a.code} ${a.fullName}`;

/** Accounts matching what was typed: code prefix first, then code or name containing it. */
export function matchAccounts(accounts: LedgerAccount[], query: string, limit = 8): LedgerAccount[] {
  const q = query.trim().toLowerCase();
  if (!q) return accounts.slice(0, limit);
  const prefix = accounts.filter((a) => a.code.toLowerCase().startsWith(q));
  const rest = accounts.filter(
    (a) =>
      !prefix.includes(a) &&
      (a.code.toLowerCase().includes(q) ||
        a.fullName.toLowerCase().includes(q) ||
        label(a).toLowerCase().includes(q)),
  );
  return [...prefix, ...rest].slice(0, limit);
}

/**
 * A type-ahead account selector (ARIA combobox): type a code or a name, arrows move, Enter or Tab takes the
 * highlighted account, Escape goes back. Tab keeps moving the focus on, as in a spreadsheet.
 */
export function AccountPicker({
  accounts,
  value,
  onChange,
  ariaLabel,
  name,
  error,
}: {
  accounts: LedgerAccount[];
  value: string;
  onChange: (id: string) => void;
  ariaLabel: string;
  name: string;
  error?: boolean;
}) {
  const id = useId();
  const selected = accounts.find((a) => a.id === value);
  const [query, setQuery] = useState<string | null>(null); // null: not typing, show the selection
  const [active, setActive] = useState(0);
  const options = query === null ? [] : matchAccounts(accounts, query);
  const open = query !== null && options.length > 0;
  const commit = (a: LedgerAccount | undefined) => {
    if (a) onChange(a.id);
    setQuery(null);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (query === null) setQuery('');
      const n = Math.max(options.length, 1);
      setActive((i) => (i + (e.key === 'ArrowDown' ? 1 : n - 1)) % n);
    } else if (e.key === 'Enter' && open) {
      if (!e.ctrlKey && !e.metaKey) {
        e.preventDefault();
        e.stopPropagation();
      }
      commit(options[active]);
    } else if (e.key === 'Tab' && open && query) {
      commit(options[active]);
    } else if (e.key === 'Escape' && query !== null) {
      e.preventDefault();
      e.stopPropagation();
      setQuery(null);
    }
  };
  return (
    <div style={{ position: 'relative' }}>
      <TextInput
        size="xs"
        name={name}
        data-cell
        autoComplete="off"
        role="combobox"
        aria-label={ariaLabel}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-activedescendant={open ? `${id}-opt-${active}` : undefined}
        aria-invalid={error || undefined}
        error={error}
        value={query ?? (selected ? label(selected) : '')}
        onFocus={(e) => e.currentTarget.select()}
        onChange={(e) => {
          setQuery(e.currentTarget.value);
          setActive(0);
        }}
        onBlur={() => (query ? commit(options[active]) : setQuery(null))}
        onKeyDown={onKeyDown}
      />
      <Paper
        role="listbox"
        id={`${id}-list`}
        shadow="md"
        withBorder
        style={{
          display: open ? undefined : 'none',
          position: 'absolute',
          zIndex: 20,
          left: 0,
          right: 0,
          top: '100%',
          padding: 4,
          minWidth: 280,
        }}
      >
        {options.map((a, i) => (
          <div
            key={a.id}
            id={`${id}-opt-${i}`}
            role="option"
            tabIndex={-1}
            aria-selected={i === active}
            data-testid="account-option"
            onMouseDown={(e) => {
              e.preventDefault();
              commit(a);
            }}
            onMouseEnter={() => setActive(i)}
            style={{
              padding: '4px 8px',
              borderRadius: 4,
              cursor: 'pointer',
              fontSize: 13,
              background: i === active ? 'var(--mantine-primary-color-light)' : undefined,
            }}
          >
            <strong style={{ fontFamily: 'var(--mantine-font-family-monospace)' }}>{a.code}</strong>{' '}
            {a.fullName}
          </div>
        ))}
      </Paper>
    </div>
  );
}
