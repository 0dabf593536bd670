-- Sales: the seller as printed on invoices and written into UBL (the company record has only its names):
-- VAT id, registration number, address, contact, Peppol endpoint, logo file id. A jsonb object edited
-- through PUT /sales/settings; issued documents copy it at issue (sales_invoices.seller).
ALTER TABLE sales_settings ADD COLUMN seller jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(seller) = 'object');
ALTER TABLE sales_invoices ADD COLUMN seller jsonb;
