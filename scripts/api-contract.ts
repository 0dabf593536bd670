import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { openApiDocument } from '../src/openapi-document.ts';

/** Where `npm run gen:api` writes the client types generated from the OpenAPI document (committed). */
export const API_TYPES_FILE = 'web/src/api/schema.gen.ts';

const HEADER =
  '// Generated from GET /api/v1/openapi.json by `npm run gen:api` (scripts/gen-api-types.ts): do not edit.\n' +
  '// The contract test fails when this file is stale.\n\n';

/** The TypeScript types openapi-typescript makes of the document: `paths`, `components`, `operations`. */
export async function apiTypesSource(doc?: Record<string, unknown>): Promise<string> {
  const ast = await openapiTS((doc ?? (await openApiDocument())) as never, { alphabetize: true });
  return HEADER + astToString(ast);
}

export interface LintResult {
  status: number | null;
  /** Redocly's own report (stylish format), for the failure message. */
  output: string;
  errors: number;
  warnings: number;
}

/**
 * `redocly lint --extends recommended` on the document, offline: telemetry and the update check are off, and the
 * document is a local file with no remote references. redocly.yaml (repo root) holds any rule decision.
 */
export function lintDocument(doc: Record<string, unknown>): LintResult {
  const dir = mkdtempSync(join(tmpdir(), 'steward-openapi-'));
  try {
    const file = join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(doc));
    const run = (format: string) =>
      spawnSync(
        join('node_modules', '.bin', 'redocly'),
        ['lint', '--extends', 'recommended', '--config', 'redocly.yaml', `--format=${format}`, file],
        {
          encoding: 'utf8',
          env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
        },
      );
    const json = run('json');
    const totals = (
      JSON.parse(json.stdout.slice(json.stdout.indexOf('{'))) as {
        totals: { errors: number; warnings: number };
      }
    ).totals;
    const clean = json.status === 0 && totals.errors === 0 && totals.warnings === 0;
    const output = clean ? '' : `${run('stylish').stdout}`;
    return { status: json.status, output, errors: totals.errors, warnings: totals.warnings };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
