import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * axe-core (WCAG 2.0 and 2.1, levels A and AA) on the page as it is now. No rule is disabled and nothing is
 * excluded: a page passes only when axe finds nothing. Issue #11.
 */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeFinding {
  rule: string;
  impact: string;
  selector: string;
  help: string;
}

/** Every violation on the page, one entry per element (rule id, impact, CSS selector, what to do). */
export async function axeFindings(page: Page): Promise<AxeFinding[]> {
  // Only violations come back in full: the passes are most of what axe would serialise. options() replaces
  // the run options wholesale, so it comes before withTags() (which adds runOnly to them).
  const result = await new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(WCAG_AA_TAGS)
    .analyze();
  return result.violations.flatMap((v) =>
    v.nodes.map((n) => ({
      rule: v.id,
      impact: v.impact ?? 'unknown',
      selector: n.target.map(String).join(' '),
      help: `${v.help}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ')}` : ''}`,
    })),
  );
}

/** The findings as lines a person can act on: `rule (impact) selector: help`. */
export function describeFindings(findings: AxeFinding[]): string {
  return findings.map((f) => `  ${f.rule} (${f.impact}) ${f.selector}: ${f.help}`).join('\n');
}

/** Fails with a readable list when axe finds any WCAG 2 A/AA violation on the page (`name` says which page). */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  const findings = await axeFindings(page);
  if (findings.length > 0)
    throw new Error(
      `${name}: ${findings.length} WCAG 2 A/AA violation(s) at ${page.url()}\n${describeFindings(findings)}`,
    );
}
