import { type KeyboardEvent, useEffect, useRef } from 'react';

/**
 * The keyboard line grid of the invoice, bill and journal-entry editors: the lines are table rows
 * (`<tr data-line={line.key}>`) whose editable cells carry `data-cell`. Enter moves to the next cell and, on the
 * last cell, adds a line whose first cell takes the focus; Tab and Shift+Tab work as usual.
 *
 * Render `<Table ref={grid.tableRef}>` and `<Table.Tbody onKeyDown={grid.onKeyDown}>`.
 */
export function useLinesGrid<L extends { key: string }>({
  setLines,
  newLine,
  skipHandledEnter = false,
}: {
  setLines: (update: (lines: L[]) => L[]) => void;
  /** The line "add a line" and Enter on the last cell append (called when they do). */
  newLine: () => L;
  /** Leave an Enter that a cell already handled (a picker choosing an option) where it is. */
  skipHandledEnter?: boolean;
}) {
  const tableRef = useRef<HTMLTableElement>(null);
  const focusKey = useRef<string | null>(null);
  const setLine = (key: string, patch: Partial<L>) =>
    setLines((ls) => ls.map((l) => (l.key === key ? { ...l, ...patch } : l)));
  const addLine = () => {
    const line = newLine();
    focusKey.current = line.key;
    setLines((ls) => [...ls, line]);
  };
  // A new line takes the focus in its first cell once it is rendered.
  useEffect(() => {
    if (!focusKey.current) return;
    tableRef.current
      ?.querySelector<HTMLInputElement>(`tr[data-line="${focusKey.current}"] [data-cell]`)
      ?.focus();
    focusKey.current = null;
  });
  const onKeyDown = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    if (e.key !== 'Enter' || e.ctrlKey || e.metaKey || e.shiftKey) return;
    if (skipHandledEnter && e.defaultPrevented) return;
    const target = e.target as HTMLElement;
    if (!target.matches('[data-cell]')) return;
    e.preventDefault();
    const cells = [...(tableRef.current?.querySelectorAll<HTMLElement>('[data-cell]') ?? [])];
    const at = cells.indexOf(target);
    if (at === cells.length - 1) addLine();
    else cells[at + 1]?.focus();
  };
  return { tableRef, setLine, addLine, onKeyDown };
}
