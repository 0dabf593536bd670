-- Daily ledger balances by dimension, next to the monthly ones (20261124T0200_ledger_dimensions.sql): a
-- dimension report over any date range reads whole months from ledger_balances_dim_monthly and the days of the
-- partial months at its edges from here, as the plain reports do with ledger_balances_daily. Kept by posting in
-- the same transaction, only for the tracked dimensions; the day comes before the account in the key so a
-- range of days of one dimension value is one index range.

CREATE TABLE ledger_balances_dim_daily (
  company_id text NOT NULL,
  dimension text NOT NULL CHECK (dimension IN ('department', 'cost_centre', 'project', 'partner')),
  value text NOT NULL,
  day date NOT NULL,
  account_id text NOT NULL,
  currency char(3) NOT NULL,
  amount bigint NOT NULL,
  base_amount bigint NOT NULL,
  PRIMARY KEY (company_id, dimension, value, day, account_id, currency)
);

-- Backfill for the dimensions already tracked (the monthly table was built from the same lines).
INSERT INTO ledger_balances_dim_daily (company_id, dimension, value, day, account_id, currency, amount, base_amount)
SELECT l.company_id, v.dimension, v.value, l.entry_date, l.account_id, l.currency, sum(l.amount), sum(l.base_amount)
  FROM ledger_lines l
  CROSS JOIN LATERAL (VALUES ('department', l.department_id), ('cost_centre', l.cost_centre),
                             ('project', l.project), ('partner', l.partner)) AS v(dimension, value)
  JOIN ledger_dimension_settings s ON s.company_id = l.company_id AND s.dimension = v.dimension
 WHERE v.value IS NOT NULL
 GROUP BY 1, 2, 3, 4, 5, 6;
