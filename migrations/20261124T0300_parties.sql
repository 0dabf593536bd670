-- Parties (module parties): customers and vendors in one table with role flags, their contacts and their bank
-- accounts (numbers encrypted at rest, a keyed hash for exact lookup, the last four characters for display).
-- Ledger accounts and tax codes are text references to other modules, checked by the service.

CREATE TABLE parties (
  company_id text NOT NULL REFERENCES companies (id),
  id text NOT NULL,
  code text NOT NULL CHECK (length(code) BETWEEN 1 AND 40),
  is_customer boolean NOT NULL DEFAULT false,
  is_vendor boolean NOT NULL DEFAULT false,
  legal_name text NOT NULL CHECK (length(legal_name) BETWEEN 1 AND 300),
  vat_id text CHECK (length(vat_id) BETWEEN 2 AND 40),
  tax_id text CHECK (length(tax_id) BETWEEN 1 AND 40),
  street text NOT NULL DEFAULT '',
  additional text NOT NULL DEFAULT '',
  city text NOT NULL DEFAULT '',
  postal_code text NOT NULL DEFAULT '',
  region text NOT NULL DEFAULT '',
  country char(2) CHECK (country ~ '^[A-Z]{2}$'),
  email text NOT NULL DEFAULT '',
  phone text NOT NULL DEFAULT '',
  language text NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'cs', 'es')),
  payment_terms_days integer NOT NULL DEFAULT 30 CHECK (payment_terms_days BETWEEN 0 AND 3650),
  currency char(3) NOT NULL,
  revenue_account_id text,
  expense_account_id text,
  tax_code_id text,
  credit_limit_minor bigint CHECK (credit_limit_minor >= 0),
  notes text NOT NULL DEFAULT '' CHECK (length(notes) <= 10000),
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (company_id, id),
  UNIQUE (company_id, code),
  CHECK (is_customer OR is_vendor)
);

CREATE INDEX parties_name ON parties (company_id, lower(legal_name), id);
CREATE INDEX parties_vat ON parties (company_id, upper(vat_id)) WHERE vat_id IS NOT NULL;

CREATE TABLE party_contacts (
  company_id text NOT NULL,
  id text NOT NULL,
  party_id text NOT NULL,
  position smallint NOT NULL DEFAULT 0,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  email text NOT NULL DEFAULT '',
  phone text NOT NULL DEFAULT '',
  role text NOT NULL DEFAULT '' CHECK (length(role) <= 100),
  PRIMARY KEY (company_id, id),
  FOREIGN KEY (company_id, party_id) REFERENCES parties (company_id, id) ON DELETE CASCADE
);

CREATE INDEX party_contacts_party ON party_contacts (company_id, party_id, position);

-- kind 'iban': number = IBAN (normalised), bic optional. kind 'us': number = account number, routing_number required.
-- number_sealed is src/platform/crypto/fields.ts ciphertext; number_index its keyed hash (HMAC) for lookup.
CREATE TABLE party_bank_accounts (
  company_id text NOT NULL,
  id text NOT NULL,
  party_id text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('iban', 'us')),
  label text NOT NULL DEFAULT '' CHECK (length(label) <= 100),
  currency char(3),
  bic text CHECK (bic ~ '^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$'),
  routing_number text CHECK (routing_number ~ '^[0-9]{9}$'),
  account_type text CHECK (account_type IN ('checking', 'savings')),
  number_sealed text NOT NULL,
  number_index text NOT NULL CHECK (number_index ~ '^[0-9a-f]{64}$'),
  number_last4 text NOT NULL CHECK (length(number_last4) BETWEEN 1 AND 4),
  is_primary boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  removed_at timestamptz,
  PRIMARY KEY (company_id, id),
  FOREIGN KEY (company_id, party_id) REFERENCES parties (company_id, id),
  CHECK (kind <> 'us' OR routing_number IS NOT NULL),
  CHECK (kind <> 'iban' OR routing_number IS NULL)
);

CREATE INDEX party_bank_accounts_party ON party_bank_accounts (company_id, party_id) WHERE removed_at IS NULL;
CREATE INDEX party_bank_accounts_index ON party_bank_accounts (company_id, number_index) WHERE removed_at IS NULL;
CREATE UNIQUE INDEX party_bank_accounts_one_primary ON party_bank_accounts (company_id, party_id)
  WHERE is_primary AND removed_at IS NULL;
CREATE UNIQUE INDEX party_bank_accounts_no_duplicate ON party_bank_accounts (company_id, party_id, number_index)
  WHERE removed_at IS NULL;
