import { CZ } from './cz.ts';
import { ES } from './es.ts';
import { GENERIC } from './generic.ts';
import type { ChartTemplate } from './types.ts';
import { US } from './us.ts';

export type { ChartTemplate, TemplateAccount } from './types.ts';

export const CHART_TEMPLATES: Readonly<Record<ChartTemplate['key'], ChartTemplate>> = {
  generic: GENERIC,
  us: US,
  cz: CZ,
  es: ES,
};
export const TEMPLATE_KEYS = Object.keys(CHART_TEMPLATES) as ChartTemplate['key'][];
