/**
 * Server-side text in the reader's language: per-module catalogues (PDF wording, e-mails, error messages) in
 * English, Czech and Spanish, one message syntax with plurals, and the rules that choose the language.
 * See ARCHITECTURE.md ("Languages").
 */
export {
  type Catalog,
  type CatalogParams,
  defineCatalog,
  isCatalog,
  reasonOf,
  type Worded,
} from './catalog.ts';
export { formatMessage, type Params, placeholdersOf, pluralCategory, pluralFormsOf } from './format.ts';
export { asLang, chooseLang, fromAcceptLanguage, isLang, LANGS, type Lang } from './language.ts';
