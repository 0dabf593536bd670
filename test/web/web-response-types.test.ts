import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openApiDocument } from '../../src/openapi-document.ts';

/**
 * The web has no hand-written copy of a server response type (web/README.md, "Rules"). Where the document
 * types an operation's answer, the web names the generated type (web/src/api/types.ts: Schema<'Invoice'>,
 * ApiResponse<'/work/inbox'>, ApiItem<…>) rather than restating it. Checked at every call site the web reads
 * an answer at — `api.get<T>('/path')` (and post/put/patch/delete) and `useCursorList<T>('/path')` — by
 * looking at T: an object literal (`{ … }`) or a name declared with `interface`/`type X = { … }` in web/src
 * is a hand-written shape.
 */
const WEB_SRC = resolve(import.meta.dirname, '../../web/src');

/**
 * Calls still hand-written. Empty since every module's reads name the generated types; kept so that an exemption
 * has one place to go and must leave again (ratchet: a converted call must leave the list).
 */
const HAND_TYPED_FOR_NOW = new Set<string>([]);

type Operation = { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> };
let doc: { paths: Record<string, Record<string, Operation>> };

beforeAll(async () => {
  doc = (await openApiDocument()) as unknown as typeof doc;
});

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.gen.ts') ? [path] : [];
  });
}

/** The text between a `<` at `start` and its matching `>`. */
function typeArgument(src: string, start: number): { text: string; end: number } {
  let depth = 0;
  for (let i = start; i < src.length; i++) {
    const c = src[i];
    if (c === '<') depth++;
    else if (c === '>' && src[i - 1] !== '=') depth--;
    if (depth === 0) return { text: src.slice(start + 1, i), end: i + 1 };
  }
  return { text: '', end: src.length };
}

interface Read {
  file: string;
  where: string;
  method: string;
  url: string;
  type: string;
}

/** Every place the web reads an answer with a literal path: the method, the path (`${…}` as `{}`), the type. */
function reads(): Read[] {
  const out: Read[] = [];
  for (const file of sources(WEB_SRC)) {
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/\b(?:api\.(get|post|put|patch|delete)|useCursorList)</g)) {
      const { text, end } = typeArgument(src, (m.index ?? 0) + m[0].length - 1);
      const path = /^\(\s*(['`])(\/[^'`]*)\1/.exec(src.slice(end));
      if (!path?.[2]) continue; // a path computed at run time: not checkable here
      const url = path[2].replace(/\$\{[^}]*\}/g, '{}').split('?')[0] ?? '';
      const line = src.slice(0, m.index).split('\n').length;
      out.push({ file, where: `${relative(WEB_SRC, file)}:${line}`, method: m[1] ?? 'get', url, type: text });
    }
  }
  return out;
}

/** The document's path a concrete URL is (a `{param}` segment matches any one segment). */
function documentPath(method: string, url: string): string | undefined {
  const want = url.split('/');
  return Object.keys(doc.paths).find((p) => {
    const have = p.split('/');
    if (have.length !== want.length || !doc.paths[p]?.[method]) return false;
    return have.every((seg, i) => seg.startsWith('{') || want[i] === '{}' || seg === want[i]);
  });
}

/** Whether the document types the operation's success answer (a JSON schema that says something). */
function typed(method: string, path: string): boolean {
  const responses = doc.paths[path]?.[method]?.responses ?? {};
  const ok = responses['200'] ?? responses['201'];
  const schema = ok?.content?.['application/json']?.schema as Record<string, unknown> | undefined;
  if (!schema) return false;
  return Object.keys(schema).some((k) => !['description', 'default', 'example'].includes(k));
}

/** Where `name` used in `file` is declared: followed through imports and re-exports (undefined: not in web/src). */
function declaration(
  file: string,
  name: string,
  seen = new Set<string>(),
): { file: string; text: string } | undefined {
  if (seen.has(file)) return undefined;
  seen.add(file);
  const src = readFileSync(file, 'utf8');
  const own = new RegExp(
    `\\b(?:interface\\s+${name}\\b|type\\s+${name}\\s*(?:<[^=]*?>)?\\s*=)\\s*([^;]*)`,
  ).exec(src);
  if (own) return { file, text: own[0] };
  for (const m of src.matchAll(/(?:import|export)\s+(?:type\s+)?\{([^}]*)\}\s*from\s*'(\.[^']*)'/g)) {
    const names = (m[1] ?? '').split(',').map((n) =>
      n
        .replace(/^\s*type\s+/, '')
        .trim()
        .split(/\s+as\s+/),
    );
    const hit = names.find((n) => (n[1] ?? n[0]) === name);
    if (!hit) continue;
    const base = resolve(dirname(file), m[2] ?? '');
    const target = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((f) => existsSync(f));
    if (target) return declaration(target, hit[0] ?? name, seen);
  }
  return undefined;
}

/** Why a type argument is a hand-written copy (undefined: it names generated types). */
function handWritten(file: string, type: string): string | undefined {
  const bare = type.replace(/'[^']*'/g, "''");
  if (bare.includes('{')) return 'an object literal';
  // Page<T> (web/src/api.ts) is the paging envelope every list shares; what it holds is what is checked.
  const names = [...bare.matchAll(/\b[A-Z]\w*/g)].map((m) => m[0]).filter((n) => n !== 'Page');
  const hand = names.filter((n) => {
    const d = declaration(file, n);
    return d !== undefined && (d.text.startsWith('interface') || /=\s*\{/.test(d.text));
  });
  return hand.length ? `hand-written ${hand.join(', ')}` : undefined;
}

describe('the web’s response types', () => {
  it('finds the reads it checks (the scan is not vacuous)', () => {
    const all = reads();
    expect(all.length).toBeGreaterThan(80);
    const inbox = all.find((r) => r.url === '/work/inbox');
    expect(inbox).toMatchObject({ method: 'get', type: 'Inbox' });
    expect(documentPath('get', '/sales/invoices/{}')).toBe('/sales/invoices/{id}');
    expect(typed('get', '/sales/invoices/{id}')).toBe(true);
  });

  it('names the generated type wherever the document types the answer', () => {
    const copies: string[] = [];
    for (const r of reads()) {
      const path = documentPath(r.method, r.url);
      if (!path || !typed(r.method, path)) continue;
      const why = handWritten(r.file, r.type);
      const key = `${r.method.toUpperCase()} ${path}`;
      if (why && !HAND_TYPED_FOR_NOW.has(key)) copies.push(`${r.where} ${key}: ${why}`);
    }
    expect(copies).toEqual([]);
  });

  it('keeps the exemption list short: an entry whose calls use generated types must leave it', () => {
    const stillHand = new Set(
      reads()
        .filter((r) => handWritten(r.file, r.type))
        .map((r) => `${r.method.toUpperCase()} ${documentPath(r.method, r.url)}`),
    );
    expect([...HAND_TYPED_FOR_NOW].filter((k) => !stillHand.has(k))).toEqual([]);
  });
});
