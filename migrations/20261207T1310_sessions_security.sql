-- Issue 9 (sessions): TOTP replay protection. The last time step (unix seconds / 30) whose code was accepted
-- for the user; a code of that step or an earlier one is refused, so a code works once.
ALTER TABLE users ADD COLUMN totp_last_step bigint;
