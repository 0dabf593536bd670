-- The notifications bell polls each person's unread count on every page: a partial index answers it without
-- reading the notifications already read (which only grow).
CREATE INDEX work_notifications_unread ON work_notifications (company_id, user_id) WHERE read_at IS NULL;
