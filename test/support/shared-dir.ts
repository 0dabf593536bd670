import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The shared fixtures and oracles: `$STEWARD_SHARED_DIR`, else `shared/` beside the repository root (how a
 * CI clone lays it out, and how /work/shared sits beside /work/main), else `shared/` inside the repository.
 */
export function sharedDir(): string {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const candidates = [process.env.STEWARD_SHARED_DIR, join(root, '..', 'shared'), join(root, 'shared')];
  for (const c of candidates) if (c && existsSync(join(c, 'fixtures'))) return c;
  throw new Error(
    `shared fixtures not found; set STEWARD_SHARED_DIR (looked in ${candidates.filter(Boolean).join(', ')})`,
  );
}

export const sharedPath = (...parts: string[]) => join(sharedDir(), ...parts);
