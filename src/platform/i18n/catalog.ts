import { AppError, type ErrorCode } from '../../kernel/errors.ts';
import { formatMessage, type Params } from './format.ts';
import { LANGS, type Lang } from './language.ts';

/**
 * A catalogue: one namespace's messages in English, Czech and Spanish. English is the source: the Czech and
 * Spanish maps must have exactly its keys (a missing or extra key is a type error where the catalogue is
 * defined), and test/server-i18n-parity.test.ts checks that each translation keeps the English placeholders
 * and plural forms.
 */
/**
 * A parameter worded per language: a place ("entry 2, line 3"), a thing's name, another error's message
 * (`reasonOf`). A catalogue renders it in the language it is rendering.
 */
export type Worded = (lang: Lang) => string;
/** A catalogue message's parameters: plain values, or values worded per language. */
export type CatalogParams = Readonly<Record<string, Params[string] | Worded>>;

/** Another error's message as a parameter, in the reader's language when that error has one. */
export function reasonOf(err: unknown): Worded {
  const e = err as Partial<AppError> & { message?: string };
  return (lang) => (e.localize ? e.localize(lang) : String(e.message ?? err));
}

export interface Catalog<K extends string = string> {
  readonly namespace: string;
  readonly messages: Readonly<Record<Lang, Readonly<Record<K, string>>>>;
  /** The message `key` in `lang` with `params` filled in; English when the language is not one we speak. */
  t(lang: Lang, key: K, params?: CatalogParams): string;
  /** The message in every language, for storing or for deciding later (an error's message per request). */
  localizer(key: K, params?: CatalogParams): (lang: Lang) => string;
  /**
   * An AppError whose message is this catalogue's `key`: English in `message` (logs, the CLI), and in the
   * language of the request when the HTTP layer answers it. The code stays the stable, untranslated one.
   */
  error(code: ErrorCode, key: K, params?: CatalogParams, details?: unknown): AppError;
}

const CATALOG = Symbol.for('steward.i18n.catalog');

export function defineCatalog<K extends string>(
  namespace: string,
  messages: {
    en: Record<K, string>;
    cs: Record<NoInfer<K>, string>;
    es: Record<NoInfer<K>, string>;
  },
): Catalog<K> {
  const t = (lang: Lang, key: K, params?: CatalogParams) =>
    formatMessage(
      lang,
      (messages[lang] ?? messages.en)[key] ?? messages.en[key] ?? key,
      inLang(lang, params),
    );
  const catalog: Catalog<K> = {
    namespace,
    messages,
    t,
    localizer: (key, params) => (lang) => t(lang, key, params),
    error: (code, key, params, details) =>
      new AppError(code, t('en', key, params), details, (lang) => t(asKnown(lang), key, params)),
  };
  Object.defineProperty(catalog, CATALOG, { value: true });
  return catalog;
}

/** The parameters with every `Worded` one rendered in `lang`. */
function inLang(lang: Lang, params: CatalogParams | undefined): Params | undefined {
  if (!params) return params;
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, typeof v === 'function' ? v(lang) : v]),
  );
}

function asKnown(lang: string): Lang {
  return (LANGS as readonly string[]).includes(lang) ? (lang as Lang) : 'en';
}

/** Whether a value is a catalogue made by defineCatalog (the parity test finds them among a file's exports). */
export function isCatalog(value: unknown): value is Catalog {
  return typeof value === 'object' && value !== null && CATALOG in value;
}
