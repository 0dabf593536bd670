-- Ledger balances by dimension, where asked: a company chooses which line dimensions to track
-- (department, cost centre, project, partner); for those, posting keeps monthly balances per
-- account × currency × month × dimension value in the same transaction as the lines.

CREATE TABLE ledger_dimension_settings (
  company_id text NOT NULL REFERENCES companies (id),
  dimension text NOT NULL CHECK (dimension IN ('department', 'cost_centre', 'project', 'partner')),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (company_id, dimension)
);

CREATE TABLE ledger_balances_dim_monthly (
  company_id text NOT NULL,
  dimension text NOT NULL CHECK (dimension IN ('department', 'cost_centre', 'project', 'partner')),
  value text NOT NULL,
  account_id text NOT NULL,
  currency char(3) NOT NULL,
  month date NOT NULL CHECK (extract(day FROM month) = 1),
  amount bigint NOT NULL,
  base_amount bigint NOT NULL,
  PRIMARY KEY (company_id, dimension, value, account_id, currency, month)
);
