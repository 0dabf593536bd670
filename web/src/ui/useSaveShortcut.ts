import { useEffect, useRef } from 'react';

/**
 * Ctrl+S (⌘S on a Mac) runs the editor's save instead of the browser's "save page", also while typing in a
 * field (that is where people press it). Pass null or `enabled = false` while saving is not possible (a
 * request in flight, nothing to save). Shared by the invoice, bill and journal entry editors.
 */
export function useSaveShortcut(save: (() => void) | null | undefined, enabled = true): void {
  const latest = useRef(save);
  latest.current = save;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.key.toLowerCase() !== 's') return;
      e.preventDefault();
      latest.current?.();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
