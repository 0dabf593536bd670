-- A ledger account that a bank account posts to is cash (issue #11: the cash-flow statement, the dashboard's cash
-- and the 13-week forecast count accounts by subtype, and linking did not set it, so they showed zero).
-- From now on linking sets the subtype (banking/service/accounts.ts); this fixes the accounts linked before.
-- Only the classification changes: no posted line, balance or hash is touched.
UPDATE ledger_accounts a
   SET subtype = CASE b.kind WHEN 'cash' THEN 'cash' ELSE 'bank' END, updated_at = now()
  FROM bank_accounts b
 WHERE b.company_id = a.company_id AND b.ledger_account_id = a.id
   AND (a.subtype IS NULL OR a.subtype NOT IN ('bank', 'cash'));
