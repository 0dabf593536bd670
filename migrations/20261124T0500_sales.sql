-- Sales (module sales): invoices and credit notes, numbering series with gapless counters, settlements.
-- Cross-module references (party, tax code, ledger accounts and entries) are text ids without foreign keys.

-- Per-company defaults: where issue posts, how documents round.
CREATE TABLE sales_settings (
  company_id text NOT NULL REFERENCES companies (id),
  receivable_account_id text,
  revenue_account_id text,
  rounding text NOT NULL DEFAULT 'document' CHECK (rounding IN ('line', 'document')),
  prices_include_tax boolean NOT NULL DEFAULT false,
  payment_terms_days integer NOT NULL DEFAULT 14 CHECK (payment_terms_days BETWEEN 0 AND 3650),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (company_id)
);

-- A numbering series: legal numbers like 2026-00042 (pattern tokens {YYYY} {YY} {N…}), optional yearly reset.
CREATE TABLE sales_series (
  company_id text NOT NULL REFERENCES companies (id),
  id text NOT NULL,
  code text NOT NULL CHECK (code ~ '^[A-Za-z0-9_.-]{1,40}$'),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  kind text NOT NULL CHECK (kind IN ('invoice', 'credit_note')),
  pattern text NOT NULL CHECK (length(pattern) BETWEEN 1 AND 100 AND pattern ~ '\{N+\}'),
  yearly_reset boolean NOT NULL DEFAULT true,
  rounding text CHECK (rounding IN ('line', 'document')),
  is_default boolean NOT NULL DEFAULT false,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (company_id, id),
  UNIQUE (company_id, code)
);
CREATE UNIQUE INDEX sales_series_one_default ON sales_series (company_id, kind) WHERE is_default;

-- The gapless counter: incremented by UPDATE … RETURNING inside the issuing transaction, so a rolled-back
-- issue gives its number back and concurrent issuers queue on the row lock. year = 0 for series without reset.
CREATE TABLE sales_series_counters (
  company_id text NOT NULL,
  series_id text NOT NULL,
  year integer NOT NULL CHECK (year >= 0),
  next bigint NOT NULL CHECK (next >= 1),
  PRIMARY KEY (company_id, series_id, year),
  FOREIGN KEY (company_id, series_id) REFERENCES sales_series (company_id, id)
);

CREATE TABLE sales_invoices (
  company_id text NOT NULL REFERENCES companies (id),
  id text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('invoice', 'credit_note')),
  status text NOT NULL DEFAULT 'draft'
    CHECK (status IN ('draft', 'issued', 'partially_paid', 'paid', 'credited')),
  series_id text NOT NULL,
  number text,
  number_year integer,
  number_seq bigint,
  party_id text NOT NULL,
  -- the buyer as it was at issue (a legal document does not change when the party does)
  buyer jsonb,
  currency char(3) NOT NULL,
  base_currency char(3) NOT NULL,
  exchange_rate numeric(24, 12),
  issue_date date,
  due_date date,
  tax_point_date date,
  prices_include_tax boolean NOT NULL,
  rounding text NOT NULL CHECK (rounding IN ('line', 'document')),
  credited_invoice_id text,
  buyer_reference text NOT NULL DEFAULT '' CHECK (length(buyer_reference) <= 200),
  order_reference text NOT NULL DEFAULT '' CHECK (length(order_reference) <= 200),
  payment_reference text,
  notes text NOT NULL DEFAULT '' CHECK (length(notes) <= 4000),
  net_minor bigint NOT NULL DEFAULT 0,
  tax_minor bigint NOT NULL DEFAULT 0,
  total_minor bigint NOT NULL DEFAULT 0,
  settled_minor bigint NOT NULL DEFAULT 0 CHECK (settled_minor >= 0),
  breakdown jsonb NOT NULL DEFAULT '[]',
  receivable_account_id text,
  ledger_entry_id text,
  issued_at timestamptz,
  issued_by text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (company_id, id),
  FOREIGN KEY (company_id, series_id) REFERENCES sales_series (company_id, id),
  FOREIGN KEY (company_id, credited_invoice_id) REFERENCES sales_invoices (company_id, id),
  CHECK ((status = 'draft') = (number IS NULL)),
  CHECK (status = 'draft' OR (issue_date IS NOT NULL AND due_date IS NOT NULL AND buyer IS NOT NULL)),
  CHECK (kind = 'credit_note' OR credited_invoice_id IS NULL),
  CHECK (settled_minor <= total_minor OR status = 'draft')
);
CREATE UNIQUE INDEX sales_invoices_number ON sales_invoices (company_id, number) WHERE number IS NOT NULL;
CREATE UNIQUE INDEX sales_invoices_seq ON sales_invoices (company_id, series_id, number_year, number_seq)
  WHERE number_seq IS NOT NULL;
CREATE INDEX sales_invoices_list ON sales_invoices (company_id, created_at DESC, id DESC);
CREATE INDEX sales_invoices_open ON sales_invoices (company_id, party_id)
  WHERE status IN ('issued', 'partially_paid');
CREATE INDEX sales_invoices_credited ON sales_invoices (company_id, credited_invoice_id)
  WHERE credited_invoice_id IS NOT NULL;

CREATE TABLE sales_invoice_lines (
  company_id text NOT NULL,
  invoice_id text NOT NULL,
  line_no integer NOT NULL CHECK (line_no BETWEEN 1 AND 5000),
  item_id text,
  description text NOT NULL CHECK (length(description) BETWEEN 1 AND 1000),
  quantity numeric(22, 4) NOT NULL,
  -- UN/ECE recommendation 20 unit code (C62 one, HUR hour, KGM kilogram …)
  unit text NOT NULL DEFAULT 'C62' CHECK (unit ~ '^[A-Z0-9]{1,3}$'),
  -- currency decimals + 4 (at most 3 + 4)
  unit_price numeric(26, 7) NOT NULL,
  discount_percent numeric(7, 4) CHECK (discount_percent BETWEEN 0 AND 100),
  discount_amount text,
  tax_code_id text NOT NULL,
  -- the tax as it was when the line was priced (issued documents keep it)
  tax_code text NOT NULL,
  tax_category text NOT NULL,
  tax_rate numeric(7, 4) NOT NULL,
  exemption_reason text,
  exemption_code text,
  revenue_account_id text,
  amount_minor bigint NOT NULL,
  discount_minor bigint NOT NULL,
  net_minor bigint NOT NULL,
  tax_minor bigint NOT NULL,
  PRIMARY KEY (company_id, invoice_id, line_no),
  FOREIGN KEY (company_id, invoice_id) REFERENCES sales_invoices (company_id, id) ON DELETE CASCADE
);

-- Payments, credit notes and write-offs settling a document; reversed rows stay (reversed_at set).
CREATE TABLE sales_settlements (
  company_id text NOT NULL,
  id text NOT NULL,
  document_id text NOT NULL,
  settlement_id text NOT NULL CHECK (length(settlement_id) BETWEEN 1 AND 200),
  amount_minor bigint NOT NULL CHECK (amount_minor > 0),
  settled_on date NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  reversed_at timestamptz,
  PRIMARY KEY (company_id, id),
  UNIQUE (company_id, settlement_id, document_id),
  FOREIGN KEY (company_id, document_id) REFERENCES sales_invoices (company_id, id)
);
CREATE INDEX sales_settlements_document ON sales_settlements (company_id, document_id);
