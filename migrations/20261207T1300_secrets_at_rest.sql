-- Secrets at rest (issue 9, item 3).
--
-- Idempotency records: a route that issues a secret (API token, invitation or reset link, TOTP secret) keeps
-- only the SHA-256 of its answer, never the answer; a replay is told the secret was shown once. Records
-- expire after 24 hours (a lookup ignores older ones, and each new record purges some expired ones), so
-- created_at gets an index for that purge.
ALTER TABLE idempotency_keys ADD COLUMN response_sha256 text;
CREATE INDEX idempotency_keys_created_at ON idempotency_keys (created_at);

-- Records written before this migration may hold such secrets in clear. Older ones have expired anyway;
-- younger ones whose answer carries a secret-bearing field lose the answer (a replay then gets the
-- "shown once" conflict instead of the secret).
DELETE FROM idempotency_keys WHERE created_at < now() - interval '24 hours';
UPDATE idempotency_keys
   SET response_sha256 = encode(sha256(convert_to(response_body, 'UTF8')), 'hex'), response_body = NULL
 WHERE response_body ~ '"(token|secret|uri|link)"\s*:';

-- Sent mail keeps no body: a reset or invitation link must not outlive its delivery in the outbox.
UPDATE mail_outbox SET body_text = '' WHERE sent_at IS NOT NULL OR attempts >= 5;
