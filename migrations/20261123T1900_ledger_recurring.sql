-- Recurring journal entries: a template with an RFC 5545 RRULE, and one row per generated occurrence.
-- The primary key of ledger_recurring_runs makes generation happen exactly once per occurrence, even with
-- two workers running at the same moment (the second waits on the first's insert, then skips it).

CREATE TABLE ledger_recurring_templates (
  company_id text NOT NULL REFERENCES companies (id),
  id text NOT NULL,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  rrule text NOT NULL CHECK (length(rrule) BETWEEN 1 AND 1000),
  start_date date NOT NULL,
  entry jsonb NOT NULL,               -- { description, reference, lines } as for a draft
  post boolean NOT NULL DEFAULT false, -- post each occurrence, or leave it as a draft
  active boolean NOT NULL DEFAULT true,
  created_by text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (company_id, id)
);

CREATE TABLE ledger_recurring_runs (
  company_id text NOT NULL,
  template_id text NOT NULL,
  occurrence date NOT NULL,
  entry_id text,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (company_id, template_id, occurrence),
  FOREIGN KEY (company_id, template_id) REFERENCES ledger_recurring_templates (company_id, id)
);
-- entry_id has no foreign key: a generated draft may be deleted, and the occurrence still counts as generated.
