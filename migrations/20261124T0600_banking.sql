-- Banking (module banking): the company's bank and cash accounts (each linked to a ledger account), imported
-- statements and their lines, saved CSV mappings, and reconciliation (proposed and accepted matches of
-- statement lines to open invoices, bills, payments and ledger lines, with what accepting created, for undo).
-- Ledger accounts, payments, documents and entries of other modules are text references checked by the service.

CREATE TABLE bank_accounts (
  company_id text NOT NULL REFERENCES companies (id),
  id text NOT NULL,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  kind text NOT NULL CHECK (kind IN ('bank', 'cash')),
  currency char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  iban text CHECK (iban ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$'),
  bic text CHECK (bic ~ '^[A-Z0-9]{8}([A-Z0-9]{3})?$'),
  account_number text CHECK (length(account_number) BETWEEN 1 AND 40),
  routing_number text CHECK (routing_number ~ '^[0-9]{9}$'),
  bank_name text NOT NULL DEFAULT '' CHECK (length(bank_name) <= 200),
  ledger_account_id text NOT NULL,
  is_default boolean NOT NULL DEFAULT false,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (company_id, id),
  UNIQUE (company_id, name),
  CHECK (kind = 'cash' OR iban IS NOT NULL OR account_number IS NOT NULL),
  CHECK (routing_number IS NULL OR account_number IS NOT NULL)
);
CREATE UNIQUE INDEX bank_accounts_iban ON bank_accounts (company_id, iban) WHERE iban IS NOT NULL;
CREATE UNIQUE INDEX bank_accounts_ledger ON bank_accounts (company_id, ledger_account_id);
-- One default account per currency (invoices print it; payments post to it).
CREATE UNIQUE INDEX bank_accounts_default ON bank_accounts (company_id, currency) WHERE is_default;

CREATE TABLE bank_csv_mappings (
  company_id text NOT NULL,
  id text NOT NULL,
  bank_account_id text NOT NULL,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  mapping jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (company_id, id),
  UNIQUE (company_id, bank_account_id, name),
  FOREIGN KEY (company_id, bank_account_id) REFERENCES bank_accounts (company_id, id)
);

CREATE TABLE bank_statements (
  company_id text NOT NULL,
  id text NOT NULL,
  bank_account_id text NOT NULL,
  format text NOT NULL CHECK (format IN ('ofx', 'camt053', 'csv', 'manual')),
  bank_statement_id text CHECK (length(bank_statement_id) <= 200),
  file_name text NOT NULL DEFAULT '' CHECK (length(file_name) <= 300),
  file_sha256 text NOT NULL CHECK (file_sha256 ~ '^[0-9a-f]{64}$'),
  period_from date,
  period_to date,
  opening_minor bigint,
  closing_minor bigint,
  opening_derived boolean NOT NULL DEFAULT false,
  -- ok: the opening balance equals the previous statement's closing; flagged: it does not (or the lines do
  -- not add up to the closing balance); unknown: no balances to compare.
  continuity text NOT NULL CHECK (continuity IN ('ok', 'flagged', 'unknown')),
  continuity_note text NOT NULL DEFAULT '',
  previous_closing_minor bigint,
  line_count integer NOT NULL CHECK (line_count >= 0),
  duplicate_count integer NOT NULL CHECK (duplicate_count >= 0),
  imported_by text,
  imported_at timestamptz NOT NULL DEFAULT now(),
  seq bigint GENERATED ALWAYS AS IDENTITY,
  PRIMARY KEY (company_id, id),
  FOREIGN KEY (company_id, bank_account_id) REFERENCES bank_accounts (company_id, id)
);
CREATE INDEX bank_statements_account ON bank_statements (company_id, bank_account_id, seq);

CREATE TABLE bank_statement_lines (
  company_id text NOT NULL,
  id text NOT NULL,
  bank_account_id text NOT NULL,
  statement_id text NOT NULL,
  position integer NOT NULL CHECK (position >= 1),
  booking_date date NOT NULL,
  value_date date,
  amount_minor bigint NOT NULL,
  currency char(3) NOT NULL,
  bank_transaction_id text CHECK (length(bank_transaction_id) <= 200),
  reference text CHECK (length(reference) <= 300),
  counterparty_name text CHECK (length(counterparty_name) <= 300),
  counterparty_iban text CHECK (length(counterparty_iban) <= 40),
  remittance text CHECK (length(remittance) <= 2000),
  source text NOT NULL DEFAULT '' CHECK (length(source) <= 300),
  -- The bank's transaction id, else a hash of date, amount, reference, counterparty and the ordinal of
  -- identical lines: a re-imported or overlapping statement adds nothing twice.
  dedupe_key text NOT NULL,
  -- The accepted reconciliation that settled this line (set and cleared by conditional updates).
  reconciliation_id text,
  PRIMARY KEY (company_id, id),
  UNIQUE (company_id, bank_account_id, dedupe_key),
  FOREIGN KEY (company_id, statement_id) REFERENCES bank_statements (company_id, id),
  FOREIGN KEY (company_id, bank_account_id) REFERENCES bank_accounts (company_id, id)
);
CREATE INDEX bank_statement_lines_statement ON bank_statement_lines (company_id, statement_id, position);
CREATE INDEX bank_statement_lines_open ON bank_statement_lines (company_id, bank_account_id, booking_date)
  WHERE reconciliation_id IS NULL;

-- A reconciliation: some statement lines settled against some items, and why. Proposed by the engine (or
-- made by hand), then accepted (what accepting created is kept for undo), rejected, or undone.
CREATE TABLE bank_reconciliations (
  company_id text NOT NULL,
  id text NOT NULL,
  bank_account_id text NOT NULL,
  status text NOT NULL CHECK (status IN ('proposed', 'accepted', 'rejected', 'undone')),
  origin text NOT NULL CHECK (origin IN ('auto', 'manual', 'entry')),
  rule text NOT NULL CHECK (length(rule) BETWEEN 1 AND 100),
  score integer NOT NULL CHECK (score BETWEEN 0 AND 100),
  reasons jsonb NOT NULL DEFAULT '[]',
  difference_minor bigint NOT NULL DEFAULT 0,
  created_payment_ids text[] NOT NULL DEFAULT '{}',
  created_entry_ids text[] NOT NULL DEFAULT '{}',
  created_by text,
  created_at timestamptz NOT NULL DEFAULT now(),
  decided_by text,
  decided_at timestamptz,
  undone_by text,
  undone_at timestamptz,
  PRIMARY KEY (company_id, id),
  FOREIGN KEY (company_id, bank_account_id) REFERENCES bank_accounts (company_id, id)
);
CREATE INDEX bank_reconciliations_account ON bank_reconciliations (company_id, bank_account_id, status);

CREATE TABLE bank_reconciliation_lines (
  company_id text NOT NULL,
  reconciliation_id text NOT NULL,
  line_id text NOT NULL,
  PRIMARY KEY (company_id, reconciliation_id, line_id),
  FOREIGN KEY (company_id, reconciliation_id) REFERENCES bank_reconciliations (company_id, id) ON DELETE CASCADE,
  FOREIGN KEY (company_id, line_id) REFERENCES bank_statement_lines (company_id, id)
);
CREATE INDEX bank_reconciliation_lines_line ON bank_reconciliation_lines (company_id, line_id);

CREATE TABLE bank_reconciliation_items (
  company_id text NOT NULL,
  reconciliation_id text NOT NULL,
  position integer NOT NULL,
  item_kind text NOT NULL CHECK (item_kind IN ('invoice', 'credit_note', 'bill', 'vendor_credit', 'payment', 'ledger_line', 'entry')),
  item_id text NOT NULL,
  label text NOT NULL DEFAULT '',
  party_id text,
  amount_minor bigint NOT NULL,
  -- Kept while the reconciliation is accepted: a payment or ledger line settles one reconciliation only.
  active boolean NOT NULL DEFAULT false,
  PRIMARY KEY (company_id, reconciliation_id, position),
  FOREIGN KEY (company_id, reconciliation_id) REFERENCES bank_reconciliations (company_id, id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX bank_reconciliation_items_once ON bank_reconciliation_items (company_id, item_kind, item_id)
  WHERE active AND item_kind IN ('payment', 'ledger_line', 'entry');
