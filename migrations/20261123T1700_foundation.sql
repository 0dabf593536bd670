-- Foundation: companies, people, departments, sessions, API tokens, audit trail, jobs, mail outbox.
-- Every business table carries company_id and is keyed (company_id, id). Installation-level tables
-- (companies, users, sessions, sign-in attempts, setup) are listed in scripts/check-architecture.ts.

CREATE TABLE companies (
  id text PRIMARY KEY,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  legal_name text NOT NULL CHECK (length(legal_name) BETWEEN 1 AND 300),
  base_currency char(3) NOT NULL CHECK (base_currency ~ '^[A-Z]{3}$'),
  fiscal_year_start_month smallint NOT NULL DEFAULT 1 CHECK (fiscal_year_start_month BETWEEN 1 AND 12),
  locale text NOT NULL DEFAULT 'en' CHECK (locale IN ('en', 'cs', 'es')),
  time_zone text NOT NULL DEFAULT 'UTC',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
  id text PRIMARY KEY,
  email text NOT NULL CHECK (email = lower(email) AND position('@' IN email) > 1),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  password_hash text,
  locale text NOT NULL DEFAULT 'en' CHECK (locale IN ('en', 'cs', 'es')),
  totp_secret text,
  totp_enabled boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email_key ON users (email);

CREATE TABLE memberships (
  company_id text NOT NULL REFERENCES companies (id),
  id text NOT NULL,
  user_id text NOT NULL REFERENCES users (id),
  role text NOT NULL CHECK (role IN ('owner', 'admin', 'manager', 'assistant', 'auditor')),
  job_title text,
  reports_to_user_id text REFERENCES users (id),
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive')),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (company_id, id),
  UNIQUE (company_id, user_id)
);
CREATE INDEX memberships_user ON memberships (user_id);

CREATE TABLE departments (
  company_id text NOT NULL REFERENCES companies (id),
  id text NOT NULL,
  code text NOT NULL CHECK (code ~ '^[A-Za-z0-9_-]{1,20}$'),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  parent_id text,
  manager_user_id text REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (company_id, id),
  FOREIGN KEY (company_id, parent_id) REFERENCES departments (company_id, id),
  CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE UNIQUE INDEX departments_code_key ON departments (company_id, upper(code));

CREATE TABLE department_members (
  company_id text NOT NULL,
  department_id text NOT NULL,
  user_id text NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (company_id, department_id, user_id),
  FOREIGN KEY (company_id, department_id) REFERENCES departments (company_id, id) ON DELETE CASCADE,
  FOREIGN KEY (company_id, user_id) REFERENCES memberships (company_id, user_id)
);
CREATE INDEX department_members_user ON department_members (company_id, user_id);

CREATE TABLE invitations (
  company_id text NOT NULL REFERENCES companies (id),
  id text NOT NULL,
  email text NOT NULL CHECK (email = lower(email)),
  role text NOT NULL CHECK (role IN ('owner', 'admin', 'manager', 'assistant', 'auditor')),
  department_ids text[] NOT NULL DEFAULT '{}',
  job_title text,
  token_hash text NOT NULL UNIQUE,
  invited_by text REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  accepted_at timestamptz,
  revoked_at timestamptz,
  PRIMARY KEY (company_id, id)
);

CREATE TABLE sessions (
  id text PRIMARY KEY,
  token_hash text NOT NULL UNIQUE,
  user_id text NOT NULL REFERENCES users (id),
  current_company_id text REFERENCES companies (id),
  csrf_token text NOT NULL,
  ip text,
  user_agent text,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE api_tokens (
  company_id text NOT NULL REFERENCES companies (id),
  id text NOT NULL,
  user_id text NOT NULL REFERENCES users (id),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz,
  last_used_at timestamptz,
  revoked_at timestamptz,
  PRIMARY KEY (company_id, id)
);
CREATE INDEX api_tokens_user ON api_tokens (company_id, user_id);

CREATE TABLE password_resets (
  id text PRIMARY KEY,
  user_id text NOT NULL REFERENCES users (id),
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);

CREATE TABLE signin_attempts (
  id bigserial PRIMARY KEY,
  email text NOT NULL,
  ip text NOT NULL,
  succeeded boolean NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX signin_attempts_email ON signin_attempts (email, at);
CREATE INDEX signin_attempts_ip ON signin_attempts (ip, at);

CREATE TABLE setup_state (
  id smallint PRIMARY KEY CHECK (id = 1),
  token_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- The audit trail: append-only and hash-chained per company ("chain" is the company id, or 'system' for
-- installation-level events). audit_heads holds each chain's last seq and hash; writers lock that row, so
-- appends to one chain are serialised and the chain has no gaps.
CREATE TABLE audit_events (
  chain text NOT NULL,
  seq bigint NOT NULL CHECK (seq > 0),
  id text NOT NULL UNIQUE,
  company_id text REFERENCES companies (id),
  occurred_at timestamptz NOT NULL,
  actor_type text NOT NULL CHECK (actor_type IN ('user', 'token', 'system')),
  actor_id text,
  actor_label text NOT NULL,
  entity_type text NOT NULL,
  entity_id text NOT NULL,
  action text NOT NULL,
  changes jsonb NOT NULL DEFAULT '{}',
  request_id text,
  prev_hash text NOT NULL,
  hash text NOT NULL,
  PRIMARY KEY (chain, seq)
);
CREATE INDEX audit_events_company_time ON audit_events (company_id, occurred_at DESC, seq DESC);
CREATE INDEX audit_events_entity ON audit_events (company_id, entity_type, entity_id);
CREATE INDEX audit_events_actor ON audit_events (company_id, actor_id);

CREATE TABLE audit_heads (
  chain text PRIMARY KEY,
  seq bigint NOT NULL,
  hash text NOT NULL
);

CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();

CREATE TABLE idempotency_keys (
  actor_key text NOT NULL,
  key text NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
  company_id text REFERENCES companies (id),
  request_hash text NOT NULL,
  status_code integer,
  response_body text,
  response_type text,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (actor_key, key)
);

CREATE TABLE job_runs (
  company_id text REFERENCES companies (id),
  id text PRIMARY KEY,
  kind text NOT NULL,
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'failed')),
  progress numeric(5, 4) NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 1),
  message text,
  payload jsonb NOT NULL DEFAULT '{}',
  result jsonb,
  created_by text,
  created_at timestamptz NOT NULL DEFAULT now(),
  started_at timestamptz,
  finished_at timestamptz
);
CREATE INDEX job_runs_company ON job_runs (company_id, created_at DESC);

CREATE TABLE mail_outbox (
  company_id text REFERENCES companies (id),
  id text PRIMARY KEY,
  to_address text NOT NULL,
  subject text NOT NULL,
  body_text text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz,
  attempts integer NOT NULL DEFAULT 0,
  last_error text
);
CREATE INDEX mail_outbox_unsent ON mail_outbox (created_at) WHERE sent_at IS NULL;
