-- File attachments (src/platform/files). A file belongs to one record of one module (entity_type, entity_id);
-- the module that owns the record decides who may see, add and remove its files (registerAttachable).
CREATE TABLE files (
  company_id text NOT NULL REFERENCES companies (id),
  id text NOT NULL,
  entity_type text NOT NULL CHECK (length(entity_type) BETWEEN 1 AND 100),
  entity_id text NOT NULL CHECK (length(entity_id) BETWEEN 1 AND 100),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 255),
  content_type text NOT NULL CHECK (length(content_type) BETWEEN 1 AND 100),
  size integer NOT NULL CHECK (size > 0),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  bytes bytea NOT NULL,
  uploaded_by text REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (company_id, id),
  CHECK (octet_length(bytes) = size)
);
-- PDFs, images and XLSX are compressed already: store out of line without trying to compress again.
ALTER TABLE files ALTER COLUMN bytes SET STORAGE EXTERNAL;
CREATE INDEX files_entity ON files (company_id, entity_type, entity_id, created_at);
