-- The general ledger: chart of accounts, fiscal years and monthly periods, exchange rates, journal entries
-- and their lines, and balances maintained at posting (per account × currency × day and × month).
-- Posted lines are immutable (triggers); drafts keep their lines as JSON on the entry until posted.

CREATE TABLE ledger_accounts (
  company_id text NOT NULL REFERENCES companies (id),
  id text NOT NULL,
  code text NOT NULL CHECK (length(code) BETWEEN 1 AND 40),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  full_name text NOT NULL CHECK (length(full_name) BETWEEN 1 AND 1000),
  names jsonb NOT NULL DEFAULT '{}',
  type text NOT NULL CHECK (type IN ('asset', 'liability', 'equity', 'income', 'expense')),
  subtype text CHECK (subtype IN ('bank', 'cash', 'receivable', 'payable', 'tax', 'inventory', 'fixed_asset',
    'accumulated_depreciation', 'retained_earnings', 'current_asset', 'current_liability', 'long_term_liability',
    'prepaid', 'accrued', 'cost_of_sales', 'other')),
  parent_id text,
  currency char(3) CHECK (currency ~ '^[A-Z]{3}$'),
  active boolean NOT NULL DEFAULT true,
  default_dimensions jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (company_id, id),
  FOREIGN KEY (company_id, parent_id) REFERENCES ledger_accounts (company_id, id),
  CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE UNIQUE INDEX ledger_accounts_code ON ledger_accounts (company_id, code);
CREATE UNIQUE INDEX ledger_accounts_full_name ON ledger_accounts (company_id, full_name);

CREATE TABLE ledger_fiscal_years (
  company_id text NOT NULL REFERENCES companies (id),
  id text NOT NULL,
  name text NOT NULL,
  start_date date NOT NULL,
  end_date date NOT NULL CHECK (end_date > start_date),
  closed_at timestamptz,
  closing_entry_id text,
  PRIMARY KEY (company_id, id),
  UNIQUE (company_id, start_date)
);

CREATE TABLE ledger_periods (
  company_id text NOT NULL,
  id text NOT NULL,
  fiscal_year_id text NOT NULL,
  start_date date NOT NULL,
  end_date date NOT NULL CHECK (end_date >= start_date),
  locked_at timestamptz,
  locked_by text,
  PRIMARY KEY (company_id, id),
  FOREIGN KEY (company_id, fiscal_year_id) REFERENCES ledger_fiscal_years (company_id, id),
  UNIQUE (company_id, start_date)
);

CREATE TABLE ledger_exchange_rates (
  company_id text NOT NULL REFERENCES companies (id),
  currency char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  rate_date date NOT NULL,
  rate numeric(24, 12) NOT NULL CHECK (rate > 0), -- units of base currency per 1 unit of `currency`
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (company_id, currency, rate_date)
);

CREATE SEQUENCE ledger_entry_number_seq;

CREATE TABLE ledger_entries (
  company_id text NOT NULL REFERENCES companies (id),
  id text NOT NULL,
  number bigint UNIQUE,
  entry_date date NOT NULL,
  description text NOT NULL DEFAULT '' CHECK (length(description) <= 1000),
  reference text CHECK (length(reference) <= 200),
  status text NOT NULL CHECK (status IN ('draft', 'pending_approval', 'posted')),
  draft_lines jsonb,
  reversal_of_id text,
  reversed_by_id text,
  source_type text,
  source_id text,
  tags jsonb NOT NULL DEFAULT '{}',
  created_by text,
  posted_by text,
  posted_at timestamptz,
  hash text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (company_id, id),
  CHECK ((status = 'posted') = (hash IS NOT NULL AND number IS NOT NULL AND draft_lines IS NULL))
);
CREATE INDEX ledger_entries_date ON ledger_entries (company_id, entry_date, number);
CREATE INDEX ledger_entries_status ON ledger_entries (company_id, status) WHERE status <> 'posted';
CREATE INDEX ledger_entries_source ON ledger_entries (company_id, source_type, source_id) WHERE source_id IS NOT NULL;

CREATE TABLE ledger_lines (
  company_id text NOT NULL,
  entry_id text NOT NULL,
  line_no smallint NOT NULL CHECK (line_no > 0),
  account_id text NOT NULL,
  entry_date date NOT NULL,
  currency char(3) NOT NULL,
  amount bigint NOT NULL,       -- minor units of `currency`; debit > 0, credit < 0
  base_amount bigint NOT NULL,  -- minor units of the company's base currency
  rate numeric(24, 12) NOT NULL DEFAULT 1,
  department_id text,
  cost_centre text,
  project text,
  partner text,
  memo text,
  PRIMARY KEY (company_id, entry_id, line_no),
  FOREIGN KEY (company_id, entry_id) REFERENCES ledger_entries (company_id, id),
  FOREIGN KEY (company_id, account_id) REFERENCES ledger_accounts (company_id, id)
);
CREATE INDEX ledger_lines_register ON ledger_lines (company_id, account_id, entry_date, entry_id, line_no);

-- Balances maintained in the posting transaction. Reports read these, never every line.
CREATE TABLE ledger_balances_daily (
  company_id text NOT NULL,
  account_id text NOT NULL,
  currency char(3) NOT NULL,
  day date NOT NULL,
  amount bigint NOT NULL,
  base_amount bigint NOT NULL,
  PRIMARY KEY (company_id, account_id, currency, day)
);
CREATE TABLE ledger_balances_monthly (
  company_id text NOT NULL,
  account_id text NOT NULL,
  currency char(3) NOT NULL,
  month date NOT NULL CHECK (extract(day FROM month) = 1),
  amount bigint NOT NULL,
  base_amount bigint NOT NULL,
  PRIMARY KEY (company_id, account_id, currency, month)
);
CREATE INDEX ledger_balances_daily_day ON ledger_balances_daily (company_id, day);
CREATE INDEX ledger_balances_monthly_month ON ledger_balances_monthly (company_id, month);

CREATE TABLE ledger_batches (
  company_id text NOT NULL REFERENCES companies (id),
  id text NOT NULL,
  kind text NOT NULL,
  entry_count integer NOT NULL,
  summary jsonb NOT NULL DEFAULT '{}',
  created_by text,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (company_id, id)
);

-- Posted facts never change: lines never; a posted entry only gains its reversed_by_id.
CREATE FUNCTION ledger_lines_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'posted journal lines are immutable: reverse the entry instead' USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER ledger_lines_no_change BEFORE UPDATE OR DELETE ON ledger_lines
  FOR EACH ROW EXECUTE FUNCTION ledger_lines_immutable();

CREATE FUNCTION ledger_entries_posted_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status = 'posted' THEN
      RAISE EXCEPTION 'a posted entry cannot be deleted: reverse it' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD.status = 'posted' AND (NEW.status, NEW.number, NEW.entry_date, NEW.description, NEW.reference, NEW.hash,
      NEW.reversal_of_id, NEW.posted_at, NEW.company_id, NEW.id)
      IS DISTINCT FROM (OLD.status, OLD.number, OLD.entry_date, OLD.description, OLD.reference, OLD.hash,
      OLD.reversal_of_id, OLD.posted_at, OLD.company_id, OLD.id) THEN
    RAISE EXCEPTION 'a posted entry cannot be changed: reverse it' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF OLD.status = 'posted' AND OLD.reversed_by_id IS NOT NULL AND NEW.reversed_by_id IS DISTINCT FROM OLD.reversed_by_id THEN
    RAISE EXCEPTION 'this entry was already reversed' USING ERRCODE = 'unique_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER ledger_entries_immutable BEFORE UPDATE OR DELETE ON ledger_entries
  FOR EACH ROW EXECUTE FUNCTION ledger_entries_posted_immutable();
