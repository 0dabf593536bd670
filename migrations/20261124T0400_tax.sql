-- Tax codes (module tax): rate, kind, UNCL5305 category, exemption reason, the ledger accounts tax is posted to.
-- The document-totals calculator is code (src/modules/tax/service/calc.ts), not data.

CREATE TABLE tax_codes (
  company_id text NOT NULL REFERENCES companies (id),
  id text NOT NULL,
  code text NOT NULL CHECK (code ~ '^[A-Za-z0-9_.-]{1,40}$'),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  -- percent, four decimals: 21.0000, 8.8750
  rate numeric(7, 4) NOT NULL CHECK (rate >= 0 AND rate < 1000),
  kind text NOT NULL CHECK (kind IN ('standard', 'reduced', 'zero', 'exempt', 'reverse_charge', 'out_of_scope')),
  category text NOT NULL CHECK (category IN ('S', 'Z', 'E', 'AE', 'K', 'G', 'O', 'L', 'M')),
  exemption_reason text CHECK (length(exemption_reason) <= 300),
  exemption_code text CHECK (exemption_code ~ '^[A-Za-z0-9-]{1,40}$'),
  -- ledger account ids (module ledger; checked through its index.ts, no cross-module foreign key)
  output_account_id text,
  input_account_id text,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (company_id, id),
  UNIQUE (company_id, code),
  -- Only standard-rated categories carry a rate (EN 16931 BR-Z-05, BR-E-05, BR-AE-05, BR-IC-05, BR-G-05, BR-O-05).
  CHECK (category IN ('S', 'L', 'M') OR rate = 0),
  -- Exempt, reverse charge, intra-community, export and out-of-scope need a reason (BR-E-10, BR-AE-10 …).
  CHECK (category NOT IN ('E', 'AE', 'K', 'G', 'O') OR exemption_reason IS NOT NULL OR exemption_code IS NOT NULL),
  CHECK (category NOT IN ('S', 'Z', 'L', 'M') OR (exemption_reason IS NULL AND exemption_code IS NULL))
);
