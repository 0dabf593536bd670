-- The home's receivables card sums the open invoices per currency on every visit. A covering partial index
-- lets PostgreSQL answer it from the index (no heap visit per open invoice) however many are open.
CREATE INDEX sales_invoices_open_totals ON sales_invoices (company_id, currency)
  INCLUDE (kind, due_date, total_minor, settled_minor)
  WHERE status IN ('issued', 'partially_paid');
