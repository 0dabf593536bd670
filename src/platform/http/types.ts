import type { Context } from 'hono';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import type { Actor, Principal, ServiceContext } from '../context.ts';
import type { Database } from '../db/index.ts';

/** Who the request authenticated as, before any company is chosen. */
export interface AuthResult {
  actor: Actor;
  userId: string;
  via: 'session' | 'token';
  sessionId: string | null;
  csrfToken: string | null;
  /** The session's current company, or null. */
  defaultCompanyId: string | null;
  /** An API token is bound to one company. */
  tokenCompanyId: string | null;
  /**
   * The caller's role and departments in the token's company or the session's current company, read with the
   * credentials (null: not an active member there). Saves the guard a query; other companies load their own.
   */
  principal?: Principal | null;
}

export interface AppEnv {
  Variables: {
    requestId: string;
    /** The client's address (client-address.ts): X-Forwarded-For only as far as trusted proxies vouch for it. */
    clientIp: string;
    log: Logger;
    auth: AuthResult | null;
    principal: Principal | null;
    ctx: ServiceContext;
  };
}

export type AppContext = Context<AppEnv>;

/** What the HTTP layer needs from the rest of the system; server.ts provides it. */
export interface HttpDeps {
  db: Database;
  config: Config;
  log: Logger;
  authenticate(c: AppContext): Promise<AuthResult | null>;
  loadPrincipal(userId: string, companyId: string): Promise<Principal | null>;
}
