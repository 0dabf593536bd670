import { type CompanyCreation, issueSetupToken, setupNeeded } from '../modules/org/index.ts';
import type { Config } from '../platform/config.ts';
import type { Database } from '../platform/db/index.ts';

/**
 * First run on an empty database: the owner from STEWARD_ADMIN_EMAIL/PASSWORD, or a one-time setup token for
 * the web setup page. The company is seeded ready to invoice (`companies` runs the onboarding flow). Returns what to tell the person at the console.
 */
export async function bootstrap(
  db: Database,
  config: Config,
  companies: CompanyCreation,
): Promise<{ setupToken: string | null; createdAdmin: string | null }> {
  if (!(await setupNeeded(db))) return { setupToken: null, createdAdmin: null };
  if (config.admin) {
    const { admin } = config;
    try {
      await db.tx((tx) =>
        companies.createFirst(
          tx,
          { name: admin.companyName, baseCurrency: admin.currency, country: admin.country },
          { email: admin.email, name: admin.email.split('@')[0] ?? 'Owner', password: admin.password },
          null,
        ),
      );
    } catch (err) {
      // Another process set up first: that is fine.
      if ((err as { code?: string }).code !== 'setup_done') throw err;
    }
    return { setupToken: null, createdAdmin: admin.email };
  }
  return { setupToken: await issueSetupToken(db), createdAdmin: null };
}
