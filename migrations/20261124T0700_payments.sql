-- Payments (module payments): customer receipts, vendor payments, refunds and applications of credit, their
-- allocations to invoices and bills, and payment runs with their bank files.
-- Parties, bank accounts, ledger accounts and documents are text references to other modules, checked by the
-- service (src/flows/payments.ts, src/flows/payment-run.ts).

-- Per-company choices; one row with id 'default'. Null accounts fall back to accounts the flow creates.
CREATE TABLE payment_settings (
  company_id text NOT NULL REFERENCES companies (id),
  id text NOT NULL DEFAULT 'default' CHECK (id = 'default'),
  write_off_account_id text,
  write_off_limit_minor bigint NOT NULL DEFAULT 500 CHECK (write_off_limit_minor >= 0),
  customer_credit_account_id text,
  vendor_credit_account_id text,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (company_id, id)
);

-- kind: receipt (a customer pays us), vendor_payment (we pay a vendor), customer_refund (we pay a customer back
-- from credit or against a credit note), credit_application (a customer's credit settles invoices; no bank).
-- credit_minor: what the payment adds to (+) or takes from (−) the party's credit in that currency; a party's
-- credit is the sum over its posted payments.
CREATE TABLE payments (
  company_id text NOT NULL REFERENCES companies (id),
  id text NOT NULL,
  number text NOT NULL CHECK (length(number) BETWEEN 1 AND 40),
  kind text NOT NULL CHECK (kind IN ('receipt', 'vendor_payment', 'customer_refund', 'credit_application')),
  party_id text NOT NULL,
  party_name text NOT NULL DEFAULT '',
  bank_account_id text,
  date date NOT NULL,
  currency char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  amount_minor bigint NOT NULL CHECK (amount_minor >= 0),
  credit_minor bigint NOT NULL DEFAULT 0,
  write_off_minor bigint NOT NULL DEFAULT 0 CHECK (write_off_minor >= 0),
  rate numeric(24, 12),
  reference text NOT NULL DEFAULT '' CHECK (length(reference) <= 140),
  memo text NOT NULL DEFAULT '' CHECK (length(memo) <= 1000),
  journal_entry_id text,
  payment_run_id text,
  status text NOT NULL DEFAULT 'posted' CHECK (status IN ('posted', 'voided')),
  created_by text,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (company_id, id),
  UNIQUE (company_id, number),
  CHECK ((kind = 'credit_application') = (bank_account_id IS NULL))
);

CREATE INDEX payments_party ON payments (company_id, party_id, currency) WHERE status = 'posted';
CREATE INDEX payments_bank ON payments (company_id, bank_account_id, date) WHERE status = 'posted';
CREATE INDEX payments_list ON payments (company_id, date DESC, id DESC);

-- One allocation settles one document: amount_minor from the payment, write_off_minor written off.
-- The allocation id is the settlement id given to sales/purchasing applySettlement.
CREATE TABLE payment_allocations (
  company_id text NOT NULL,
  id text NOT NULL,
  payment_id text NOT NULL,
  document_id text NOT NULL,
  document_kind text NOT NULL CHECK (document_kind IN ('invoice', 'credit_note', 'bill', 'vendor_credit')),
  document_number text NOT NULL DEFAULT '',
  amount_minor bigint NOT NULL CHECK (amount_minor >= 0),
  write_off_minor bigint NOT NULL DEFAULT 0 CHECK (write_off_minor >= 0),
  control_account_id text NOT NULL,
  PRIMARY KEY (company_id, id),
  UNIQUE (company_id, payment_id, document_id),
  FOREIGN KEY (company_id, payment_id) REFERENCES payments (company_id, id),
  CHECK (amount_minor + write_off_minor > 0)
);

CREATE INDEX payment_allocations_document ON payment_allocations (company_id, document_id);

-- status: draft (proposal, editable) → pending_approval (a banking.payment_run.release policy holds it) →
-- released (file written, bills settled, payments posted); draft → cancelled. Released happens once: the
-- release is a conditional UPDATE from draft/pending_approval.
CREATE TABLE payment_runs (
  company_id text NOT NULL REFERENCES companies (id),
  id text NOT NULL,
  number text NOT NULL CHECK (length(number) BETWEEN 1 AND 40),
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'pending_approval', 'released', 'cancelled')),
  bank_account_id text NOT NULL,
  currency char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  format text NOT NULL CHECK (format IN ('sepa', 'nacha')),
  execution_date date NOT NULL,
  due_by date NOT NULL,
  party_id text,
  approval_request_id text,
  note text NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
  created_by text,
  created_at timestamptz NOT NULL DEFAULT now(),
  released_at timestamptz,
  released_by text,
  PRIMARY KEY (company_id, id),
  UNIQUE (company_id, number)
);

CREATE INDEX payment_runs_list ON payment_runs (company_id, created_at DESC, id DESC);

CREATE TABLE payment_run_items (
  company_id text NOT NULL,
  id text NOT NULL,
  run_id text NOT NULL,
  position integer NOT NULL,
  document_id text NOT NULL,
  document_number text NOT NULL DEFAULT '',
  party_id text NOT NULL,
  party_name text NOT NULL DEFAULT '',
  due_date date,
  open_minor bigint NOT NULL CHECK (open_minor > 0),
  amount_minor bigint NOT NULL CHECK (amount_minor > 0),
  included boolean NOT NULL DEFAULT true,
  payment_reference text,
  control_account_id text NOT NULL,
  payment_id text,
  PRIMARY KEY (company_id, id),
  UNIQUE (company_id, run_id, document_id),
  FOREIGN KEY (company_id, run_id) REFERENCES payment_runs (company_id, id),
  CHECK (amount_minor <= open_minor)
);

CREATE INDEX payment_run_items_run ON payment_run_items (company_id, run_id, position);

-- The bank file a release wrote (pain.001 XML or NACHA text), kept as written; one per run.
CREATE TABLE payment_run_files (
  company_id text NOT NULL,
  id text NOT NULL,
  run_id text NOT NULL,
  format text NOT NULL CHECK (format IN ('sepa', 'nacha')),
  name text NOT NULL,
  content text NOT NULL,
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (company_id, id),
  UNIQUE (company_id, run_id),
  FOREIGN KEY (company_id, run_id) REFERENCES payment_runs (company_id, id)
);
