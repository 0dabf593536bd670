// The web's module rules (web/README.md), run by scripts/check-architecture.ts:
// - every folder under web/src/modules is a registered module: it has an index.ts and web/src/modules/index.ts
//   imports it;
// - no file imports another module's folder: what several modules share lives in web/src/lib or web/src/ui;
// - shared code (lib, ui, components) imports no module.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const IMPORT =
  /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm;

function walk(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else if (/\.(ts|tsx)$/.test(name)) out.push(full);
  }
  return out;
}

/** The module folder a web file belongs to ('' for the registry and kit, undefined outside modules/). */
function moduleOf(modulesDir: string, file: string): string | undefined {
  const rel = relative(modulesDir, file);
  if (rel.startsWith('..')) return undefined;
  const parts = rel.split(sep);
  return parts.length > 1 ? parts[0] : '';
}

export function checkWebModules(root: string, fail: (file: string, message: string) => void): void {
  const webSrc = join(root, 'web', 'src');
  const modulesDir = join(webSrc, 'modules');
  if (!existsSync(modulesDir)) return;
  const registry = join(modulesDir, 'index.ts');
  const registryText = existsSync(registry) ? readFileSync(registry, 'utf8') : '';
  for (const name of readdirSync(modulesDir)) {
    if (!statSync(join(modulesDir, name)).isDirectory()) continue;
    if (!existsSync(join(modulesDir, name, 'index.ts')))
      fail(join(modulesDir, name), `web module ${name} has no index.ts (routes, nav, i18n, permissions)`);
    if (!registryText.includes(`from './${name}'`))
      fail(registry, `web module ${name} is not registered: import it here and add it to MODULES`);
  }
  for (const file of walk(webSrc)) {
    const from = moduleOf(modulesDir, file);
    const shared = ['lib', 'ui', 'components'].includes(relative(webSrc, file).split(sep)[0] ?? '');
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const spec = m[1] ?? m[2] ?? m[3] ?? '';
      if (!spec.startsWith('.')) continue;
      const to = moduleOf(modulesDir, resolve(dirname(file), spec));
      if (!to) continue;
      if (shared) fail(file, `shared web code may not import a module (${spec})`);
      else if (from && to !== from)
        fail(file, `imports web module ${to} (${spec}); move what both need to web/src/lib or web/src/ui`);
    }
  }
}
