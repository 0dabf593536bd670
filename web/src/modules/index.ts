// The web module registry: every folder under web/src/modules is listed here once (test/web/web-modules.test.ts
// fails on a folder that is not). The router, the navigation, the dictionaries and the permission map read
// this list; adding a module's pages touches its folder and this list (see web/README.md).
import type { MessageKey as CoreKey } from '../i18n/en';
import { accountModule } from './account';
import { bankingModule } from './banking';
import type { SectionId } from './kit';
import { ledgerModule } from './ledger';
import { orgModule } from './org';
import { partiesModule } from './parties';
import { paymentsModule } from './payments';
import { purchasingModule } from './purchasing';
import { receivablesModule } from './receivables';
import { salesModule } from './sales';
import { systemModule } from './system';
import { workModule } from './work';

export const MODULES = [
  orgModule,
  ledgerModule,
  workModule,
  partiesModule,
  receivablesModule,
  salesModule,
  purchasingModule,
  paymentsModule,
  bankingModule,
  systemModule,
  accountModule,
] as const;

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void
  ? I
  : never;
type Module = (typeof MODULES)[number];

/** Every module's English catalogue, merged (the keys the translator knows besides the core ones). */
export type ModuleMessages = UnionToIntersection<Module['messages']['en']>;
/** Every module's permission map, merged (web/src/permissions.ts). */
export type ModulePermissions = UnionToIntersection<Module['permissions']>;

/** Navigation sections top to bottom; entries come from the modules, ordered by `order`. */
export const SECTIONS: { id: SectionId; label: CoreKey | keyof ModuleMessages }[] = [
  { id: 'organisation', label: 'nav.organisation' },
  { id: 'accounting', label: 'nav.accounting' },
  { id: 'salesPurchasing', label: 'nav.salesPurchasing' },
  { id: 'supervision', label: 'nav.supervision' },
  { id: 'system', label: 'nav.system' },
  { id: 'myAccount', label: 'nav.myAccount' },
];
