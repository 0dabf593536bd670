// Runs after `npm install` (the "prepare" script): builds the web UI into web/dist when it is missing or
// older than its sources, so `npm start` serves it at once. Never fails the install: `npm start` retries.

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'web', 'dist', 'index.html');

function newest(dir) {
  let latest = 0;
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    const s = statSync(full);
    latest = Math.max(latest, s.isDirectory() ? newest(full) : s.mtimeMs);
  }
  return latest;
}

const sources = join(root, 'web', 'src');
const stale = !existsSync(dist) || (existsSync(sources) && newest(sources) > statSync(dist).mtimeMs);
if (stale && existsSync(join(root, 'node_modules', 'vite'))) {
  const r = spawnSync(
    process.execPath,
    [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (r.status !== 0) console.warn('steward: the web UI did not build now; `npm start` will try again.');
}
