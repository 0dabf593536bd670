import { useSyncExternalStore } from 'react';
import type { Payment } from './paymentsApi';

/**
 * The payment just recorded, so the page the user lands on (the payments list) can say what was recorded and
 * offer Undo. One per tab, in memory: a reload forgets it, as a toast should.
 */
let current: Payment | null = null;
const listeners = new Set<() => void>();

export function setRecorded(p: Payment | null): void {
  current = p;
  for (const l of listeners) l();
}

export function useRecorded(): Payment | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
}
