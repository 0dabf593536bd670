-- Purchasing (module purchasing): vendor bills and their lines, settlements (payments, credits, write-offs
-- against a bill), the capture inbox (uploaded documents read by text layer or OCR) and per-vendor learning.
-- Vendors are parties (module parties), tax codes belong to the tax module, accounts to the ledger: those are
-- text ids checked through the owning module, never foreign keys across modules.

CREATE TABLE purchasing_bills (
  company_id text NOT NULL REFERENCES companies (id),
  id text NOT NULL,
  kind text NOT NULL DEFAULT 'bill' CHECK (kind IN ('bill', 'vendor_credit')),
  status text NOT NULL DEFAULT 'draft'
    CHECK (status IN ('draft', 'submitted', 'approved', 'posted', 'partially_paid', 'paid', 'void')),
  vendor_id text NOT NULL,
  vendor_name text NOT NULL CHECK (length(vendor_name) BETWEEN 1 AND 300),
  vendor_vat_id text,
  vendor_invoice_number text NOT NULL CHECK (length(vendor_invoice_number) BETWEEN 1 AND 100),
  issue_date date NOT NULL,
  due_date date NOT NULL CHECK (due_date >= issue_date),
  currency char(3) NOT NULL,
  prices_include_tax boolean NOT NULL DEFAULT false,
  net_minor bigint NOT NULL DEFAULT 0,
  tax_minor bigint NOT NULL DEFAULT 0,
  total_minor bigint NOT NULL DEFAULT 0 CHECK (total_minor >= 0),
  settled_minor bigint NOT NULL DEFAULT 0 CHECK (settled_minor >= 0),
  payment_reference text,
  payable_account_id text,
  -- Percent self-assessed on reverse-charge lines (input and output tax), e.g. '21'.
  reverse_charge_rate text,
  self_assessed_minor bigint NOT NULL DEFAULT 0,
  entry_id text,
  approval_request_id text,
  source text NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'capture', 'ubl')),
  capture_id text,
  notes text NOT NULL DEFAULT '',
  return_reason text,
  void_reason text,
  created_by text,
  submitted_by text,
  approved_by text,
  posted_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (company_id, id),
  CHECK (settled_minor <= total_minor),
  CHECK (status NOT IN ('posted', 'partially_paid', 'paid') OR entry_id IS NOT NULL)
);
CREATE INDEX purchasing_bills_vendor_number
  ON purchasing_bills (company_id, vendor_id, lower(vendor_invoice_number));
CREATE INDEX purchasing_bills_open ON purchasing_bills (company_id, due_date)
  WHERE status IN ('posted', 'partially_paid');
CREATE INDEX purchasing_bills_list ON purchasing_bills (company_id, issue_date DESC, id DESC);

CREATE TABLE purchasing_bill_lines (
  company_id text NOT NULL,
  id text NOT NULL,
  bill_id text NOT NULL,
  line_no integer NOT NULL CHECK (line_no >= 1),
  description text NOT NULL DEFAULT '',
  account_id text NOT NULL,
  tax_code_id text NOT NULL,
  quantity text NOT NULL,
  unit_price text NOT NULL,
  net_minor bigint NOT NULL,
  tax_minor bigint NOT NULL,
  gross_minor bigint NOT NULL,
  tax_rate text NOT NULL,
  tax_category text NOT NULL,
  PRIMARY KEY (company_id, id),
  UNIQUE (company_id, bill_id, line_no),
  FOREIGN KEY (company_id, bill_id) REFERENCES purchasing_bills (company_id, id) ON DELETE CASCADE
);

CREATE TABLE purchasing_settlements (
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
  FOREIGN KEY (company_id, document_id) REFERENCES purchasing_bills (company_id, id)
);
CREATE INDEX purchasing_settlements_document ON purchasing_settlements (company_id, document_id);

CREATE TABLE purchasing_captures (
  company_id text NOT NULL REFERENCES companies (id),
  id text NOT NULL,
  status text NOT NULL DEFAULT 'awaiting_file'
    CHECK (status IN ('awaiting_file', 'queued', 'reading', 'ready', 'failed', 'converted', 'dismissed')),
  file_name text NOT NULL DEFAULT '',
  file_id text,
  job_id text,
  method text CHECK (method IN ('pdf_text', 'pdf_ocr', 'image_ocr')),
  language text,
  ocr_confidence integer,
  text text,
  fields jsonb NOT NULL DEFAULT '{}',
  proposal jsonb NOT NULL DEFAULT '{}',
  error text,
  bill_id text,
  created_by text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (company_id, id),
  FOREIGN KEY (company_id, bill_id) REFERENCES purchasing_bills (company_id, id)
);
CREATE INDEX purchasing_captures_inbox ON purchasing_captures (company_id, created_at DESC, id DESC);

-- What was last used for a vendor, proposed next time.
CREATE TABLE purchasing_vendor_memory (
  company_id text NOT NULL REFERENCES companies (id),
  id text NOT NULL,
  vendor_id text NOT NULL,
  account_id text,
  tax_code_id text,
  uses integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (company_id, id),
  UNIQUE (company_id, vendor_id)
);
