-- The company's country (ISO 3166-1 alpha-2): onboarding seeds the chart of accounts, tax codes and the
-- invoice wording for it. Optional: companies made before it, or without one, get the generic defaults.
ALTER TABLE companies ADD COLUMN country char(2) CHECK (country ~ '^[A-Z]{2}$');
