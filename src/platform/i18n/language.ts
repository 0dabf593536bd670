/**
 * The languages Steward speaks on the server: English, Czech and Spanish (the same three as the web UI and the
 * `locale`/`language` columns of users, companies and parties). English is the fallback for anything else.
 */
export type Lang = 'en' | 'cs' | 'es';
export const LANGS: readonly Lang[] = ['en', 'cs', 'es'];

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** A stored or asked language as one we speak: "cs-CZ" → cs, anything unknown → en. */
export function asLang(value: string | null | undefined): Lang {
  return langOf(value) ?? 'en';
}

function langOf(value: string | null | undefined): Lang | null {
  const base = value?.trim().toLowerCase().split(/[-_]/)[0];
  return isLang(base) ? base : null;
}

/**
 * The first of the candidates that names a language we speak, else English: callers list what they know in
 * order of preference (the recipient's own setting, then the company's).
 */
export function chooseLang(...candidates: (string | null | undefined)[]): Lang {
  for (const c of candidates) {
    const lang = langOf(c);
    if (lang) return lang;
  }
  return 'en';
}

/**
 * The best language of an Accept-Language header ("es-ES,es;q=0.9,en;q=0.8"), by q weight then order; null
 * when it names none we speak (the caller then falls back). "*" and q=0 entries never choose.
 */
export function fromAcceptLanguage(header: string | null | undefined): Lang | null {
  if (!header) return null;
  const ranked = header
    .split(',')
    .slice(0, 32)
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([01](?:\.\d{0,3})?)\s*$/.exec(p)?.[1]).find(Boolean);
      return { lang: langOf(tag), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((r): r is { lang: Lang; q: number; index: number } => r.lang !== null && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked[0]?.lang ?? null;
}
