/**
 * The web's message syntax: `{name}` and the plural subset of ICU MessageFormat the server catalogues use
 * (src/platform/i18n/format.ts), so translators learn one notation:
 *
 *   {count, plural, one {# person} other {# people}}
 *   {count, plural, one {# člověk} few {# lidé} many {# člověka} other {# lidí}}
 *
 * The form is chosen by Intl.PluralRules of the language (Czech: one / few / many / other; "many" is for
 * fractions, so whole counts need one, few and other); "=0" picks an exact number; "#" is the number in the
 * language's digits. An option may hold `{name}` parameters, not another plural.
 */
export type Vars = Record<string, string | number>;

const OPTION_BODY = String.raw`(?:[^{}]|\{\w+\})*`;
const PLURAL = new RegExp(
  String.raw`\{(\w+),\s*plural,((?:\s*(?:=\d+|[a-z]+)\s*\{${OPTION_BODY}\})+)\s*\}`,
  'g',
);
const OPTION = new RegExp(String.raw`(=\d+|[a-z]+)\s*\{(${OPTION_BODY})\}`, 'g');

const rules = new Map<string, Intl.PluralRules>();
function pluralRules(locale: string): Intl.PluralRules {
  let r = rules.get(locale);
  if (!r) {
    r = new Intl.PluralRules(locale);
    rules.set(locale, r);
  }
  return r;
}

/** The options of one plural by their key ("one", "few", "other", "=0"). */
function optionsOf(body: string): Map<string, string> {
  return new Map([...body.matchAll(OPTION)].map((m) => [m[1] as string, m[2] as string]));
}

export function formatMessage(locale: string, text: string, vars?: Vars): string {
  const withPlurals = text.replace(PLURAL, (whole, name: string, body: string) => {
    const value = vars?.[name];
    if (value === undefined) return whole;
    const n = Number(value);
    const options = optionsOf(body);
    const form = options.get(`=${n}`) ?? options.get(pluralRules(locale).select(n)) ?? options.get('other');
    return (form ?? '').replaceAll('#', new Intl.NumberFormat(locale).format(n));
  });
  if (!vars) return withPlurals;
  return withPlurals.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

/** The parameter names of a message, plural ones included, sorted and unique (the parity test). */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)(?=\}|,\s*plural,)/g)].map((m) => m[1] as string))].sort();
}

/** The option keys of each plural of a message, by parameter name (the parity test). */
export function pluralFormsOf(text: string): Record<string, string[]> {
  const forms: Record<string, string[]> = {};
  for (const m of text.matchAll(PLURAL)) forms[m[1] as string] = [...optionsOf(m[2] as string).keys()].sort();
  return forms;
}
