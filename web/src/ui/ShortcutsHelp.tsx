import { Kbd, Modal, Table } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n';

/** True when a key press is typing into a field, where single-letter shortcuts must not fire. */
function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

/**
 * The list keys: `N` runs the page's "new" action (when it has one), `?` opens the shortcuts help. Never while
 * typing in a field, never with Ctrl/Alt/⌘ (those belong to the browser and to Ctrl+S / Ctrl+K).
 */
export function useListKeys(onNew: (() => void) | undefined): { helpOpen: boolean; closeHelp: () => void } {
  const [helpOpen, setHelpOpen] = useState(false);
  const latest = useRef(onNew);
  latest.current = onNew;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.repeat || isTyping(e.target)) return;
      if (e.key === '?') {
        e.preventDefault();
        setHelpOpen(true);
      } else if (
        (e.key === 'n' || e.key === 'N') &&
        latest.current &&
        !document.querySelector('[role="dialog"]')
      ) {
        e.preventDefault();
        latest.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return { helpOpen, closeHelp: () => setHelpOpen(false) };
}

/** The shortcuts help dialog (`?`). */
export function ShortcutsHelp({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const t = useT();
  const rows: Array<[string[], string]> = [
    [['N'], t('keys.new')],
    [['?'], t('keys.help')],
    [['Ctrl', 'S'], t('keys.save')],
    [['Ctrl', 'K'], t('keys.search')],
  ];
  return (
    <Modal opened={opened} onClose={onClose} title={t('keys.title')} data-testid="shortcuts-help">
      <Table>
        <Table.Tbody>
          {rows.map(([keys, what]) => (
            <Table.Tr key={what}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 && ' + '}
                    <Kbd>{k}</Kbd>
                  </span>
                ))}
              </Table.Td>
              <Table.Td>{what}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Modal>
  );
}
