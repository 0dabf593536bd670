import { useCallback, useState } from 'react';
import { useMe } from '../session';

/**
 * Which optional columns a person hid on one list, remembered in this browser per person and list
 * (`steward.columns.<user>.<list>`). Only the hidden keys are stored, so a column added later shows.
 */
export function useColumnChoice(listKey: string | undefined): {
  hidden: ReadonlySet<string>;
  toggle: (key: string) => void;
} {
  const me = useMe();
  const storageKey = listKey ? `steward.columns.${me.user.id}.${listKey}` : null;
  const [hidden, setHidden] = useState<Set<string>>(() => read(storageKey));
  const toggle = useCallback(
    (key: string) =>
      setHidden((prev) => {
        const next = new Set(prev);
        if (next.has(key)) next.delete(key);
        else next.add(key);
        if (storageKey) localStorage.setItem(storageKey, JSON.stringify([...next]));
        return next;
      }),
    [storageKey],
  );
  return { hidden, toggle };
}

function read(storageKey: string | null): Set<string> {
  if (!storageKey) return new Set();
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(storageKey) ?? '[]');
    return new Set(Array.isArray(parsed) ? parsed.filter((k): k is string => typeof k === 'string') : []);
  } catch {
    return new Set();
  }
}
