/** A browsable API reference rendered on the server from the OpenAPI document: no scripts, no CDN. */
interface Doc {
  paths?: Record<
    string,
    Record<string, { summary?: string; tags?: string[]; requestBody?: unknown; parameters?: unknown[] }>
  >;
}

const esc = (s: string) =>
  s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

export function apiReferencePage(doc: unknown): string {
  const paths = (doc as Doc).paths ?? {};
  const byTag = new Map<string, string[]>();
  for (const [path, ops] of Object.entries(paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const tag = op.tags?.[0] ?? 'other';
      const row = `<tr><td><code class="m ${esc(method)}">${esc(method.toUpperCase())}</code></td><td><code>/api/v1${esc(path)}</code></td><td>${esc(op.summary ?? '')}</td></tr>`;
      byTag.set(tag, [...(byTag.get(tag) ?? []), row]);
    }
  }
  const sections = [...byTag.entries()]
    .map(
      ([tag, rows]) =>
        `<h2>${esc(tag)}</h2><table><thead><tr><th>Method</th><th>Path</th><th>What it does</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
    )
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Steward API reference</title>
<style>body{font:15px system-ui,sans-serif;max-width:1000px;margin:2rem auto;padding:0 1rem;color:#222}table{border-collapse:collapse;width:100%}
td,th{border-bottom:1px solid #ddd;padding:.35rem .5rem;text-align:left}code.m{font-weight:600}.get{color:#2b6}.post{color:#26b}.patch{color:#b82}.delete{color:#c33}</style>
</head><body><h1>Steward API reference</h1><p>The machine-readable document is at <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1).
Authenticate with <code>Authorization: Bearer &lt;token&gt;</code> (make one with <code>steward token create</code> or under My account → API tokens).
Errors always look like <code>{"error":{"code","message","details"}}</code>.</p>${sections}</body></html>`;
}
