// The translator's dictionaries: the core catalogues (./en.ts, ./cs.ts, ./es.ts) plus every registered web
// module's (web/src/modules/index.ts). test/web/i18n-parity.test.ts checks the keys, the placeholders and that no
// catalogue redefines another's key.
import { MODULES, type ModuleMessages } from '../modules';
import type { Locale } from '../types';
import { cs as coreCs } from './cs';
import { en as coreEn } from './en';
import { es as coreEs } from './es';

export type MessageKey = keyof typeof coreEn | keyof ModuleMessages;
/** Every language has exactly these keys. */
export type Messages = { readonly [K in MessageKey]: string };

function merged(core: Record<string, string>, locale: Locale): Messages {
  return Object.assign({}, core, ...MODULES.map((m) => m.messages[locale])) as Messages;
}

export const en = merged(coreEn, 'en') as typeof coreEn & ModuleMessages;
export const cs = merged(coreCs, 'cs');
export const es = merged(coreEs, 'es');
