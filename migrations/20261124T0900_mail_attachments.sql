-- Files sent with an outbox e-mail (an invoice's PDF and UBL, a customer statement's PDF). Written in the same
-- transaction as the mail row, read once when the outbox delivers it.
CREATE TABLE mail_attachments (
  company_id text REFERENCES companies (id),
  mail_id text NOT NULL REFERENCES mail_outbox (id) ON DELETE CASCADE,
  position integer NOT NULL,
  file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
  content_type text NOT NULL,
  content bytea NOT NULL,
  PRIMARY KEY (mail_id, position)
);
