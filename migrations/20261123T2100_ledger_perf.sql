-- Ledger performance (bench/ledger.ts). The income statement takes year-end closing entries and their
-- reversals out (service/close.ts closingLines); without these it scanned every entry of the company.
CREATE INDEX ledger_entries_closing ON ledger_entries (company_id) WHERE source_type = 'fiscal_year_close';
CREATE INDEX ledger_entries_reversal_of ON ledger_entries (company_id, reversal_of_id) WHERE reversal_of_id IS NOT NULL;
