import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generate, OUT } from '../../scripts/gen-web-permissions.ts';

/**
 * The web module registry (web/README.md): a module is one folder under web/src/modules, listed once in
 * web/src/modules/index.ts; the router, the navigation, the dictionaries and the permission map read that list.
 */
const MODULES_DIR = resolve(import.meta.dirname, '../../web/src/modules');
// Imported by URL: the web's sources follow the web's tsconfig (bundler resolution), not the server's.
const web = (path: string) => import(/* @vite-ignore */ pathToFileURL(join(MODULES_DIR, '..', path)).href);
interface WebModule {
  id: string;
  permissions: Record<string, string>;
  routes: (kit: unknown) => readonly string[];
  nav: readonly { to: string; anyOf: readonly string[] }[];
}
const { MODULES } = (await web('modules/index.ts')) as { MODULES: readonly WebModule[] };
const { PERMISSIONS } = (await web('lib/permissions.gen.ts')) as { PERMISSIONS: readonly string[] };
const folders = readdirSync(MODULES_DIR).filter((n) => statSync(join(MODULES_DIR, n)).isDirectory());

/** A module's route paths, read by handing its `routes` a kit that returns the path instead of a route. */
function pathsOf(m: WebModule): string[] {
  return [...m.routes({ page: (path: string) => path, searchPage: (path: string) => path })];
}

describe('web modules', () => {
  it('every folder under web/src/modules is registered under its own name, once', () => {
    const ids = MODULES.map((m) => m.id);
    expect([...ids].sort()).toEqual([...folders].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('no two modules claim the same URL, and every nav entry opens a page of its module', () => {
    const owner = new Map<string, string>();
    for (const m of MODULES)
      for (const path of pathsOf(m)) {
        expect(owner.get(path), `${path} in ${m.id}`).toBeUndefined();
        owner.set(path, m.id);
      }
    for (const m of MODULES)
      for (const entry of m.nav) expect(owner.get(entry.to), `nav ${entry.to} of ${m.id}`).toBe(m.id);
  });

  it('the permissions the modules check are the server’s, and the generated list is up to date', async () => {
    expect(readFileSync(OUT, 'utf8')).toBe(await generate());
    const known = new Set<string>(PERMISSIONS);
    const used = MODULES.flatMap((m) => [...Object.values(m.permissions), ...m.nav.flatMap((n) => n.anyOf)]);
    expect(used.filter((p) => !known.has(p))).toEqual([]);
    expect(known.has('sales.read')).toBe(true);
  });
});
