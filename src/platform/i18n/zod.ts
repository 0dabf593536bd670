import { z } from 'zod';
import type { Lang } from './language.ts';

/**
 * A zod issue's message in `lang`, from zod's own Czech and Spanish messages. Only zod's generic English is
 * translated: a message a schema wrote itself (`{ error: '…' }`) is not zod's wording, so it stays as written.
 */
type Issue = z.core.$ZodIssue;
const locales: Record<Lang, { localeError: (issue: never) => unknown }> = {
  en: z.locales.en(),
  cs: z.locales.cs(),
  es: z.locales.es(),
};

function wording(lang: Lang, issue: Issue): string | null {
  const out = locales[lang].localeError(issue as never);
  if (typeof out === 'string') return out;
  if (out && typeof out === 'object' && 'message' in out && typeof out.message === 'string')
    return out.message;
  return null;
}

export function zodIssueMessage(issue: Issue, lang: Lang): string {
  if (lang === 'en') return issue.message;
  try {
    if (wording('en', issue) !== issue.message) return issue.message;
    return wording(lang, issue) ?? issue.message;
  } catch {
    return issue.message;
  }
}
