-- Global search (issue #11): trigram indexes on the text people type into the search box, and btree indexes on
-- document totals so "162.99" is an index lookup. The searched expressions are repeated exactly in each module's
-- search service (src/modules/<m>/service/search.ts); test/api/search-plan.test.ts checks the plans use them.
--
-- pg_trgm ships with PostgreSQL's contrib package (embedded-postgres has it). On a server without it the
-- migration stops here with one sentence saying what to install, rather than failing later on an index.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm') THEN
    RAISE EXCEPTION 'Steward needs the PostgreSQL extension pg_trgm for search: install your PostgreSQL''s contrib package (Debian/Ubuntu: postgresql-contrib; RHEL: postgresql-contrib) and run the migration again.';
  END IF;
END
$$;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Invoices and credit notes: legal number, the buyer's name at issue, the buyer's and order references, the
-- payment reference.
CREATE INDEX sales_invoices_search ON sales_invoices USING gin (
  (coalesce(number, '') || ' ' || coalesce(buyer->>'name', '') || ' ' || buyer_reference || ' ' ||
   order_reference || ' ' || coalesce(payment_reference, '')) gin_trgm_ops);
CREATE INDEX sales_invoices_total ON sales_invoices (company_id, total_minor);

-- Bills: the vendor's invoice number, the vendor's name, the payment reference.
CREATE INDEX purchasing_bills_search ON purchasing_bills USING gin (
  (vendor_invoice_number || ' ' || vendor_name || ' ' || coalesce(payment_reference, '')) gin_trgm_ops);
CREATE INDEX purchasing_bills_total ON purchasing_bills (company_id, total_minor);

-- Customers and vendors: name, code, VAT id, e-mail.
CREATE INDEX parties_search ON parties USING gin (
  (legal_name || ' ' || code || ' ' || coalesce(vat_id, '') || ' ' || email) gin_trgm_ops);

-- Journal entries: description and reference (the entry number is already unique-indexed).
CREATE INDEX ledger_entries_search ON ledger_entries USING gin (
  (description || ' ' || coalesce(reference, '')) gin_trgm_ops);

-- Tasks: the title.
CREATE INDEX work_tasks_search ON work_tasks USING gin (title gin_trgm_ops);

-- People: name and e-mail (users are installation-wide; the search keeps to the company's members).
CREATE INDEX users_search ON users USING gin ((name || ' ' || email) gin_trgm_ops);
